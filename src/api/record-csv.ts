/**
 * The person's involvement record as CSV (issue 16), for the period they chose: written once
 * for the server (`/me/record?format=csv&from&to`), the in-memory adapter and the widget's
 * download (record-part.ts), each for the chosen period.
 */
import { csvFile, type Cell } from './csv.js';
import { pounds, ukDate, ukDateTime } from './money.js';
import { EVERYTHING, recordFor, type Period } from './record-period.js';
import type { InvolvementRecord } from './types.js';

/**
 * The person's record's columns: those of the printed sheet (each claim's reference, sent,
 * payment choice, fees, expenses, total, status and paid on; each session's time taking part
 * and preparing; the totals), so what they print and what they download say the same.
 */
export const RECORD_COLUMNS = [
  'section',
  'date',
  'title',
  'role',
  'reference',
  'activity_minutes',
  'prep_minutes',
  'payment_choice',
  'fees_pence',
  'expenses_pence',
  'amount_pence',
  'amount',
  'status',
  'paid_on',
  'detail',
] as const;

type RecordColumn = (typeof RECORD_COLUMNS)[number];
const recordRow = (cells: Partial<Record<RecordColumn, Cell>>): Cell[] => RECORD_COLUMNS.map((c) => cells[c]);
const money = (pence: number) => ({ amount_pence: pence, amount: pounds(pence) });

/**
 * The person's record for a period (everything unless given) as one table: the period, whose
 * it is (`person`, the name in `detail`, when they gave one), each
 * session, each claim, each piece of feedback, then the sheet's totals (`total` rows: time
 * taking part and preparing; claimed, not counting claims not approved; fees paid, expenses
 * paid back, and paid in all).
 */
export function recordCsv(whole: InvolvementRecord, period: Period = EVERYTHING): string {
  const record = recordFor(whole, period);
  const rows: Cell[][] = [
    [...RECORD_COLUMNS],
    recordRow({ section: 'period', date: period.from ?? '', detail: `${period.from ?? 'start'} to ${period.to ?? ukDate(whole.generatedAt)}; made ${ukDate(whole.generatedAt)}` }),
  ];
  // Whose record it is, as on the printed sheet: theirs to keep (a job, a course, a benefits review).
  if (whole.name) rows.push(recordRow({ section: 'person', detail: whole.name }));
  for (const a of record.activities) {
    for (const s of a.sessions) rows.push(recordRow({ section: 'activity', date: ukDateTime(s.sessionStart), title: a.title.en, role: a.roles.join('; '), activity_minutes: s.activityMinutes, prep_minutes: s.prepMinutes }));
  }
  for (const c of record.claims) {
    rows.push(
      recordRow({
        section: 'claim',
        date: ukDate(c.submittedAt),
        title: c.opportunityTitle.en,
        reference: c.reference,
        payment_choice: c.paymentChoice,
        fees_pence: c.feesPence,
        expenses_pence: c.expensesPence,
        ...money(c.totalPence),
        status: c.status,
        paid_on: c.paidOn ?? '',
      }),
    );
  }
  for (const f of record.feedback) rows.push(recordRow({ section: 'feedback', date: ukDate(f.givenAt), title: f.text, reference: f.reference, status: f.status, detail: f.outcome ?? '' }));
  const t = record.totals;
  rows.push(recordRow({ section: 'total', detail: 'time', activity_minutes: t.activityMinutes, prep_minutes: t.prepMinutes }));
  rows.push(recordRow({ section: 'total', detail: 'claimed', ...money(t.claimedPence) }));
  rows.push(recordRow({ section: 'total', detail: 'paid', fees_pence: t.paidFeesPence, expenses_pence: t.paidExpensesPence, ...money(t.paidPence) }));
  return csvFile(rows);
}
