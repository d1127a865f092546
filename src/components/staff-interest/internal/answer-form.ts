/**
 * The answer to one expression of interest (status and note), one small form per person's row.
 * Each row's refusals go through a FormController (issue 11): a 422 naming `status` or `note` is
 * worded from its code in the reader's language at that field and in the row's error summary,
 * which takes focus; what was chosen and typed stays. Paths are `status.<row>` and `note.<row>`,
 * so every row's fields keep ids of their own.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { interestUpdateRules, limitFor } from '../../../api/rules.js';
import type { Interest, InterestStatus } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { choiceGroup, errorSummary, fieldId, FormController, textField } from '../../../core/forms/index.js';
import { icon } from '../../../core/icons.js';
import { interestStatuses, label } from '../../../core/vocabulary.js';

export interface RowDraft {
  status: InterestStatus;
  note: string;
}

const STATUSES: readonly InterestStatus[] = ['new', 'contacted', 'joined', 'not_this_time'];

type Say = (key: string, ...args: unknown[]) => string;

/** A row's id in the page: the interest's id made safe for an element id. */
export const rowIdOf = (interest: Interest): string => interest.id.replace(/[^A-Za-z0-9_-]/g, '-');

/** The row's form controller: it holds only the errors (the row's draft lives with the list, for the conflict choice). */
export function answerForm(host: ReactiveControllerHost & HTMLElement, interest: Interest, t: Say, places: () => number | null | undefined): FormController<RowDraft> {
  const row = rowIdOf(interest);
  return new FormController<RowDraft>(host, {
    id: `answer-${row}`,
    initial: { status: interest.status, note: interest.note },
    fieldOrder: [`status.${row}`, `note.${row}`],
    aliases: { status: `status.${row}`, note: `note.${row}` },
    validate: () => ({}),
    word: (p) => (p.code === 'no-places-left' ? t('noPlacesLeft', places()) : t('fieldProblem', p.code, limitFor(interestUpdateRules[p.field.split('.')[0]!], p.code))),
  });
}

export interface AnswerFormView {
  t: Say;
  locale: Locale;
  level: number;
  interest: Interest;
  draft: RowDraft;
  form: FormController<RowDraft> | undefined;
  busy: { ariaDisabled: 'true' | typeof nothing; isBusy: boolean };
  result: { kind: 'saved' | 'failed'; text: string } | undefined;
  onChange: (draft: RowDraft) => void;
  onSubmit: (event: Event) => void;
}

export function answerFormView(v: AnswerFormView): TemplateResult {
  const { t, interest, draft, form, result } = v;
  const row = rowIdOf(interest);
  return html`<form class="row-form" novalidate @submit=${v.onSubmit}>
    ${form ? errorSummary(t('errorSummaryTitle'), form, v.level) : nothing}
    ${choiceGroup({
      id: fieldId(`status.${row}`),
      type: 'radio',
      label: html`${t('status')}<span class="visually-hidden"> ${interest.name}</span>`,
      errorPrefix: t('errorPrefix'),
      error: form?.error(`status.${row}`),
      choices: STATUSES.map((status) => ({ value: status, label: label(interestStatuses, status, v.locale) })),
      selected: [draft.status],
      inline: true,
      onChange: ([status]) => v.onChange({ ...draft, status: (status as InterestStatus) ?? draft.status }),
    })}
    ${textField({
      id: fieldId(`note.${row}`),
      label: html`${t('note')}<span class="visually-hidden"> ${interest.name}</span>`,
      hint: t('noteHint'),
      errorPrefix: t('errorPrefix'),
      error: form?.error(`note.${row}`),
      value: draft.note,
      multiline: true,
      rows: 5,
      maxlength: 3000,
      onInput: (note) => v.onChange({ ...draft, note }),
    })}
    <button type="submit" class="button" aria-disabled=${v.busy.ariaDisabled}>
      ${v.busy.isBusy ? t('saving') : t('save')}<span class="visually-hidden"> ${t('saveFor', interest.name)}</span>
    </button>
    <p class="row-result" role=${result?.kind === 'failed' ? 'alert' : nothing}>
      ${result?.kind === 'saved' ? html`<span class="saved">${icon('check')} ${result.text}</span>` : nothing}
      ${result?.kind === 'failed' ? html`<span class="inline-error">${icon('alert')} ${result.text}</span>` : nothing}
    </p>
  </form>`;
}
