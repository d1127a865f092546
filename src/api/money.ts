/**
 * Money, time and dates for claims (issue 16), written once: the reference server and the
 * in-memory adapter both price attendance, total claims and date the council's target here.
 * Money is integer pence everywhere; the only division is pricing minutes at an hourly rate,
 * rounded half up to the penny.
 *
 * Self-contained (types only), like rules.ts: the server imports it as it is.
 */
import type { Attendance, Claim, ClaimFee, ClaimStatus, ExpenseType, Payment } from './types.js';

/** `numerator / denominator` rounded half up, for non-negative integers (no floating point). */
export function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Minutes priced at pence per hour, rounded half up to the penny. */
export const perHour = (ratePence: number, minutes: number): number => roundHalfUp(ratePence * minutes, 60);

/**
 * What one session's time is worth at the brief's rates: the activity (per hour, or once per
 * session or day attended) plus paid preparation (at `prep.ratePence` per hour, or the hourly
 * rate), each rounded half up. Nothing for an unpaid brief.
 */
export function feeFor(payment: Payment | undefined, activityMinutes: number, prepMinutes: number): number {
  if (!payment || payment.type === 'unpaid') return 0;
  const rate = payment.amountPence ?? 0;
  const hourly = (payment.unit ?? 'session') === 'hour';
  const time = hourly ? perHour(rate, activityMinutes) : activityMinutes > 0 ? rate : 0;
  const prepRate = payment.prep?.paid ? (payment.prep.ratePence ?? (hourly ? rate : undefined)) : undefined;
  return time + (prepRate === undefined ? 0 : perHour(prepRate, prepMinutes));
}

/**
 * A claim's fee lines, one per session claimed for, each priced at the brief's rates; nothing
 * to pay on any line when the person chose not to be paid.
 */
export function feeLines(payment: Payment | undefined, sessions: readonly Pick<Attendance, 'id' | 'sessionStart' | 'activityMinutes' | 'prepMinutes'>[], declined: boolean): ClaimFee[] {
  return sessions.map((a) => ({
    attendanceId: a.id,
    sessionStart: a.sessionStart,
    activityMinutes: a.activityMinutes,
    prepMinutes: a.prepMinutes,
    amountPence: declined ? 0 : feeFor(payment, a.activityMinutes, a.prepMinutes),
  }));
}

/** Whether the brief pays back this kind of expense. */
export function covers(payment: Payment | undefined, type: ExpenseType): boolean {
  const e = payment?.expenses;
  if (!e) return false;
  switch (type) {
    case 'mileage':
      return e.mileagePence !== undefined && e.mileagePence > 0;
    case 'ticket':
      return Boolean(e.tickets);
    case 'data':
      return e.dataPence !== undefined && e.dataPence > 0;
    default:
      return Boolean(e[type]);
  }
}

/** Whole miles at the brief's rate per mile. */
export const mileageFor = (payment: Payment | undefined, miles: number): number => miles * (payment?.expenses?.mileagePence ?? 0);

/** Sums of a claim's lines: fees (nothing when declined), expenses, and what will be paid. */
export function claimTotals(fees: readonly { amountPence: number }[], expenses: readonly { amountPence: number }[]): Pick<Claim, 'feesPence' | 'expensesPence' | 'totalPence'> {
  const feesPence = fees.reduce((sum, f) => sum + f.amountPence, 0);
  const expensesPence = expenses.reduce((sum, e) => sum + e.amountPence, 0);
  return { feesPence, expensesPence, totalPence: feesPence + expensesPence };
}

/** Pence as pounds with two decimals ("1234.05"), by integer arithmetic. */
export function pounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const LONDON = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The day in the UK (YYYY-MM-DD) of an instant. */
export const ukDate = (at: string | Date): string => LONDON.format(new Date(at));

/** The day and time in the UK ("2026-03-02 10:00"), for lines a person or finance reads. */
export const ukDateTime = (at: string | Date): string => `${ukDate(at)} ${LONDON_TIME.format(new Date(at))}`;

const day = (date: string): Date => new Date(`${date}T00:00:00Z`);
const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** `n` working days (Monday to Friday) after `date`. Bank holidays are not known here and count as working days. */
export function addWorkingDays(date: string, n: number): string {
  const d = day(date);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return iso(d);
}

/** The Monday of the week holding `date`. */
export function weekStart(date: string): string {
  const d = day(date);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return iso(d);
}

export const monthStart = (date: string): string => `${date.slice(0, 7)}-01`;

/** Claims still waiting on staff: past their target date they are overdue. */
export const OPEN_CLAIM_STATUSES: readonly ClaimStatus[] = ['submitted', 'queried', 'approved'];

export const isOverdue = (status: ClaimStatus, dueBy: string, today: string): boolean => OPEN_CLAIM_STATUSES.includes(status) && today > dueBy;

/** The queue's order: overdue first, then the oldest submitted, then by reference. */
export function queueOrder(a: Claim, b: Claim): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

/**
 * Fees counted against the person's own limit this week and this month (UK time), by the
 * session's date: claims neither refused nor declined. Expenses do not count.
 */
export function runningTotals(claims: readonly Claim[], today: string): { weekPence: number; monthPence: number; weekStarts: string; monthStarts: string } {
  const weekStarts = weekStart(today);
  const monthStarts = monthStart(today);
  let weekPence = 0;
  let monthPence = 0;
  for (const claim of claims) {
    if (claim.status === 'refused' || claim.paymentChoice === 'declined') continue;
    for (const fee of claim.fees) {
      const date = ukDate(fee.sessionStart);
      if (weekStart(date) === weekStarts) weekPence += fee.amountPence;
      if (monthStart(date) === monthStarts) monthPence += fee.amountPence;
    }
  }
  return { weekPence, monthPence, weekStarts, monthStarts };
}
