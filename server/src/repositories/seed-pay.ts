import { claimTotals, feeFor } from '../../../src/api/money.js';
import type { ClaimMessage, ClaimStatus, PaymentChoice } from '../../../src/api/types.js';
import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import type { Seed } from '../types.js';
import type { StoredExpense } from './claims.js';
import type { repositories } from './index.js';

type Repos = ReturnType<typeof repositories>;
const DAY = 24 * 60 * 60 * 1000;
/** The member of staff the demo's attendance is recorded by (not a real sign-in). */
const RECORDER = 'seed-coproduction-lead';

interface SessionSpec {
  /** Days before now the session was, at 10:00 UTC. */
  daysAgo: number;
  activityMinutes: number;
  prepMinutes: number;
  role: string;
  /** The person's question about this record ("I was there longer"), unanswered. */
  query?: string;
  claim?: {
    reference: string;
    status: ClaimStatus;
    paymentChoice: PaymentChoice;
    /** Days before now it was sent (a claim older than the target is overdue). */
    submittedDaysAgo: number;
    expenses: Omit<StoredExpense, 'receiptId'>[];
    conversation?: ClaimMessage['text'][];
    refusedReason?: string;
  };
}

/** Whose sessions (a joined interest in the shared seed) and what happened to each claim. */
/** Exported for the e2e log check (its notes, questions and reasons must never reach a log). */
export const PAY: Record<string, SessionSpec[]> = {
  // Rosa: four carers' strategy workshops; one claim in each step of the journey.
  'opp-carers-strategy': [
    { daysAgo: 42, activityMinutes: 150, prepMinutes: 60, role: 'Workshop member', claim: {
      reference: 'CL-R0SA', status: 'paid', paymentChoice: 'bank_transfer', submittedDaysAgo: 40,
      expenses: [{ type: 'care', amountPence: 4500, miles: null, note: 'Replacement care, 9:30 to 1pm' }, { type: 'ticket', amountPence: 480, miles: null, note: 'Bus, return' }],
    } },
    { daysAgo: 28, activityMinutes: 150, prepMinutes: 60, role: 'Workshop member', claim: {
      reference: 'CL-R0SB', status: 'approved', paymentChoice: 'bank_transfer', submittedDaysAgo: 9,
      expenses: [{ type: 'care', amountPence: 4500, miles: null, note: 'Replacement care, 9:30 to 1pm' }],
    } },
    { daysAgo: 14, activityMinutes: 150, prepMinutes: 60, role: 'Workshop member', claim: {
      reference: 'CL-R0SC', status: 'queried', paymentChoice: 'bank_transfer', submittedDaysAgo: 6,
      expenses: [{ type: 'childcare', amountPence: 6000, miles: null, note: 'Childminder' }],
      conversation: ['Thank you, Rosa. Could you send the childminder’s receipt? A photo of it is fine.'],
    } },
    { daysAgo: 3, activityMinutes: 150, prepMinutes: 60, role: 'Workshop member', query: 'I stayed an extra half hour to finish the carers’ map with Rhian, so it was 3 hours that day.' },
  ],
  // Agnieszka: the interview panel day; her claim has waited past the target (overdue).
  'opp-director-interview-panel': [
    { daysAgo: 30, activityMinutes: 420, prepMinutes: 120, role: 'Panel member', claim: {
      reference: 'CL-AG1N', status: 'submitted', paymentChoice: 'bank_transfer', submittedDaysAgo: 29,
      expenses: [{ type: 'ticket', amountPence: 1260, miles: null, note: 'Train, Anytown Central return' }, { type: 'taxi', amountPence: 1450, miles: null, note: 'Taxi from the station: the walk is too far for me' }],
    } },
  ],
  // Derek: a mystery shop; one claim refused (paid in cash on the day), one just sent, as vouchers.
  'opp-mystery-shop-day-service': [
    { daysAgo: 21, activityMinutes: 180, prepMinutes: 30, role: 'Mystery shopper', claim: {
      reference: 'CL-DER1', status: 'refused', paymentChoice: 'bank_transfer', submittedDaysAgo: 20,
      expenses: [{ type: 'ticket', amountPence: 350, miles: null, note: 'Bus' }],
      refusedReason: 'This visit was paid in cash on the day (receipt 0412), so it cannot be paid twice.',
    } },
    { daysAgo: 5, activityMinutes: 180, prepMinutes: 30, role: 'Mystery shopper', claim: {
      reference: 'CL-DER2', status: 'submitted', paymentChoice: 'declined', submittedDaysAgo: 1, expenses: [{ type: 'ticket', amountPence: 350, miles: null, note: 'Bus' }],
    } },
  ],
};

