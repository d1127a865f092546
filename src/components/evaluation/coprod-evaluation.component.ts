import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CoprodApi } from '../../api/api.js';
import type { Agreement, EvaluationInput, EvaluationInvitation, FeltAnswer, Ingredient } from '../../api/types.js';
import { errorKind } from '../../api/errors.js';
import { AGREEMENTS, evaluationRules, FELT_ANSWERS, FIRST_EVALUATION_QUESTION, INGREDIENTS, nothingAnswered, type FieldProblem } from '../../api/rules.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { choiceGroup, errorSummary, fieldId, FormController, formStyles, textField } from '../../core/forms/index.js';
import { heading } from '../../core/heading.js';
import { markedIn, withEnglish } from '../../core/in-english.js';
import { promiseInWords } from '../../core/ladder.js';
import { feltInWords } from '../../core/ladder-felt.js';
import { loadingView } from '../../core/status-views.js';
import { latest } from '../../core/latest.js';
import { evaluationMessages } from './coprod-evaluation.messages.js';
import { evaluationStyles } from './coprod-evaluation.styles.js';
import { answerPicture, rungPicture } from './internal/pictures.js';

/** The fragment an invitation link carries: `#coprod-evaluation=<token>`. A fragment never reaches a server log or a Referer. */
export const EVALUATION_FRAGMENT = 'coprod-evaluation';

type Stage = 'loading' | 'no-link' | 'not-found' | 'open-failed' | 'used' | 'invited' | 'answering' | 'sent' | 'failed';

interface Answers {
  ratings: Partial<Record<Ingredient, Agreement>>;
  felt?: FeltAnswer;
  change: string;
}
const TOKEN_PATTERN = '[A-Za-z0-9_-]{16,100}';

/** The history entry's state with the token set (or removed); a host's own state that is not an object is left alone. */
function withToken(state: unknown, token: string | undefined): unknown {
  if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return state;
  const { [EVALUATION_FRAGMENT]: _old, ...rest } = (state ?? {}) as Record<string, unknown>;
  return token ? { ...rest, [EVALUATION_FRAGMENT]: token } : rest;
}

/** Ten ingredients, then the ladder, then the one change. */
const QUESTIONS = INGREDIENTS.length + 2;
/** Each question's field, in the order asked: a refusal's field is found on its own screen. */
const FIELDS = [...INGREDIENTS.map((i) => `ratings.${i}`), 'felt', 'change'];

/**
 * "How well did we involve you?": the recipe's ten ingredients, the ladder and one change,
 * one question per screen, from a single-use invitation link. Anonymous: nothing about the
 * person is sent, only the link's token (used once) and the answers.
 *
 * @attr invitation-token - The invitation's token; by default taken from `#coprod-evaluation=<token>` in the page address (and removed from it).
 * @fires {CustomEvent<EvaluationSentDetail>} coprod-evaluation-sent - The answers were received. Detail: `{ opportunityId }` (the activity only; never an answer).
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading or sending failed. Detail: `{ action, kind, message }`.
 * @csspart form - The question form.
 */
export class CoprodEvaluation extends CoprodElement {
  static override styles = [...CoprodElement.styles, formStyles, evaluationStyles];
  static override messages = evaluationMessages;

