/**
 * Who is taking part (issue 17), on the person's own page: the optional equality questions (GSS
 * harmonised standards), every one with "Prefer not to say", saved apart from the profile
 * (`PUT /me/equality`), changed or deleted at any time. Staff only ever see counts. Only for a
 * person with a profile: the answers are kept with it. Its own Task and state. Loaded on first
 * use by equality-part-lazy.ts, which draws the section around what this renders.
 */
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import { EQUALITY_QUESTIONS } from '../../../api/rules-vocabularies.js';
import type { CouncilQuestion, EqualityAnswers } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { choiceGroup, errorSummary, fieldId, FormController } from '../../../core/forms/index.js';
import { translator } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { errorView, loadingView } from '../../../core/status-views.js';
import { answerInWords, councilAnswerInWords, councilWords } from '../../../shared/equality/equality-words.js';
import { councilAnswers } from '../../../api/equality-reach.js';
import { equalityMessages } from './equality.messages.js';

export interface EqualityView {
  level: number;
  locale: Locale;
  readingLevel: ReadingLevel;
  hasProfile: boolean;
  /** The page's own words (the core strings: `fieldProblem`, `errorPrefix`, `errorSummaryTitle`). */
  say: (key: string, ...args: unknown[]) => string;
}

type Question = keyof typeof EQUALITY_QUESTIONS;
const QUESTIONS = Object.keys(EQUALITY_QUESTIONS) as Question[];

export class EqualityPart {
  readonly #host: ReactiveControllerHost;
  readonly #args: () => readonly [CoprodApi | undefined, string | undefined, boolean];
  readonly #task: Task<readonly [CoprodApi | undefined, string | undefined, boolean], EqualityAnswers | undefined>;
  /** What the person has chosen on screen (starts as what is saved). */
  #draft: EqualityAnswers = {};
  #saved: EqualityAnswers = {};
  #status: 'saved' | 'deleted' | 'forgotten' | 'failed' | undefined;
  /** The council's own questions still asked (GET /equality-questions), after the census ones. */
  #council: CouncilQuestion[] = [];
  /** Those no longer asked: an answer the person gave stays theirs to see and delete. */
  #retired: CouncilQuestion[] = [];
  #busy = false;
  #view: EqualityView | undefined;
  /**
   * The refusals of a save, through the FormController every form uses: a 422 naming a question
   * (an answer no longer offered, a council question gone) is worded from its code in the reader's
   * words at that question and in an error summary that takes focus; the answers stay chosen.
   * The answers themselves stay in `#draft` (every question is optional: nothing to check first).
   */
  readonly #refusals: FormController<EqualityAnswers>;
  /** The questions in the order shown, the council's once loaded (the summary's order and links). */
  readonly #order: string[] = [...QUESTIONS];

