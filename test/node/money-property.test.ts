/// <reference types="node" />
/**
 * Issue 16, money: over random claims, the fees priced from attendance, the claim's totals and
 * finance's CSV agree to the penny; every text cell that a spreadsheet could run as a formula is
 * defused; and (where LibreOffice Calc is installed, as CI installs it) the file survives
 * Calc's import and export unchanged, with no formula run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CLAIM_EXPORT_COLUMNS, claimsCsv } from '../../src/api/csv.js';
import { claimTotals, feeFor, perHour, pounds } from '../../src/api/money.js';
import type { Claim, ExpenseType, Payment } from '../../src/api/types.js';
import { noCalc, parseCsv, sameInCalc, throughCalc } from '../helpers/calc.js';

const RUNS = { numRuns: 500 };

/** Exact half-up rounding of rate x minutes / 60, in BigInt: the reference perHour must match. */
const exactPerHour = (rate: number, minutes: number) => {
  const n = BigInt(rate) * BigInt(minutes);
  const q = n / 60n;
  return Number(2n * (n % 60n) >= 60n ? q + 1n : q);
};

/** Text people and staff really type, and text built to be run by a spreadsheet. */
const words = fc.oneof(
  fc.constantFrom('Ana Llŷr', 'Siân Ŵyn-Jones', 'O\'Brien, "Pat"', '=HYPERLINK("http://x","y")', '+44 7700 900123', '-1', '@SUM(A1)', ' =1+1', '\t=2', 'line\nbreak', ''),
  fc.string({ maxLength: 12 }),
);
const payment: fc.Arbitrary<Payment> = fc.record({
  type: fc.constant('paid' as const),
  amountPence: fc.integer({ min: 1, max: 20_000 }),
  unit: fc.constantFrom('hour' as const, 'session' as const),
  expensesCovered: fc.constant([]),
  prep: fc.record({ paid: fc.boolean(), ratePence: fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: undefined }) }),
  expenses: fc.record({ mileagePence: fc.integer({ min: 1, max: 60 }), care: fc.constant(true) }),
}) as fc.Arbitrary<Payment>;

interface Drawn {
  payment: Payment;
  sessions: { activityMinutes: number; prepMinutes: number }[];
  expenses: { type: ExpenseType; miles: number; amountPence: number; note: string }[];
  name: string;
  personRef: string;
  costCode: string;
  declined: boolean;
}
const drawn: fc.Arbitrary<Drawn> = fc.record({
  payment,
  sessions: fc.array(fc.record({ activityMinutes: fc.integer({ min: 0, max: 600 }), prepMinutes: fc.integer({ min: 0, max: 240 }) }), { minLength: 1, maxLength: 4 }),
  expenses: fc.array(fc.record({ type: fc.constantFrom<ExpenseType>('mileage', 'care'), miles: fc.integer({ min: 0, max: 400 }), amountPence: fc.integer({ min: 0, max: 50_000 }), note: words }), { maxLength: 3 }),
  name: words,
  personRef: fc.constantFrom('P-3KX7QD', 'P-9ZZ2AB', 'P-0000AA'),
  costCode: fc.constantFrom('ASC-001', 'ASC-002', '=cmd|calc', ''),
  declined: fc.boolean(),
});

/** A claim as the server builds one: fees from feeFor, mileage at the brief's rate, totals from claimTotals. */
function claimOf(d: Drawn, index: number): Claim {
  const fees = d.sessions.map((s, i) => ({
    attendanceId: `att-${index}-${i}`,
    sessionStart: new Date(Date.UTC(2026, 2, 2 + i, 10)).toISOString(),
    ...s,
    amountPence: d.declined ? 0 : feeFor(d.payment, s.activityMinutes, s.prepMinutes),
  }));
  const expenses = d.expenses.map((e) => ({ type: e.type, amountPence: e.type === 'mileage' ? e.miles * d.payment.expenses!.mileagePence! : e.amountPence, miles: e.type === 'mileage' ? e.miles : null, note: e.note || null, receipt: null }));
  return {
    id: `claim-${index}`, reference: `CL-${String(index).padStart(4, '0')}`, opportunityId: 'opp', opportunityTitle: { en: 'Carers week planning' },
    name: d.name, personRef: d.personRef, costCode: d.costCode || null, status: 'approved', paymentChoice: d.declined ? 'declined' : 'bank',
    fees, expenses, ...claimTotals(fees, expenses), note: null, conversation: [], refusedReason: null,
    submittedAt: new Date(Date.UTC(2026, 2, 10, index)).toISOString(), dueBy: '2026-03-24', overdue: false, approvedAt: null, paidOn: null, updatedAt: new Date(Date.UTC(2026, 2, 10)).toISOString(),
  } as Claim;
}

