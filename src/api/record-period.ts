/**
 * The person's involvement record for a period they choose (issue 16): everything, a UK tax
 * year (6 April to 5 April, because payments can count as earnings for benefits), or dates of
 * their own. A session counts on its UK date; a paid claim on the day it was paid (when the
 * money arrived), any other claim on the day it was sent; feedback on the day it was given.
 * Money stays in integer pence. Shared by the printed sheet and the CSV (src/api/record-csv.ts), so
 * the two always agree.
 */
import type { InvolvementRecord, RecordActivity, RecordClaim, RecordFeedback } from './types.js';

/** Inclusive UK dates (`YYYY-MM-DD`); null is open-ended. */
export interface Period {
  from: string | null;
  to: string | null;
}

export interface PeriodTotals {
  activityMinutes: number;
  prepMinutes: number;
  /** Claims sent in the period and not refused. */
  claimedPence: number;
  /** Claims paid in the period, split as the council paid them. */
  paidFeesPence: number;
  paidExpensesPence: number;
  paidPence: number;
}

export interface PeriodRecord {
  activities: RecordActivity[];
  claims: RecordClaim[];
  /** Feedback given in the period (by the day it was given). */
  feedback: RecordFeedback[];
  totals: PeriodTotals;
}

/** Everything: no start, no end. */
export const EVERYTHING: Period = { from: null, to: null };

const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A timestamp's date in the UK, `YYYY-MM-DD`. */
export const ukDay = (at: string | Date): string => london.format(new Date(at));

/** The year a UK tax year starts in: 6 April 2026 to 5 April 2027 is 2026. */
export function taxYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return day.slice(5) >= '04-06' ? year : year - 1;
}

export const taxYear = (start: number): Period => ({ from: `${start}-04-06`, to: `${start + 1}-04-05` });

export const within = (day: string, period: Period): boolean => (period.from === null || day >= period.from) && (period.to === null || day <= period.to);

/** The day a claim counts on. */
export const claimDay = (claim: RecordClaim): string => claim.paidOn ?? ukDay(claim.submittedAt);

/** The tax years the record touches, and the current one, newest first. */
export function taxYears(record: InvolvementRecord, today: string): number[] {
  const days = [today, ...record.activities.flatMap((a) => a.sessions.map((s) => ukDay(s.sessionStart))), ...record.claims.map(claimDay)];
  return [...new Set(days.map(taxYearOf))].sort((a, b) => b - a);
}

/**
 * The record for a period in the contract's shape, with whose it is: what `/me/record?from&to`
 * answers (server and InMemoryApi) and the widget's JSON download, so all three agree.
 */
export const recordIn = (record: InvolvementRecord, period: Period = EVERYTHING): InvolvementRecord => ({
  generatedAt: record.generatedAt,
  name: record.name ?? null,
  period: { from: period.from, to: period.to },
  ...recordFor(record, period),
});

/** The period a `from`/`to` query asks for (either open). */
export const periodOf = (query: { from?: string | undefined; to?: string | undefined } = {}): Period => ({ from: query.from || null, to: query.to || null });

export function recordFor(record: InvolvementRecord, period: Period): PeriodRecord {
  const activities = record.activities.flatMap((a) => {
    const sessions = a.sessions.filter((s) => within(ukDay(s.sessionStart), period));
    if (!sessions.length) return [];
    const sum = (key: 'activityMinutes' | 'prepMinutes') => sessions.reduce((n, s) => n + s[key], 0);
    return [{ ...a, sessions, activityMinutes: sum('activityMinutes'), prepMinutes: sum('prepMinutes') }];
  });
  const claims = record.claims.filter((c) => within(claimDay(c), period)).sort((a, b) => (claimDay(a) < claimDay(b) ? -1 : claimDay(a) > claimDay(b) ? 1 : 0));
  const paid = claims.filter((c) => c.status === 'paid');
  const sum = (list: readonly RecordClaim[], key: 'feesPence' | 'expensesPence' | 'totalPence') => list.reduce((n, c) => n + c[key], 0);
  return {
    activities,
    claims,
    feedback: record.feedback.filter((f) => within(ukDay(f.givenAt), period)),
    totals: {
      activityMinutes: activities.reduce((n, a) => n + a.activityMinutes, 0),
      prepMinutes: activities.reduce((n, a) => n + a.prepMinutes, 0),
      claimedPence: sum(
        claims.filter((c) => c.status !== 'refused'),
        'totalPence',
      ),
      paidFeesPence: sum(paid, 'feesPence'),
      paidExpensesPence: sum(paid, 'expensesPence'),
      paidPence: sum(paid, 'totalPence'),
    },
  };
}
