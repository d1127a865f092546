/**
 * The claim form's answers as typed, their checks, and the request they make. Money is whole
 * pence from the moment it is read: "12.50" is 1250, never 12.5.
 */
import type { Attendance, ClaimInput, ExpenseInput, ExpenseType, MyPay, Payment, PaymentChoice } from '../../../api/types.js';
import { covers, monthStart, ukDate, weekStart } from '../../../api/money.js';
import { expenseRules, RECEIPT_MAX_BYTES } from '../../../api/rules.js';
import { sniffReceipt } from '../../../api/receipts.js';
import type { FieldErrors, FormController } from '../../../core/forms/index.js';

export const EXPENSE_TYPES: readonly ExpenseType[] = ['mileage', 'ticket', 'taxi', 'care', 'childcare', 'data', 'overnight'];

export interface ExpenseValues {
  type: ExpenseType | '';
  amount: string;
  miles: string;
  note: string;
  /** The receipt once it is uploaded: its id and the file's name, to show. */
  receiptId: string;
  receiptName: string;
}

export interface ClaimValues {
  opportunityId: string;
  attendanceIds: string[];
  expenses: ExpenseValues[];
  paymentChoice: PaymentChoice | '';
  note: string;
}

export const blankExpense = (): ExpenseValues => ({ type: '', amount: '', miles: '', note: '', receiptId: '', receiptName: '' });

export const blankClaim = (opportunityId = '', attendanceIds: string[] = []): ClaimValues => ({ opportunityId, attendanceIds, expenses: [], paymentChoice: '', note: '' });

export const isClaimDraft = (value: unknown): value is ClaimValues =>
  typeof value === 'object' && value !== null && 'opportunityId' in value && Array.isArray((value as ClaimValues).attendanceIds) && Array.isArray((value as ClaimValues).expenses);

