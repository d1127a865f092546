import type { CoprodApi } from '../../../api/api.js';
import { ApiError } from '../../../api/errors.js';
import type { Opportunity } from '../../../api/types.js';
import { versionOf } from '../../../api/versions.js';
import { briefOf, toInput, type BriefValues } from './brief-values.js';
import { conflictRows, type Conflict } from './conflict.js';
import { STATUSES } from './list-view.js';

/** Every opportunity staff may see (of one organisation, if given; matching `q` and about `topic`, if given), page by page. */
export async function loadOpportunities(api: CoprodApi, organisation: string | undefined, q: string, topic: string, signal: AbortSignal): Promise<Opportunity[]> {
  const opportunities: Opportunity[] = [];
  let cursor: string | undefined;
  // Staff lists are short, but follow the cursor so nothing is silently left out.
  for (let page = 0; page < 10; page += 1) {
    const result = await api.listOpportunities({ status: [...STATUSES], sort: 'newest', limit: 100, ...(organisation ? { organisation } : {}), ...(q.trim() ? { q: q.trim() } : {}), ...(topic ? { topic: [topic] } : {}), ...(cursor ? { cursor } : {}) }, { signal });
    opportunities.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return opportunities;
}

/** The list with what was saved here since it loaded: changed ones in place, new ones first. */
export function withChanges(opportunities: readonly Opportunity[], changed: ReadonlyMap<string, Opportunity>): Opportunity[] {
  const seen = new Set<string>();
  const merged = opportunities.map((o) => {
    seen.add(o.id);
    return changed.get(o.id) ?? o;
  });
  const added = [...changed.values()].filter((o) => !seen.has(o.id));
  return [...added, ...merged];
}

export interface SaveBrief {
  values: BriefValues;
  /** The opportunity being changed, as it was read; none for a new draft. */
  editing: Opportunity | undefined;
  /** The version it was read at (If-Match). */
  version: string | undefined;
  idempotencyKey: string;
  /** Someone else saved first and their change differs from this form's: nothing is saved. */
  onConflict: (conflict: Conflict) => void;
}

/** Creates a draft, or saves the changes over the version read; a 412 becomes a conflict to resolve. */
export async function saveBrief(api: CoprodApi, { values, editing, version, idempotencyKey, onConflict }: SaveBrief): Promise<Opportunity | undefined> {
  if (!editing) return api.createOpportunity(toInput(values, 'draft'), { idempotencyKey });
  const mine = toInput(values, editing.status, briefOf(editing));
  try {
    return await api.updateOpportunity(editing.id, mine, { ifMatch: version });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 412) throw error;
    const theirs = await api.getOpportunity(editing.id);
    const conflict: Conflict = { base: briefOf(editing), mine, theirs, prefer: {} };
    // Nothing on the form differs (only the status or the counts moved): save over their version.
    if (conflictRows(conflict).length === 0) return api.updateOpportunity(editing.id, { ...mine, status: theirs.status }, { ifMatch: versionOf(theirs) });
    onConflict(conflict);
    return undefined;
  }
}
