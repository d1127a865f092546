/// <reference types="node" />
/**
 * Issue 16, the person's record as a spreadsheet: the CSV holds what the printed sheet shows
 * for the same period (src/api/record-period.ts `recordFor`): the same claims with their
 * payment choice, fees and expenses, the same sessions and feedback, the same totals, to the
 * penny (checked against sums worked out here from the rules, not with `recordFor` again); and it opens in LibreOffice Calc and comes back the same, with no formula run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RECORD_COLUMNS, recordCsv } from '../../src/api/record-csv.js';
import { taxYear, type Period } from '../../src/api/record-period.js';
import type { InvolvementRecord, RecordClaim } from '../../src/api/types.js';
import { noCalc, parseCsv, sameInCalc, throughCalc } from '../helpers/calc.js';
import { fixtureRecord } from '../helpers/record-fixtures.js';

const column = (name: (typeof RECORD_COLUMNS)[number]) => RECORD_COLUMNS.indexOf(name);
const rowsOf = (csv: string, section: string) => parseCsv(csv).filter((row) => row[0] === section);
const total = (csv: string, detail: string) => rowsOf(csv, 'total').find((row) => row[column('detail')] === detail)!;

// Rhian's record (test/helpers/record-fixtures.ts), cut to one activity and three claims, with
// feedback that tries a spreadsheet formula and quotes, and a session with preparation only.
const carers = fixtureRecord.activities[1]!.title;
const record: InvolvementRecord = {
  ...structuredClone(fixtureRecord),
  generatedAt: '2026-03-10T12:00:00Z',
  activities: [
    { ...structuredClone(fixtureRecord.activities[1]!), sessions: [
      { sessionStart: '2025-03-20T14:00:00Z', activityMinutes: 120, prepMinutes: 60 },
      { sessionStart: '2026-02-04T10:00:00Z', activityMinutes: 0, prepMinutes: 30 },
    ] },
  ],
  claims: fixtureRecord.claims.filter((c) => ['CL-2PAN', 'CL-7QX2', 'CL-3REF'].includes(c.reference)),
  feedback: [
    { reference: 'fb-8m2d', text: '=HYPERLINK("http://evil.example","More") please, Siân', language: 'en-GB', givenAt: '2026-02-06T09:00:00Z', status: 'changed', outcome: 'We changed the time, "as asked"', outcomeAt: '2026-02-20T09:00:00Z' },
    { reference: 'fb-1old', text: 'Old one', language: 'en-GB', givenAt: '2024-12-01T09:00:00Z', status: 'received', outcome: null, outcomeAt: null },
  ],
  totals: { activityMinutes: 120, prepMinutes: 90, paidPence: 13540 },
};

test('the record CSV has the printed sheet’s columns and keeps to the chosen period', () => {
  const csv = recordCsv(record, taxYear(2025));
  const [header] = parseCsv(csv);
  assert.deepEqual(header, [...RECORD_COLUMNS]);
  for (const name of ['payment_choice', 'fees_pence', 'expenses_pence', 'paid_on'] as const) assert.ok(header!.includes(name), name);
  assert.deepEqual(rowsOf(csv, 'period')[0]![column('detail')], '2025-04-06 to 2026-04-05; made 2026-03-10');
  // Paid on 2 April 2025: the tax year before, as on the sheet.
  assert.deepEqual(rowsOf(csv, 'claim').map((row) => row[column('reference')]), ['CL-7QX2', 'CL-3REF']);
  const paid = rowsOf(csv, 'claim')[0]!;
  assert.deepEqual([paid[column('payment_choice')], paid[column('fees_pence')], paid[column('expenses_pence')], paid[column('amount')], paid[column('paid_on')]], ['bank_transfer', '6000', '3540', '95.40', '2026-02-18']);
  assert.deepEqual(rowsOf(csv, 'activity').map((row) => [row[column('activity_minutes')], row[column('prep_minutes')]]), [['0', '30']]);
  assert.deepEqual(rowsOf(csv, 'feedback').map((row) => row[column('reference')]), ['fb-8m2d']);
  assert.deepEqual([total(csv, 'paid')[column('fees_pence')], total(csv, 'paid')[column('expenses_pence')], total(csv, 'paid')[column('amount_pence')]], ['6000', '3540', '9540']);
  assert.equal(total(csv, 'claimed')[column('amount_pence')], '9540', 'not counting the refused claim');
  assert.equal(rowsOf(recordCsv(record), 'claim').length, 3, 'everything, unless a period is given');
});

const anyDay = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString());
// Late evening in UTC on 5 April is already 6 April in the UK (summer time): a new tax year.
const taxYearEdge = fc.integer({ min: 2023, max: 2026 }).chain((y) => fc.constantFrom(`${y}-04-05T23:30:00.000Z`, `${y}-04-06T22:59:00.000Z`, `${y}-04-06T23:30:00.000Z`));
const day = fc.oneof(anyDay, taxYearEdge);
const claim: fc.Arbitrary<RecordClaim> = fc
  .record({
    reference: fc.stringMatching(/^CL-[A-Z0-9]{4}$/),
    status: fc.constantFrom('submitted' as const, 'queried' as const, 'approved' as const, 'refused' as const, 'paid' as const),
    submittedAt: day,
    paymentChoice: fc.constantFrom('bank_transfer' as const, 'vouchers' as const, 'declined' as const),
    feesPence: fc.integer({ min: 0, max: 100_000 }),
    expensesPence: fc.integer({ min: 0, max: 100_000 }),
    paidDay: day,
  })
  .map(({ paidDay, ...c }) => ({ ...c, opportunityTitle: carers, totalPence: c.feesPence + c.expensesPence, paidOn: c.status === 'paid' ? paidDay.slice(0, 10) : null }));
const period: fc.Arbitrary<Period> = fc.oneof(
  fc.constant({ from: null, to: null }),
  fc.integer({ min: 2022, max: 2026 }).map(taxYear),
  fc.tuple(day, day).map(([a, b]) => ({ from: a.slice(0, 10), to: b.slice(0, 10) })),
);

const session = fc.record({ sessionStart: day, activityMinutes: fc.integer({ min: 0, max: 600 }), prepMinutes: fc.integer({ min: 0, max: 600 }) });

// Written here, not taken from record-period.ts, so that a wrong rule there fails this test.
const ukDayHere = (at: string) => new Date(at).toLocaleString('sv-SE', { timeZone: 'Europe/London' }).slice(0, 10);
const inPeriod = (d: string, p: Period) => (p.from === null || p.from <= d) && (p.to === null || d <= p.to);
const add = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

test('for any sessions, claims and period, the CSV’s totals are the documented sums, to the penny', () => {
  fc.assert(
    fc.property(fc.array(session, { maxLength: 8 }), fc.array(claim, { maxLength: 12 }), period, (sessions, claims, chosen) => {
      const whole = { ...record, activities: [{ ...record.activities[0]!, sessions }], claims };
      const csv = recordCsv(whole, chosen);
      // A session counts on its UK date; a paid claim on its paid-on date, any other on the day it was sent.
      const counted = sessions.filter((s) => inPeriod(ukDayHere(s.sessionStart), chosen));
      const mine = claims.filter((c) => inPeriod(c.status === 'paid' ? c.paidOn! : ukDayHere(c.submittedAt), chosen));
      const paid = mine.filter((c) => c.status === 'paid');
      const expected = {
        activity: add(counted.map((s) => s.activityMinutes)),
        prep: add(counted.map((s) => s.prepMinutes)),
        claimed: add(mine.filter((c) => c.status !== 'refused').map((c) => c.feesPence + c.expensesPence)),
        fees: add(paid.map((c) => c.feesPence)),
        expenses: add(paid.map((c) => c.expensesPence)),
      };
      const time = total(csv, 'time');
      assert.deepEqual([Number(time[column('activity_minutes')]), Number(time[column('prep_minutes')])], [expected.activity, expected.prep], 'time');
      assert.equal(Number(total(csv, 'claimed')[column('amount_pence')]), expected.claimed, 'claimed, not counting refused claims');
      const paidRow = total(csv, 'paid');
      assert.deepEqual([paidRow[column('fees_pence')], paidRow[column('expenses_pence')], paidRow[column('amount_pence')]].map(Number), [expected.fees, expected.expenses, expected.fees + expected.expenses], 'fees and expenses paid, apart');
      const pence = expected.fees + expected.expenses;
      assert.equal(paidRow[column('amount')], `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`, 'paid in pounds');
      // The CSV's own rows add up to its totals, and are exactly the claims of the period.
      const rows = rowsOf(csv, 'claim');
      assert.deepEqual(rows.map((row) => row[column('reference')]).sort(), mine.map((c) => c.reference).sort());
      const paidRows = rows.filter((row) => row[column('status')] === 'paid');
      assert.equal(add(paidRows.map((row) => Number(row[column('fees_pence')]))), expected.fees);
      assert.equal(add(paidRows.map((row) => Number(row[column('expenses_pence')]))), expected.expenses);
      assert.equal(add(rows.filter((row) => row[column('status')] !== 'refused').map((row) => Number(row[column('amount_pence')]))), expected.claimed);
      const activityRows = rowsOf(csv, 'activity');
      assert.equal(add(activityRows.map((row) => Number(row[column('activity_minutes')]))), expected.activity);
      assert.equal(add(activityRows.map((row) => Number(row[column('prep_minutes')]))), expected.prep);
    }),
    { numRuns: 300 },
  );
});

test('the record CSV opens in LibreOffice Calc and comes back the same, with no formula run', { skip: noCalc, timeout: 240_000 }, () => {
  const csv = recordCsv(record);
  const before = parseCsv(csv);
  const after = parseCsv(throughCalc(csv));
  assert.equal(after.length, before.length, 'the same number of rows');
  before.forEach((row, r) => row.forEach((cell, c) => assert.ok(sameInCalc(cell, after[r]![c] ?? ''), `row ${r} column ${RECORD_COLUMNS[c]}: ${JSON.stringify(cell)} came back as ${JSON.stringify(after[r]![c])}`)));
  assert.ok(after.some((row) => row.includes('\'=HYPERLINK("http://evil.example","More") please, Siân')), 'the formula is still text');
});
