import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { ApiError, errorKind } from '../../api/errors.js';
import type { FeedbackItem, FeedbackStatus, Taxonomy } from '../../api/types.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { draftKept, draftKey } from '../../core/controllers/draft-keys.js';
import { fieldStyles } from '../../core/forms/field-styles.js';
import { loadingView } from '../../core/status-views.js';
import { readingsReady } from '../../core/i18n.js';
import { loadTaxonomy } from '../../core/vocabulary.js';
import { keepServerDataOnce, serverRendered } from '../../shared/server-render/server-data.js';
import { feedbackStyles } from './coprod-feedback-loop.styles.js';
import { boardList, boardQuery, filtersView, type BoardData, type BoardView } from './internal/board.js';
import { BoardFiltersController } from './internal/board-filters.js';
import type { FeedbackFormPart } from './internal/form-part.js';
import { MorePages } from './internal/more-pages.js';
import { OpenItem } from './internal/open-item.js';
import { partCode } from './internal/part-code.js';
import { askForForm, boardSection, formSection, itemView, problemView } from './internal/sections.js';
import type { itemTimeline } from './internal/timeline.js';
import { SupportController } from './internal/support-controller.js';
import { feedbackCatalog, type ViewContext } from './internal/view-context.js';

export type FeedbackLoopMode = 'board' | 'form' | 'both';

/**
 * "You said, we did": a public board of feedback, each item opening to its dated timeline
 * of staff updates, "I said this too", and a form to give feedback.
 *
 * Opening the page with `?feedback=<id>` opens that item (the confirmation links there). An
 * item opened from the board is kept in the address the same way (a history entry: the
 * browser's Back goes back to the board, a shared link opens it), unless `no-url` is set.
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
 * @cssproperty --coprod-status-received - Colour of the "received" status tag and card edge.
 * @cssproperty --coprod-status-considering - Colour of the "being considered" status tag and card edge.
 * @cssproperty --coprod-status-changed - Colour of the "changed" status tag and card edge.
 * @cssproperty --coprod-status-not-changed - Colour of the "not changed" status tag and card edge.
 */
export class CoprodFeedbackLoop extends CoprodElement {
  static override styles = [...CoprodElement.styles, fieldStyles, feedbackStyles];

  /**
   * The form rules its lazy parts (the give-feedback form, "Tell me when this changes") bring,
   * in its styles now, so that the reference server's stylesheet for it has every rule. @internal
   */
  static parts(): Promise<void> {
    return import('../../core/forms/form-styles.js').then((styles) => styles.addFormStyles(this));
  }

  static override messages = feedbackCatalog;

  /**
   * The attributes and properties, documented on their fields below, as Lit's `static properties`
   * rather than decorators (as the base class and the list do): a module with decorators carries
   * esbuild's decorator helper and a call per field, and Lit's decorators with it. The fields below
   * only type them (`useDefineForClassFields` is false: a field without a value emits nothing; a
   * default is set through Lit's accessor).
   * @internal
   */
  static override properties = {
    ...CoprodElement.properties,
    mode: { reflect: true },
    topic: {},
    pageSize: { attribute: 'page-size', type: Number },
    collapseForm: { type: Boolean, attribute: 'collapse-form' },
    noUrl: { type: Boolean, attribute: 'no-url' },
    serverData: { attribute: false },
    formAskedFor: { state: true },
  };

  /** What to show: `board` (what people said and what was done), `form` (give feedback) or `both` (default). */
  mode: FeedbackLoopMode = 'both';

  /** A topic id from the taxonomy: pins the board and the form to that one service. */
  topic?: string;

  /** How many items the board shows at first and adds with "Show more". Default 10. */
  pageSize = 10;

  /**
   * Keeps the page short: the give-feedback section shows its heading and a "Give feedback"
   * button until the person asks for the form (a kept draft opens it by itself).
   */
  collapseForm = false;

  /**
   * Leaves the page's address alone, for pages that cannot take address changes: opening an
   * item adds no `?feedback=<id>` history entry. A link with `?feedback=<id>` still opens it.
   */
  noUrl = false;

  /** What the reference server rendered the board with (its embed, or the JSON beside its shadow root). @internal */
  serverData?: BoardData = serverRendered<BoardData>(this);

  /** @internal */ private formAskedFor = false;


  private announceNextCount = false;
  /** The board's search and filters. */
  private readonly search = new BoardFiltersController(this, () => {
    this.announceNextCount = true;
    this.more.reset();
  });
  /** The item open in place of the board, kept in the address (`?feedback=<id>`) unless `no-url`. */
  private readonly opened: OpenItem = new OpenItem(this, {
    off: () => this.noUrl || !this.showsBoard,
    loaded: (): boolean => this.itemTask.status === TaskStatus.ERROR || this.timelineFailed || (this.itemTask.status === TaskStatus.COMPLETE && !!this.timeline),
  });

