/**
 * What an opportunity pays, as facts the words are made from. The contract's `Payment`
 * (type, rate, unit, expenses covered and the structured rates) is read once, here, so the
 * card, the detail view, the staff preview and the claim all say the same thing.
 */
import type { Payment } from '../../api/types.js';

export type PayUnit = NonNullable<Payment['unit']>;

/** One kind of cost a person can claim back, in the order people think of them. */
export type ExpenseKind = 'travel' | 'taxi' | 'care' | 'childcare' | 'data' | 'overnight' | 'meals' | 'equipment';

export const EXPENSE_ORDER: readonly ExpenseKind[] = ['travel', 'taxi', 'care', 'childcare', 'data', 'overnight', 'meals', 'equipment'];

export interface PayFacts {
  kind: Payment['type'];
  /** The fee in pence, for `paid` and `voucher`. */
  ratePence: number | undefined;
  per: PayUnit | undefined;
  /** Preparation time is paid at the same rate. */
  prepPaid: boolean;
  /** About how many hours of preparation to expect (paid or not). */
  prepHours: number | undefined;
  expenses: readonly ExpenseKind[];
  /** Pence a mile for travel by car, when travel is covered that way. */
  mileagePence: number | undefined;
  /** A set sum for data and phone per online session, in pence. */
  dataPence: number | undefined;
  /** A person may take vouchers instead of money. */
  vouchers: boolean;
  /** The council pays within this many working days of an approved claim. */
  paidWithinDays: number | undefined;
}

export function payFacts(payment: Payment): PayFacts {
  const listed = payment.expensesCovered as readonly string[];
  const rates = payment.expenses;
  const structured = rates !== undefined;
  const has = (kind: ExpenseKind): boolean => {
    if (!structured) return listed.includes(kind);
    switch (kind) {
      case 'travel':
        return rates.mileagePence !== undefined || !!rates.tickets || listed.includes('travel');
      case 'data':
        return rates.dataPence !== undefined || listed.includes('data');
      case 'care':
      case 'childcare':
        return !!rates[kind] || listed.includes(kind);
      case 'taxi':
      case 'overnight':
        return !!rates[kind];
      default:
        return listed.includes(kind);
    }
  };
  const paid = payment.type !== 'unpaid';
  const prepMinutes = payment.prep?.expectedMinutes;
  return {
    kind: payment.type,
    ratePence: paid ? payment.amountPence : undefined,
    per: paid ? payment.unit : undefined,
    prepPaid: paid && (payment.prep ? payment.prep.paid : listed.includes('prep_time')),
    prepHours: prepMinutes ? Math.round((prepMinutes / 60) * 4) / 4 : undefined,
    expenses: EXPENSE_ORDER.filter(has),
    mileagePence: rates?.mileagePence,
    dataPence: rates?.dataPence,
    vouchers: payment.vouchersOffered ?? payment.type === 'voucher',
    paidWithinDays: payment.payWithinWorkingDays,
  };
}