  /** `args` gives the API, the person's `/me` token (undefined while signed out) and whether they have a profile. */
  constructor(host: ReactiveControllerHost, args: () => readonly [CoprodApi | undefined, string | undefined, boolean]) {
    this.#host = host;
    this.#args = args;
    this.#refusals = new FormController<EqualityAnswers>(host as ReactiveControllerHost & HTMLElement, {
      initial: {},
      fieldOrder: this.#order,
      validate: () => ({}),
      word: (p) => this.#view?.say('fieldProblem', p.code, p.limit) ?? p.code,
    });
    this.#task = new Task(host, {
      args,
      task: async ([api, meToken, hasProfile], { signal }) => {
        if (!api?.getMyEquality || !meToken || !hasProfile) return undefined;
        const [mine, council] = await Promise.all([api.getMyEquality({ meToken, signal }), api.getEqualityQuestions?.({ signal }).catch(() => undefined)]);
        this.#council = (council?.questions ?? []).filter((q) => !q.retired);
        this.#retired = (council?.questions ?? []).filter((q) => q.retired);
        this.#order.splice(QUESTIONS.length, Infinity, ...this.#council.map((q) => `council.${q.id}`));
        this.#saved = mine;
        this.#draft = { ...mine };
        return mine;
      },
    });
  }

  /** Deletes the answer to a question no longer asked: saved without it (the server keeps such an answer only as it was). */
  #forget(id: string): void {
    const { [id]: _gone, ...rest } = this.#draft.council ?? {};
    const { council: _council, ...others } = this.#draft;
    this.#draft = Object.keys(rest).length ? { ...others, council: rest } : others;
    // The button goes with the answer: focus moves to the words that say it is deleted.
    void this.#send('forget').then(async () => {
      await this.#host.updateComplete;
      (this.#host as unknown as HTMLElement).shadowRoot?.querySelector<HTMLElement>('[data-equality-status]')?.focus();
    });
  }

  async #send(kind: 'save' | 'delete' | 'forget'): Promise<void> {
    const [api, meToken] = this.#args();
    if (!api?.saveMyEquality || !api.deleteMyEquality || !meToken || this.#busy) return;
    this.#busy = true;
    this.#status = undefined;
    this.#refusals.errors = {};
    this.#host.requestUpdate();
    try {
      if (kind !== 'delete') this.#saved = await api.saveMyEquality(this.#draft, { meToken });
      else {
        await api.deleteMyEquality({ meToken });
        this.#saved = {};
      }
      this.#draft = { ...this.#saved };
      this.#status = kind === 'save' ? 'saved' : kind === 'delete' ? 'deleted' : 'forgotten';
    } catch (error) {
      if (kind === 'delete' || !this.#refusals.refused(error)) this.#status = 'failed';
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }

  render(view: EqualityView): TemplateResult | typeof nothing {
    if (!view.hasProfile) return nothing;
    this.#view = view;
    const t = translator(equalityMessages, view.locale, view.readingLevel);
    return (
      this.#task.render({
        pending: () => loadingView(t('eqLoading'), { rows: 2 }),
        error: () => errorView({ title: t('eqFailed'), message: '', retryLabel: t('eqRetry'), onRetry: () => void this.#task.run(), headingLevel: view.level + 1 }),
        complete: (mine) => (mine ? this.#form(view, t) : nothing),
      }) ?? nothing
    );
  }

  #form(view: EqualityView, t: ReturnType<typeof translator<(typeof equalityMessages)['en-GB']>>): TemplateResult {
    const hasSaved = Object.keys(this.#saved).length > 0;
    const form = this.#refusals;
    // A chosen answer loses its error (the errors-clear rule); the draft stays the answers.
    const chosen = (change: EqualityAnswers) => form.update(change);
    return html`<form
      data-equality-form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.#send('save');
      }}
    >
      ${errorSummary(view.say('errorSummaryTitle'), form, view.level + 1)}
      ${QUESTIONS.filter((question) => question !== 'reducedAbility' || this.#draft.longTermCondition === 'yes').map((question) =>
        choiceGroup({
          id: fieldId(question),
          label: html`<span class="lines">${t(`eq_${question}`)}</span>`,
          type: 'radio',
          // Every question is optional and each has "Prefer not to say": only the server can refuse an answer.
          errorPrefix: view.say('errorPrefix'),
          error: form.error(question),
          choices: EQUALITY_QUESTIONS[question].map((answer) => ({ value: answer, label: answerInWords(question, answer, view.locale) })),
          selected: this.#draft[question] ? [this.#draft[question]!] : [],
          onChange: ([value]) => {
            this.#draft = { ...this.#draft, [question]: value };
            // The GSS standard asks the second disability question only after Yes to the first.
            if (question === 'longTermCondition') delete this.#draft.reducedAbility;
            this.#status = undefined;
            chosen({ [question]: value });
          },
        }),
      )}
      ${this.#council.map((q) =>
        choiceGroup({
          id: fieldId(`council.${q.id}`),
          label: html`<span class="lines">${councilWords(q.text, view.locale, view.readingLevel)}</span>`,
          type: 'radio',
          errorPrefix: view.say('errorPrefix'),
          error: form.error(`council.${q.id}`),
          choices: councilAnswers(q).map((answer) => ({ value: answer, label: councilAnswerInWords(q, answer, view.locale, view.readingLevel) })),
          selected: this.#draft.council?.[q.id] ? [this.#draft.council[q.id]!] : [],
          onChange: ([value]) => {
            this.#draft = { ...this.#draft, council: { ...this.#draft.council, [q.id]: value! } };
            this.#status = undefined;
            chosen({ council: this.#draft.council });
          },
        }),
      )}
      ${this.#retired.map((q) => {
        const answer = this.#saved.council?.[q.id];
        if (!answer) return nothing;
        const words = councilWords(q.text, view.locale, view.readingLevel);
        return html`<div class="panel" data-equality-retired=${q.id}>
          <p class="lines"><strong>${words}</strong></p>
          <p>${t('eqYourAnswer', councilAnswerInWords(q, answer, view.locale, view.readingLevel))}</p>
          <p class="lines">${t('eqNoLongerAsked')}</p>
          <button type="button" class="button secondary" aria-disabled=${this.#busy ? 'true' : 'false'} data-equality-forget=${q.id} @click=${() => this.#forget(q.id)}>${t('eqForget', words)}</button>
        </div>`;
      })}
      <div class="button-group">
        <button type="submit" class="button" aria-disabled=${this.#busy ? 'true' : 'false'} data-equality-save>${t('eqSave')}</button>
        ${hasSaved
          ? html`<button type="button" class="button secondary" aria-disabled=${this.#busy ? 'true' : 'false'} data-equality-delete @click=${() => void this.#send('delete')}>${t('eqDelete')}</button>`
          : nothing}
      </div>
      <p role="status" class="lines" tabindex="-1" data-equality-status>${this.#status === 'saved' ? t('eqSaved') : this.#status === 'deleted' ? t('eqDeleted') : this.#status === 'forgotten' ? t('eqForgotten') : ''}</p>
      ${this.#status === 'failed' ? html`<p class="panel error lines" role="alert" data-equality-failed>${icon('alert')} ${t('eqFailed')}</p>` : nothing}
    </form>`;
  }
}
