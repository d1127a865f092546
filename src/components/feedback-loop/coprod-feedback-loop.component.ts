import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorKind } from '../../api/errors.js';
import { newIdempotencyKey } from '../../api/idempotency.js';
import type { FeedbackItem, FeedbackReceipt, FeedbackStatus, Taxonomy } from '../../api/types.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { DraftController, draftKey } from '../../core/controllers/draft-controller.js';
import { draftNotice } from '../../core/forms/draft-parts.js';
import { fieldId, FormController, formSpeech, formStyles, type FieldErrors } from '../../core/forms/index.js';
import { feedbackRules } from '../../api/rules.js';
import { heading } from '../../core/heading.js';
import { icon } from '../../core/icons.js';
import { loadingView } from '../../core/status-views.js';
import { loadTaxonomy } from '../../core/vocabulary.js';
import { feedbackStyles } from './coprod-feedback-loop.styles.js';
import { boardList, filtersView, type BoardData, type BoardFilters, type BoardView } from './internal/board.js';
import { feedbackForm, sentConfirmation } from './internal/form.js';
import { FIELD_ORDER, emptyValues, toInput, validateFeedback, wordFeedbackProblem, characterCountText, TEXT_MAX, type FeedbackValues } from './internal/form-model.js';
import type { SupportState } from './internal/item-parts.js';
import { hasSupported, rememberSupported, supporterKey } from './internal/supporter-key.js';
import { itemTimeline } from './internal/timeline.js';
import { feedbackCatalog, type ViewContext } from './internal/view-context.js';

export type FeedbackLoopMode = 'board' | 'form' | 'both';

const SEARCH_DELAY_MS = 400;
const COUNT_ANNOUNCE_DELAY_MS = 1200;
const noFilters: BoardFilters = { q: '', status: '', topic: '' };

const isFeedbackDraft = (value: unknown): value is FeedbackValues =>
  typeof (value as FeedbackValues | undefined)?.text === 'string' && typeof (value as FeedbackValues).topic === 'string';

