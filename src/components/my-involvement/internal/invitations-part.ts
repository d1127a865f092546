/**
 * "You are invited" (issue 15) on the person's own page: the invitations staff sent them that
 * still wait for an answer (`GET /me/invitations`), each with the opportunity (its title linked
 * through `opportunity-href`), why they were asked (the ranking's reasons, said as "may suit
 * you" says them) and by when; and "Yes, I'm interested" / "No, thank you" right there, through
 * the same answer as the emailed link. After an answer the item says what happens next; a
 * failed answer keeps the item and its buttons and says so (a withdrawn one keeps only the words). Its own Task, like `SuitsPart`.
 */
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import type { ApiError } from '../../../api/errors.js';
import { newIdempotencyKey } from '../../../api/idempotency.js';
import type { InvitationAnswered, MyInvitation, Taxonomy } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import { hrefFor } from '../../../core/href.js';
import { formatDate, translator } from '../../../core/i18n.js';
import { errorView, loadingView } from '../../../core/status-views.js';
import { loadTaxonomy } from '../../../core/vocabulary.js';
import { langOf, localised } from '../../../shared/card/plain-words.js';
import { sessionWhen, whenFromSessions } from '../../../shared/card/session-words.js';
import { reasonText } from '../../../shared/suits/suits-reasons.js';
import { suitsWords } from '../../../shared/suits/suits.messages.js';
import { invitationsMessages } from './invitations.messages.js';

type Answer = InvitationAnswered['answer'];

export interface InvitationsView {
  level: number;
  locale: Locale;
  readingLevel: ReadingLevel;
  /** The page's `opportunity-href`: each title links to its opportunity there. */
  opportunityHref?: string | undefined;
}

interface Found {
  items: MyInvitation[];
  taxonomy: Taxonomy | undefined;
}

/** One item's answer: being sent, recorded, or failed (with why; the buttons stay, unless it was withdrawn). */
type Answering = { kind: 'sending'; answer: Answer; key: string } | { kind: 'done'; answered: InvitationAnswered } | { kind: 'failed'; answer: Answer; key: string; why: Why };
/** Why an answer failed: only a failure on the way is worth trying again (a withdrawn invitation or an ended sign-in is not). */
type Why = 'answerClosed' | 'answerGone' | 'answerSignedOut' | 'answerFailed';

export class InvitationsPart {
  readonly #task: Task<readonly [CoprodApi | undefined, string | undefined], Found | undefined>;
  readonly #answers = new Map<string, Answering>();
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #api: () => CoprodApi | undefined;
  readonly #me: () => MeCallOptions;
  readonly #announce: (text: string) => void;
  readonly #onAnswered: () => void;
  #view: InvitationsView | undefined;

