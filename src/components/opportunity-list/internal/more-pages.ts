import type { ReactiveControllerHost } from 'lit';
import { ApiError } from '../../../api/errors.js';
import type { Opportunity, OpportunityPage } from '../../../api/types.js';

/**
 * How many cards the list draws at first, and how many more each "Show more" draws. An adapter
 * may send more results at once than this (a `limit` over 50, one that ignores `limit`, many
 * "Show more"s): the rest wait, already loaded, for "Show more", so a new search never has
 * hundreds of cards to draw or take away before the reader sees its answer. The count says
 * the total whatever is drawn.
 */
export const DRAWN_PAGE = 50;

/** "Show more": the cards added after the first page, the next page's cursor, how many cards are drawn, and its own failure. */
export class MorePages {
  /** Cards added by "Show more". */
  items: Opportunity[] = [];
  nextCursor: string | null = null;
  loading = false;
  error: ApiError | undefined;
  /** How many of the results' cards are drawn. */
  drawn = DRAWN_PAGE;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Drops the cards "Show more" added to the previous results, and draws a page of the new ones. */
  startAfresh(nextCursor: string | null): void {
    this.items = [];
    this.error = undefined;
    this.nextCursor = nextCursor;
    this.drawn = DRAWN_PAGE;
    this.host.requestUpdate();
  }

  /**
   * Shows the next page of cards: those already loaded but not drawn yet (no request), else the
   * next page from `next`. Returns the cards it draws; undefined when there is nothing more, it
   * failed (`onError` is told), or the results changed meanwhile (`stale`: these cards belong to the old ones).
   * `shown` is every card of the results loaded so far (drawn or not).
   */
  async load(shown: Opportunity[], next: (cursor: string) => Promise<OpportunityPage>, stale: () => boolean, onError: (error: unknown) => void): Promise<OpportunityPage | undefined> {
    const from = Math.min(this.drawn, shown.length);
    // Drawn once shown: the cards already here, or those the next page brings (a failure draws none).
    this.drawn = from + DRAWN_PAGE;
    if (from < shown.length) {
      this.host.requestUpdate();
      return { items: shown.slice(from, this.drawn) } as OpportunityPage;
    }
    if (!this.nextCursor || this.loading) return undefined;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    let page: OpportunityPage | undefined;
    try {
      page = await next(this.nextCursor);
      if (stale()) page = undefined;
      else {
        this.items = [...this.items, ...page.items];
        this.nextCursor = page.nextCursor;
        page = { ...page, items: page.items.slice(0, DRAWN_PAGE) };
      }
    } catch (error) {
      this.error = error instanceof ApiError ? error : new ApiError('server', String(error));
      onError(error);
    }
    this.loading = false;
    this.host.requestUpdate();
    return page;
  }
}
