import type { OpportunityInput } from '../../../src/api/types.js';
import type { Queryable } from '../db/db.js';
import { tellOpportunity } from './outbox.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Compares an opportunity before and after staff changed it. A new date (the "when" or its
 * sessions), a new venue, or closing an opportunity that was open ("cancelled") is told to
 * everyone with a live expression of interest. Drafts were never seen, so tell nobody.
 */
export async function tellAboutOpportunityChange(tx: Queryable, opportunityId: string, before: OpportunityInput, after: OpportunityInput, author: string | undefined): Promise<number> {
  if (before.status === 'draft') return 0;
  const cancelled = after.status === 'closed' && before.status !== 'closed';
  const dateChanged = !same(before.when, after.when);
  const venueChanged = !same(before.where.venue, after.where.venue);
  if (!cancelled && !dateChanged && !venueChanged) return 0;
  const venue = after.where.venue;
  const cyTitle = after.translations?.cy?.title;
  const cyWhen = after.translations?.cy?.when;
  return tellOpportunity(tx, opportunityId, {
    event: 'opportunity_changed',
    opportunity: after.title,
    ...(cyTitle ? { opportunityCy: cyTitle } : {}),
    ...(cancelled ? { cancelled: true } : {}),
    ...(!cancelled && dateChanged ? { date: after.when.summary, ...(cyWhen ? { dateCy: cyWhen } : {}) } : {}),
    ...(!cancelled && venueChanged ? { venue: venue ? [venue.name, venue.address, venue.postcode].filter(Boolean).join(', ') : after.where.onlineDetails || 'online' } : {}),
    ...(author ? { author } : {}),
    at: new Date().toISOString(),
  });
}
