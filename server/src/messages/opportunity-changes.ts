import type { OpportunityInput } from '../../../src/api/types.js';
import type { Queryable } from '../db/db.js';
import { tellInvited, tellOpportunity } from './outbox.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Compares an opportunity before and after staff changed it. A new date (the "when" or its
 * sessions) or a new venue is told to everyone with a live expression of interest. Only the
 * status `cancelled` is a cancellation: it is told, with staff's reason, to them and to people
 * invited who have not answered yet. Closing (no new interest) or filling tells nobody it was
 * cancelled: the opportunity still happens. Drafts were never seen, and a cancelled opportunity
 * edited again stays cancelled, so tell nobody.
 */
export async function tellAboutOpportunityChange(tx: Queryable, opportunityId: string, before: OpportunityInput, after: OpportunityInput, author: string | undefined): Promise<number> {
  // A cancelled brief edited again (a corrected date, say) is not news: people were told it will not happen.
  if (before.status === 'draft' || (before.status === 'cancelled' && after.status === 'cancelled')) return 0;
  const cancelled = after.status === 'cancelled' && before.status !== 'cancelled';
  const dateChanged = !same(before.when, after.when);
  const venueChanged = !same(before.where.venue, after.where.venue);
  if (!cancelled && !dateChanged && !venueChanged) return 0;
  const venue = after.where.venue;
  const cyTitle = after.translations?.cy?.title;
  const cyWhen = after.translations?.cy?.when;
  const data = {
    event: 'opportunity_changed' as const,
    opportunity: after.title,
    ...(cyTitle ? { opportunityCy: cyTitle } : {}),
    ...(cancelled ? { cancelled: true, ...(after.cancelledReason?.trim() ? { reason: after.cancelledReason.trim() } : {}) } : {}),
    ...(!cancelled && dateChanged ? { date: after.when.summary, ...(cyWhen ? { dateCy: cyWhen } : {}) } : {}),
    ...(!cancelled && venueChanged ? { venue: venue ? [venue.name, venue.address, venue.postcode].filter(Boolean).join(', ') : after.where.onlineDetails || 'online' } : {}),
    ...(author ? { author } : {}),
    at: new Date().toISOString(),
  };
  return (await tellOpportunity(tx, opportunityId, data)) + (cancelled ? await tellInvited(tx, opportunityId, data) : 0);
}