// A whole number of any size, commas only between thousands ("1,000", never "12,5"), so that too much is told the limit,
// not the form (validateClaim), and "12,5" is not read as 125.
const WHOLE = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,9})`;
const wholeIn = (digits: string): number => Number(digits.replace(/,/g, ''));

/** "12", "12.5", "£12.50", "£1,000" as pence; undefined when it is not an amount of money. */
export function toPence(amount: string): number | undefined {
  const match = new RegExp(`^£?\\s*${WHOLE}(?:\\.(\\d{1,2}))?$`).exec(amount.trim());
  return match ? wholeIn(match[1]!) * 100 + Number((match[2] ?? '0').padEnd(2, '0')) : undefined;
}

const wholeMiles = (miles: string): number | undefined => {
  const match = new RegExp(`^${WHOLE}$`).exec(miles.trim());
  return match ? wholeIn(match[1]!) : undefined;
};

/** Attendance not yet in a claim, by opportunity: what there is to claim for. */
export function claimable(pay: MyPay): Map<string, Attendance[]> {
  const open = new Map<string, Attendance[]>();
  for (const record of pay.attendance) {
    if (record.claimId) continue;
    open.set(record.opportunityId, [...(open.get(record.opportunityId) ?? []), record]);
  }
  return open;
}

/** The expense types this brief pays back, in the form's order. */
export const coveredTypes = (payment: Payment | undefined): ExpenseType[] => EXPENSE_TYPES.filter((type) => covers(payment, type));

/** What one expense line comes to, in pence (mileage at the brief's rate). */
export function expensePence(expense: ExpenseValues, payment: Payment | undefined): number {
  if (expense.type === 'mileage') return (wholeMiles(expense.miles) ?? 0) * (payment?.expenses?.mileagePence ?? 0);
  return toPence(expense.amount) ?? 0;
}

export interface ClaimSums {
  feesPence: number;
  expensesPence: number;
  totalPence: number;
}

export function claimSums(values: ClaimValues, attendance: readonly Attendance[], payment: Payment | undefined): ClaimSums {
  const fees = values.paymentChoice === 'declined' ? 0 : attendance.filter((a) => values.attendanceIds.includes(a.id)).reduce((sum, a) => sum + a.feePence, 0);
  const expenses = values.expenses.reduce((sum, e) => sum + expensePence(e, payment), 0);
  return { feesPence: fees, expensesPence: expenses, totalPence: fees + expenses };
}

/** An expense answer's path (`expenses.<n>.<field>`): the form's errors, the error summary's order and each field's id, never built by hand. */
export type ExpenseField = 'type' | 'amountPence' | 'miles' | 'receipt' | 'note';
export const expensePath = (index: number, field: ExpenseField) => `expenses.${index}.${field}`;

/**
 * Changes one expense line, the others as they are. `field` is the path answered (expensePath's), so an error the form
 * keeps (the server's, a receipt's) goes only when its own field is answered.
 */
export function patchExpense(form: FormController<ClaimValues>, index: number, patch: Partial<ExpenseValues>, field: string): void {
  form.update({ expenses: form.values.expenses.map((e, i) => (i === index ? { ...e, ...patch } : e)) }, field);
}

/** The claim form's fields top to bottom, each expense's in its place, so the error summary lists them in order and links each to its control. */
export const claimOrder = (values: ClaimValues): string[] => [
  'attendanceIds',
  'expenses',
  ...values.expenses.flatMap((_, i) => (['type', 'miles', 'amountPence', 'receipt'] as const).map((field) => expensePath(i, field))),
  'paymentChoice',
  'note',
];

type Say = (key: string, ...args: unknown[]) => string;

/** The contract's limits on one expense line (src/api/rules.ts), so the form and the server say the same. */
const MILES = { least: expenseRules['miles']!.minimum!, most: expenseRules['miles']!.maximum! };
const PENCE = { least: expenseRules['amountPence']!.minimum!, most: expenseRules['amountPence']!.maximum! };

export function validateClaim(values: ClaimValues, payment: Payment | undefined, t: Say): FieldErrors {
  const e: FieldErrors = {};
  if (values.attendanceIds.length === 0) e['attendanceIds'] = t('eSessions');
  values.expenses.forEach((expense, index) => {
    const n = index + 1;
    if (!expense.type) e[expensePath(index, 'type')] = t('eExpenseType', n);
    else if (expense.type === 'mileage') {
      const miles = wholeMiles(expense.miles);
      if (miles === undefined || miles < MILES.least) e[expensePath(index, 'miles')] = t('eMiles', n);
      // A whole number past the limit was told "as a whole number" (session 28's walk): say the limit instead.
      else if (miles > MILES.most) e[expensePath(index, 'miles')] = t('eMilesMost', n, MILES.most);
    } else {
      const pence = toPence(expense.amount);
      if (pence === undefined || pence < PENCE.least) e[expensePath(index, 'amountPence')] = t('eAmount', n);
      else if (pence > PENCE.most) e[expensePath(index, 'amountPence')] = t('eAmountMost', n, PENCE.most);
      else if (expense.type === 'data' && payment?.expenses?.dataPence !== undefined && pence > payment.expenses.dataPence) e[expensePath(index, 'amountPence')] = t('eDataMost', n, payment.expenses.dataPence);
    }
  });
  if (!values.paymentChoice) e['paymentChoice'] = t('ePaymentChoice');
  if (values.note.length > 1000) e['note'] = t('eNote');
  return e;
}

export function toClaimInput(values: ClaimValues): ClaimInput {
  const expenses: ExpenseInput[] = values.expenses.map((e) => ({
    type: e.type as ExpenseType,
    ...(e.type === 'mileage' ? { miles: wholeMiles(e.miles)! } : { amountPence: toPence(e.amount)! }),
    ...(e.note.trim() ? { note: e.note.trim() } : {}),
    ...(e.receiptId ? { receiptId: e.receiptId } : {}),
  }));
  return {
    opportunityId: values.opportunityId,
    attendanceIds: values.attendanceIds,
    ...(expenses.length ? { expenses } : {}),
    paymentChoice: values.paymentChoice as PaymentChoice,
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
  };
}

/** Why a receipt cannot be sent, found in the page before any upload: too big, or not a photo or PDF by its content. */
export type ReceiptProblem = 'too-big' | 'wrong-type' | 'empty';

export async function checkReceipt(file: Blob): Promise<ReceiptProblem | undefined> {
  if (file.size === 0) return 'empty';
  if (file.size > RECEIPT_MAX_BYTES) return 'too-big';
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return sniffReceipt(head) ? undefined : 'wrong-type';
}

/** Megabytes to one decimal place, for "This file is 20.0 MB". */
export const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

/** Whether the fees of this claim would take the person past a limit they set (this week or this month). */
export function overLimit(pay: MyPay, values: ClaimValues, attendance: readonly Attendance[]): { week: boolean; month: boolean; weekPence: number; monthPence: number } {
  const chosen = values.paymentChoice === 'declined' ? [] : attendance.filter((a) => values.attendanceIds.includes(a.id));
  // The server's rule (runningTotals): a fee counts in the week and the month (UK time) its session falls in.
  const fees = (period: (date: string) => string, starts: string) => chosen.filter((a) => period(ukDate(a.sessionStart)) === starts).reduce((sum, a) => sum + a.feePence, 0);
  const weekPence = pay.totals.weekPence + fees(weekStart, pay.totals.weekStarts);
  const monthPence = pay.totals.monthPence + fees(monthStart, pay.totals.monthStarts);
  const { weeklyPence, monthlyPence } = pay.limit;
  return { week: weeklyPence !== null && weekPence > weeklyPence, month: monthlyPence !== null && monthPence > monthlyPence, weekPence, monthPence };
}
