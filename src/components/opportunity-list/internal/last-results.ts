/**
 * The last page of opportunities that loaded, per API and query, kept in memory and in the
 * tab's sessionStorage (never localStorage: it is not personal, but it should not outlive
 * the tab either). Shown, marked as possibly out of date, when a reload finds no network.
 *
 * Memory holds the whole page at once. The copy in sessionStorage is written when the
 * browser is idle, not while the cards are being drawn, and holds only the first
 * STORED_ITEMS cards: serialising hundreds of cards on every load cost more than drawing
 * them, and a person who has lost the network needs the first cards, not all of them.
 *
 * This module writes the copy in sessionStorage; it loads with the list's first results
 * (internal/loading.ts loadPage), not before the first paint. Keeping a page in memory and
 * reading what was kept (last-page.ts) are in the first paint.
 */
import type { OpportunityPage, OpportunityQuery } from '../../../api/types.js';
import { PREFIX, inMemory, keepPage } from './last-page.js';

/** How many cards of a page are kept in sessionStorage. */
export const STORED_ITEMS = 100;

/** Pages waiting for an idle moment to be written, by key (a later page replaces an earlier one). */
const unwritten = new Map<string, OpportunityPage>();
let writeScheduled = false;

/** Runs `work` when the browser is idle (or soon, where there is no requestIdleCallback). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}

function capped(page: OpportunityPage): OpportunityPage {
  return { ...page, items: page.items.slice(0, STORED_ITEMS) };
}

function writeUnwritten(): void {
  writeScheduled = false;
  for (const [key, page] of unwritten) {
    unwritten.delete(key);
    try {
      sessionStorage.setItem(key, JSON.stringify(capped(page)));
    } catch {
      // Storage full or blocked (private mode, sandboxed iframe): memory is enough.
    }
  }
}

/** Copies a page kept in memory (its key from last-page.ts keepPage) to sessionStorage when the browser is idle. */
export function storeLater(key: string, page: OpportunityPage): void {
  unwritten.set(key, page);
  if (writeScheduled) return;
  writeScheduled = true;
  whenIdle(writeUnwritten);
}

/** Keeps a page in memory now and in sessionStorage later (tests and stories; the list keeps, then stores). */
export function rememberPage(scope: string, query: OpportunityQuery, page: OpportunityPage): void {
  storeLater(keepPage(scope, query, page), page);
}

/** @internal For tests: writes what is waiting for an idle moment now. */
export function flushPages(): void {
  if (unwritten.size) writeUnwritten();
}

/** @internal For tests and stories. */
export function forgetPages(): void {
  inMemory.clear();
  unwritten.clear();
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}
