/**
 * The last page of opportunities that loaded, per API and query: kept in memory at once, and read
 * when a reload or a search finds no network. Both are in the list's first paint, so remembered
 * results never wait for a chunk after the network failed. The copy in the tab's sessionStorage is
 * written later by last-results.ts, which loads with the first results.
 */
import type { OpportunityPage, OpportunityQuery } from '../../../api/types.js';

export const PREFIX = 'coprod-opportunity-list:last:';

/** The pages remembered in this tab's memory, by key (the whole page; sessionStorage holds its first cards). */
export const inMemory = new Map<string, OpportunityPage>();

export function keyFor(scope: string, query: OpportunityQuery): string {
  // Entries sort by their key first (no key is the start of another).
  const sorted = Object.fromEntries(Object.entries(query).sort());
  return `${PREFIX}${scope}:${JSON.stringify(sorted)}`;
}

/** Keeps a page in memory; returns its key (for last-results.ts, which copies it to sessionStorage when the browser is idle). */
export function keepPage(scope: string, query: OpportunityQuery, page: OpportunityPage): string {
  const key = keyFor(scope, query);
  inMemory.set(key, page);
  return key;
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
