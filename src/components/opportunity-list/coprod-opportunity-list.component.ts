import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { heading } from '../../core/heading.js';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import type { Opportunity, OpportunityPage, OpportunityQuery, ParticipationMode, Taxonomy } from '../../api/types.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { choiceGroup, selectField, textField } from '../../core/forms/fields.js';
import { formStyles } from '../../core/forms/form-styles.js';
import { icon } from '../../core/icons.js';
import { emptyView, errorMessage, errorView, loadingView } from '../../core/status-views.js';
import { choicesFrom, loadTaxonomy, participationModes, termName } from '../../core/vocabulary.js';
import type { CoprodOpportunity } from '../opportunity/coprod-opportunity.component.js';
import { listStyles } from './coprod-opportunity-list.styles.js';
import { listMessages } from './coprod-opportunity-list.messages.js';
import { lastPage, rememberPage } from './last-results.js';
import { cardStyles, renderOpportunityCard } from '../../shared/card/opportunity-card.js';

type Sort = 'closing' | 'newest';

/** The filters a person can change. */
interface Filters {
  q: string;
  topic: string;
  area: string;
  formats: ParticipationMode[];
  paid: boolean;
  sort: Sort;
}

interface Loaded {
  page: OpportunityPage;
  /** True when the network failed and these are the last results that loaded. */
  offline: boolean;
}

const SEARCH_DELAY_MS = 400;
const DETAIL_TAG = 'coprod-opportunity';

/**
 * The opportunity view and its "I'm interested" form load the first time a card is opened,
 * so the list's first load carries only the list. One import for every list on the page.
 */
let detailModule: Promise<unknown> | undefined;
function importDetailView(): Promise<unknown> {
  detailModule ??= import('../opportunity/coprod-opportunity.js').catch((error: unknown) => {
    detailModule = undefined;
    throw error;
  });
  return detailModule;
}
const MODES: readonly ParticipationMode[] = ['online', 'in_person', 'phone'];

