/**
 * "Change the area's figures" under "Who is taking part" (issue 17 item 4): per question, each
 * answer's share of the area's people in per cent (GOV.UK's number input: type text, a "%"
 * suffix), saved whole through PUT /equality-reference. The server's 422 problems (too-small,
 * too-big, wrong-type, unknown-field) are shown per field in the reader's words by the form's
 * FormController; only a text that is not a number is caught here first.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { REACH_QUESTIONS, reachAnswers, type EqualityReference, type ReachQuestion } from '../../../api/equality-reach.js';
import type { Locale } from '../../../core/config.js';
import { errorSummary } from '../../../core/forms/error-summary.js';
import { fieldId, type FieldErrors, type FormController } from '../../../core/forms/form-controller.js';
import { heading } from '../../../core/heading.js';
import { answerInWords } from '../../../shared/equality/equality-words.js';
import { lines } from '../../../shared/staff/staff-access.js';

type Say = (key: string, ...args: unknown[]) => string;
export type ReferenceValues = Record<string, string>;

/** Every field's path (`question.answer`), in the order they show. */
export const REFERENCE_FIELDS: readonly string[] = ['source', ...REACH_QUESTIONS.flatMap((q) => reachAnswers(q).map((a) => `${q}.${a}`))];

const numberOf = (text: string): number => Number(text.trim().replace(/%$/, '').trim());

/** The saved figures as the form's texts (blank: no figure). */
export function referenceValues(reference: EqualityReference): ReferenceValues {
  return Object.fromEntries(REFERENCE_FIELDS.map((path) => {
    if (path === 'source') return [path, reference.source ?? ''];
    const [q, a] = path.split('.') as [ReachQuestion, string];
    const share = reference[q]?.[a];
    return [path, typeof share === 'number' ? String(share) : ''];
  }));
}

/** The body to send: blanks left out (no figure); a text that is not a number is caught by `referenceCheck` first. */
export function referenceBody(values: ReferenceValues): EqualityReference {
  const body: Record<string, Record<string, number>> & { source?: string } = {};
  for (const [path, text] of Object.entries(values)) {
    if (!text.trim()) continue;
    if (path === 'source') {
      body.source = text.trim();
      continue;
    }
    const [q, a] = path.split('.') as [string, string];
    (body[q] ??= {})[a] = numberOf(text);
  }
  return body as EqualityReference;
}

/** Only "not a number" is checked here; the range is the server's (its words come back per field). */
export function referenceCheck(values: ReferenceValues, word: (field: string, code: 'wrong-type') => string): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, text] of Object.entries(values)) if (path !== 'source' && text.trim() && !Number.isFinite(numberOf(text))) errors[path] = word(path, 'wrong-type');
  return errors;
}

/** The code's words for a share, in the reader's language (server field errors go through here too). */
export const referenceProblemKey = (code: string): string =>
  code === 'too-small' ? 'refTooSmall' : code === 'too-big' ? 'refTooBig' : code === 'unknown-field' ? 'refUnknown' : 'refWrongType';

export function referenceForm(t: Say, form: FormController<ReferenceValues>, locale: Locale, level: number, actions: { save: () => void; cancel: () => void }): TemplateResult {
  const failure = form.failure ? (form.failure.kind === 'forbidden' ? t('refForbidden') : t('refFailed')) : undefined;
  return html`<form class="reference-form" part="reference-form" novalidate data-reference-form @submit=${(e: Event) => (e.preventDefault(), actions.save())}>
    ${heading(level, t('refTitle'))}
    <p>${lines(t('refIntro'))}</p>
    ${errorSummary(t('errorSummaryTitle'), form, level + 1)}
    ${failure ? html`<div class="panel notice" role="alert" tabindex="-1" data-form-failure>${failure}</div>` : nothing}
    <div class="form-group">
      <label class="label" for=${fieldId('source')}>${t('refSource')}</label>
      <span class="hint" id="${fieldId('source')}-hint">${t('refSourceHint')}</span>
      <input class="input" id=${fieldId('source')} name=${fieldId('source')} type="text" maxlength="300" aria-describedby="${fieldId('source')}-hint" .value=${live(form.values['source'] ?? '')} @input=${(e: Event) => form.update({ source: (e.target as HTMLInputElement).value })} />
    </div>
    ${REACH_QUESTIONS.map(
      (q) => html`<fieldset class="fieldset">
        <legend class="legend">${t(`q_${q}`)}</legend>
        ${reachAnswers(q).map((a) => {
          const path = `${q}.${a}`;
          const id = fieldId(path);
          const error = form.error(path);
          return html`<div class="form-group ${error ? 'has-error' : ''}">
            <label class="label" for=${id}>${answerInWords(q, a, locale)}</label>
            ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${t('errorPrefix')}</span> ${error}</p>` : nothing}
            <span class="input-wrapper"
              ><input class="input narrow" id=${id} name=${id} type="text" spellcheck="false" autocomplete="off" aria-describedby=${error ? `${id}-error ${id}-suffix` : `${id}-suffix`} aria-invalid=${error ? 'true' : 'false'} .value=${live(form.values[path] ?? '')} @input=${(e: Event) => form.update({ [path]: (e.target as HTMLInputElement).value })} /><span
                class="input-suffix"
                id="${id}-suffix"
                aria-hidden="true"
                >%</span
              ></span
            >
          </div>`;
        })}
      </fieldset>`,
    )}
    <div class="button-group">
      <button type="submit" class="button" data-reference-save aria-disabled=${form.submitting ? 'true' : 'false'}>${form.submitting ? t('refSaving') : t('refSave')}</button>
      <button type="button" class="button secondary" @click=${actions.cancel}>${t('refCancel')}</button>
    </div>
  </form>`;
}
