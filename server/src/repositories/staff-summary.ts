import { addWorkingDays, isOverdue, ukDate } from '../../../src/api/money.js';
import type { SummaryRows } from '../../../src/api/staff-summary.js';
import type { ClaimStatus, FeedbackStatus, InterestStatus, OpportunityStatus } from '../../../src/api/types.js';
import type { Queryable } from '../db/db.js';
import { countByHand } from '../messages/outbox.js';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/**
 * The rows the staff workspace's counts come from: statuses and dates only. No name, contact
 * or text is read, so nothing here is personal data and the read is not audited.
 */
export async function summaryRows(db: Queryable, options: { claims: false | { targetWorkingDays: number }; byHand: false | { hidden: readonly string[] } }): Promise<SummaryRows> {
  const [opportunities, interests, feedback] = await Promise.all([
    db.query<{ status: OpportunityStatus; closing_date: string | null }>(`SELECT status, to_char(closing_date, 'YYYY-MM-DD') AS closing_date FROM opportunities WHERE status IN ('draft', 'open')`),
    db.query<{ status: InterestStatus; created_at: Date; first_answered_at: Date | null }>(`SELECT status, created_at, first_answered_at FROM interests WHERE status = 'new' AND first_answered_at IS NULL`),
    db.query<{ status: FeedbackStatus; created_at: Date; merged_into: string | null }>(`SELECT status, created_at, merged_into FROM feedback WHERE last_answered_at IS NULL AND merged_into IS NULL`),
  ]);
  let claims: SummaryRows['claims'] = null;
  if (options.claims) {
    const { targetWorkingDays } = options.claims;
    const today = ukDate(new Date());
    const rows = await db.query<{ status: ClaimStatus; submitted_at: Date }>(`SELECT status, submitted_at FROM claims WHERE status IN ('submitted', 'queried', 'approved')`);
    claims = rows.map((r) => ({ status: r.status, overdue: isOverdue(r.status, addWorkingDays(ukDate(r.submitted_at), targetWorkingDays), today) }));
  }
  const byHand = options.byHand ? await countByHand(db, options.byHand.hidden) : null;
  return {
    byHand,
    opportunities: opportunities.map((r) => ({ status: r.status, closingDate: r.closing_date })),
    interests: interests.map((r) => ({ status: r.status, createdAt: iso(r.created_at)!, firstAnsweredAt: iso(r.first_answered_at) })),
    feedback: feedback.map((r) => ({ createdAt: iso(r.created_at)!, lastAnsweredAt: null, mergedInto: r.merged_into })),
    claims,
  };
}