function feedbackParam(): string | undefined {
  try {
    const id = new URL(globalThis.location.href).searchParams.get('feedback');
    return id && /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "You said, we did": a public board of feedback, each item opening to its dated timeline
 * of staff updates, "I said this too", and a form to give feedback.
 *
 * Opening the page with `?feedback=<id>` opens that item (the confirmation links there).
 *
 * @summary The feedback loop: what people said, what was done, and a form to say more.
 *
 * @fires {CustomEvent<FeedbackSentDetail>} coprod-feedback-sent - Feedback was received. Detail: `{ id, reference, topic, consentToPublish, wantsReply }`.
 * @fires {CustomEvent<FeedbackSupportedDetail>} coprod-feedback-supported - Someone said "I said this too". Detail: `{ id, supporters, counted }`.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - A call failed. Detail: `{ action, kind, message }`, where `action` is one of `load`, `load-more`, `load-item`, `load-topics`, `support`, `send`.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart board - The board section.
 * @csspart filters - The search and filter form.
 * @csspart items - The list of feedback items.
 * @csspart item - One feedback item on the board.
 * @csspart status - A status in words with its icon.
 * @csspart support-button - The "I said this too" button.
 * @csspart item-detail - An opened item.
 * @csspart timeline - The list of dated updates of an opened item.
 * @csspart timeline-entry - One dated update.
 * @csspart form-section - The give-feedback section.
 * @csspart form - The give-feedback form.
 * @csspart send-button - The send button.
 * @csspart send-failed - The message shown when sending failed.
 * @csspart draft-notice - The notice that what was typed before a reload is back, with "Start again".
 * @csspart confirmation - The confirmation after sending.
 * @csspart loading - A loading placeholder.
 * @csspart empty - The message when there is no feedback to show.
 * @csspart error - The message when the feedback could not be loaded.
 *
 * @cssproperty --coprod-status-received - Colour of the "received" status border (its style is dashed).
 * @cssproperty --coprod-status-considering - Colour of the "being considered" status border (dotted).
 * @cssproperty --coprod-status-changed - Colour of the "changed" status border (solid).
 * @cssproperty --coprod-status-not-changed - Colour of the "not changed" status border (double).
 */
export class CoprodFeedbackLoop extends CoprodElement {
  static override styles = [...CoprodElement.styles, formStyles, feedbackStyles];

  static override messages = feedbackCatalog;

  /** What to show: `board` (what people said and what was done), `form` (give feedback) or `both` (default). */
  @property({ reflect: true }) mode: FeedbackLoopMode = 'both';

  /** A topic id from the taxonomy: pins the board and the form to that one service. */
  @property() topic?: string;

  /** How many items the board shows at first and adds with "Show more". Default 10. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** @internal */ @state() private searchText = '';
  /** @internal */ @state() private filters: BoardFilters = noFilters;
  /** @internal */ @state() private openId: string | undefined;
  /** @internal */ @state() private moreItems: FeedbackItem[] = [];
  /** @internal */ @state() private moreCursor: string | null | undefined;
  /** @internal */ @state() private loadingMore = false;
  /** @internal */ @state() private moreError: string | undefined;
  /** @internal */ @state() private supportCounts = new Map<string, number>();
  /** @internal */ @state() private supportPending = new Set<string>();
  /** @internal */ @state() private supportErrors = new Map<string, string>();
  /** @internal */ @state() private sent: { receipt: FeedbackReceipt; wantsReply: boolean; published: boolean } | undefined;

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private announceNextCount = false;
  private focusItemWhenLoaded = false;
  private readonly supportKeys = new Map<string, string>();
  private moreController: AbortController | undefined;

  private readonly form: FormController<FeedbackValues> = new FormController<FeedbackValues>(this, {
    initial: emptyValues,
    rules: feedbackRules,
    validate: (values): FieldErrors => validateFeedback(values, (problem) => this.form.word(problem), this.t, this.pinnedTopic),
    word: (problem) => wordFeedbackProblem(problem, this.t, this.form.values.replyMethod),
    fieldOrder: FIELD_ORDER,
    aliases: { reply: 'reply.method', consent: 'consentToPublish' },
    speech: formSpeech('public', () => this.t('sending'), (facts) => this.t('formFailure', facts)),
    onChange: (values) => {
      this.scheduleCountAnnouncement(values.text.length);
      this.draft.changed();
    },
  });

  /** What was typed is kept in this tab and restored with a notice after a reload or "Back". */
  private readonly draft = new DraftController<FeedbackValues>(this, {
    key: () => draftKey('feedback', this.id, this.pinnedTopic),
    snapshot: () => (this.sent || !this.showsForm ? undefined : this.form.values),
    accept: isFeedbackDraft,
    onRestored: () => this.announce(this.t('draftRestoredTitle')),
  });
  private draftChecked = false;

  private readonly boardTask = new Task(this, {
    task: async ([api, q, status, topic, pageSize], { signal }): Promise<BoardData | undefined> => {
      if (!api) return undefined;
      try {
        const [taxonomy, page] = await Promise.all([
          loadTaxonomy(api, signal),
          api.listFeedback(
            { ...(q ? { q } : {}), ...(status ? { status: [status] } : {}), ...(topic ? { topic } : {}), limit: pageSize },
            { signal },
          ),
        ]);
        if (this.announceNextCount) {
          this.announceNextCount = false;
          this.announce(this.t('resultCount', page.total));
        }
        return { taxonomy, ...page };
      } catch (error) {
        if (errorKind(error) !== 'aborted') this.reportError('load', error);
        throw error;
      }
    },
    args: () => [this.showsBoard ? this.api : undefined, this.filters.q, this.filters.status, this.pinnedTopic ?? this.filters.topic, this.pageSize] as const,
  });

  private readonly itemTask = new Task(this, {
    task: async ([api, id], { signal }): Promise<{ item: FeedbackItem; taxonomy: Taxonomy } | undefined> => {
      if (!api || !id) return undefined;
      try {
        const [taxonomy, item] = await Promise.all([loadTaxonomy(api, signal), api.getFeedback(id, { signal })]);
        return { taxonomy, item };
      } catch (error) {
        if (errorKind(error) !== 'aborted') this.reportError('load-item', error);
        throw error;
      }
    },
    args: () => [this.showsBoard ? this.api : undefined, this.openId] as const,
  });

  private readonly topicsTask = new Task(this, {
    task: async ([api], { signal }): Promise<Taxonomy | undefined> => {
      if (!api) return undefined;
      try {
        return await loadTaxonomy(api, signal);
      } catch (error) {
        if (errorKind(error) !== 'aborted') this.reportError('load-topics', error);
        throw error;
      }
    },
    args: () => [this.showsForm ? this.api : undefined] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const linked = feedbackParam();
    if (linked && this.openId === undefined) {
      this.openId = linked;
      this.focusItemWhenLoaded = false;
    }
    if (this.draftChecked || !this.showsForm) return;
    this.draftChecked = true;
    const kept = this.draft.read();
    if (!kept) return;
    this.form.reset({ ...emptyValues, ...kept });
    this.draft.markRestored();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    clearTimeout(this.countTimer);
    this.moreController?.abort();
  }

  private get showsBoard(): boolean {
    return this.mode !== 'form';
  }

  private get showsForm(): boolean {
    return this.mode !== 'board';
  }

  private get pinnedTopic(): string | undefined {
    return this.topic?.trim() || undefined;
  }

  private get view(): ViewContext {
    return { t: this.t, locale: this.config.locale, easyRead: this.easyRead, level: this.level };
  }

  // Board: filters

  private get filtered(): boolean {
    return !!(this.filters.q || this.filters.status || this.filters.topic);
  }

  private setFilters(change: Partial<BoardFilters>): void {
    this.announceNextCount = true;
    this.moreController?.abort();
    this.moreItems = [];
    this.moreCursor = undefined;
    this.moreError = undefined;
    this.filters = { ...this.filters, ...change };
  }

  private onSearchInput(text: string): void {
    this.searchText = text;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DELAY_MS);
  }

  private applySearch(): void {
    clearTimeout(this.searchTimer);
    const q = this.searchText.trim();
    if (q !== this.filters.q) this.setFilters({ q });
  }

  private async clearFilters(): Promise<void> {
    clearTimeout(this.searchTimer);
    this.searchText = '';
    this.setFilters(noFilters);
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#board-search')?.focus();
  }

  private get boardData(): BoardData | undefined {
    const first = this.boardTask.value;
    if (!first) return undefined;
    return {
      ...first,
      items: [...first.items, ...this.moreItems],
      nextCursor: this.moreCursor === undefined ? first.nextCursor : this.moreCursor,
    };
  }

  private async showMore(): Promise<void> {
    const api = this.api;
    const data = this.boardData;
    if (!api || !data?.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    this.moreController = new AbortController();
    const { q, status } = this.filters;
    const topic = this.pinnedTopic ?? this.filters.topic;
    try {
      const page = await api.listFeedback(
        { ...(q ? { q } : {}), ...(status ? { status: [status] } : {}), ...(topic ? { topic } : {}), limit: this.pageSize, cursor: data.nextCursor },
        { signal: this.moreController.signal },
      );
      const firstNew = page.items[0];
      this.moreItems = [...this.moreItems, ...page.items];
      this.moreCursor = page.nextCursor;
      this.loadingMore = false;
      this.announce(this.t('moreShown', page.items.length));
      await this.updateComplete;
      if (firstNew) this.shadowRoot?.querySelector<HTMLElement>(`[data-item-link="${firstNew.id}"]`)?.focus();
    } catch (error) {
      this.loadingMore = false;
      if (errorKind(error) === 'aborted') return;
      this.moreError = `${this.t('moreFailed')} ${this.t('apiError', errorKind(error))}`;
      this.reportError('load-more', error);
    }
  }

  // Board: one item

  private async openItem(item: FeedbackItem): Promise<void> {
    this.openId = item.id;
    this.focusItemWhenLoaded = true;
    await this.updateComplete;
    // Until the item arrives, focus waits on its container (which says it is loading).
    this.shadowRoot?.querySelector<HTMLElement>('#item-view')?.focus();
  }

  private async closeItem(): Promise<void> {
    const id = this.openId;
    this.openId = undefined;
    await this.updateComplete;
    const link = id ? this.shadowRoot?.querySelector<HTMLElement>(`[data-item-link="${id}"]`) : null;
    (link ?? this.shadowRoot?.querySelector<HTMLElement>('#board-heading'))?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.describeTextWithCount();
    if (this.focusItemWhenLoaded && this.itemTask.status !== TaskStatus.PENDING && this.itemTask.status !== TaskStatus.INITIAL) {
      this.focusItemWhenLoaded = false;
      this.shadowRoot?.querySelector<HTMLElement>('#item-heading')?.focus();
    }
  }

  /**
   * The shared textField cannot take extra `aria-describedby` ids yet, so the character
   * count is tied to the textarea here after each render.
   */
  private describeTextWithCount(): void {
    const textarea = this.shadowRoot?.querySelector('#field-text');
    const ids = textarea?.getAttribute('aria-describedby')?.split(' ').filter(Boolean) ?? [];
    if (textarea && !ids.includes('text-count')) textarea.setAttribute('aria-describedby', [...ids, 'text-count'].join(' '));
  }

  // Support

  private supportState(item: FeedbackItem): SupportState {
    return {
      supporters: this.supportCounts.get(item.id) ?? item.supporters,
      supported: hasSupported(item.id),
      pending: this.supportPending.has(item.id),
      error: this.supportErrors.get(item.id),
      onSupport: () => void this.support(item),
    };
  }

  private async support(item: FeedbackItem): Promise<void> {
    const api = this.api;
    if (!api || hasSupported(item.id) || this.supportPending.has(item.id)) return;
    // One key per attempt, reused if the person presses again after a failure.
    let key = this.supportKeys.get(item.id);
    if (!key) {
      key = newIdempotencyKey();
      this.supportKeys.set(item.id, key);
    }
    this.supportPending = new Set([...this.supportPending, item.id]);
    const errors = new Map(this.supportErrors);
    errors.delete(item.id);
    this.supportErrors = errors;
    try {
      const result = await api.supportFeedback(item.id, supporterKey(), { idempotencyKey: key });
      rememberSupported(item.id);
      this.supportKeys.delete(item.id);
      this.supportCounts = new Map(this.supportCounts).set(item.id, result.supporters);
      this.announce(this.t('supportedAnnouncement', this.t('others', result.supporters)));
      this.emit('coprod-feedback-supported', { id: item.id, supporters: result.supporters, counted: result.counted });
    } catch (error) {
      const message = `${this.t('supportFailed')} ${this.t('apiError', errorKind(error))}`;
      this.supportErrors = new Map(this.supportErrors).set(item.id, message);
      this.announce(message);
      this.reportError('support', error);
    } finally {
      const pending = new Set(this.supportPending);
      pending.delete(item.id);
      this.supportPending = pending;
    }
  }

  // Form

  private scheduleCountAnnouncement(length: number): void {
    clearTimeout(this.countTimer);
    // Like GOV.UK's character count: speak only when the limit is near, after typing pauses.
    if (length < TEXT_MAX - 500) return;
    this.countTimer = setTimeout(() => this.announce(characterCountText(this.t, length)), COUNT_ANNOUNCE_DELAY_MS);
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (!api) return;
    const pinned = this.pinnedTopic;
    const reader = { locale: this.config.locale, readingLevel: this.config.readingLevel };
    const receipt = await this.form.submit((values, idempotencyKey) => api.createFeedback(toInput(values, pinned, reader), { idempotencyKey }));
    if (!receipt) {
      if (this.form.failure) this.reportError('send', this.form.failure);
      return;
    }
    this.draft.clear();
    const values = this.form.values;
    const input = toInput(values, pinned);
    this.sent = { receipt, wantsReply: values.wantsReply === 'yes', published: input.consentToPublish };
    this.emit('coprod-feedback-sent', {
      id: receipt.id,
      reference: receipt.reference,
      topic: input.topic,
      consentToPublish: input.consentToPublish,
      wantsReply: values.wantsReply === 'yes',
    });
    this.announce(this.t('sentAnnouncement', receipt.reference));
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#sent-heading')?.focus();
  }

  private async startAgain(): Promise<void> {
    this.draft.clear();
    this.form.reset(emptyValues);
    await this.updateComplete;
    // The first field: the topic choice, or the text when the topic is pinned.
    const first = this.shadowRoot?.getElementById(fieldId('topic')) ?? this.shadowRoot?.getElementById(fieldId('text'));
    first?.focus();
    this.announce(this.t('startedAgain'));
  }

  private async giveMore(): Promise<void> {
    this.sent = undefined;
    this.form.reset(emptyValues);
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#form-heading')?.focus();
  }

  // Rendering

  private renderProblem(titleKey: 'boardErrorTitle' | 'topicsErrorTitle', error: unknown, retry: () => void): TemplateResult {
    const { t } = this;
    return html`<div class="panel error" part="error" role="alert">
      ${heading(this.view.level + 1, t(titleKey), { className: 'panel-title' })}
      <p>${t('apiError', errorKind(error))}</p>
      <div class="button-group">
        <button type="button" class="button secondary" @click=${retry}>${t('retry')}</button>
        ${this.fallbackHref ? html`<a href=${this.fallbackHref}>${t('fallbackLink')}</a>` : nothing}
      </div>
    </div>`;
  }

  private renderItem(): TemplateResult {
    const { t } = this;
    const context = this.view;
    const task = this.itemTask;
    const loaded = task.value;
    let body: unknown;
    if (task.status === TaskStatus.ERROR) {
      const notFound = errorKind(task.error) === 'not-found';
      body = html`<div class="panel error" part="error">
        ${heading(context.level + 1, t('itemErrorTitle'), { id: 'item-heading', tabindex: '-1', className: 'panel-title' })}
        <p class="lines">${notFound ? t('itemNotFound') : t('apiError', errorKind(task.error))}</p>
        ${notFound ? nothing : html`<button type="button" class="button secondary" @click=${() => void task.run()}>${t('retry')}</button>`}
      </div>`;
    } else if (task.status === TaskStatus.COMPLETE && loaded && loaded.item.id === this.openId) {
      body = itemTimeline(context, loaded.item, loaded.taxonomy, this.supportState(loaded.item));
    } else {
      body = loadingView(t('loadingItem'), { rows: 2 });
    }
    const back = html`<button type="button" class="button link back" @click=${() => void this.closeItem()}>${icon('arrowLeft')} ${t('backToBoard')}</button>`;
    // A long timeline gets a way back at its end too, so nobody has to tab all the way up.
    return html`<div id="item-view" class="item-view" tabindex="-1">${back} ${body} ${task.status === TaskStatus.COMPLETE ? back : nothing}</div>`;
  }

  private renderBoard(): TemplateResult {
    const { t } = this;
    const context = this.view;
    const task = this.boardTask;
    let content: unknown;
    if (this.openId) {
      content = this.renderItem();
    } else if (task.status === TaskStatus.ERROR && !task.value) {
      content = this.renderProblem('boardErrorTitle', task.error, () => void task.run());
    } else {
      const view: BoardView = {
        searchText: this.searchText,
        filters: this.filters,
        pinnedTopic: this.pinnedTopic,
        filtered: this.filtered,
        data: task.status === TaskStatus.ERROR ? undefined : this.boardData,
        refreshing: task.status === TaskStatus.PENDING,
        loadingMore: this.loadingMore,
        moreError: this.moreError,
        support: (item) => this.supportState(item),
        onSearchInput: (text) => this.onSearchInput(text),
        onSearchSubmit: () => this.applySearch(),
        onStatus: (status: '' | FeedbackStatus) => this.setFilters({ status }),
        onTopic: (topic) => this.setFilters({ topic }),
        onClear: () => void this.clearFilters(),
        onOpen: (item) => void this.openItem(item),
        onMore: () => void this.showMore(),
      };
      content = html`${filtersView(context, view, this.boardTask.value?.taxonomy ?? this.topicsTask.value)} ${boardList(context, view)}`;
    }
    return html`<section class="board" part="board" aria-labelledby="board-heading">
      ${heading(context.level, t('boardHeading'), { id: 'board-heading', tabindex: '-1' })}
      <p class="intro lines">${t('boardIntro')}</p>
      ${content}
    </section>`;
  }

  private renderFormSection(): TemplateResult {
    const { t } = this;
    const context = this.view;
    const task = this.topicsTask;
    let content: unknown;
    if (this.sent) {
      content = sentConfirmation(context, { ...this.sent, onAgain: () => void this.giveMore() });
    } else if (task.status === TaskStatus.ERROR) {
      content = this.renderProblem('topicsErrorTitle', task.error, () => void task.run());
    } else if (task.value) {
      content = feedbackForm(context, {
        form: this.form,
        taxonomy: task.value,
        pinnedTopic: this.pinnedTopic,
        onSubmit: (event) => void this.send(event),
      });
    } else {
      content = loadingView(t('loading'), { rows: 2 });
    }
    return html`<section class="give-feedback" part="form-section" aria-labelledby="form-heading">
      ${heading(context.level, t('formHeading'), { id: 'form-heading', tabindex: '-1' })}
      ${this.sent ? nothing : html`<p class="intro lines">${t('formIntro')}</p>`}
      ${this.draft.restored && !this.sent
        ? draftNotice({
            level: context.level + 1,
            title: t('draftRestoredTitle'),
            body: t('draftRestoredBody'),
            startAgainLabel: t('startAgain'),
            onStartAgain: () => void this.startAgain(),
          })
        : nothing}
      ${content}
    </section>`;
  }

  protected override notConfiguredText(): { body: string } {
    return { body: this.t('notAvailable') };
  }

  protected override renderContent(): unknown {
    return html`${this.showsBoard ? this.renderBoard() : nothing} ${this.showsForm ? this.renderFormSection() : nothing}`;
  }
}
