/**
 * Search and pages for a staff list: the words searched, the status shown and the page, kept
 * in the page's address after `#` (`#feedback-q=FB-8M2D&feedback-page=2`), so reload and Back
 * keep them. The fragment never reaches a server's log, so what staff type (a name, a
 * reference) stays in the browser. Other keys in the fragment (the workspace's section) are kept.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
// Keyed: an opened summary row (DOM state) stays with its item when a search or page changes the list.
import { repeat } from 'lit/directives/repeat.js';
import type { MessageSet, Translate } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { arrowRightIcon, searchIcon } from '../../core/icons-more.js';
import { withEnglish } from '../../core/in-english.js';
import { lines } from './staff-access.js';

/** How many items one page shows. */
export const PAGE_SIZE = 10;

export interface ListPlace {
  /** The words searched for ('' for none). */
  q: string;
  /** The status chosen in the address, or undefined when the address names none (the widget's own default). */
  status: string | undefined;
  /** The page, from 1. */
  page: number;
  /** The topic chosen (a taxonomy id), or undefined for every topic. */
  topic?: string | undefined;
}

function fragment(): URLSearchParams {
  const hash = window.location.hash.replace(/^#/, '');
  // A plain anchor (#main, #sign-in) is not ours to keep as keys.
  return hash.includes('=') ? new URLSearchParams(hash) : new URLSearchParams();
}

type Host = ReactiveControllerHost & HTMLElement;

/** The list's place in the address, read again on Back and Forward; and which items are opened. */
export class ListAddress implements ReactiveController {
  place: ListPlace = { q: '', status: undefined, page: 1 };
  /** The items opened from their summary row. */
  opened: ReadonlySet<string> = new Set();

  private readonly onPop = () => {
    this.place = this.read();
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: Host,
    /** The keys' prefix in the address: `<key>-q`, `<key>-status`, `<key>-page`. */
    private readonly key: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.place = this.read();
    window.addEventListener('popstate', this.onPop);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPop);
  }

  private read(): ListPlace {
    const params = fragment();
    const page = Number(params.get(`${this.key}-page`));
    return {
      q: (params.get(`${this.key}-q`) ?? '').slice(0, 200),
      status: params.get(`${this.key}-status`) ?? undefined,
      topic: params.get(`${this.key}-topic`) ?? undefined,
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  }

  /** The address with the list at `place`. */
  href(place: ListPlace): string {
    const params = fragment();
    const set = (name: string, value: string | undefined) => (value ? params.set(`${this.key}-${name}`, value) : params.delete(`${this.key}-${name}`));
    set('q', place.q.trim());
    set('status', place.status);
    set('topic', place.topic);
    set('page', place.page > 1 ? String(place.page) : undefined);
    const text = params.toString();
    return `${window.location.pathname}${window.location.search}${text ? `#${text}` : ''}`;
  }

  /** The address of another page of the list as it is. */
  pageHref(page: number): string {
    return this.href({ ...this.place, page });
  }

  /** Opens or closes an item's summary row. */
  open(id: string, open: boolean): void {
    if (this.opened.has(id) === open) return;
    const opened = new Set(this.opened);
    if (open) opened.add(id);
    else opened.delete(id);
    this.opened = opened;
    this.host.requestUpdate();
  }

  /**
   * A search or another page: the list moves, and once `loaded` (the list's load, if the move
   * asked for one) focus goes to what it now shows ("Showing 11 to 20 of 31").
   */
  async move(next: Partial<ListPlace>, loaded: () => Promise<unknown>): Promise<void> {
    this.go(next);
    await this.host.updateComplete;
    await loaded().catch(() => undefined);
    await this.host.updateComplete;
    this.host.shadowRoot?.getElementById(`${this.key}-count`)?.focus();
  }

  /** Moves the list (a new entry in the history, so Back comes back here). */
  go(next: Partial<ListPlace>): void {
    const place = { ...this.place, ...next };
    const href = this.href(place);
    if (href !== `${window.location.pathname}${window.location.search}${window.location.hash}`) history.pushState(history.state, '', href);
    this.place = place;
    this.host.requestUpdate();
  }
}

/** One page of `items`, and where it starts and ends (from 1). */
export function pageOf<T>(items: readonly T[], page: number): { shown: T[]; page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * PAGE_SIZE;
  const shown = items.slice(start, start + PAGE_SIZE);
  return { shown, page: current, pages, from: shown.length ? start + 1 : 0, to: start + shown.length };
}

export interface PagedListOptions<T> {
  t: Translate<MessageSet>;
  /** The ids' prefix (the address's key). */
  key: string;
  address: ListAddress;
  /** Every item the search and filters found. */
  items: readonly T[];
  idOf: (item: T) => string;
  row: (item: T) => unknown;
  /** What an empty list says when nothing was searched for. */
  empty: () => unknown;
  onPage: (page: number) => void;
  /** What "Nothing matches" and "Showing … for" name: the words searched, else the filter chosen (a name in English marked: core/in-english.ts markedIn). */
  searched?: string;
}

/**
 * One page of a staff list: "Showing 1 to 10 of 31", the rows, and the pages; or "Nothing
 * matches" after a search; or the list's own empty state.
 */
export function pagedListView<T>(o: PagedListOptions<T>): unknown {
  const { t, key, items } = o;
  const q = o.address.place.q || o.searched || '';
  if (items.length === 0) return q ? nothingFoundView(t, key, q) : o.empty();
  const page = pageOf(items, o.address.place.page);
  return html`${countView(t, key, q, page.from, page.to, items.length)}
    <ol class="items">
      ${repeat(page.shown, o.idOf, o.row)}
    </ol>
    ${paginationView(t, page.page, page.pages, (n) => o.address.pageHref(n), o.onPage)}`;
}

export interface SearchOptions {
  t: Translate<MessageSet>;
  /** The ids' prefix. */
  key: string;
  q: string;
  hint: string;
  onSearch: (q: string) => void;
  /** Anything else in the form (a status or topic filter). */
  extra?: unknown;
  /** A filter is chosen: "Clear search" shows even with no words, and calls `onClear`. */
  filtered?: boolean;
  onClear?: () => void;
}

/**
 * The search box: a label, a hint, the words, "Search", and "Clear search" after a search. The
 * words are set only when the search changes (not `live()`): a render while the list loads must
 * not wipe what is being typed.
 */
export function searchView(o: SearchOptions): TemplateResult {
  const { t, key } = o;
  const input = (event: Event) => (event.target as HTMLElement).closest('form')!.querySelector<HTMLInputElement>('input[type=search]')!.value;
  return html`<form class="list-search" role="search" aria-label=${t('searchLabel')} @submit=${(event: Event) => {
    event.preventDefault();
    o.onSearch(input(event));
  }}>
    <div class="form-group search-words">
      <label class="label" for="${key}-q">${t('searchLabel')}</label>
      <p class="hint" id="${key}-q-hint">${lines(o.hint)}</p>
      <div class="search-row">
        <input class="input" id="${key}-q" name="q" type="search" autocomplete="off" maxlength="200" aria-describedby="${key}-q-hint" .value=${o.q} />
        <button type="submit" class="button secondary">${icon(searchIcon)} ${t('searchButton')}</button>
      </div>
    </div>
    ${o.extra ?? nothing}
    ${o.q || o.filtered ? html`<p class="clear-search"><button type="button" class="button link" @click=${o.onClear ?? (() => o.onSearch(''))}>${t('clearSearch')}</button></p>` : nothing}
  </form>`;
}

/** "Showing 1 to 10 of 31", which takes focus after a search or a move to another page. */
export function countView(t: Translate<MessageSet>, key: string, q: string, from: number, to: number, total: number): TemplateResult {
  return html`<p class="list-count" id="${key}-count" tabindex="-1">${lines(t('showing', from, to, total))}${q ? html` ${withEnglish(t('searchedFor', q))}` : nothing}</p>`;
}

/** Nothing matched the search: say so and what to try ("Clear search" is the one under the search box). */
export function nothingFoundView(t: Translate<MessageSet>, key: string, q: string): TemplateResult {
  return html`<div class="nothing-found" id="${key}-count" tabindex="-1" role="status">
    <p><strong>${withEnglish(t('nothingFound', q))}</strong></p>
    <p>${lines(t('nothingFoundBody'))}</p>
  </div>`;
}

/** GOV.UK's pagination: Previous, the page numbers (with gaps), Next; real links to each page's address. */
export function paginationView(t: Translate<MessageSet>, page: number, pages: number, hrefOf: (page: number) => string, onPage: (page: number) => void): TemplateResult | typeof nothing {
  if (pages < 2) return nothing;
  const go = (n: number) => (event: Event) => {
    event.preventDefault();
    onPage(n);
  };
  const numbers = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const items: Array<number | 'gap'> = [];
  for (const n of numbers) {
    const last = items[items.length - 1];
    if (typeof last === 'number' && n - last > 1) items.push('gap');
    items.push(n);
  }
  return html`<nav class="pagination" aria-label=${t('pagesLabel')}>
    ${page > 1 ? html`<p class="pagination-prev"><a href=${hrefOf(page - 1)} rel="prev" @click=${go(page - 1)}>${icon('arrowLeft')} ${t('previousPage')}</a></p>` : nothing}
    <ul class="pagination-list">
      ${items.map((n) =>
        n === 'gap'
          ? html`<li class="pagination-gap">⋯</li>`
          : html`<li class="pagination-item ${n === page ? 'current' : ''}">
              <a href=${hrefOf(n)} aria-label=${t('pageNumber', n)} aria-current=${n === page ? 'page' : nothing} @click=${go(n)}>${n}</a>
            </li>`,
      )}
    </ul>
    ${page < pages ? html`<p class="pagination-next"><a href=${hrefOf(page + 1)} rel="next" @click=${go(page + 1)}>${t('nextPage')} ${icon(arrowRightIcon)}</a></p>` : nothing}
  </nav>`;
}

export const listPagingStyles = css`
  .list-search {
    margin-bottom: var(--_space);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: stretch;
  }
  .search-row .input {
    flex: 1 1 8em;
    min-width: 0;
    max-width: 30em;
  }
  .search-row .button {
    margin: 0;
    width: auto;
  }
  /* A select shown with the search (a topic, a status) is as wide as the search box and ends where it ends. */
  .list-search .select {
    max-width: 30em;
  }
  .clear-search {
    margin: 0.5em 0 0;
  }
  @media (max-width: 40em) {
    .list-search .form-group {
      margin-bottom: 1em;
    }
  }
  .list-count {
    font-weight: 700;
    margin-bottom: var(--_space);
  }
  .nothing-found {
    border-left: 0.3em solid var(--_border);
    padding-left: var(--_space);
    margin-bottom: var(--_space);
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: var(--_space) 0;
  }
  .pagination p {
    margin: 0;
  }
  .pagination-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .pagination a {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-width: 2.75em;
    min-height: 2.75em;
    justify-content: center;
    padding: 0 0.5em;
    font-weight: 700;
  }
  .pagination-item.current a {
    background: var(--_text);
    color: var(--_surface);
    text-decoration: none;
  }
  .pagination-gap {
    min-width: 2.75em;
    text-align: center;
    align-self: center;
  }
  .item-more > summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    margin-bottom: 0.5em;
  }
  .item-more[open] > summary {
    margin-bottom: var(--_space);
  }
  .summary-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
    align-items: center;
    margin-bottom: 0.5em;
  }
`;
