import type { ReactiveControllerHost } from 'lit';
import { ApiError } from '../../../api/errors.js';
import type { Opportunity, OpportunityPage } from '../../../api/types.js';

/** "Show more": the cards added after the first page, the next page's cursor, and its own failure. */
export class MorePages {
  /** Cards added by "Show more". */
  items: Opportunity[] = [];
  nextCursor: string | null = null;
  loading = false;
  error: ApiError | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Drops the cards "Show more" added to the previous results (or keeps `items`). */
  startAfresh(nextCursor: string | null, items: Opportunity[] = []): void {
    this.items = items;
    this.error = undefined;
    this.nextCursor = nextCursor;
    this.host.requestUpdate();
  }

  /**
   * Loads the next page and adds its cards; undefined when there is none to load, it failed
   * (`onError` is told), or the results changed meanwhile (`stale`: these cards belong to the old ones).
   */
  async load(next: (cursor: string) => Promise<OpportunityPage>, stale: () => boolean, onError: (error: unknown) => void): Promise<OpportunityPage | undefined> {
    if (!this.nextCursor || this.loading) return undefined;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    let page: OpportunityPage | undefined;
    try {
      page = await next(this.nextCursor);
      if (stale()) page = undefined;
      else this.startAfresh(page.nextCursor, [...this.items, ...page.items]);
    } catch (error) {
      this.error = error instanceof ApiError ? error : new ApiError('server', String(error));
      onError(error);
    }
    this.loading = false;
    this.host.requestUpdate();
    return page;
  }
}
