/**
 * "The council's own questions" under "Who is taking part" (issue 17 item 4: "any the council
 * adds"): the questions asked now, each with "Stop asking this" (a confirmation first), and
 * "Add a question": the question in English, Welsh and easy read, and its answers one a line in
 * each (the same number, 2 to 10, in the same order), sent through POST /equality-questions.
 * "Prefer not to say" is added by the server. The server's 422 problems come back per field.
 * A part of its own, with its words, loaded beside the equality counts (about 2 KB gzip that
 * the element's first load does not pay).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import { ApiError } from '../../../api/errors.js';
import type { CouncilQuestion, CouncilQuestionInput } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { errorSummary } from '../../../core/forms/error-summary.js';
import { textField } from '../../../core/forms/fields.js';
import { fieldId, FormController, type FieldErrors } from '../../../core/forms/form-controller.js';
import { translator } from '../../../core/i18n.js';
import { councilMessages } from './council.messages.js';
import { heading } from '../../../core/heading.js';
import { councilWords } from '../../../shared/equality/equality-words.js';
import { lines } from '../../../shared/staff/staff-access.js';

type Say = (key: string, ...args: unknown[]) => string;
export type CouncilValues = Record<string, string>;

const READINGS = ['en', 'cy', 'easyRead', 'easyReadCy'] as const;
/** Every field, in the order they show: the question in each reading, then its answers in each. */
export const COUNCIL_FIELDS: readonly string[] = [...READINGS.map((r) => `text.${r}`), ...READINGS.map((r) => `answers.${r}`)];
/** The server names an answer's field by its place (`answers.3.text.cy`): shown at that reading's box. */
export const COUNCIL_ALIASES: Record<string, string> = Object.fromEntries([
  ['answers', 'answers.en'],
  ['text', 'text.en'],
  ...Array.from({ length: 10 }, (_, i) => READINGS.map((r) => [`answers.${i}.text.${r}`, `answers.${r}`])).flat(),
]);
const MAX = 200;

