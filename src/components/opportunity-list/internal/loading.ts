import { TaskStatus, type Task } from '@lit/task';
import { nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { OpportunityPage, OpportunityQuery } from '../../../api/types.js';
import type { CoprodApi } from '../../../api/api.js';
import { ApiError } from '../../../api/errors.js';
import type { Filters } from './filters.js';
import { keepPage, lastPage } from './last-page.js';
import { DRAWN_PAGE, type MorePages } from './more-pages.js';
import { shownItems, type Loaded, type ServerListData } from './results.js';

export type ListTask = Task<readonly unknown[], Loaded | undefined>;

/** What the list loads besides its taxonomy: a page of results, and "More filters"' code. */

/**
 * "More filters" (more-filters.ts), shared by every list on the page: `fields` once its code is in;
 * `code` fetches it (a test makes it fail, as a flaky connection or a CDN that lost an old chunk
 * after a deploy does). Each list counts its own failures, so one list's failure leaks into no other.
 */
export const filterPart: {
  fields?: typeof import('./more-filters.js').moreFilters | undefined;
  loading?: Promise<void> | undefined;
  code: () => Promise<typeof import('./more-filters.js')>;
} = { code: () => import('./more-filters.js') };

export function loadMoreFilters(): Promise<void> {
  return (filterPart.loading ??= filterPart.code().then(
    (part) => void (filterPart.fields = part.moreFilters),
    (error: unknown) => {
      // The lists show without it; a failed load is tried once more, then when a person opens "More filters".
      filterPart.loading = undefined;
      throw error;
    },
  ));
}

/** One list asking for "More filters": `failed` counts this list's failed fetches (one per fetch it waited for). */
export class MoreFiltersAsk {
  failed = 0;
  #waiting = false;
  /** Fetching for this list now. */
  get busy(): boolean {
    return this.#waiting;
  }
  constructor(private readonly host: ReactiveElement) {}

  /** Asks for the code unless it is in or on its way; draws again when it comes or fails. */
  ask(): Promise<boolean> | undefined {
    if (filterPart.fields || this.#waiting) return undefined;
    this.#waiting = true;
    const asked = loadMoreFilters();
    this.host.requestUpdate();
    const drawn = (ok: boolean): boolean => ((this.#waiting = false), ok || this.failed++, this.host.requestUpdate(), ok);
    return asked.then(() => drawn(true), () => drawn(false));
  }

  /**
   * "Try again": "Loading…" shows meanwhile (so a second failure is announced afresh); then focus
   * goes to the first field once drawn in the reader's words, or back to "Try again".
   */
  async retry(words: () => Promise<void> | undefined): Promise<void> {
    const ok = (await this.ask()) ?? true;
    if (ok) await words();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(ok ? '#field-topic' : '.more-failed button')?.focus();
  }
}

/** Server-rendered "More filters" hydrates once its code is in, so the first render matches it. */
export function afterMoreFilters(host: { hasUpdated: boolean; shadowRoot: ShadowRoot | null }, update: () => void | Promise<unknown>): void | Promise<unknown> {
  if (!host.hasUpdated && !filterPart.fields && host.shadowRoot?.querySelector('.filter-grid > *')) return loadMoreFilters().then(update, update);
  return update();
}

/**
 * A page of results, remembered; when the network fails, the page remembered for the same query (marked offline).
 * Kept in memory at once; the copy in sessionStorage (for a reload) is written by last-results.ts, which loads with
 * the first results. If that code cannot come, the page stays in memory only. Reading what was kept never waits for a chunk.
 */
export async function loadPage(api: CoprodApi, query: OpportunityQuery, signal: AbortSignal, scope: string, more: MorePages): Promise<Loaded> {
  try {
    const page = await api.listOpportunities(query, { signal });
    const key = keepPage(scope, query, page);
    import('./last-results.js').then((part) => part.storeLater(key, page), () => undefined);
    more.startAfresh(page.nextCursor);
    return { page, offline: false };
  } catch (error) {
    const remembered = error instanceof ApiError && error.kind === 'network' ? lastPage(scope, query) : undefined;
    if (!remembered) throw error;
    more.startAfresh(null);
    return { page: remembered, offline: true };
  }
}

/** The presets (topic, area, for-me) a page changed after the first render, as filters. */
export function presetChange(changed: Map<PropertyKey, unknown>, o: { topic?: string; area?: string; forMe: boolean }): Partial<Filters> | undefined {
  if (!changed.has('topic') && !changed.has('area') && !changed.has('forMe')) return undefined;
  const preset: Partial<Filters> = {};
  if (changed.has('topic')) preset.topic = o.topic ?? '';
  if (changed.has('area')) preset.area = o.area ?? '';
  if (changed.has('forMe')) preset.mine = o.forMe;
  return preset;
}

/** "Show more"'s code, fetched on the first press (a test makes it fail). */
export const moreCode = { load: () => import('./show-more.js') };

/**
 * "Show more": the next cards after those shown; undefined when it failed or a new search came meanwhile.
 * Cards already loaded but not drawn (a page of more than DRAWN_PAGE, or the remembered page shown
 * offline) are drawn here: no network, no chunk. The next page's request is show-more.ts, loaded on the
 * first press that needs it ("Loading…" at once); if that code cannot be fetched, the press fails as a
 * lost network does, with Try again (its words are in the first paint).
 */
export async function loadMore(api: CoprodApi, task: ListTask, more: MorePages, query: OpportunityQuery, onError: (error: unknown) => void): Promise<OpportunityPage | undefined> {
  const results = task.value;
  // "Show more" is there only with results shown: every card of them loaded so far (drawn or not).
  const shown = shownItems(results!.page, more.items);
  const from = Math.min(more.drawn, shown.length);
  // Drawn once shown: the cards already here, or those the next page brings (a failure draws none).
  more.drawn = from + DRAWN_PAGE;
  if (from < shown.length) {
    more.host.requestUpdate();
    return { items: shown.slice(from, more.drawn) } as OpportunityPage;
  }
  if (!more.nextCursor || more.loading) return undefined;
  more.loading = true;
  more.error = undefined;
  more.host.requestUpdate();
  const part = await moreCode.load().catch(() => undefined);
  if (part) return part.nextPage(more, (cursor) => api.listOpportunities({ ...query, cursor }), () => task.value !== results || task.status === TaskStatus.PENDING, onError);
  more.loading = false;
  onError((more.error = new ApiError('network', 'The code of "Show more" could not be fetched.')));
  more.host.requestUpdate();
  return undefined;
}

/**
 * The results as the list task stands. A new search keeps the results on screen, marked busy,
 * until the new ones come: the skeleton is only for the first load (and after an error, when
 * there is nothing to keep).
 */
export function resultsView(task: ListTask, server: ServerListData | undefined, page: (loaded: Loaded, updating?: boolean) => TemplateResult, loading: () => TemplateResult, error: (error: unknown) => TemplateResult): unknown {
  const shown = task.status === TaskStatus.PENDING ? task.value : undefined;
  if (shown) return page(shown, true);
  if (task.status === TaskStatus.INITIAL && server) return page({ page: server.page, offline: false });
  return task.render({ initial: loading, pending: loading, error, complete: (loaded) => (loaded ? page(loaded) : nothing) });
}
