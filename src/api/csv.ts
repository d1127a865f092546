/**
 * CSV for finance and for the person's record (issue 16), written once for the server and the
 * in-memory adapter. RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte order mark so that
 * spreadsheets read the Welsh letters, and safe from formula injection (OWASP "CSV
 * Injection"): a cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return
 * starts with `'`, so a spreadsheet shows it as text and never runs it.
 *
 * Twenty lines of our own rather than a CSV library (csv-stringify's `escape_formulas` does the
 * same): the in-memory adapter ships this to the browser, and a library would cost more bytes
 * than the whole of it.
 */
import { pounds, ukDate, ukDateTime } from './money.js';
import type { Claim } from './types.js';

export type Cell = string | number | null | undefined;

// Spreadsheets skip leading spaces before reading a formula, so " =1+1" is defused too.
const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

/** One cell: numbers as they are; text defused if it could be a formula, then quoted if it needs to be. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: readonly Cell[]): string => cells.map(csvCell).join(',');

export const csvFile = (rows: readonly (readonly Cell[])[]): string => `\uFEFF${rows.map(csvRow).join('\r\n')}\r\n`;

/** The export's columns, always in this order (the contract lists them too). */
export const CLAIM_EXPORT_COLUMNS = [
  'record',
  'claim',
  'status',
  'submitted',
  'approved',
  'paid_on',
  'person_ref',
  'person',
  'opportunity',
  'cost_code',
  'payment_choice',
  'line',
  'detail',
  'quantity',
  'amount_pence',
  'amount',
] as const;

type Column = (typeof CLAIM_EXPORT_COLUMNS)[number];
const row = (cells: Partial<Record<Column, Cell>>): Cell[] => CLAIM_EXPORT_COLUMNS.map((c) => cells[c]);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Finance's file: one `line` row per fee (quantity: minutes of activity and paid preparation)
 * and per expense (quantity: miles, for mileage), then a `person_total` row per person, a
 * `cost_code_total` row per cost code, and the `grand_total`. Every total is the sum of the
 * line rows above it, to the penny.
 */
export function claimsCsv(claims: readonly Claim[]): string {
  const ordered = [...claims].sort((a, b) => byText(a.submittedAt, b.submittedAt) || byText(a.reference, b.reference));
  const rows: Cell[][] = [[...CLAIM_EXPORT_COLUMNS]];
  const perPerson = new Map<string, { name: string; pence: number }>();
  const perCode = new Map<string, number>();
  let grand = 0;
  for (const claim of ordered) {
    const common = {
      claim: claim.reference,
      status: claim.status,
      submitted: ukDate(claim.submittedAt),
      approved: claim.approvedAt ? ukDate(claim.approvedAt) : '',
      paid_on: claim.paidOn ?? '',
      person_ref: claim.personRef,
      person: claim.name,
      opportunity: claim.opportunityTitle.en,
      cost_code: claim.costCode ?? '',
      payment_choice: claim.paymentChoice,
    };
    const lines: Partial<Record<Column, Cell>>[] = [
      ...claim.fees.map((f) => ({
        line: 'fee',
        detail: `Session ${ukDateTime(f.sessionStart)}: ${f.activityMinutes} min, preparation ${f.prepMinutes} min`,
        quantity: f.activityMinutes + f.prepMinutes,
        amount_pence: f.amountPence,
      })),
      ...claim.expenses.map((e) => ({ line: e.type, detail: e.note ?? '', quantity: e.miles ?? '', amount_pence: e.amountPence })),
    ];
    for (const line of lines) {
      const pence = line.amount_pence as number;
      rows.push(row({ record: 'line', ...common, ...line, amount: pounds(pence) }));
      const person = perPerson.get(claim.personRef) ?? { name: claim.name, pence: 0 };
      perPerson.set(claim.personRef, { name: person.name, pence: person.pence + pence });
      perCode.set(common.cost_code, (perCode.get(common.cost_code) ?? 0) + pence);
      grand += pence;
    }
  }
  for (const [ref, { name, pence }] of [...perPerson].sort(([a], [b]) => byText(a, b))) {
    rows.push(row({ record: 'person_total', person_ref: ref, person: name, amount_pence: pence, amount: pounds(pence) }));
  }
  for (const [code, pence] of [...perCode].sort(([a], [b]) => byText(a, b))) {
    rows.push(row({ record: 'cost_code_total', cost_code: code, amount_pence: pence, amount: pounds(pence) }));
  }
  rows.push(row({ record: 'grand_total', amount_pence: grand, amount: pounds(grand) }));
  return csvFile(rows);
}