const column = (name: (typeof CLAIM_EXPORT_COLUMNS)[number]) => CLAIM_EXPORT_COLUMNS.indexOf(name);
const penceOf = (amount: string) => {
  const [whole, part] = amount.replace('-', '').split('.');
  return (amount.startsWith('-') ? -1 : 1) * (Number(whole) * 100 + Number(part));
};

test('an hour priced by minutes rounds half up to the penny, exactly', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100_000 }), (rate, minutes) => perHour(rate, minutes) === exactPerHour(rate, minutes)), RUNS);
  assert.equal(perHour(1_000, 1), 17, '£10 an hour for one minute is 16.67p, so 17p');
  assert.equal(perHour(30, 1), 1, 'half a penny rounds up');
});

test('totals, rounding and the CSV agree to the penny for random claims, and no cell can run as a formula', () => {
  fc.assert(
    fc.property(fc.array(drawn, { minLength: 1, maxLength: 6 }), (many) => {
      const claims = many.map(claimOf);
      const rows = parseCsv(claimsCsv(claims));
      assert.deepEqual(rows[0], [...CLAIM_EXPORT_COLUMNS]);
      const body = rows.slice(1);
      for (const row of body) {
        assert.equal(row.length, CLAIM_EXPORT_COLUMNS.length, 'every row has every column');
        assert.equal(penceOf(row[column('amount')]!), Number(row[column('amount_pence')]), 'amount in pounds is amount_pence');
        for (const cell of row) assert.ok(!/^\s*[=+\-@\t\r]/.test(cell) || /^-?\d+(\.\d+)?$/.test(cell), `a cell a spreadsheet would run: ${JSON.stringify(cell)}`);
      }
      const lines = body.filter((row) => row[column('record')] === 'line');
      const sumOf = (rs: string[][]) => rs.reduce((sum, row) => sum + Number(row[column('amount_pence')]), 0);
      // Each claim's lines add up to its total; the fees to feesPence.
      for (const claim of claims) {
        const own = lines.filter((row) => row[column('claim')] === claim.reference);
        assert.equal(sumOf(own), claim.totalPence, `${claim.reference}: lines and total`);
        assert.equal(sumOf(own.filter((row) => row[column('line')] === 'fee')), claim.feesPence);
        assert.equal(claim.totalPence, claim.feesPence + claim.expensesPence);
      }
      for (const total of body.filter((row) => row[column('record')] === 'person_total')) {
        assert.equal(Number(total[column('amount_pence')]), sumOf(lines.filter((row) => row[column('person_ref')] === total[column('person_ref')])));
      }
      const grand = body.filter((row) => row[column('record')] === 'grand_total');
      assert.equal(grand.length, 1);
      assert.equal(Number(grand[0]![column('amount_pence')]), claims.reduce((sum, claim) => sum + claim.totalPence, 0));
      assert.equal(grand[0]![column('amount')], pounds(claims.reduce((sum, claim) => sum + claim.totalPence, 0)));
      // Text comes back as typed, behind the apostrophe that defuses a formula.
      for (const [row, claim] of lines.map((row) => [row, claims.find((c) => c.reference === row[column('claim')])!] as const)) {
        const name = row[column('person')]!;
        assert.equal(name.startsWith("'") && /^\s*[=+\-@\t\r]/.test(claim.name) ? name.slice(1) : name, claim.name);
      }
    }),
    RUNS,
  );
});

test('the export opens in LibreOffice Calc and comes back the same, with no formula run', { skip: noCalc, timeout: 240_000 }, () => {
  const claims = fc.sample(drawn, { numRuns: 12, seed: 16 }).map(claimOf);
  // The nastiest names on purpose, whatever the sample drew.
  claims[0]!.name = '=HYPERLINK("http://evil.example","Pay")';
  claims[1]!.name = '+44 7700 900123';
  claims[2]!.name = 'Siân, "Llŷr" O\'Brien';
  const csv = claimsCsv(claims);
  const before = parseCsv(csv);
  const after = parseCsv(throughCalc(csv));
  assert.equal(after.length, before.length, 'the same number of rows');
  before.forEach((row, r) => row.forEach((cell, c) => assert.ok(sameInCalc(cell, after[r]![c] ?? ''), `row ${r} column ${CLAIM_EXPORT_COLUMNS[c]}: ${JSON.stringify(cell)} came back as ${JSON.stringify(after[r]![c])}`)));
  assert.ok(after.some((row) => row.includes('\'=HYPERLINK("http://evil.example","Pay")')), 'the formula is still text, not a link');
});
