/**
 * "Enter answers from a paper form" on <coprod-staff-insights> (issue 17): people who chose letters
 * or calls have no link, so they answer on a paper form or by phone and staff with the insights
 * role type the answers in: the activity, how they came, the same questions the person sees on
 * <coprod-evaluation> (src/shared/evaluation/questions.messages.ts; what may be answered is
 * src/api/rules.ts), through POST /evaluations/by-hand. No person is chosen: the answers are kept
 * apart from who gave them, as online answers are. The server's refusals come back by field
 * (FormController), in the reader's language. A part of its own, loaded with the results.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import { AGREEMENTS, checkBody, evaluationByHandRules, FELT_ANSWERS, GIVEN_BY, INGREDIENTS } from '../../../api/rules.js';
import type { EvaluationByHandInput, FeltAnswer, GivenBy, Opportunity } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { errorSummary } from '../../../core/forms/error-summary.js';
import { choiceGroup, selectField, textField } from '../../../core/forms/fields.js';
import { fieldId, FormController } from '../../../core/forms/form-controller.js';
import { heading } from '../../../core/heading.js';
import { textIn } from '../../../core/text-in.js';
import { mergeCatalogs, translator } from '../../../core/i18n.js';
import { feltInWords } from '../../../core/ladder-felt.js';
import { evaluationQuestionMessages } from '../../../shared/evaluation/questions.messages.js';
import { lines } from '../../../shared/staff/staff-access.js';
import { paperMessages } from './paper.messages.js';

type Say = (key: string, ...args: unknown[]) => string;
export type PaperValues = Record<string, string>;

const catalog = mergeCatalogs(evaluationQuestionMessages, paperMessages);

/** Every field, top to bottom, as the contract names them. */
export const PAPER_FIELDS: readonly string[] = ['opportunityId', 'how', ...INGREDIENTS.map((i) => `ratings.${i}`), 'felt', 'change'];


export function paperBody(values: PaperValues): EvaluationByHandInput {
  const change = values['change']?.trim();
  return {
    opportunityId: values['opportunityId']!,
    how: values['how'] as GivenBy,
    ratings: Object.fromEntries(INGREDIENTS.filter((i) => values[`ratings.${i}`]).map((i) => [i, values[`ratings.${i}`]])),
    ...(values['felt'] ? { felt: values['felt'] as FeltAnswer } : {}),
    ...(change ? { change } : {}),
  };
}

/** A problem's words key, by field and code (the server's, or this form's own check). */
export const paperProblemKey = (field: string, code: string): string =>
  code === 'not-allowed' ? 'ppNotAllowed' : code === 'required' ? (field === 'how' ? 'ppHowRequired' : 'ppRequired') : code === 'not-in-list' ? 'ppNotInList' : code === 'too-long' ? 'ppTooLong' : 'ppInvalid';

export interface PaperRender {
  locale: Locale;
  readingLevel: ReadingLevel;
  level: number;
  /** The element's own words (the error summary's title, "Error:"). */
  say: Say;
  /** False when the sign-in lacks the insights role: said up front, no form (review S4). */
  allowed: boolean;
}

/** What the part tells the element: answers added (the activity and how, never an answer), or a failure to report. */
export interface PaperEvents {
  added(detail: { opportunityId: string; how: GivenBy }): void;
  failed(error: unknown): void;
}

/** The section's state, its form and its actions, for the element that shows it. */
export class PaperPart {
  #state: 'closed' | 'open' | 'added' = 'closed';
  #activities: Opportunity[] = [];
  #t: Say = translator(catalog, 'en-GB', 'standard') as unknown as Say;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #api: () => CoprodApi | undefined;
  /** The activity the element shows (`opportunity-id`), chosen first. */
  readonly #current: () => string | undefined;
  readonly #form: FormController<PaperValues>;
  readonly #tell: PaperEvents;