/**
 * A list of co-production opportunities as cards, with filters, "Show more" and the
 * opportunity opened in place.
 *
 * @summary Find co-production opportunities and open one to say "I'm interested".
 *
 * @fires {CustomEvent<OpportunityOpenDetail>} coprod-opportunity-open - A person opened an opportunity. `detail: { opportunityId, title }`.
 * @fires {CustomEvent<InterestSentDetail>} coprod-interest-sent - Bubbles up from the opportunity opened in place. `detail: { opportunityId, interestId, reference }`.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading failed. `detail: { action, kind, message }`.
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
  static override styles = [...CoprodElement.styles, formStyles, cardStyles, listStyles];
  static override messages = listMessages;

  /** Preset topic id (from the taxonomy); people can change it unless `hide-filters` is set. Setting it later moves the filter to it. */
  @property() topic?: string;

  /** Preset area id (from the taxonomy); people can change it unless `hide-filters` is set. Setting it later moves the filter to it. */
  @property() area?: string;

  /** Show only this organisation's opportunities (always applied; there is no control for it). */
  @property() organisation?: string;

  /** How many cards per page. Default 10. */
  @property({ type: Number }) limit = 10;

  /** Hides the filters, locking the preset `topic`, `area` and `organisation` (for an embedding charity). */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /** Keeps filters and the open opportunity in the page's query string, so back, forward and shared links work. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Consent wording passed on to the "I'm interested" form of an opened opportunity. */
  @property({ attribute: 'consent-text' }) consentText?: string;

  /** The day closing dates are counted from. Default: today. @internal */
  @property({ attribute: false }) today?: Date;

  /** @internal */
  @state() private filters: Filters = { q: '', topic: '', area: '', formats: [], paid: false, sort: 'closing' };
  /** What is in the search box, before the pause that applies it. @internal */
  @state() private keywordDraft = '';
  /** Cards added by "Show more". @internal */
  @state() private more: Opportunity[] = [];
  /** @internal */
  @state() private nextCursor: string | null = null;
  /** @internal */
  @state() private loadingMore = false;
  /** @internal */
  @state() private moreError: ApiError | undefined;
  /** The opportunity open in place. @internal */
  @state() private openId: string | undefined;
  /** @internal */
  @state() private openOpportunity: Opportunity | undefined;
  /** Whether the opportunity view's code has loaded. @internal */
  @state() private detailView: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  private presetsApplied = false;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private announceNextCount = false;

  private readonly taxonomyTask = new Task(this, {
    task: async ([api], { signal }): Promise<Taxonomy | undefined> => (api ? loadTaxonomy(api, signal) : undefined),
    args: () => [this.api] as const,
  });

  private readonly listTask = new Task(this, {
    task: async ([api, query], { signal }): Promise<Loaded | undefined> => {
      if (!api) return undefined;
      // The cards already shown (with those "Show more" added) stay until the new ones come.
      const scope = this.config.apiBase ?? 'adapter';
      try {
        const page = await api.listOpportunities(query, { signal });
        rememberPage(scope, query, page);
        this.startAfresh(page.nextCursor);
        return { page, offline: false };
      } catch (error) {
        const remembered = error instanceof ApiError && error.kind === 'network' ? lastPage(scope, query) : undefined;
        if (!remembered) throw error;
        this.startAfresh(null);
        return { page: remembered, offline: true };
      }
    },
    args: () => [this.api, this.query] as const,
    argsEqual: ([apiA, queryA], [apiB, queryB]) => apiA === apiB && JSON.stringify(queryA) === JSON.stringify(queryB),
    onComplete: (loaded) => {
      if (loaded && this.announceNextCount) this.announce(this.t('countFound', loaded.page.total));
      this.announceNextCount = false;
    },
    onError: (error) => {
      this.announceNextCount = false;
      this.reportError('load', error);
    },
  });

  /** Drops the cards "Show more" added to the previous results. */
  private startAfresh(nextCursor: string | null): void {
    this.more = [];
    this.moreError = undefined;
    this.nextCursor = nextCursor;
  }

  /** The query the filters, presets and page size make. @internal */
  get query(): OpportunityQuery {
    const { q, topic, area, formats, paid, sort } = this.filters;
    const lockedTopic = this.hideFilters ? this.topic : undefined;
    const lockedArea = this.hideFilters ? this.area : undefined;
    const topics = (lockedTopic ?? topic).split(',').map((id) => id.trim()).filter(Boolean);
    const query: OpportunityQuery = { sort, limit: this.limit > 0 && this.limit <= 100 ? Math.round(this.limit) : 10 };
    if (q.trim()) query.q = q.trim();
    if (topics.length) query.topic = topics;
    if (formats.length) query.format = formats;
    if (lockedArea ?? area) query.area = lockedArea ?? area;
    if (this.organisation) query.organisation = this.organisation;
    if (paid) query.paid = true;
    return query;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.presetsApplied) {
      this.presetsApplied = true;
      this.filters = { ...this.filters, topic: this.topic ?? '', area: this.area ?? '' };
      if (this.syncUrl) this.readUrl();
    } else if (changed.has('topic') || changed.has('area')) {
      // A page (or a framework) that sets topic or area later moves the filter there.
      const preset: Partial<Filters> = {};
      if (changed.has('topic')) preset.topic = this.topic ?? '';
      if (changed.has('area')) preset.area = this.area ?? '';
      this.filters = { ...this.filters, ...preset };
      this.writeUrl('replace');
    }
    if (this.openId !== undefined && this.detailView === 'idle') this.loadDetailView();
    super.willUpdate(changed);
  }

  /** Moves focus to the list's heading. */
  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector<HTMLElement>('.list-heading')?.focus(options);
  }

  // Filters

  private setFilters(change: Partial<Filters>, history: 'push' | 'replace' = 'push'): void {
    this.filters = { ...this.filters, ...change };
    this.announceNextCount = true;
    this.writeUrl(history);
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

  // The query string

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    const sort = params.get('sort');
    this.filters = {
      q: params.get('q') ?? '',
      topic: params.get('topic') ?? this.topic ?? '',
      area: params.get('area') ?? this.area ?? '',
      formats: params.getAll('format').filter((mode): mode is ParticipationMode => (MODES as readonly string[]).includes(mode)),
      paid: params.get('paid') === 'true',
      sort: sort === 'newest' ? 'newest' : 'closing',
    };
    this.keywordDraft = this.filters.q;
    this.openId = params.get('opportunity') ?? undefined;
    if (this.openOpportunity?.id !== this.openId) this.openOpportunity = undefined;
  }

  private urlFor(openId: string | undefined): string {
    return this.addresses()(openId);
  }

  /**
   * A maker of this page's address with the filters (under `sync-url`) and an opportunity:
   * the page's address is parsed once, then each card's address is only joined, not parsed.
   */
  private addresses(): (openId: string | undefined) => string {
    const url = new URL(location.href);
    const params = url.searchParams;
    for (const name of ['q', 'topic', 'area', 'format', 'paid', 'sort', 'opportunity']) params.delete(name);
    if (this.syncUrl) {
      const { q, topic, area, formats, paid, sort } = this.filters;
      if (q) params.set('q', q);
      if (topic && !this.hideFilters) params.set('topic', topic);
      if (area && !this.hideFilters) params.set('area', area);
      for (const mode of formats) params.append('format', mode);
      if (paid) params.set('paid', 'true');
      if (sort !== 'closing') params.set('sort', sort);
    }
    const kept = params.toString();
    const hash = url.hash;
    url.search = '';
    url.hash = '';
    const start = url.href;
    return (openId) => {
      const search = openId ? `${kept ? `${kept}&` : ''}${new URLSearchParams({ opportunity: openId }).toString()}` : kept;
      return `${start}${search ? `?${search}` : ''}${hash}`;
    };
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.syncUrl) return;
    const href = this.urlFor(this.openId);
    if (href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  private readonly onPopState = (): void => {
    if (!this.syncUrl) return;
    const wasOpen = this.openId;
    this.readUrl();
    if (wasOpen && !this.openId) this.updateComplete.then(() => this.focusCard(wasOpen));
    else if (this.openId && this.openId !== wasOpen) this.updateComplete.then(() => this.focusDetail());
  };

  // Opening in place

  private async open(opportunity: Opportunity): Promise<void> {
    this.openId = opportunity.id;
    this.openOpportunity = opportunity;
    this.writeUrl('push');
    this.emit('coprod-opportunity-open', { opportunityId: opportunity.id, title: opportunity.title });
    await this.updateComplete;
    await this.focusDetail();
  }

  private loadDetailView(): void {
    if (customElements.get(DETAIL_TAG)) {
      this.detailView = 'ready';
      return;
    }
    this.detailView = 'loading';
    importDetailView().then(
      () => (this.detailView = 'ready'),
      () => (this.detailView = 'failed'),
    );
  }

  private retryDetailView(): void {
    this.loadDetailView();
    void this.focusDetail();
  }

  /** Focuses the opened opportunity's heading once its code has loaded and it has rendered. */
  private async focusDetail(): Promise<void> {
    if (!customElements.get(DETAIL_TAG)) await importDetailView().catch(() => undefined);
    await this.updateComplete;
    const detail = this.shadowRoot?.querySelector<CoprodOpportunity>(DETAIL_TAG);
    if (detail) await detail.focusHeading();
    else this.shadowRoot?.querySelector<HTMLElement>('.detail [part=error] button, .detail .back')?.focus();
  }

  private async closeDetail(): Promise<void> {
    const openedId = this.openId;
    this.openId = undefined;
    this.openOpportunity = undefined;
    this.writeUrl('push');
    await this.updateComplete;
    if (openedId) this.focusCard(openedId);
  }

  private focusCard(id: string): void {
    const link = this.shadowRoot?.querySelector<HTMLElement>(`[data-opportunity-id="${CSS.escape(id)}"] .card-title a`);
    if (link) link.focus();
    else this.focus();
  }

  // Show more

  private async showMore(): Promise<void> {
    const api = this.api;
    if (!api || !this.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    const shown = this.listTask.value;
    try {
      const page = await api.listOpportunities({ ...this.query, cursor: this.nextCursor });
      // The filters changed meanwhile: these cards belong to the old results.
      if (this.listTask.value !== shown || this.listTask.status === TaskStatus.PENDING) {
        this.loadingMore = false;
        return;
      }
      const firstNewId = page.items[0]?.id;
      this.more = [...this.more, ...page.items];
      this.nextCursor = page.nextCursor;
      this.loadingMore = false;
      await this.updateComplete;
      if (firstNewId) this.focusCard(firstNewId);
      this.announce(this.t('moreShown', page.items.length));
    } catch (error) {
      this.loadingMore = false;
      this.moreError = error instanceof ApiError ? error : new ApiError('server', String(error));
      this.reportError('load-more', error);
    }
  }

  // Rendering

  protected override notConfiguredText(): { body: string } {
    return { body: this.t('noService') };
  }

  protected override renderContent(): unknown {
    const open = this.openId !== undefined;
    return html`${open ? this.renderDetail() : nothing}
      <section class="list" ?hidden=${open} aria-labelledby="list-heading">
        ${heading(this.level, html`${this.t('heading')}`, { id: 'list-heading', className: 'list-heading', tabindex: '-1' })}
        ${this.hideFilters ? nothing : this.renderFilters()} ${this.renderResults()}
      </section>`;
  }

  private renderDetail(): TemplateResult {
    return html`<div class="detail">
      <button type="button" class="button secondary back" @click=${this.closeDetail}>${icon('arrowLeft')} ${this.t('backToList')}</button>
      ${this.detailView === 'ready' ? this.renderOpportunity() : nothing}
      ${this.detailView === 'loading' ? loadingView(this.t('loading'), { rows: 3 }) : nothing}
      ${this.detailView === 'failed'
        ? errorView({
            title: this.t('detailErrorTitle'),
            message: this.t('apiError', 'network'),
            retryLabel: this.t('retry'),
            onRetry: () => this.retryDetailView(),
            headingLevel: this.level,
          })
        : nothing}
    </div>`;
  }

  private renderOpportunity(): TemplateResult {
    const { adapter, apiBase, token, locale, readingLevel } = this.config;
    return html`<coprod-opportunity
        opportunity-id=${this.openId!}
        .opportunity=${this.openOpportunity}
        .adapter=${adapter}
        .apiBase=${apiBase}
        .token=${token}
        .locale=${locale}
        .readingLevel=${readingLevel}
        .headingLevel=${this.level}
        .consentText=${this.consentText}
        .today=${this.today}
      ></coprod-opportunity>`;
  }

  private renderFilters(): TemplateResult {
    const locale = this.config.locale;
    const taxonomy = this.taxonomyTask.value;
    const errorPrefix = this.t('errorPrefix');
    return html`<form class="filters" part="filters" role="search" aria-labelledby="filters-heading" @submit=${this.onFiltersSubmit}>
      ${heading(this.subLevel(), this.t('filtersHeading'), { id: 'filters-heading' })}
      <div class="filter-grid">
        ${textField({
          id: 'field-q',
          label: this.t('keyword'),
          hint: this.t('keywordHint'),
          errorPrefix,
          type: 'search',
          value: this.keywordDraft,
          onInput: (value) => this.onKeywordInput(value),
        })}
        ${selectField({
          id: 'field-topic',
          label: this.t('topic'),
          errorPrefix,
          value: this.filters.topic,
          options: [{ value: '', label: this.t('allTopics') }, ...(taxonomy?.topics ?? []).map((term) => ({ value: term.id, label: termName(term, locale) }))],
          onChange: (topic) => this.setFilters({ topic }),
        })}
        ${selectField({
          id: 'field-area',
          label: this.t('area'),
          errorPrefix,
          value: this.filters.area,
          options: [{ value: '', label: this.t('allAreas') }, ...(taxonomy?.areas ?? []).map((term) => ({ value: term.id, label: termName(term, locale) }))],
          onChange: (area) => this.setFilters({ area }),
        })}
        ${selectField({
          id: 'field-sort',
          label: this.t('sort'),
          errorPrefix,
          value: this.filters.sort,
          options: [
            { value: 'closing', label: this.t('sortClosing') },
            { value: 'newest', label: this.t('sortNewest') },
          ],
          onChange: (sort) => this.setFilters({ sort: sort === 'newest' ? 'newest' : 'closing' }),
        })}
        ${choiceGroup({
          id: 'field-format',
          type: 'checkbox',
          label: this.t('format'),
          errorPrefix,
          choices: choicesFrom(participationModes, locale),
          selected: this.filters.formats,
          onChange: (selected) => this.setFilters({ formats: MODES.filter((mode) => selected.includes(mode)) }),
        })}
        ${choiceGroup({
          id: 'field-paid',
          type: 'checkbox',
          label: this.t('pay'),
          errorPrefix,
          choices: [{ value: 'paid', label: this.t('paidOnly') }],
          selected: this.filters.paid ? ['paid'] : [],
          onChange: (selected) => this.setFilters({ paid: selected.includes('paid') }),
        })}
      </div>
    </form>`;
  }

  private renderResults(): unknown {
    // A new search keeps the results on screen, marked busy, until the new ones come: the
    // skeleton is only for the first load (and after an error, when there is nothing to keep).
    const shown = this.listTask.status === TaskStatus.PENDING ? this.listTask.value : undefined;
    if (shown) return this.renderPage(shown, true);
    return this.listTask.render({
      initial: () => loadingView(this.t('loading'), { rows: 3 }),
      pending: () => loadingView(this.t('loading'), { rows: 3 }),
      error: (error) =>
        errorView({
          title: this.t('errorTitle'),
          message: errorMessage(error, (kind) => this.t('apiError', kind)),
          retryLabel: this.t('retry'),
          onRetry: () => void this.listTask.run(),
          fallback: this.fallback,
          headingLevel: this.subLevel(),
        }),
      complete: (loaded) => (loaded ? this.renderPage(loaded) : nothing),
    });
  }

  private renderPage({ page, offline }: Loaded, updating = false): TemplateResult {
    const status = html`<span class="updating muted" role="status">${updating ? this.t('updating') : nothing}</span>`;
    const items = [...page.items, ...this.more.filter((extra) => !page.items.some((item) => item.id === extra.id))];
    if (items.length === 0) {
      const locked = this.hideFilters;
      return html`<div class="results" aria-busy=${updating ? 'true' : nothing}>${status}${emptyView(
        this.t('emptyTitle'),
        html`${(locked ? this.t('emptyBodyLocked') : this.t('emptyBody')).split('\n').map((line, index) => html`${index ? html`<br />` : nothing}${line}`)}`,
        locked ? undefined : html`<button type="button" class="button secondary" @click=${this.clearFilters}>${this.t('clearFilters')}</button>`,
        this.subLevel(),
      )}</div>`;
    }
    const { locale, readingLevel } = this.config;
    const href = this.addresses();
    return html`${offline ? this.renderOffline() : nothing}
      <div class="results-bar">
        <p>${this.t('count', page.total)}</p>
        ${items.length < page.total ? html`<span class="muted">${this.t('showing', items.length, page.total)}</span>` : nothing} ${status}
      </div>
      <ul class="cards" aria-busy=${updating ? 'true' : nothing}>
        ${items.map(
          (opportunity) =>
            html`<li>
              ${renderOpportunityCard(opportunity, {
                locale,
                readingLevel,
                headingLevel: this.subLevel(),
                href: href(opportunity.id),
                onOpen: (chosen) => void this.open(chosen),
                today: this.today,
              })}
            </li>`,
        )}
      </ul>
      ${this.moreError
        ? errorView({ title: this.t('errorTitle'), message: this.t('apiError', this.moreError.kind), retryLabel: this.t('retry'), onRetry: () => void this.showMore(), headingLevel: this.subLevel() })
        : nothing}
      ${this.nextCursor
        ? html`<button type="button" class="button secondary show-more" part="show-more" ?disabled=${this.loadingMore || updating} @click=${this.showMore}>
            ${this.loadingMore ? this.t('loading') : this.t('showMore')}
          </button>`
        : nothing}`;
  }

  private renderOffline(): TemplateResult {
    return html`<div class="panel notice offline" part="offline" role="status">
      <p class="panel-title"><strong>${icon('alert')} ${this.t('offlineTitle')}</strong></p>
      <p>${this.t('offlineBody')}</p>
      <button type="button" class="button secondary" @click=${() => void this.listTask.run()}>${this.t('retry')}</button>
    </div>`;
  }
}
