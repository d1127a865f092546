import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { heading } from '../../core/heading.js';
import type { Opportunity, OpportunityQuery, Taxonomy } from '../../api/types.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { AddressController } from '../../core/controllers/address-controller.js';
import { fieldStyles } from '../../core/forms/field-styles.js';
import { errorMessage, errorView, loadingView } from '../../core/status-views.js';
import { readingsReady } from '../../core/i18n.js';
import { loadTaxonomy } from '../../core/vocabulary.js';
import type { ForMeHost, ForMePart } from './internal/for-me.js';
import { listStyles } from './coprod-opportunity-list.styles.js';
import { listMessages } from './coprod-opportunity-list.messages.js';
import { addressMaker, filtersFrom, filtersView, moreSet, queryFor, type Filters } from './internal/filters.js';
import { afterMoreFilters, filterPart, loadMore, loadMoreFilters, loadPage, presetChange, resultsView, MoreFiltersAsk } from './internal/loading.js';
import { MorePages } from './internal/more-pages.js';
import { OpenInPlace } from './internal/open-in-place.js';
import { detailView, pageView, type Loaded, type ServerListData } from './internal/results.js';
import { cardStyles } from '../../shared/card/opportunity-card.js';
import { keepServerDataOnce, serverRendered } from '../../shared/server-render/server-data.js';

const SEARCH_DELAY_MS = 400;

/**
 * A list of co-production opportunities as cards, with filters, "Show more" and the
 * opportunity opened in place.
 *
 * @summary Find co-production opportunities and open one to say "I'm interested".
 *
 * @fires {CustomEvent<OpportunityOpenDetail>} coprod-opportunity-open - A person opened an opportunity. `detail: { opportunityId, title }`.
 * @fires {CustomEvent<InterestSentDetail>} coprod-interest-sent - Bubbles up from the opportunity opened in place. `detail: { opportunityId, interestId, reference }`.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading failed. `detail: { action, kind, message }`.
 * @fires {CustomEvent<SignedOutDetail>} coprod-signed-out - The person's sign-in (`meToken`) ended while "Only what may suit me" was ticked. `detail: { reason: 'ended' }`.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart filters - The filter form.
 * @csspart card - Each opportunity card.
 * @csspart facts - The key facts (when, where, time, pay, closing) on a card.
 * @csspart show-more - The "Show more" button.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The "nothing matches" panel.
 * @csspart error - The error panel.
 * @csspart offline - The "possibly out of date" notice.
 * @cssproperty --coprod-skeleton-height - Height of each skeleton card while loading. Default 15em.
 */
export class CoprodOpportunityList extends CoprodElement {
  static override styles = [...CoprodElement.styles, fieldStyles, cardStyles, listStyles];
  static override messages = listMessages;

  /**
   * Loads what the list draws after its first paint ("More filters", and the form rules of its
   * fields and of "Only what may suit me"), so that the reference server renders it too, with every
   * rule in its stylesheet, and hydration finds the same content. @internal
   */
  static parts(): Promise<unknown> {
    return Promise.all([loadMoreFilters(), import('../../core/forms/form-styles.js').then((styles) => styles.addFormStyles(this))]);
  }