  constructor(host: ReactiveControllerHost & HTMLElement, api: () => CoprodApi | undefined, current: () => string | undefined, tell: PaperEvents) {
    this.#host = host;
    this.#tell = tell;
    this.#api = api;
    this.#current = current;
    // The contract's rules for this body, written once (src/api/rules.ts): the activity and how they
    // came are needed, every answer may be left out as online, the change's limit named from its rule.
    this.#form = new FormController<PaperValues>(host, {
      initial: {},
      fieldOrder: PAPER_FIELDS,
      rules: evaluationByHandRules,
      validate: (values) => this.#form.wordAll(checkBody(evaluationByHandRules, paperBody(values))),
      word: (problem) => this.#t(paperProblemKey(problem.field, problem.code), problem.limit),
    });
  }

  async #to(state: 'closed' | 'open' | 'added', focus: string): Promise<void> {
    this.#state = state;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.shadowRoot?.querySelector<HTMLElement>(focus)?.focus();
  }

  async #open(): Promise<void> {
    const api = this.#api();
    // Activities that may have ended: open, closed or filled, newest first. Without the list, the one shown.
    const page = await api?.listOpportunities({ status: ['open', 'closed', 'filled'], sort: 'newest', limit: 50 }).catch(() => undefined);
    this.#activities = page?.items ?? [];
    const current = this.#current();
    this.#form.reset(current ? { opportunityId: current } : {});
    await this.#to('open', '[data-paper-form] select');
  }

  async #save(): Promise<void> {
    const body = paperBody(this.#form.values);
    const received = await this.#form.submit((values, idempotencyKey) => this.#api()!.enterEvaluationByHand!(paperBody(values), { idempotencyKey }));
    if (!received) {
      if (this.#form.failure) this.#tell.failed(this.#form.failure);
      return;
    }
    this.#tell.added({ opportunityId: body.opportunityId, how: body.how });
    await this.#to('added', '[data-paper-added]');
  }

  /** The brief's title as a choice, in the reader's language (textIn's rule: an empty Welsh title is none), lang="en-GB" where English on a Welsh page. */
  #choice(o: Opportunity, locale: Locale): { value: string; label: string; lang: 'en-GB' | typeof nothing } {
    const title = textIn(locale, { en: o.title, cy: o.translations?.cy?.title });
    return { value: o.id, label: title.text, lang: title.lang };
  }

  render(r: PaperRender): TemplateResult {
    const t = (this.#t = translator(catalog, r.locale, r.readingLevel) as unknown as Say);
    const open = () => void this.#open();
    const body = !r.allowed
      ? html`<p class="panel notice" data-paper-not-allowed>${lines(t('ppForbidden'))}</p>`
      : this.#state === 'open'
        ? this.#formView(t, r)
        : html`${this.#state === 'added' ? html`<p class="panel success" role="status" tabindex="-1" data-paper-added>${lines(t('ppAdded'))}</p>` : nothing}
            <button type="button" class="button secondary" data-paper-open @click=${open}>${this.#state === 'added' ? t('ppAnother') : t('ppOpen')}</button>`;
    return html`<section class="part" part="paper" aria-labelledby="paper-title" data-paper>
      ${heading(r.level, t('ppTitle'), { id: 'paper-title' })}
      <p>${lines(t('ppIntro'))}</p>
      ${body}
    </section>`;
  }

  #formView(t: Say, r: PaperRender): TemplateResult {
    const form = this.#form;
    const v = form.values;
    const set = (path: string) => (selected: string[]) => form.update({ [path]: selected[0] ?? '' });
    const failure = form.failure ? (form.failure.kind === 'forbidden' ? t('ppForbidden') : t('ppFailed')) : undefined;
    const current = this.#current();
    const activities = current && !this.#activities.some((o) => o.id === current) ? [{ value: current, label: current }] : [];
    return html`<form class="paper-form" part="paper-form" novalidate data-paper-form @submit=${(e: Event) => (e.preventDefault(), void this.#save())}>
      ${errorSummary(r.say('errorSummaryTitle'), form, r.level + 1)}
      ${failure ? html`<div class="panel notice" role="alert" tabindex="-1" data-form-failure>${lines(failure)}</div>` : nothing}
      ${selectField({
        id: fieldId('opportunityId'),
        label: t('ppActivity'),
        error: form.error('opportunityId'),
        errorPrefix: r.say('errorPrefix'),
        value: v['opportunityId'] ?? '',
        options: [{ value: '', label: t('ppChoose') }, ...activities, ...this.#activities.map((o) => this.#choice(o, r.locale))],
        onChange: (value) => form.update({ opportunityId: value }),
      })}
      ${choiceGroup({
        id: fieldId('how'),
        type: 'radio',
        label: t('ppHow'),
        error: form.error('how'),
        errorPrefix: r.say('errorPrefix'),
        selected: v['how'] ? [v['how']] : [],
        onChange: set('how'),
        inline: true,
        choices: GIVEN_BY.map((how) => ({ value: how, label: t(how === 'paper' ? 'ppPaper' : 'ppPhone') })),
      })}
      <fieldset class="fieldset">
        <legend class="legend">${lines(t('ppRatingsLegend'))}</legend>
        ${INGREDIENTS.map((i) =>
          choiceGroup({
            id: fieldId(`ratings.${i}`),
            type: 'radio',
            label: t('statement', i),
            error: form.error(`ratings.${i}`),
            errorPrefix: r.say('errorPrefix'),
            selected: v[`ratings.${i}`] ? [v[`ratings.${i}`]!] : [],
            onChange: set(`ratings.${i}`),
            inline: true,
            choices: AGREEMENTS.map((a) => ({ value: a, label: t('answer', a) })),
          }),
        )}
      </fieldset>
      ${choiceGroup({
        id: fieldId('felt'),
        type: 'radio',
        label: t('feltLegend'),
        error: form.error('felt'),
        errorPrefix: r.say('errorPrefix'),
        selected: v['felt'] ? [v['felt']] : [],
        onChange: set('felt'),
        choices: [...FELT_ANSWERS].reverse().map((rung) => ({ value: rung, label: rung === 'not_sure' ? t('notSure') : feltInWords(rung, r.locale, r.readingLevel).replace(/\n/g, ' ') })),
      })}
      ${textField({
        id: fieldId('change'),
        label: t('changeLabel'),
        error: form.error('change'),
        errorPrefix: r.say('errorPrefix'),
        value: v['change'] ?? '',
        onInput: (value) => form.update({ change: value }),
        multiline: true,
        rows: 3,
        maxlength: evaluationByHandRules['change']?.maxLength,
      })}
      <div class="button-group">
        <button type="submit" class="button" data-paper-save aria-disabled=${form.submitting ? 'true' : 'false'}>${form.submitting ? t('ppSaving') : t('ppSave')}</button>
        <button type="button" class="button secondary" @click=${() => void this.#to('closed', '[data-paper-open]')}>${t('ppCancel')}</button>
      </div>
    </form>`;
  }
}
