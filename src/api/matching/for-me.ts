/**
 * "Opportunities that may suit you" (issue 18), the person's side of the ranking: the same
 * scores and reasons staff see, turned round. One pure function for the server and the
 * in-memory adapter, so both answer alike.
 */
import type { MatchReasonShape as MatchReason, MySuggestion, Opportunity } from '../types.js';
import { briefOf, DEFAULT_WEIGHTS, scoreOne, type Candidate } from './rank.js';

/** Reasons about the fit, and that they asked for training or support (not how often the person was asked: that is for staff). */
const FITS = new Set(['topic', 'skill', 'days', 'times', 'mode', 'asked-for-training']);
/** What makes an opportunity worth suggesting: a topic or a skill of theirs, or a training or support session when they asked for one. */
const WORTH = new Set(['topic', 'skill', 'asked-for-training']);

/** Why an opportunity fits the person, in the reasons they are shown (an invitation's "why we asked you"). */
export function fitReasons(person: Candidate, opportunity: Opportunity): MatchReason[] {
  return scoreOne(briefOf(opportunity), person, { ...DEFAULT_WEIGHTS, newVoice: 0 }).reasons.filter((r) => FITS.has(r.code));
}

/**
 * Open opportunities the person has not already said they are interested in, that fit on a
 * topic or a skill (or are a training or support session and they asked for one: offered first
 * to those who asked), best first, at most `limit`. Access needs show as what the council
 * arranges, never as a reason to leave one out.
 */
export function suggestionsFor(person: Candidate, open: readonly Opportunity[], already: ReadonlySet<string>, limit = 20): MySuggestion[] {
  const weights = { ...DEFAULT_WEIGHTS, newVoice: 0 };
  return open
    .filter((o) => o.status === 'open' && !already.has(o.id))
    .map((opportunity) => ({ opportunity, ranked: scoreOne(briefOf(opportunity), person, weights) }))
    .map(({ opportunity, ranked }) => ({ opportunity, score: ranked.score, reasons: ranked.reasons.filter((r) => FITS.has(r.code)), access: ranked.access }))
    .filter((s) => s.reasons.some((r) => WORTH.has(r.code)))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ score: _score, ...rest }) => rest);
}