  /**
   * The attributes and properties, documented on their fields below, as Lit's `static properties`
   * rather than decorators (as the base class does): a module with decorators carries esbuild's
   * decorator helper and a call per field, and the first paint of a page with one list then also
   * carries Lit's decorators. The fields below only type them (`useDefineForClassFields` is false:
   * a field without a value emits nothing; a default is set through Lit's accessor).
   * @internal
   */
  static override properties = {
    ...CoprodElement.properties,
    topic: {},
    area: {},
    organisation: {},
    limit: { type: Number },
    hideFilters: { type: Boolean, attribute: 'hide-filters' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    noUrl: { type: Boolean, attribute: 'no-url' },
    consentText: { attribute: 'consent-text' },
    meToken: { attribute: false },
    forMe: { type: Boolean, attribute: 'for-me' },
    today: { attribute: false },
    serverData: { attribute: false },
    filters: { state: true },
    forMePart: { state: true },
    keywordDraft: { state: true },
  };

  /** Preset topic id (from the taxonomy); people can change it unless `hide-filters` is set. Setting it later moves the filter to it. */
  topic?: string;

  /** Preset area id (from the taxonomy); people can change it unless `hide-filters` is set. Setting it later moves the filter to it. */
  area?: string;

  /** Show only this organisation's opportunities (always applied; there is no control for it). */
  organisation?: string;

  /** How many cards per page. Default 10. */
  limit = 10;

  /** Hides the filters, locking the preset `topic`, `area` and `organisation` (for an embedding charity). */
  hideFilters = false;

  /**
   * Also keeps the filters in the page's query string (`q`, `topic`, `area`, `format`, `paid`,
   * `sort`, `for-me`). The open opportunity is kept there anyway (see `no-url`).
   */
  syncUrl = false;

  /**
   * Leaves the page's address alone, for pages that cannot take address changes. Without it the
   * open opportunity is kept in the address (`?opportunity=<id>`): opening one adds a history
   * entry, the browser's Back closes it and a shared link opens it. A link with
   * `?opportunity=<id>` still opens that opportunity on load.
   */
  noUrl = false;

  /** Consent wording passed on to the "I'm interested" form of an opened opportunity. */
  consentText?: string;

  /**
   * The person's sign-in token from their own page, as `<coprod-claim>` takes it. Never an
   * attribute. With it the list offers "Only what may suit me" (`GET /me/suggestions`); without
   * it there is no such choice.
   */
  meToken?: string;

  /** "Only what may suit me" starts ticked, for a person signed in (`meToken`). */
  forMe = false;

  /** The day closing dates are counted from. Default: today. @internal */
  today?: Date;

  /** What the reference server rendered this list with (its embed, or the JSON beside its shadow root). @internal */
  serverData?: ServerListData = serverRendered<ServerListData>(this);

  /** @internal */
  private filters: Filters = { q: '', topic: '', area: '', formats: [], paid: false, sort: 'closing', mine: false };
  /** "Only what may suit me", loaded with the first sign-in. @internal */
  private forMePart: ForMePart | undefined;
  /** 1 loading, 2 failed. @internal */
  private forMeLoad = 0;
  /** What is in the search box, before the pause that applies it. @internal */
  private keywordDraft = '';
  /** "Show more". @internal */
  private readonly more = new MorePages(this);
  /** The opportunity open in place. @internal */
  private readonly opened = new OpenInPlace(this, () => this.address.write(this.opened.id));
  /** The open opportunity in the address (`?opportunity=<id>`), with the filters under `sync-url`; Back and Forward follow it. @internal */
  private readonly address: AddressController = new AddressController(this, {
    param: 'opportunity',
    off: () => this.noUrl,
    href: (id) => this.addresses()(id),
    onPop: () => void this.opened.popped(() => this.readUrl()),
  });

  private presetsApplied = false;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private announceNextCount = false;

  private readonly taxonomyTask = new Task(this, {
    task: async ([api], { signal }): Promise<Taxonomy | undefined> => (api ? loadTaxonomy(api, signal) : undefined),
    args: () => [this.api] as const,
  });

  private readonly listTask = new Task(this, {
    // Hydrating the server's content: its page is the first result (nothing loads or redraws).
    ...(this.serverData ? { initialValue: { page: this.serverData.page, offline: false } } : {}),
    // The cards already shown (with those "Show more" added) stay until the new ones come.
    task: async ([api, query, mine], { signal }): Promise<Loaded | undefined> =>
      api && !mine ? loadPage(api, query, signal, this.config.apiBase ?? 'adapter', this.more) : undefined,
    args: () => [this.api, this.query, this.showingForMe] as const,
    argsEqual: keepServerDataOnce(this.serverData, ([apiA, queryA, mineA], [apiB, queryB, mineB]) => apiA === apiB && mineA === mineB && JSON.stringify(queryA) === JSON.stringify(queryB)),
    onComplete: (loaded) => {
      // Undefined under "Only what may suit me": its own count is said when it comes.
      if (!loaded) return;
      if (this.announceNextCount) this.announce(this.t('countFound', loaded.page.total));
      this.announceNextCount = false;
    },
    onError: (error) => {
      this.announceNextCount = false;
      this.reportError('load', error);
    },
  });

  /** "Only what may suit me" is ticked and can be: the person is signed in and the API answers it. @internal */
  get showingForMe(): boolean {
    return this.filters.mine && !!this.meToken && !!this.api?.listMySuggestions && this.forMeLoad < 2;
  }

  /** Loads "Only what may suit me" the first time the list has a sign-in; no code, no choice (never a dead control). */
  private loadForMe(): void {
    if (this.forMeLoad || !this.api?.listMySuggestions) return;
    this.forMeLoad = 1;
    import('./internal/for-me.js')
      // What it reads of the list (internal/for-me.ts ForMeHost) is named there, each member typed as the list's own
      // (a rename fails to compile there), so the list carries none of it.
      .then(({ forMePart }) => forMePart(this as unknown as ForMeHost))
      .then(
        (part) => (this.forMePart = part),
        () => ((this.forMeLoad = 2), this.requestUpdate()),
      );
  }

  /** The query the filters, presets and page size make. @internal */
  get query(): OpportunityQuery {
    return queryFor(this.filters, { topic: this.topic, area: this.area, organisation: this.organisation, locked: this.hideFilters, limit: this.limit });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    let preset: Partial<Filters> | undefined;
    if (!this.presetsApplied) {
      this.presetsApplied = true;
      this.more.nextCursor = this.serverData?.page.nextCursor ?? null;
      this.filters = { ...this.filters, topic: this.topic ?? '', area: this.area ?? '', mine: this.forMe };
      this.readUrl();
    } else if ((preset = presetChange(changed, this))) {
      // A page (or a framework) that sets topic, area or for-me later moves the filter there.
      this.filters = { ...this.filters, ...preset };
      this.address.write(this.opened.id, 'replace');
    }
    if (this.meToken) this.loadForMe();
    // "More filters" loads after the first paint (the panel is shut, so nothing shows it is missing).
    // If it fails, the list shows without it and asks once more; after that, when a person opens it.
    if (!this.hideFilters && this.moreAsk.failed < 2) void this.moreAsk.ask();
    super.willUpdate(changed);
  }

  /** "More filters"' fields, once its code and its words in the reader's language are in (the base class draws again when they come). */
  private get moreFields(): typeof filterPart.fields {
    return readingsReady(this.config.locale, this.config.readingLevel) ? undefined : filterPart.fields;
  }

  private readonly moreAsk = new MoreFiltersAsk(this);

  /** Server-rendered "More filters" hydrates once its code is in, so the first render matches it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterMoreFilters(this, () => super.scheduleUpdate());
  }

  /** Moves focus to the list's heading. */
  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector<HTMLElement>('.list-heading')?.focus(options);
  }