  @property({ attribute: 'invitation-token' }) invitationToken = '';
  @state() private stage: Stage = 'loading';
  @state() private invitation: EvaluationInvitation | undefined;
  @state() private step = 0;
  /**
   * The answers, through the FormController every form uses: a refusal naming a field (a 422) is
   * worded from its code in the reader's words at that question and in an error summary whose
   * links open the question's screen; the answers are kept.
   */
  readonly #form = new FormController<Answers>(this, {
    initial: { ratings: {}, change: '' },
    fieldOrder: FIELDS,
    rules: evaluationRules,
    // Any question may be skipped, but not every one: nothing answered would count as one more person who answered.
    validate: (values) => Object.fromEntries(nothingAnswered(values).map((problem) => [problem.field, this.#word(problem)])),
    word: (problem) => this.#word(problem),
  });
  /** A problem in the reader's words; "answer at least one" (ours, or the server's 422) names the first question. */
  #word(problem: FieldProblem): string {
    return problem.field === FIRST_EVALUATION_QUESTION && problem.code === 'required' ? this.t('answerOne', this.t('statement', INGREDIENTS[0])) : this.t('fieldProblem', problem.code, problem.limit);
  }
  #loadedFor: string | undefined;
  /** The API the invitation was opened with: a changed `api-base` or `token` opens it again there, until answering starts. */
  #loadedWith: unknown;
  /** Answering started: from then on nothing opens the invitation again (it would drop the answers, or show "sent already" for the person's own send). */
  #started = false;
  /** Which open is the latest: an older one that comes back last is ignored (src/core/latest.ts). */
  readonly #opening = latest();
  /** The token and API the shown invitation was opened with: the answers go there, whatever `token`, `api-base` or `invitation-token` say by the time they are sent. */
  #opened: { token: string; api: CoprodApi } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.invitationToken || typeof location === 'undefined') return;
    const match = new RegExp(`(?:^#|&)${EVALUATION_FRAGMENT}=(${TOKEN_PATTERN})`).exec(location.hash);
    if (match) {
      this.invitationToken = match[1]!;
      // Out of the address bar (and any Referer), but kept in this tab's history entry, so a reload before sending comes back to it.
      history.replaceState(withToken(history.state, this.invitationToken), '', `${location.pathname}${location.search}`);
      return;
    }
    const kept = (history.state as Record<string, unknown> | null)?.[EVALUATION_FRAGMENT];
    if (typeof kept === 'string' && new RegExp(`^${TOKEN_PATTERN}$`).test(kept)) this.invitationToken = kept;
  }

  /** Sent (or sent before): the tab's history entry no longer holds the link, so a reload does not open a form again. */
  #forget(): void {
    if (typeof history === 'undefined' || (history.state as Record<string, unknown> | null)?.[EVALUATION_FRAGMENT] === undefined) return;
    history.replaceState(withToken(history.state, undefined), '');
  }

  protected override updated(): void {
    if (this.#started || !this.api) return;
    if (this.#loadedFor !== this.invitationToken || this.#loadedWith !== this.api) void this.#open();
  }

  async #open(retried = false): Promise<void> {
    const current = this.#opening();
    this.#loadedFor = this.invitationToken;
    this.#loadedWith = this.api;
    if (!this.invitationToken) return void (this.stage = 'no-link');
    const api = this.api;
    const token = this.invitationToken;
    if (!api?.openEvaluationInvitation) return void (this.stage = 'no-link');
    this.stage = 'loading';
    this.#opened = undefined;
    try {
      const invitation = await api.openEvaluationInvitation(token);
      if (!current() || this.#started) return;
      this.#opened = { token, api };
      this.invitation = invitation;
      this.stage = invitation.used ? 'used' : 'invited';
      if (invitation.used) this.#forget();
    } catch (error) {
      if (!current() || this.#started) return;
      // Not the questions: answers typed after a failed opening would have nowhere to go.
      this.stage = errorKind(error) === 'not-found' ? 'not-found' : 'open-failed';
      this.reportError('load', error);
      if (retried && this.stage === 'open-failed') {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
      }
    }
  }

  async #send(): Promise<void> {
    const opened = this.#opened;
    if (!opened?.api.sendEvaluation || this.#form.submitting) return;
    this.stage = 'answering';
    this.announce(this.t('sending'));
    const sent = await this.#form.submit(async ({ ratings, felt, change }) => {
      const input: EvaluationInput = { token: opened.token, ratings, ...(felt ? { felt } : {}), ...(change.trim() ? { change: change.trim() } : {}) };
      try {
        return await opened.api.sendEvaluation!(input);
      } catch (error) {
        this.reportError('send', error);
        throw error;
      }
    });
    const failure = this.#form.status === 'failed' ? this.#form.failure : undefined;
    if (sent) {
      this.stage = 'sent';
      this.#forget();
      this.emit('coprod-evaluation-sent', { opportunityId: this.invitation?.opportunityId ?? '' });
    } else if (failure) {
      this.stage = failure.kind === 'conflict' ? 'used' : 'failed';
      if (this.stage === 'used') this.#forget();
    } else return; // Field problems: the summary has focus.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('click', (event) => void this.#openQuestion(event));
  }

  /** A summary link to a question on another screen opens that screen, then the question. */
  async #openQuestion(event: Event): Promise<void> {
    const id = (event.target as Element).closest('.error-summary a')?.getAttribute('href')?.slice(1);
    const step = FIELDS.findIndex((path) => fieldId(path) === id);
    if (!id || step < 0 || step === this.step) return;
    // The refused answers were all given on screens of their own: each shows its error when its screen opens.
    this.#form.errors = { ...this.#form.errors };
    await this.#go(step);
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  async #go(step: number): Promise<void> {
    this.#started = true;
    this.step = step;
    if (this.stage === 'failed') this.#form.failure = undefined;
    this.stage = 'answering';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  /** The activity's title in the reader's language, marked English where a Welsh reader's council wrote no Welsh (draw with withEnglish). */
  #title(): string {
    const title = this.invitation?.title;
    return title ? markedIn(this.config.locale, title) : '';
  }

  protected override renderContent(): TemplateResult {
    const t = this.t;
    const cls = this.easyRead ? 'easy-read' : '';
    const say = (title: string, body: string) =>
      html`<div class=${cls} role="status">${heading(this.level, html`<span tabindex="-1" data-focus>${title}</span>`)}<p>${body}</p></div>`;
    switch (this.stage) {
      case 'loading':
        return loadingView(t('loading'));
      case 'no-link':
        return html`<p class=${cls}>${t('noLink')}</p>`;
      case 'not-found':
        return say(t('notFoundTitle'), t('notFoundBody'));
      case 'open-failed':
        return html`${say(t('openFailedTitle'), t('openFailedBody'))}<button type="button" class="button" @click=${() => void this.#open(true)}>${t('tryAgain')}</button>`;
      case 'used':
        return say(t('usedTitle'), t('usedBody'));
      case 'sent':
        return say(t('sentTitle'), t('sentBody'));
      case 'invited':
        return this.#intro(cls);
      default:
        return this.#question(cls);
    }
  }

  #intro(cls: string): TemplateResult {
    const t = this.t;
    const promise = this.invitation?.promise;
    return html`<section class=${cls} aria-labelledby="title">
      ${heading(this.level, html`<span id="title">${withEnglish(t('title', this.#title()))}</span>`)}
      <p>${t('intro')}</p>
      ${promise ? html`<p class="promise"><strong>${t('promised')}</strong> ${promiseInWords(promise, this.config.locale, this.config.readingLevel)}</p>` : nothing}
      <p>${t('anonymous')}</p>
      <button type="button" class="button" @click=${() => this.#go(0)}>${t('start')}</button>
    </section>`;
  }

  #question(cls: string): TemplateResult {
    const t = this.t;
    const { locale, readingLevel } = this.config;
    const last = this.step === QUESTIONS - 1;
    const ingredient = INGREDIENTS[this.step];
    const form = this.#form;
    const { ratings, felt, change } = form.values;
    const errorPrefix = t('errorPrefix');
    const onSubmit = (event: Event) => {
      event.preventDefault();
      if (last) void this.#send();
      else void this.#go(this.step + 1);
    };
    let body: TemplateResult;
    if (ingredient) {
      const error = form.error(`ratings.${ingredient}`);
      body = html`<p class="statement" id="statement">${t('statement', ingredient)}</p>
        ${choiceGroup({
          id: fieldId(`ratings.${ingredient}`),
          type: 'radio',
          label: t('statementLegend'),
          errorPrefix,
          // Under question 1 itself, "answer at least one" does not name it again: the summary above says "Question 1 is …" (review N4).
          error: error === this.#word({ field: FIRST_EVALUATION_QUESTION, code: 'required' }) ? t('answerOneHere') : error,
          selected: ratings[ingredient] ? [ratings[ingredient]!] : [],
          onChange: ([value]) => form.update({ ratings: { ...ratings, [ingredient]: value as Agreement } }, `ratings.${ingredient}`),
          legendClass: 'visually-hidden-not',
          choices: AGREEMENTS.map((a) => ({ value: a, label: html`${answerPicture(a)}<span>${t('answer', a)}</span>` as unknown as string })),
        })}`;
    } else if (this.step === INGREDIENTS.length) {
      body = choiceGroup({
        id: fieldId('felt'),
        type: 'radio',
        label: t('feltLegend'),
        // The question at the size of the other questions' statement, as GOV.UK's one-question pages make it the page's heading.
        legendClass: 'heading',
        errorPrefix,
        error: form.error('felt'),
        selected: felt ? [felt] : [],
        onChange: ([value]) => form.update({ felt: value as FeltAnswer }),
        choices: [...FELT_ANSWERS].reverse().map((rung) => ({
          value: rung,
          label: html`${rungPicture(rung)}<span>${rung === 'not_sure' ? t('notSure') : feltInWords(rung, locale, readingLevel)}</span>` as unknown as string,
        })),
      });
    } else {
      body = textField({ id: fieldId('change'), label: t('changeLabel'), hint: t('changeHint'), errorPrefix, error: form.error('change'), value: change, onInput: (value) => form.update({ change: value }), multiline: true, rows: 4, maxlength: evaluationRules.change?.maxLength });
    }
    return html`<form part="form" class="${cls} pictured-form" novalidate @submit=${onSubmit} aria-labelledby="progress">
      <p class="progress" id="progress" tabindex="-1" data-focus>${t('questionOf', this.step + 1, QUESTIONS)}</p>
      ${errorSummary(t('errorSummaryTitle'), form, this.level)}
      <div class="pictured">${body}</div>
      ${this.stage === 'failed' ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${t('failed')}</p>` : nothing}
      <div class="button-group">
        <button type="submit" class="button" aria-disabled=${form.submitting ? 'true' : nothing}>${last ? (form.submitting ? t('sending') : t('send')) : t('next')}</button>
        ${this.step > 0 ? html`<button type="button" class="button secondary" @click=${() => this.#go(this.step - 1)}>${t('back')}</button>` : nothing}
      </div>
    </form>`;
  }
}
