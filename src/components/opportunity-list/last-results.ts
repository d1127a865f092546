/**
 * The last page of opportunities that loaded, per API and query, kept in memory and in the
 * tab's sessionStorage (never localStorage: it is not personal, but it should not outlive
 * the tab either). Shown, marked as possibly out of date, when a reload finds no network.
 */
import type { OpportunityPage, OpportunityQuery } from '../../api/types.js';

const PREFIX = 'coprod-opportunity-list:last:';
const inMemory = new Map<string, OpportunityPage>();

function keyFor(scope: string, query: OpportunityQuery): string {
  const sorted = Object.fromEntries(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
  return `${PREFIX}${scope}:${JSON.stringify(sorted)}`;
}

export function rememberPage(scope: string, query: OpportunityQuery, page: OpportunityPage): void {
  const key = keyFor(scope, query);
  inMemory.set(key, page);
  try {
    sessionStorage.setItem(key, JSON.stringify(page));
  } catch {
    // Storage full or blocked (private mode, sandboxed iframe): memory is enough.
  }
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

/** @internal For tests and stories. */
export function forgetPages(): void {
  inMemory.clear();
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}