  /** "I said this too" on the board and on an opened item. */
  private readonly supports = new SupportController(this, {
    api: () => this.api,
    onSupported: (item, result) => {
      this.announce(this.t('supportedAnnouncement', this.t('others', result.supporters)));
      this.emit('coprod-feedback-supported', { id: item.id, supporters: result.supporters, counted: result.counted });
    },
    onFailed: (_item, error) => {
      const message = `${this.t('supportFailed')} ${this.t('apiError', errorKind(error))}`;
      this.announce(message);
      this.reportError('support', error);
      return message;
    },
  });

  /** "Show more": the items after the first page of the current filters. */
  private readonly more = new MorePages(this, {
    load: (cursor, signal) =>
      this.api!.listFeedback({ ...boardQuery({ ...this.search.filters, topic: this.pinnedTopic ?? this.search.filters.topic }, this.pageSize), cursor }, { signal }),
    onShown: async (page) => {
      this.announce(this.t('moreShown', page.items.length));
      await this.updateComplete;
      const firstNew = page.items[0];
      if (firstNew) this.shadowRoot?.querySelector<HTMLElement>(`[data-item-link="${firstNew.id}"]`)?.focus();
    },
    onFailed: (error) => {
      this.reportError('load-more', error);
      return `${this.t('moreFailed')} ${this.t('apiError', errorKind(error))}`;
    },
  });

  /** An opened item's timeline (internal/timeline.ts), loaded the first time an item opens; until then the item shows it is loading. */
  private timeline: typeof itemTimeline | undefined;
  private timelineLoad: Promise<void> | undefined;
  /** Its code failed to load: the item says so, with "Try again" (never "Loading" for good). */
  private timelineFailed = false;

  private loadTimeline(): void {
    this.timelineLoad ??= partCode.timeline().then(
      async ({ itemTimeline }) => {
        // Its own words in the reader's language first: no English flash for a Welsh reader.
        await readingsReady(this.config.locale, this.config.readingLevel);
        this.timeline = itemTimeline;
        this.requestUpdate();
      },
      (error: unknown) => {
        // "Try again" asks for it once more.
        this.timelineLoad = undefined;
        this.timelineFailed = true;
        this.reportError('load-item', error);
        this.requestUpdate();
      },
    );
  }

  /** The give-feedback form (internal/form-part.ts), loaded the first time the element shows it. */
  private formPart: FeedbackFormPart | undefined;
  private formLoad: Promise<void> | undefined;
  private formFailed = false;

  private loadForm(): Promise<void> {
    return (this.formLoad ??= partCode.form().then(
      async ({ FeedbackFormPart }) => {
        // The form's own words in the reader's language first: no English flash for a Welsh reader.
        await readingsReady(this.config.locale, this.config.readingLevel);
        this.formPart = new FeedbackFormPart({
          element: this,
          api: () => this.api,
          view: () => this.view,
          reader: () => ({ locale: this.config.locale, readingLevel: this.config.readingLevel }),
          pinnedTopic: () => this.pinnedTopic,
          shown: () => this.showsForm,
          announce: (message) => this.announce(message),
          sent: (detail) => this.emit('coprod-feedback-sent', detail),
          failed: (error) => this.reportError('send', error),
        });
        this.requestUpdate();
      },
      (error: unknown) => {
        // Its section says so, with "Try again" (never the skeleton for good).
        this.formLoad = undefined;
        this.formFailed = true;
        this.reportError('load-topics', error);
        this.requestUpdate();
      },
    ));
  }