const at = (now: number, daysAgo: number, hour = 10) => {
  const d = new Date(now - daysAgo * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

/**
 * The demo's pay (issue 16): attendance for the shared seed's joined people and claims in every
 * state (sent, overdue, queried, approved, refused, paid) plus an attendance query waiting for an
 * answer. Only the reference server has it (the in-memory adapter starts with no pay). Nobody is
 * told: no message is queued for seed data.
 */
export async function seedPay(tx: Queryable, repos: Repos, keys: ContactKeys, seed: Seed, now = Date.now()): Promise<void> {
  for (const [opportunityId, sessions] of Object.entries(PAY)) {
    const opportunity = seed.opportunities.find((o) => o.id === opportunityId);
    const interest = seed.interests.find((i) => i.opportunityId === opportunityId && i.status === 'joined');
    if (!opportunity || !interest) continue;
    const personHash = keys.hasher.ofContact(interest.contact);
    for (const [n, s] of sessions.entries()) {
      const id = `att-${interest.id}-${n + 1}`;
      const sessionStart = at(now, s.daysAgo);
      await repos.attendance.insert({
        id, opportunityId, sessionStart, interestId: interest.id, personHash, recordedBy: RECORDER, name: interest.name, contact: interest.contact,
        role: s.role, activityMinutes: s.activityMinutes, prepMinutes: s.prepMinutes, note: null,
      });
      await tx.query('UPDATE attendance SET created_at = $2, updated_at = $2 WHERE id = $1', [id, at(now, s.daysAgo, 17)]);
      if (s.query) await repos.attendance.ask(id, s.query);
      const c = s.claim;
      if (!c || !personHash) continue;
      const declined = c.paymentChoice === 'declined';
      const fees = [{ attendanceId: id, sessionStart, activityMinutes: s.activityMinutes, prepMinutes: s.prepMinutes, amountPence: declined ? 0 : feeFor(opportunity.payment, s.activityMinutes, s.prepMinutes) }];
      const expenses = c.expenses.map((e) => ({ ...e, receiptId: null }));
      const claimId = `claim-${c.reference.toLowerCase()}`;
      await repos.claims.insert({
        id: claimId, reference: c.reference, opportunityId, personHash, name: interest.name, costCode: opportunity.payment.costCode ?? null,
        paymentChoice: c.paymentChoice, fees, expenses, totals: claimTotals(fees, expenses), note: null, attendanceIds: [id],
      });
      const submitted = at(now, c.submittedDaysAgo, 19);
      const decided = at(now, Math.max(c.submittedDaysAgo - 3, 0), 11);
      const conversation = (c.conversation ?? []).map((text) => ({ from: 'staff' as const, text, at: decided }));
      if (c.status === 'refused') await repos.claims.step(claimId, { status: 'refused', refusedReason: c.refusedReason! });
      await tx.query(
        `UPDATE claims SET status = $2, conversation = $3::jsonb, submitted_at = $4, updated_at = $5,
           approved_at = CASE WHEN $2 IN ('approved', 'paid') THEN $5::timestamptz END,
           paid_on = CASE WHEN $2 = 'paid' THEN ($6::timestamptz)::date END
         WHERE id = $1`,
        [claimId, c.status, JSON.stringify(conversation), submitted, c.status === 'submitted' ? submitted : decided, at(now, Math.max(c.submittedDaysAgo - 8, 0))],
      );
    }
  }
}