  // Filters

  private setFilters(change: Partial<Filters>, history: 'push' | 'replace' = 'push'): void {
    this.filters = { ...this.filters, ...change };
    this.announceNextCount = true;
    this.address.write(this.opened.id, history);
  }

  private onKeywordInput(value: string): void {
    this.keywordDraft = value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.setFilters({ q: this.keywordDraft }, 'replace'), SEARCH_DELAY_MS);
  }

  private onFiltersSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.searchTimer);
    if (this.keywordDraft !== this.filters.q) this.setFilters({ q: this.keywordDraft });
  }

  private clearFilters(): void {
    this.keywordDraft = '';
    this.setFilters({ q: '', topic: '', area: '', formats: [], paid: false });
    this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#field-q')?.focus());
  }

  /** What the address says: the filters (under `sync-url`, unless `no-url`) and the open opportunity. */
  private readUrl(): void {
    if (this.syncUrl && !this.noUrl) {
      this.filters = filtersFrom(this.address.params, { topic: this.topic, area: this.area, forMe: this.forMe });
      this.keywordDraft = this.filters.q;
    }
    this.opened.follow(this.address.linked);
  }

  /** This page's address with the filters (under `sync-url`) and an opportunity (unless `no-url`). */
  private addresses(): (openId: string | undefined) => string {
    return addressMaker(location.href, this.syncUrl ? this.filters : undefined, this.hideFilters, this.forMe);
  }

  /** One function for every card, so the cards of a page are not drawn again while nothing they show changed. */
  private readonly openCard = (opportunity: Opportunity): void => this.open(opportunity);

  private open(opportunity: Opportunity): void {
    void this.opened.show(opportunity);
    this.emit('coprod-opportunity-open', { opportunityId: opportunity.id, title: opportunity.title });
  }

  private async showMore(): Promise<void> {
    const page = this.api && (await loadMore(this.api, this.listTask, this.more, this.query, (error) => this.reportError('load-more', error)));
    if (!page) return;
    await this.updateComplete;
    if (page.items[0]) this.opened.focusCard(page.items[0].id);
    this.announce(this.t('moreShown', page.items.length));
  }

  // Rendering

  protected override notConfiguredText(): { body: string } {
    return { body: this.t('noService') };
  }

  protected override renderContent(): unknown {
    // A filter behind "More filters" is set, so it opens at once: the skeleton until its code is in (or failed to come).
    if (!this.moreFields && !this.hideFilters && !this.moreAsk.failed && moreSet(this.filters)) return this.renderWaiting();
    const open = this.opened.id !== undefined;
    return html`${open ? this.renderDetail() : nothing}
      <section class="list" ?hidden=${open} aria-labelledby="list-heading">
        ${heading(this.level, html`${this.t('heading')}`, { id: 'list-heading', className: 'list-heading', tabindex: '-1' })}
        ${this.meToken ? this.forMePart?.toggle() : nothing} ${this.hideFilters ? nothing : this.renderFilters()}
        ${this.showingForMe ? (this.forMePart?.results() ?? loadingView(this.t('loading'), { rows: 3 })) : this.renderResults()}
      </section>`;
  }

  private renderDetail(): TemplateResult {
    return detailView({
      t: this.t,
      level: this.level,
      config: this.config,
      state: this.opened.view,
      openId: this.opened.id!,
      opportunity: this.opened.opportunity,
      consentText: this.consentText,
      today: this.today,
      onBack: () => void this.opened.show(),
      onRetry: () => this.opened.retry(),
    });
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    return filtersView({
      t,
      level: this.subLevel(),
      filters: this.filters,
      keyword: this.keywordDraft,
      failed: !!this.moreAsk.failed,
      busy: this.moreAsk.busy,
      onOpen: () => void this.moreAsk.ask(),
      onRetry: () => void this.moreAsk.retry(() => readingsReady(this.config.locale, this.config.readingLevel)),
      more: this.moreFields?.({
        host: this,
        t,
        locale: this.config.locale,
        readingLevel: this.config.readingLevel,
        taxonomy: this.taxonomyTask.value ?? this.serverData?.taxonomy,
        filters: this.filters,
        ranked: this.showingForMe,
        onChange: (change) => this.setFilters(change),
      }),
      onKeyword: (value) => this.onKeywordInput(value),
      onSubmit: (event) => this.onFiltersSubmit(event),
    });
  }

  private renderResults(): unknown {
    const loading = (): TemplateResult => loadingView(this.t('loading'), { rows: 3 });
    return resultsView(this.listTask, this.serverData, (loaded, updating) => this.renderPage(loaded, updating), loading, (error) =>
      errorView({
        title: this.t('errorTitle'),
        message: errorMessage(error, (kind) => this.t('apiError', kind)),
        retryLabel: this.t('retry'),
        onRetry: () => void this.listTask.run(),
        fallback: this.fallback,
        headingLevel: this.subLevel(),
      }),
    );
  }

  private renderPage(loaded: Loaded, updating = false): TemplateResult {
    const { locale, readingLevel } = this.config;
    return pageView(loaded, {
      t: this.t,
      locale,
      readingLevel,
      level: this.subLevel(),
      today: this.today,
      updating,
      more: this.more.items,
      drawn: this.more.drawn,
      nextCursor: this.more.nextCursor,
      loadingMore: this.more.loading,
      moreError: this.more.error,
      locked: this.hideFilters,
      href: this.addresses(),
      onOpen: this.openCard,
      onMore: () => void this.showMore(),
      onClear: () => this.clearFilters(),
      onRetry: () => void this.listTask.run(),
    });
  }
}
