/**
 * The structured rates each seed brief pays (issue 16): the claim form offers only the costs
 * a brief names here, prices mileage and data from them, and pays preparation from `prep`.
 * They follow the brief's own words (its `expensesCovered`, prep time and notes) and typical
 * council policies: 45p a mile or the ticket, a taxi where the walk or the bus is not
 * possible, carer or childcare cover at cost, £5 a session for data and phone when joining
 * online, payment within 10 working days.
 */
import type { Payment } from './contract.js';

export const MILEAGE_PENCE = 45;
export const DATA_PENCE = 500;
export const PAY_WITHIN_WORKING_DAYS = 10;

interface Extra {
  /** Minutes of preparation expected for each session. */
  prepMinutes?: number;
  /** Preparation paid at this hourly rate when the fee is per session, day or meeting. */
  prepRatePence?: number;
  taxi?: boolean;
  vouchersOffered?: boolean;
  costCode?: string;
}

/** What each brief adds to what its words already say (by opportunity id). */
const EXTRA: Record<string, Extra> = {
  'opp-carers-strategy': { prepMinutes: 60, vouchersOffered: true, costCode: 'ASC-CARERS' },
  'opp-director-interview-panel': { prepMinutes: 120, prepRatePence: 2000, taxi: true, costCode: 'HR-RECRUIT' },
  'opp-easy-read-leaflets': { costCode: 'ASC-COMMS' },
  'opp-mystery-shop-day-service': { prepMinutes: 30, costCode: 'ASC-QUALITY' },
  'opp-home-care-commissioning': { prepMinutes: 240, prepRatePence: 2000, costCode: 'ASC-COMMISSION' },
  'opp-young-carers-advisory': { costCode: 'CHS-CARERS' },
  'opp-bsl-reference-group': { costCode: 'ASC-COPROD' },
  'opp-crisis-pathway': { prepMinutes: 60, costCode: 'MH-PATHWAYS' },
  'opp-making-it-real-board': { prepMinutes: 120, prepRatePence: 2000, taxi: true, costCode: 'ASC-COPROD' },
  'opp-lunch-club-relaunch': { taxi: true, costCode: 'ASC-COMMUNITY' },
  'opp-ld-strategy': { taxi: true, costCode: 'ASC-LD' },
  'opp-mh-grants-peer-reviewer': { prepMinutes: 480, prepRatePence: 2000, costCode: 'MH-GRANTS' },
  'opp-coproduction-trainers': { prepMinutes: 120, prepRatePence: 2000, costCode: 'ASC-COPROD' },
  'opp-head-of-commissioning-panel': { prepMinutes: 120, prepRatePence: 2000, costCode: 'HR-RECRUIT' },
  'opp-supported-housing-tender': { prepMinutes: 240, prepRatePence: 2000, costCode: 'HSG-COMMISSION' },
};

/**
 * The brief's payment with its structured rates: travel is 45p a mile or the ticket; care,
 * childcare and data as the brief lists them; paid preparation as its prep time says.
 */
export function withRates(id: string, payment: Payment): Payment {
  const extra = EXTRA[id] ?? {};
  const has = (kind: Payment['expensesCovered'][number]) => payment.expensesCovered.includes(kind);
  const pays = payment.type !== 'unpaid';
  const prepPaid = pays && has('prep_time');
  return {
    ...payment,
    ...(prepPaid || extra.prepMinutes
      ? { prep: { paid: prepPaid, ...(extra.prepMinutes ? { expectedMinutes: extra.prepMinutes } : {}), ...(prepPaid && extra.prepRatePence ? { ratePence: extra.prepRatePence } : {}) } }
      : {}),
    expenses: {
      ...(has('travel') ? { mileagePence: MILEAGE_PENCE, tickets: true } : {}),
      ...(extra.taxi ? { taxi: true } : {}),
      ...(has('care') ? { care: true } : {}),
      ...(has('childcare') ? { childcare: true } : {}),
      ...(has('data') ? { dataPence: DATA_PENCE } : {}),
    },
    ...(extra.vouchersOffered ? { vouchersOffered: true } : {}),
    payWithinWorkingDays: PAY_WITHIN_WORKING_DAYS,
    costCode: extra.costCode ?? 'ASC-COPROD',
  };
}
