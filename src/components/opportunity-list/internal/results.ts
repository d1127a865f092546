import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../../../api/errors.js';
import type { Opportunity, OpportunityPage, Taxonomy } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import type { ResolvedConfig } from '../../../core/controllers/config-controller.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { emptyView, errorView, loadingView } from '../../../core/status-views.js';
import { renderOpportunityCard } from '../../../shared/card/opportunity-card.js';
import { ukDate } from '../../../shared/card/closing-words.js';

export interface Loaded {
  page: OpportunityPage;
  /** True when the network failed and these are the last results that loaded. */
  offline: boolean;
}

/** What the reference server renders the list with (its embed, GET /embed/opportunity-list). */
export interface ServerListData {
  page: OpportunityPage;
  taxonomy: Taxonomy;
}

export interface PageViewOptions {
  t: Translate<MessageSet>;
  locale: Locale;
  readingLevel: ReadingLevel;
  /** The level of each card's heading. */
  level: number;
  today: Date | undefined;
  /** A new search is on its way: the cards stay, marked busy. */
  updating: boolean;
  /** Cards added by "Show more". */
  more: Opportunity[];
  /** How many cards are drawn (the others wait for "Show more"; the count says the total). */
  drawn: number;
  nextCursor: string | null;
  loadingMore: boolean;
  moreError: ApiError | undefined;
  /** `hide-filters`: nothing to clear. */
  locked: boolean;
  /** The address of the page with one opportunity open. */
  href: (id: string) => string;
  onOpen: (opportunity: Opportunity) => void;
  onMore: () => void;
  onClear: () => void;
  onRetry: () => void;
}

/** Every card of the results loaded so far: the page's, then those "Show more" added (once each). */
export function shownItems({ items }: OpportunityPage, more: Opportunity[]): Opportunity[] {
  return [...items, ...more.filter((extra) => !items.some((item) => item.id === extra.id))];
}

/** One page of results as cards, with the count, "Show more", and a notice when offline. */
export function pageView({ page, offline }: Loaded, o: PageViewOptions): TemplateResult {
  const { t, updating } = o;
  const status = html`<span class="updating muted" role="status">${updating ? t('updating') : nothing}</span>`;
  const items = shownItems(page, o.more);
  // Only the cards drawn are worked out: a thousand results cost a page of cards.
  const drawn = items.slice(0, o.drawn);
  if (items.length === 0) {
    return html`<div class="results" aria-busy=${updating ? 'true' : nothing}>${status}${emptyView(
      t('emptyTitle'),
      html`${(o.locked ? t('emptyBodyLocked') : t('emptyBody')).split('\n').map((line, index) => html`${index ? html`<br />` : nothing}${line}`)}`,
      o.locked ? undefined : html`<button type="button" class="button secondary" @click=${o.onClear}>${t('clearFilters')}</button>`,
      o.level,
    )}</div>`;
  }
  return html`${offline ? offlineView(t, o.onRetry) : nothing}
    <div class="results-bar">
      <p>${t('count', page.total)}</p>
      ${drawn.length < page.total ? html`<span class="muted">${t('showing', drawn.length, page.total)}</span>` : nothing} ${status}
    </div>
    <ul class="cards" aria-busy=${updating ? 'true' : nothing}>
      ${cardsOf(page, drawn, o)}
    </ul>
    ${o.moreError
      ? errorView({ title: t('errorTitle'), message: t('apiError', o.moreError.kind), retryLabel: t('retry'), onRetry: o.onMore, headingLevel: o.level })
      : nothing}
    ${o.nextCursor || drawn.length < items.length
      ? html`<button type="button" class="button secondary show-more" part="show-more" ?disabled=${o.loadingMore || updating} @click=${o.onMore}>
          ${o.loadingMore ? t('loading') : t('showMore')}
        </button>`
      : nothing}`;
}

