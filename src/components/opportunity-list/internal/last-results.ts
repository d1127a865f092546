/**
 * The last page of opportunities that loaded, per API and query, kept in memory and in the
 * tab's sessionStorage (never localStorage: it is not personal, but it should not outlive
 * the tab either). Shown, marked as possibly out of date, when a reload finds no network.
 *
 * Memory holds the whole page at once. The copy in sessionStorage is written when the
 * browser is idle, not while the cards are being drawn, and holds only the first
 * STORED_ITEMS cards: serialising hundreds of cards on every load cost more than drawing
 * them, and a person who has lost the network needs the first cards, not all of them.
 */
import type { OpportunityPage, OpportunityQuery } from '../../../api/types.js';

const PREFIX = 'coprod-opportunity-list:last:';
/** How many cards of a page are kept in sessionStorage. */
export const STORED_ITEMS = 100;

const inMemory = new Map<string, OpportunityPage>();
/** Pages waiting for an idle moment to be written, by key (a later page replaces an earlier one). */
const unwritten = new Map<string, OpportunityPage>();
let writeScheduled = false;

function keyFor(scope: string, query: OpportunityQuery): string {
  // Entries sort by their key first (no key is the start of another).
  const sorted = Object.fromEntries(Object.entries(query).sort());
  return `${PREFIX}${scope}:${JSON.stringify(sorted)}`;
}

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

export function rememberPage(scope: string, query: OpportunityQuery, page: OpportunityPage): void {
  const key = keyFor(scope, query);
  inMemory.set(key, page);
  unwritten.set(key, page);
  if (writeScheduled) return;
  writeScheduled = true;
  whenIdle(writeUnwritten);
}

export function lastPage(scope: string, query: OpportunityQuery): OpportunityPage | undefined {
  const key = keyFor(scope, query);
  const remembered = inMemory.get(key);
  if (remembered) return remembered;
  try {
    const stored = sessionStorage.getItem(key);
    return stored ? (JSON.parse(stored) as OpportunityPage) : undefined;
  } catch {
    return undefined;
  }
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