  /** After "Try again" on a lazy part: focus the first of `selector` once drawn (never left on <body>). */
  private async focusAfter(loaded: Promise<unknown> | undefined, selector: string): Promise<void> {
    await loaded;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private readonly boardTask = new Task(this, {
    // Hydrating the server's content: its board is the first result (nothing loads or redraws).
    ...(this.serverData ? { initialValue: this.serverData } : {}),
    argsEqual: keepServerDataOnce(this.serverData, (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => value === b[i])),
    task: async ([api, q, status, topic, pageSize], { signal }): Promise<BoardData | undefined> => {
      if (!api) return undefined;
      const [taxonomy, page] = await Promise.all([loadTaxonomy(api, signal), api.listFeedback(boardQuery({ q, status, topic }, pageSize), { signal })]);
      if (this.announceNextCount) {
        this.announceNextCount = false;
        this.announce(this.t('resultCount', page.total));
      }
      return { taxonomy, ...page };
    },
    args: () => [this.showsBoard ? this.api : undefined, this.search.filters.q, this.search.filters.status, this.pinnedTopic ?? this.search.filters.topic, this.pageSize] as const,
    onError: (error) => this.reportError('load', error),
  });

  private readonly itemTask = new Task(this, {
    task: async ([api, id], { signal }): Promise<{ item: FeedbackItem; taxonomy: Taxonomy } | undefined> => {
      if (!api || !id) return undefined;
      const [taxonomy, item] = await Promise.all([loadTaxonomy(api, signal), api.getFeedback(id, { signal })]);
      return { taxonomy, item };
    },
    args: () => [this.showsBoard ? this.api : undefined, this.opened.id] as const,
    onError: (error) => this.reportError('load-item', error),
  });

  private readonly topicsTask = new Task(this, {
    task: async ([api], { signal }): Promise<Taxonomy | undefined> => (api ? loadTaxonomy(api, signal) : undefined),
    args: () => [this.showsForm ? this.api : undefined] as const,
    onError: (error) => this.reportError('load-topics', error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // The form's code loads now if it shows at once, or if a kept draft will open it by itself.
    if (this.showsForm && (!this.collapseForm || draftKept(draftKey('feedback', this.id, this.pinnedTopic)))) void this.loadForm();
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

  private async clearFilters(): Promise<void> {
    this.search.clear();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#board-search')?.focus();
  }

  private get boardData(): BoardData | undefined {
    return this.more.with(this.boardTask.value ?? this.serverData);
  }

  // Rendering

  private renderBoard(): TemplateResult {
    const context = this.view;
    const task = this.boardTask;
    if (this.opened.id) {
      if (!this.timelineFailed) this.loadTimeline();
      const item = itemView(context, {
        task: this.itemTask,
        openId: this.opened.id,
        support: (i) => this.supports.state(i),
        timeline: this.timeline,
        failed: this.timelineFailed,
        onRetry: () => {
          // "Loading this feedback…" meanwhile; then focus on the item's heading (not <body>), whichever way it went.
          this.timelineFailed = false;
          this.loadTimeline();
          void this.focusAfter(this.timelineLoad, '#item-heading');
          this.requestUpdate();
        },
        onBack: () => void this.opened.close(),
      });
      return boardSection(context, item);
    }
    if (task.status === TaskStatus.ERROR && !task.value) {
      return boardSection(context, problemView(context, 'boardErrorTitle', task.error, () => void task.run(), this.fallbackHref));
    }
    const view: BoardView = {
      searchText: this.search.searchText,
      filters: this.search.filters,
      pinnedTopic: this.pinnedTopic,
      filtered: this.search.filtered,
      data: task.status === TaskStatus.ERROR ? undefined : this.boardData,
      refreshing: task.status === TaskStatus.PENDING,
      loadingMore: this.more.loading,
      moreError: this.more.error,
      support: (item) => this.supports.state(item),
      onSearchInput: (text) => this.search.input(text),
      onSearchSubmit: () => this.search.apply(),
      onStatus: (status: '' | FeedbackStatus) => this.search.set({ status }),
      onTopic: (topic) => this.search.set({ topic }),
      onClear: () => void this.clearFilters(),
      onOpen: (item) => void this.opened.open(item.id),
      onMore: () => void (this.api && this.more.more(this.boardData)),
    };
    return boardSection(context, html`${filtersView(context, view, (this.boardTask.value ?? this.serverData)?.taxonomy ?? this.topicsTask.value)} ${boardList(context, view)}`);
  }

  private renderFormSection(): TemplateResult {
    const context = this.view;
    const part = this.formPart;
    if (this.collapseForm && !this.formAskedFor && !(part ? part.keepsOpen : this.formLoad)) {
      return formSection(context, false, askForForm(context, () => void this.openForm()));
    }
    if (!part && this.formFailed) {
      const retry = (): void => {
        // The skeleton meanwhile; then focus on the form's first field, or on "Try again" if it failed again.
        this.formFailed = false;
        void this.focusAfter(this.loadForm(), '.give-feedback :is(input, select, textarea, .panel.error button)');
        this.requestUpdate();
      };
      return formSection(context, false, problemView(context, 'topicsErrorTitle', new ApiError('network', 'form'), retry, this.fallbackHref));
    }
    // Until the form's code (and its words in the reader's language) is in, its skeleton (as while the topics load).
    return part ? part.render(this.topicsTask, this.fallbackHref) : formSection(context, false, loadingView(this.t('loading'), { rows: 2 }));
  }

  /** "Give feedback": the form opens and its first question takes focus. */
  private async openForm(): Promise<void> {
    this.formAskedFor = true;
    await this.loadForm();
    await this.updateComplete;
    await this.topicsTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
    this.formPart?.focusFirst();
  }

  protected override notConfiguredText(): { body: string } {
    return { body: this.t('notAvailable') };
  }

  protected override renderContent(): unknown {
    return html`${this.showsBoard ? this.renderBoard() : nothing} ${this.showsForm ? this.renderFormSection() : nothing}`;
  }
}
