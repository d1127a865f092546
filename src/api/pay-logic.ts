/**
 * The rules of claims (issue 16) that the reference server and the in-memory adapter share:
 * pricing expense lines against the brief, which step a claim may take next, and the
 * person's involvement record. Pure functions over the contract's shapes.
 */
import { covers, mileageFor } from './money.js';
import type { Attendance, Claim, ClaimDecision, ClaimStatus, Expense, ExpenseInput, FeedbackItem, FieldError, InvolvementRecord, Payment, Receipt } from './types.js';

const field = (name: string, code: FieldError['code'], message: string): FieldError => ({ field: name, code, message });

/**
 * An attendance record must carry some time. 0 minutes taking part means the person prepared
 * but did not take part (the session did not go ahead for them, or they were unwell on the day):
 * their preparation is still paid, and no per-session fee. With no preparation either there is
 * nothing to record, and a 0 is taken as a slip: `too-small` on `activityMinutes`.
 */
export function noTimeProblem(activityMinutes: number, prepMinutes: number): FieldError | undefined {
  return activityMinutes + prepMinutes > 0 ? undefined : field('activityMinutes', 'too-small', 'Enter the time they took part. If the session did not go ahead for them, enter their preparation time.');
}

/**
 * Prices a claim's expense lines at the brief's rates: mileage at its rate per mile, data and
 * phone up to its sum per session, other lines as typed. A type the brief does not cover, a
 * missing amount or a receipt that is not the person's is a field error.
 */
export function priceExpenses(
  lines: readonly ExpenseInput[],
  payment: Payment | undefined,
  sessions: number,
  receiptOf: (id: string) => Receipt | undefined,
  path = 'expenses',
): { expenses: Expense[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const expenses = lines.map((line, i): Expense => {
    const at = `${path}.${i}`;
    if (!covers(payment, line.type)) errors.push(field(`${at}.type`, 'not-allowed', 'This opportunity does not pay back this kind of expense.'));
    let amountPence = line.amountPence ?? 0;
    if (line.type === 'mileage') {
      if (line.miles === undefined) errors.push(field(`${at}.miles`, 'required', 'Enter how many miles you travelled.'));
      amountPence = mileageFor(payment, line.miles ?? 0);
    } else if (line.amountPence === undefined) errors.push(field(`${at}.amountPence`, 'required', 'Enter how much it cost.'));
    if (line.type === 'data' && amountPence > (payment?.expenses?.dataPence ?? 0) * sessions) {
      errors.push(field(`${at}.amountPence`, 'too-big', 'That is more than this opportunity pays for data and phone.'));
    }
    const receipt = line.receiptId ? receiptOf(line.receiptId) : undefined;
    if (line.receiptId && !receipt) errors.push(field(`${at}.receiptId`, 'not-found', 'Upload the receipt again.'));
    return { type: line.type, amountPence, miles: line.type === 'mileage' ? (line.miles ?? null) : null, note: line.note?.trim() || null, receipt: receipt ?? null };
  });
  return { expenses, errors };
}

/** From which statuses each staff step may be taken. */
export const CLAIM_STEPS: Readonly<Record<ClaimDecision['action'], readonly ClaimStatus[]>> = {
  approve: ['submitted'],
  query: ['submitted'],
  refuse: ['submitted', 'queried'],
  pay: ['approved'],
};

/** What a decision needs beyond the contract's shape: the question or reason, the day paid. */
export function decisionErrors(decision: ClaimDecision): FieldError[] {
  if ((decision.action === 'query' || decision.action === 'refuse') && !decision.text?.trim()) {
    return [field('text', 'required', decision.action === 'query' ? 'Write your question.' : 'Say why the claim is refused.')];
  }
  if (decision.action === 'pay' && !decision.paidOn) return [field('paidOn', 'required', 'Enter the day it was paid.')];
  return [];
}

/** Who to tell, and about what, after a step. */
export const CLAIM_STEP_STATUS: Readonly<Record<ClaimDecision['action'], ClaimStatus>> = { approve: 'approved', query: 'queried', refuse: 'refused', pay: 'paid' };

/**
 * The person's involvement record from their attendance (any order), claims and feedback:
 * one activity per opportunity with its roles and sessions, each claim with what was paid,
 * each piece of feedback with the latest update (what came of it).
 */
export function buildRecord(attendance: readonly Attendance[], claims: readonly Claim[], feedback: readonly FeedbackItem[], now: string): InvolvementRecord {
  const sessions = [...attendance].sort((a, b) => (a.sessionStart < b.sessionStart ? -1 : a.sessionStart > b.sessionStart ? 1 : 0));
  const activities = [...new Set(sessions.map((a) => a.opportunityId))].map((opportunityId) => {
    const rows = sessions.filter((a) => a.opportunityId === opportunityId);
    return {
      opportunityId,
      title: rows[0]!.opportunityTitle,
      roles: [...new Set(rows.flatMap((a) => (a.role ? [a.role] : [])))],
      sessions: rows.map((a) => ({ sessionStart: a.sessionStart, activityMinutes: a.activityMinutes, prepMinutes: a.prepMinutes })),
      activityMinutes: rows.reduce((n, a) => n + a.activityMinutes, 0),
      prepMinutes: rows.reduce((n, a) => n + a.prepMinutes, 0),
    };
  });
  return {
    generatedAt: now,
    activities,
    claims: claims.map((c) => ({ reference: c.reference, opportunityTitle: c.opportunityTitle, status: c.status, submittedAt: c.submittedAt, paymentChoice: c.paymentChoice, feesPence: c.feesPence, expensesPence: c.expensesPence, totalPence: c.totalPence, paidOn: c.paidOn })),
    feedback: feedback.map((f) => {
      const last = f.updates.at(-1);
      // The outcome keeps the update's language and Welsh version, so the record sheet shows it as the board does (core/text-in.ts updateIn).
      const said = last ? { outcomeLanguage: last.language ?? 'en-GB', ...(last.translations?.cy ? { outcomeTranslations: { cy: last.translations.cy } } : {}) } : {};
      return { reference: f.reference, text: f.text, language: f.language, givenAt: f.createdAt, status: f.status, outcome: last?.text ?? null, ...said, outcomeAt: last?.createdAt ?? null };
    }),
    totals: {
      activityMinutes: activities.reduce((n, a) => n + a.activityMinutes, 0),
      prepMinutes: activities.reduce((n, a) => n + a.prepMinutes, 0),
      paidPence: claims.filter((c) => c.status === 'paid').reduce((n, c) => n + c.totalPence, 0),
    },
  };
}