  /**
   * `args` gives the API and the person's `/me` token (undefined while signed out); `onAnswered`
   * runs after an answer is recorded ("yes" adds an interest; either answer changes "may suit you").
   */
  constructor(host: ReactiveControllerHost & HTMLElement, args: () => readonly [CoprodApi | undefined, string | undefined], me: () => MeCallOptions, announce: (text: string) => void, onAnswered: () => void) {
    this.#host = host;
    this.#api = () => args()[0];
    this.#me = me;
    this.#announce = announce;
    this.#onAnswered = onAnswered;
    this.#task = new Task(host, {
      args,
      task: async ([api, meToken], { signal }) => {
        if (!api?.listMyInvitations || !meToken) return undefined;
        this.#answers.clear();
        const [found, taxonomy] = await Promise.all([api.listMyInvitations({ meToken, signal }), loadTaxonomy(api, signal).catch(() => undefined)]);
        return { items: found.items, taxonomy };
      },
    });
  }

  render(view: InvitationsView): TemplateResult | typeof nothing {
    this.#view = view;
    const t = translator(invitationsMessages, view.locale, view.readingLevel);
    const section = (body: TemplateResult, intro = false) =>
      html`<section class="section invitations" part="section" aria-labelledby="invitations-title" data-invitations>
        ${heading(view.level, t('invitationsTitle'), { id: 'invitations-title' })} ${intro ? html`<p class="lines intro">${t('invitationsIntro')}</p>` : nothing} ${body}
      </section>`;
    return (
      this.#task.render({
        pending: () => section(loadingView(t('invitationsLoading'), { rows: 2 })),
        error: () => section(errorView({ title: t('invitationsFailed'), message: '', retryLabel: t('invitationsRetry'), onRetry: () => void this.#task.run(), headingLevel: view.level + 1 })),
        // Nothing waiting, nothing shown: the page is long enough.
        complete: (found) => (found?.items.length ? section(html`<ul class="cards">${found.items.map((i) => this.#card(view, found.taxonomy, i))}</ul>`, true) : nothing),
      }) ?? nothing
    );
  }

  #card(view: InvitationsView, taxonomy: Taxonomy | undefined, invitation: MyInvitation): TemplateResult {
    const t = translator(invitationsMessages, view.locale, view.readingLevel);
    const why = translator(suitsWords, view.locale, view.readingLevel);
    const brief = localised(invitation.opportunity, view.locale);
    const id = invitation.opportunity.id;
    const state = this.#answers.get(invitation.id);
    const closing = invitation.opportunity.closingDate;
    return html`<li class="card" part="card" data-invitation=${invitation.id} aria-busy=${state?.kind === 'sending' ? 'true' : 'false'}>
      ${heading(view.level + 1, html`<span lang=${langOf(invitation.opportunity, view.locale, 'title')}>${view.opportunityHref ? html`<a href=${hrefFor(view.opportunityHref, id)}>${brief.title}</a>` : brief.title}</span>`, { className: 'card-title' })}
      <p lang=${langOf(invitation.opportunity, view.locale, 'summary')}>${brief.summary}</p>
      ${this.#when(view, invitation)}
      <p data-invited-on>${t('invitedOn', formatDate(view.locale, invitation.invitedAt))} ${closing ? t('answerBy', formatDate(view.locale, closing)) : nothing}</p>
      ${invitation.reasons.length
        ? html`${heading(view.level + 2, t('invitedWhy'), { className: 'subtitle' })}
            <ul class="reasons" data-reasons>
              ${invitation.reasons.map((r) => html`<li>${reasonText(why, view.locale, taxonomy, r)}</li>`)}
            </ul>`
        : nothing}
      ${state?.kind === 'done'
        ? html`<div class="panel success" role="status" tabindex="-1" data-answered=${state.answered.answer}><p class="lines">${this.#next(state.answered, view)}</p></div>`
        : html`${state?.kind === 'failed' ? html`<p class="panel error lines" role="alert" tabindex="-1" data-answer-failed>${t(state.why)}</p>` : nothing}
            ${state?.kind === 'failed' && state.why === 'answerGone'
              ? nothing
              : html`${state?.kind === 'sending' ? html`<p class="visually-hidden" role="status">${t('answering')}</p>` : nothing}
            <div class="button-group">
              <button class="button" type="button" data-answer="interested" @click=${() => void this.#answer(invitation.id, 'interested')}>${t('answerYes')}</button>
              <button class="button secondary" type="button" data-answer="not_this_time" @click=${() => void this.#answer(invitation.id, 'not_this_time')}>${t('answerNo')}</button>
            </div>`}`}
    </li>`;
  }

  /**
   * "When": the council's words, or for a Welsh reader whose council gave the sessions but wrote
   * no Welsh "when", each session in Welsh, one a list item (as the opportunity's page and the
   * list's cards say them: shared/card/session-words.ts). English left on a Welsh page is marked so.
   */
  #when(view: InvitationsView, invitation: MyInvitation): TemplateResult {
    const t = translator(invitationsMessages, view.locale, view.readingLevel);
    const { opportunity } = invitation;
    if (whenFromSessions(opportunity, view.locale)) {
      return html`<div class="meta" data-invited-when>
        <p class="when-label">${t('invitedWhen')}</p>
        <ul class="sessions">${opportunity.when.sessions!.map((session) => html`<li>${sessionWhen(view.locale, session)}</li>`)}</ul>
      </div>`;
    }
    return html`<p class="meta" data-invited-when>${t('invitedWhen')} <span lang=${langOf(opportunity, view.locale, 'when')}>${localised(opportunity, view.locale).when}</span></p>`;
  }

  #next(answered: InvitationAnswered, view: InvitationsView): string {
    const t = translator(invitationsMessages, view.locale, view.readingLevel);
    if (answered.answer === 'not_this_time') return t('answeredNo');
    return t(answered.waitingList ? 'answeredWaiting' : 'answeredYes', answered.reference ?? '');
  }

  async #answer(id: string, answer: Answer): Promise<void> {
    const api = this.#api();
    const current = this.#answers.get(id);
    if (!api?.answerMyInvitation || current?.kind === 'sending' || current?.kind === 'done') return;
    // A retry of the same answer is the same attempt: the server answers it once.
    const key = current?.kind === 'failed' && current.answer === answer ? current.key : newIdempotencyKey();
    const t = () => translator(invitationsMessages, this.#view?.locale ?? 'en-GB', this.#view?.readingLevel ?? 'standard');
    this.#answers.set(id, { kind: 'sending', answer, key });
    this.#host.requestUpdate();
    try {
      const answered = await api.answerMyInvitation(id, { answer }, { ...this.#me(), idempotencyKey: key });
      this.#answers.set(id, { kind: 'done', answered });
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#host.shadowRoot?.querySelector<HTMLElement>(`[data-invitation="${CSS.escape(id)}"] [data-answered]`)?.focus();
      if (this.#view) this.#announce(this.#next(answered, this.#view));
      // Either answer changes what may suit them (an answered invitation is not suggested again).
      this.#onAnswered();
    } catch (error) {
      const { kind, status } = error as ApiError;
      const why: Why = kind === 'conflict' ? 'answerClosed' : status === 404 ? 'answerGone' : status === 401 ? 'answerSignedOut' : 'answerFailed';
      this.#answers.set(id, { kind: 'failed', answer, key, why });
      this.#host.requestUpdate();
      this.#announce(t()(why));
      // Withdrawn: the buttons go, so the focus goes to the words that say so.
      if (why === 'answerGone') {
        await this.#host.updateComplete;
        this.#host.shadowRoot?.querySelector<HTMLElement>(`[data-invitation="${CSS.escape(id)}"] [data-answer-failed]`)?.focus();
      }
    }
  }
}