const answerLines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** What is missing or does not match, as problem codes the messages word (`required`, `too-few`, `too-many`, `not-matching`, `too-long`). */
export function councilCheck(values: CouncilValues, word: (field: string, code: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  for (const r of READINGS) {
    const path = `text.${r}`;
    const text = values[path]?.trim() ?? '';
    if (!text && r !== 'easyReadCy') errors[path] = word(path, 'required');
    else if (text.length > MAX) errors[path] = word(path, 'too-long');
  }
  const english = answerLines(values['answers.en']).length;
  for (const r of READINGS) {
    const path = `answers.${r}`;
    const given = answerLines(values[path]);
    if (r === 'en' && given.length < 2) errors[path] = word(path, 'too-few');
    else if (r === 'en' && given.length > 10) errors[path] = word(path, 'too-many');
    else if (r !== 'en' && (given.length || r !== 'easyReadCy') && given.length !== english) errors[path] = word(path, given.length ? 'not-matching' : 'required');
    else if (given.some((line) => line.length > MAX)) errors[path] = word(path, 'too-long');
  }
  return errors;
}

/** The body to send (checked by `councilCheck` first): answer i in every reading is line i of each box. */
export function councilBody(values: CouncilValues): CouncilQuestionInput {
  const readings = (pick: (r: (typeof READINGS)[number]) => string | undefined) => {
    const easyReadCy = pick('easyReadCy');
    return { en: pick('en')!, cy: pick('cy')!, easyRead: pick('easyRead')!, ...(easyReadCy ? { easyReadCy } : {}) };
  };
  const answers = Object.fromEntries(READINGS.map((r) => [r, answerLines(values[`answers.${r}`])]));
  return {
    text: readings((r) => values[`text.${r}`]?.trim() || undefined),
    answers: answers['en']!.map((_, i) => ({ text: readings((r) => answers[r]![i]) })),
  };
}

/** A problem code's words key (the field names itself in the words). */
export const councilProblemKey = (code: string): string =>
  code === 'too-long' ? 'cqTooLong' : code === 'too-few' || code === 'too-many' || code === 'too-small' || code === 'too-big' ? 'cqCount' : code === 'not-matching' ? 'cqMatch' : 'cqMissing';

interface CouncilView {
  state: 'list' | 'adding' | 'added' | 'retiring' | 'retired';
  /** The question being stopped, or just added or stopped. */
  question?: CouncilQuestion | undefined;
  failed?: 'forbidden' | 'other' | undefined;
}

interface CouncilActions {
  open: () => void;
  save: () => void;
  cancel: () => void;
  askRetire: (question: CouncilQuestion) => void;
  retire: () => void;
  keep: () => void;
}

function questionForm(t: Say, say: Say, form: FormController<CouncilValues>, level: number, actions: CouncilActions): TemplateResult {
  const failure = form.failure ? (form.failure.kind === 'forbidden' ? t('cqForbidden') : t('cqFailed')) : undefined;
  const field = (path: string, multiline: boolean) =>
    textField({
      id: fieldId(path),
      label: t(`cqLabel_${path.replace('.', '_')}`),
      hint: path === 'answers.en' ? t('cqAnswersHint') : path.endsWith('easyReadCy') ? t('cqOptionalHint') : undefined,
      error: form.error(path),
      errorPrefix: say('errorPrefix'),
      value: form.values[path] ?? '',
      onInput: (value) => form.update({ [path]: value }),
      multiline,
      rows: 4,
      ...(multiline ? {} : { maxlength: MAX }),
    });
  return html`<form class="council-form" part="council-form" novalidate data-council-form @submit=${(e: Event) => (e.preventDefault(), actions.save())}>
    ${heading(level, t('cqAddTitle'))}
    <p>${lines(t('cqAddIntro'))}</p>
    ${errorSummary(say('errorSummaryTitle'), form, level + 1)}
    ${failure ? html`<div class="panel notice" role="alert" tabindex="-1" data-form-failure>${failure}</div>` : nothing}
    <fieldset class="fieldset">
      <legend class="legend">${t('cqQuestionLegend')}</legend>
      ${READINGS.map((r) => field(`text.${r}`, false))}
    </fieldset>
    <fieldset class="fieldset">
      <legend class="legend">${t('cqAnswersLegend')}</legend>
      ${READINGS.map((r) => field(`answers.${r}`, true))}
    </fieldset>
    <div class="button-group">
      <button type="submit" class="button" data-council-save aria-disabled=${form.submitting ? 'true' : 'false'}>${form.submitting ? say('refSaving') : t('cqSave')}</button>
      <button type="button" class="button secondary" @click=${actions.cancel}>${say('refCancel')}</button>
    </div>
  </form>`;
}

/** The section: the questions asked now (each can be stopped), and adding one. */
function councilQuestionsView(t: Say, say: Say, questions: readonly CouncilQuestion[], view: CouncilView, form: FormController<CouncilValues>, locale: Locale, readingLevel: ReadingLevel, level: number, actions: CouncilActions): TemplateResult {
  const words = (q: CouncilQuestion) => councilWords(q.text, locale, readingLevel);
  const asked = questions.filter((q) => !q.retired);
  const named = view.question ? words(view.question) : '';
  return html`<section class="part council-questions" part="council-questions" aria-labelledby="council-questions-title" data-council-questions>
    ${heading(level, t('cqTitle'), { id: 'council-questions-title' })}
    <p>${lines(t('cqIntro'))}</p>
    ${view.state === 'added' ? html`<p class="panel success" role="status" tabindex="-1" data-council-added>${lines(t('cqAdded', named))}</p>` : nothing}
    ${view.state === 'retired' ? html`<p class="panel success" role="status" tabindex="-1" data-council-retired>${lines(t('cqRetired', named))}</p>` : nothing}
    ${asked.length
      ? html`<ul class="council-list">
          ${asked.map(
            (q) => html`<li data-council-question=${q.id}>
              <span class="council-question">${words(q)}</span>
              <span class="subtle">${t('cqAnswersAre', q.answers.map((a) => councilWords(a.text, locale, readingLevel)).join(', '))}</span>
              ${view.state === 'retiring' && view.question?.id === q.id
                ? html`<div class="panel notice" role="group" aria-labelledby="retire-${q.id}" data-council-confirm>
                    <p id="retire-${q.id}">${lines(t('cqRetireConfirm', named))}</p>
                    ${view.failed ? html`<p class="error-message" role="alert">${t(view.failed === 'forbidden' ? 'cqForbidden' : 'cqFailed')}</p>` : nothing}
                    <div class="button-group">
                      <button type="button" class="button warning" data-council-retire-yes @click=${actions.retire}>${t('cqRetireYes')}</button>
                      <button type="button" class="button secondary" @click=${actions.keep}>${t('cqRetireNo')}</button>
                    </div>
                  </div>`
                : html`<button type="button" class="button secondary" data-council-retire=${q.id} @click=${() => actions.askRetire(q)}>${t('cqRetire', words(q))}</button>`}
            </li>`,
          )}
        </ul>`
      : html`<p data-council-none>${t('cqNone')}</p>`}
    ${view.state === 'adding' ? questionForm(t, say, form, level + 1, actions) : html`<button type="button" class="button secondary" data-council-open @click=${actions.open}>${t('cqOpen')}</button>`}
  </section>`;
}

export interface CouncilRender {
  questions: readonly CouncilQuestion[];
  locale: Locale;
  readingLevel: ReadingLevel;
  level: number;
  /** The element's own words (the error summary's title, "Error:", "Saving…", "Cancel"). */
  say: Say;
}

/** The section's state, its form and its actions, for the element that shows it. */
export class CouncilPart {
  #view: CouncilView = { state: 'list' };
  #t: Say = translator(councilMessages, 'en-GB', 'standard') as unknown as Say;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #api: () => CoprodApi | undefined;
  /** Reads the questions and the counts again (the element's own load). */
  readonly #reload: () => Promise<unknown>;
  readonly #form: FormController<CouncilValues>;

  constructor(host: ReactiveControllerHost & HTMLElement, api: () => CoprodApi | undefined, reload: () => Promise<unknown>) {
    this.#host = host;
    this.#api = api;
    this.#reload = reload;
    const word = (field: string, code: string): string => (code === 'required' ? this.#t('cqMissing', this.#t(`cqWhat_${field.replace('.', '_')}`)) : this.#t(councilProblemKey(code)));
    this.#form = new FormController<CouncilValues>(host, {
      initial: {},
      fieldOrder: COUNCIL_FIELDS,
      aliases: COUNCIL_ALIASES,
      validate: (values) => councilCheck(values, word),
      word: (problem) => word(problem.field, problem.code),
    });
  }

  /** Shows `view`, reads the questions again when asked, then puts focus on `focus`. */
  async #to(view: CouncilView, focus: string, reload = false): Promise<void> {
    this.#view = view;
    this.#host.requestUpdate();
    if (reload) await this.#reload();
    await this.#host.updateComplete;
    this.#host.shadowRoot?.querySelector<HTMLElement>(focus)?.focus();
  }

  #actions: CouncilActions = {
    open: () => (this.#form.reset({}), void this.#to({ state: 'adding' }, '[data-council-form] input')),
    cancel: () => void this.#to({ state: 'list' }, '[data-council-open]'),
    save: async () => {
      const added = await this.#form.submit((values) => this.#api()!.addEqualityQuestion!(councilBody(values)));
      if (added) await this.#to({ state: 'added', question: added }, '[data-council-added]', true);
    },
    askRetire: (question) => void this.#to({ state: 'retiring', question }, '[data-council-retire-yes]'),
    keep: () => void this.#to({ state: 'list' }, `[data-council-retire="${this.#view.question?.id}"]`),
    retire: async () => {
      const question = this.#view.question;
      if (!question || this.#busy) return;
      this.#busy = true;
      try {
        await this.#api()!.retireEqualityQuestion!(question.id);
        await this.#to({ state: 'retired', question }, '[data-council-retired]', true);
      } catch (error) {
        await this.#to({ state: 'retiring', question, failed: error instanceof ApiError && error.kind === 'forbidden' ? 'forbidden' : 'other' }, '[data-council-confirm] [role="alert"]');
      } finally {
        this.#busy = false;
      }
    },
  };
  #busy = false;

  render(r: CouncilRender): TemplateResult {
    this.#t = translator(councilMessages, r.locale, r.readingLevel) as unknown as Say;
    return councilQuestionsView(this.#t, r.say, r.questions, this.#view, this.#form, r.locale, r.readingLevel, r.level, this.#actions);
  }
}
