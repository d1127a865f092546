/**
 * A person's pay, ready for the claim and staff-claims states and tests: the carers strategy
 * with structured rates (£20 an hour, prep paid, 45p a mile, carer cover, tickets, vouchers,
 * paid within 10 working days), Rosa's attendance recorded (2 hours plus 1 hour preparation),
 * and her claim taken as far as `stage` says.
 */
import type { CoprodApi } from '../../src/api/api.js';
import { InMemoryApi } from '../../src/api/in-memory.js';
import type { Claim, Payment } from '../../src/api/types.js';
import { briefOf } from '../../src/components/staff-opportunities/internal/brief-values.js';
import { STAFF_NOW } from './staff-states.js';

export const PAY_NOW = STAFF_NOW;
export const PAY_OPPORTUNITY = 'opp-carers-strategy';
/** In the in-memory adapter the person's `/me` token is their address. */
export const ROSA = 'rosa.quennell@example.com';
export const BENEFITS_ADVICE = 'https://council.example/benefits-advice';
/** Who to ask about a claim, as the council words it (the server's PAY_CONTACT). */
export const PAY_CONTACT = 'the involvement team on 01632 960 000 or pay@council.example';

export const CARERS_RATES: Payment = {
  type: 'paid',
  amountPence: 2000,
  unit: 'hour',
  expensesCovered: ['travel', 'prep_time', 'care'],
  prep: { paid: true, expectedMinutes: 60 },
  expenses: { mileagePence: 45, tickets: true, care: true },
  vouchersOffered: true,
  payWithinWorkingDays: 10,
  costCode: 'ASC-CARERS',
};

export type PayStage = 'none' | 'rates' | 'attended' | 'claimed' | 'queried' | 'approved' | 'paid';

export interface PayWorld {
  api: InMemoryApi;
  attendanceId?: string;
  claim?: Claim;
}

const ORDER: PayStage[] = ['none', 'rates', 'attended', 'claimed', 'queried', 'approved', 'paid'];

export interface PayOptions {
  limit?: { weeklyPence: number | null; monthlyPence: number | null };
  /** Once attended, Rosa says the record is wrong in these words... */
  attendanceQuery?: string;
  /** ...and staff answer so. */
  attendanceAnswer?: string;
  /**
   * "I came but I am not on the list": the brief gains a past session (MISSED_SESSION); with
   * `open`, `recorded` or `declined` Rosa has said she took part in it, and staff answered so.
   */
  missing?: 'session' | 'open' | 'recorded' | 'declined';
  /** Rosa prepared (1 hour) but did not take part: 0 minutes taking part. */
  prepOnly?: boolean;
  /** The session Rosa took part in (default Monday 23 November 2026, the week of PAY_NOW). */
  sessionStart?: string;
}

/** A session of the carers strategy before PAY_NOW, that nobody recorded Rosa at. */
export const MISSED_SESSION = '2026-11-17T10:00:00.000Z';
export const MISSED_WORDS = 'I came to the first workshop: I sat with the carers from Llanelli.';
export const MISSED_REASON = 'Our sign-in sheet and the room booking show that workshop did not run that day.';

