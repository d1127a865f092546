import { ApiError } from '../../../api/errors.js';
import type { OpportunityPage } from '../../../api/types.js';
import { DRAWN_PAGE, type MorePages } from './more-pages.js';

/**
 * The next page of "Show more" from the API, loaded on the first press that needs it
 * (internal/loading.ts loadMore, which draws cards already loaded itself and has set
 * `more.loading`), so the list's first paint does not carry it. Returns the cards it draws;
 * undefined when it failed (`onError` is told) or the results changed meanwhile (`stale`:
 * these cards belong to the old ones).
 */
export async function nextPage(more: MorePages, next: (cursor: string) => Promise<OpportunityPage>, stale: () => boolean, onError: (error: unknown) => void): Promise<OpportunityPage | undefined> {
  let page: OpportunityPage | undefined;
  try {
    page = await next(more.nextCursor!);
    if (stale()) page = undefined;
    else {
      more.items = [...more.items, ...page.items];
      more.nextCursor = page.nextCursor;
      page = { ...page, items: page.items.slice(0, DRAWN_PAGE) };
    }
  } catch (error) {
    more.error = error instanceof ApiError ? error : new ApiError('server', String(error));
    onError(error);
  }
  more.loading = false;
  more.host.requestUpdate();
  return page;
}
