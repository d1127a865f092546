import type { ReactiveControllerHost } from 'lit';
import { ApiError } from '../../../api/errors.js';
import type { Opportunity } from '../../../api/types.js';

/**
 * How many cards the list draws at first, and how many more each "Show more" draws. An adapter
 * may send more results at once than this (a `limit` over 50, one that ignores `limit`, many
 * "Show more"s): the rest wait, already loaded, for "Show more", so a new search never has
 * hundreds of cards to draw or take away before the reader sees its answer. The count says
 * the total whatever is drawn.
 */
export const DRAWN_PAGE = 50;

/**
 * "Show more": the cards added after the first page, the next page's cursor, how many cards are
 * drawn, and its own failure. What a press does (show-more.ts) loads on the first press.
 */
export class MorePages {
  /** Cards added by "Show more". */
  items: Opportunity[] = [];
  nextCursor: string | null = null;
  loading = false;
  error: ApiError | undefined;
  /** How many of the results' cards are drawn. */
  drawn = DRAWN_PAGE;

  constructor(readonly host: ReactiveControllerHost) {}

  /** Drops the cards "Show more" added to the previous results, and draws a page of the new ones. */
  startAfresh(nextCursor: string | null): void {
    this.items = [];
    this.error = undefined;
    this.nextCursor = nextCursor;
    this.drawn = DRAWN_PAGE;
    this.host.requestUpdate();
  }

}