/** The cards last drawn for a page, with what they were drawn with (and how many). */
const drawn = new WeakMap<OpportunityPage, [unknown[], TemplateResult[]]>();

/**
 * The page's cards, made once for as long as nothing they show changes: while a new search is
 * on its way the list draws again (marked busy) and its cards stay as they were, so they are
 * not worked out again, one by one, for every card on the page.
 */
function cardsOf(page: OpportunityPage, items: Opportunity[], o: PageViewOptions): TemplateResult[] {
  // `href('')` stands for every card's address (it changes with the filters under sync-url);
  // the UK day, for what the closing dates say.
  const key = [o.more, o.drawn, o.onOpen, o.locale, o.readingLevel, o.level, ukDate(o.today), o.href('')];
  const known = drawn.get(page);
  if (known?.[0].every((value, i) => value === key[i])) return known[1];
  const cards = items.map(
    (opportunity) =>
      html`<li>${renderOpportunityCard(opportunity, {
        locale: o.locale,
        readingLevel: o.readingLevel,
        headingLevel: o.level,
        href: o.href(opportunity.id),
        onOpen: o.onOpen,
        today: o.today,
        // A Welsh card says when from the sessions where the council wrote no Welsh "when" (internal/when-words.ts).
        when: o.t('cardWhen', opportunity),
      })}</li>`,
  );
  drawn.set(page, [key, cards]);
  return cards;
}

function offlineView(t: Translate<MessageSet>, onRetry: () => void): TemplateResult {
  return html`<div class="panel notice offline" part="offline" role="status">
    <p class="panel-title"><strong>${icon('alert')} ${t('offlineTitle')}</strong></p>
    <p>${t('offlineBody')}</p>
    <button type="button" class="button secondary" @click=${onRetry}>${t('retry')}</button>
  </div>`;
}

export const DETAIL_TAG = 'coprod-opportunity';

/**
 * The opportunity view and its "I'm interested" form load the first time a card is opened,
 * so the list's first load carries only the list. One import for every list on the page.
 * Settles once the tag is defined: on a page that also holds a <coprod-opportunity> of its own,
 * define() defines it a task after the module has run (review N5, session 16).
 */
let detailModule: Promise<unknown> | undefined;
/** The opened opportunity's element with the list's configuration (opened.ts), loaded with its code. */
let opened: typeof import('./opened.js').openedView | undefined;
export function importDetailView(): Promise<unknown> {
  detailModule ??= import('./opened.js').then((part) => ((opened = part.openedView), customElements.whenDefined(DETAIL_TAG))).catch((error: unknown) => {
    detailModule = undefined;
    throw error;
  });
  return detailModule;
}

/** Whether the opened opportunity can be drawn now: its code and the list's template for it are in. */
export const detailReady = (): boolean => !!opened && !!customElements.get(DETAIL_TAG);

export interface DetailViewOptions {
  t: Translate<MessageSet>;
  /** The list's heading level: the opened opportunity takes its place. */
  level: number;
  config: ResolvedConfig;
  state: 'idle' | 'loading' | 'ready' | 'failed';
  openId: string;
  opportunity: Opportunity | undefined;
  consentText: string | undefined;
  today: Date | undefined;
  onBack: () => void;
  onRetry: () => void;
}

/** The opportunity opened in place (its code loads on first use), with "Back to the list". */
export function detailView(o: DetailViewOptions): TemplateResult {
  const { t } = o;
  return html`<div class="detail">
    <button type="button" class="button secondary back" @click=${o.onBack}>${icon('arrowLeft')} ${t('backToList')}</button>
    ${o.state === 'ready' && opened ? opened(o) : nothing}
    ${o.state === 'loading' ? loadingView(t('loading'), { rows: 3 }) : nothing}
    ${o.state === 'failed'
      ? errorView({ title: t('detailErrorTitle'), message: t('apiError', 'network'), retryLabel: t('retry'), onRetry: o.onRetry, headingLevel: o.level })
      : nothing}
  </div>`;
}
