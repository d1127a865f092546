import type { Opportunity } from '../../../api/types.js';
import type { BriefValues } from './brief-values.js';

/**
 * What was typed into the brief form, kept in this tab through a reload or "Back": the
 * values, and for an edit the brief as it was opened and its version, so that a save after
 * the reload is still laid over that brief and still checked with If-Match (a colleague's
 * save in between shows the conflict view, never a silent overwrite).
 */
export interface BriefDraft {
  values: BriefValues;
  editing?: Opportunity;
  version?: string;
}

export function isBriefDraft(value: unknown): value is BriefDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<BriefDraft>;
  return typeof draft.values === 'object' && draft.values !== null && typeof draft.values.title === 'string' && Array.isArray(draft.values.sessions);
}
