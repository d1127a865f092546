import { TaskStatus } from '@lit/task';
import { ApiError } from '../../../api/errors.js';
import type { OpportunityPage } from '../../../api/types.js';
import { DRAWN_PAGE, type MorePages } from './more-pages.js';
import type { ListTask } from './loading.js';
import { shownItems } from './results.js';

/**
 * What a press of "Show more" does, loaded on the first press (internal/loading.ts loadMore), so
 * the list's first paint does not carry it.
 *
 * Shows the next page of cards: those already loaded but not drawn yet (no request), else the
 * next page from `next`. Returns the cards it draws; undefined when there is nothing more, it
 * failed (`onError` is told), or the results changed meanwhile (these cards belong to the old ones).
 */
export async function showMore(more: MorePages, task: ListTask, next: (cursor: string) => Promise<OpportunityPage>, onError: (error: unknown) => void): Promise<OpportunityPage | undefined> {
  const results = task.value;
  // "Show more" is there only with results shown. Every card of the results loaded so far (drawn or not):
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
  let page: OpportunityPage | undefined;
  try {
    page = await next(more.nextCursor);
    // A new search came meanwhile.
    if (task.value !== results || task.status === TaskStatus.PENDING) page = undefined;
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