export async function setUpPay(api: InMemoryApi, stage: PayStage, options: PayOptions = {}): Promise<PayWorld> {
  const world: PayWorld = { api };
  const past = (s: PayStage) => ORDER.indexOf(stage) >= ORDER.indexOf(s);
  if (!past('rates')) return world;
  const opportunity = await api.getOpportunity(PAY_OPPORTUNITY);
  const brief = briefOf(opportunity);
  if (options.missing) brief.when = { ...brief.when, sessions: [...(brief.when.sessions ?? []), { start: MISSED_SESSION, label: 'Workshop 0: getting started' }] };
  await api.updateOpportunity(PAY_OPPORTUNITY, { ...brief, payment: CARERS_RATES });
  if (options.missing && options.missing !== 'session') {
    const rosaInterest = (await api.listInterests(PAY_OPPORTUNITY)).find((i) => i.contact.detail === ROSA)!;
    const report = await api.reportMissingSession({ interestId: rosaInterest.id, sessionStart: MISSED_SESSION, activityMinutes: 150, prepMinutes: 30, text: MISSED_WORDS }, { meToken: ROSA });
    if (options.missing === 'recorded') await api.resolveMissingSession(report.id, { action: 'record' });
    if (options.missing === 'declined') await api.resolveMissingSession(report.id, { action: 'decline', reason: MISSED_REASON });
  }
  if (options.limit) await api.setMyBenefitsLimit(options.limit, { meToken: ROSA });
  if (!past('attended')) return world;
  const rosa = (await api.listInterests(PAY_OPPORTUNITY)).find((i) => i.contact.detail === ROSA)!;
  const attended = await api.recordAttendance(PAY_OPPORTUNITY, { interestId: rosa.id, sessionStart: options.sessionStart ?? '2026-11-23T10:00:00.000Z', activityMinutes: options.prepOnly ? 0 : 120, prepMinutes: 60, role: 'Workshop member' });
  world.attendanceId = attended.id;
  if (options.attendanceQuery) await api.queryMyAttendance(attended.id, options.attendanceQuery, { meToken: ROSA });
  if (options.attendanceQuery && options.attendanceAnswer) await api.updateAttendance(attended.id, { answer: options.attendanceAnswer });
  if (!past('claimed')) return world;
  world.claim = await api.createClaim(
    { opportunityId: PAY_OPPORTUNITY, attendanceIds: [attended.id], expenses: [{ type: 'mileage', miles: 12 }, { type: 'care', amountPence: 3600, note: 'PA cover, 9am to 1pm' }], paymentChoice: 'bank_transfer' },
    { meToken: ROSA },
  );
  if (past('queried') && stage === 'queried') world.claim = await api.decideClaim(world.claim.id, { action: 'query', text: 'Was the carer cover for 4 hours? Please send the receipt.' });
  if (past('approved')) world.claim = await api.decideClaim(world.claim.id, { action: 'approve' });
  if (past('paid')) world.claim = await api.decideClaim(world.claim.id, { action: 'pay', paidOn: '2026-11-24' });
  return world;
}

/** An in-memory API whose every call waits until `stage` is set up, so a state can render at once. */
export function payApi(
  stage: PayStage,
  options: Parameters<typeof setUpPay>[2] & { benefitsAdviceUrl?: string | null; payContact?: string | null; staffRoles?: readonly string[] } = {},
): { api: CoprodApi; ready: Promise<PayWorld> } {
  const inner = new InMemoryApi({ now: PAY_NOW, pay: { benefitsAdviceUrl: options.benefitsAdviceUrl === undefined ? BENEFITS_ADVICE : options.benefitsAdviceUrl, payContact: options.payContact === undefined ? PAY_CONTACT : options.payContact } });
  const ready = setUpPay(inner, stage, options).then((world) => {
    // After the set-up (which needs every role), act as a member of staff with only these roles.
    if (options.staffRoles) inner.pay.actAs('staff-2', options.staffRoles);
    return world;
  });
  const api = new Proxy(inner, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await ready;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { api, ready };
}

/**
 * The same claims seen after the council's target has passed: the in-memory clock cannot move,
 * so each claim still waiting (sent, queried or approved) is shown as the server shows one past
 * its due day (dueBy 10 November), to staff (`listClaims`) and to the person (`getMyPay`).
 */
export function overdueApi(api: CoprodApi): CoprodApi {
  const late = (c: Claim): Claim => (c.status === 'submitted' || c.status === 'queried' || c.status === 'approved' ? { ...c, dueBy: '2026-11-10', overdue: true } : c);
  return new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key === 'listClaims') {
        type ListClaims = NonNullable<CoprodApi['listClaims']>;
        return async (...args: Parameters<ListClaims>) => {
          const queue = await (value as ListClaims).apply(target, args);
          return { ...queue, items: queue.items.map(late) };
        };
      }
      if (key === 'getMyPay') {
        type GetMyPay = NonNullable<CoprodApi['getMyPay']>;
        return async (...args: Parameters<GetMyPay>) => {
          const pay = await (value as GetMyPay).apply(target, args);
          return { ...pay, claims: pay.claims.map(late) };
        };
      }
      return value;
    },
  });
}
