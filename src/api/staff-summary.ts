import type { ClaimStatus, FeedbackItem, Interest, Opportunity, StaffCount, StaffSummary } from './types.js';
import { ukDate } from './money.js';
import { workingDaysBetween } from './working-days.js';

/** What the summary counts from: dates and statuses only, never who anyone is. */
export interface SummaryRows {
  opportunities: readonly Pick<Opportunity, 'status' | 'closingDate'>[];
  interests: readonly Pick<Interest, 'status' | 'createdAt' | 'firstAnsweredAt'>[];
  feedback: readonly Pick<FeedbackItem, 'createdAt' | 'lastAnsweredAt' | 'mergedInto'>[];
  /** Claims waiting on staff, or null without the finance role. */
  claims: readonly { status: ClaimStatus; overdue: boolean }[] | null;
  /** How many messages wait for staff to send by hand, or null without the people role (absent: not counted). */
  byHand?: number | null;
}

export interface SummaryTargets {
  interest: number;
  feedback: number;
  claims: number;
}

const count = (waiting: number, overdue: number, respondWithinDays: number | null): StaffCount => ({ waiting, overdue, respondWithinDays });

/**
 * What waits for staff in each part of the workspace, and what is overdue, counted the way
 * the staff widgets flag it (working days, Monday to Friday, on the UK calendar), so the
 * counts beside each section match what the section shows.
 */
export function staffSummary(rows: SummaryRows, now: Date, targets: SummaryTargets): StaffSummary {
  const today = ukDate(now);
  const drafts = rows.opportunities.filter((o) => o.status === 'draft').length;
  const pastClosing = rows.opportunities.filter((o) => o.status === 'open' && !!o.closingDate && o.closingDate < today).length;
  const unanswered = rows.interests.filter((i) => i.status === 'new' && !i.firstAnsweredAt);
  const waitingFeedback = rows.feedback.filter((f) => !f.lastAnsweredAt && !f.mergedInto);
  const late = (createdAt: string, target: number) => workingDaysBetween(new Date(createdAt), now) > target;
  return {
    opportunities: count(drafts, pastClosing, null),
    interest: count(unanswered.length, unanswered.filter((i) => late(i.createdAt, targets.interest)).length, targets.interest),
    feedback: count(waitingFeedback.length, waitingFeedback.filter((f) => late(f.createdAt, targets.feedback)).length, targets.feedback),
    claims: rows.claims ? count(rows.claims.length, rows.claims.filter((c) => c.overdue).length, targets.claims) : null,
    ...(rows.byHand !== undefined && { byHand: rows.byHand === null ? null : count(rows.byHand, 0, null) }),
  };
}
