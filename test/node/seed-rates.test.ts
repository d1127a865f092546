/// <reference types="node" />
/**
 * The seed briefs carry structured rates (issue 16), so a claim on a demo brief can name its
 * costs, and the reference server's seeded claims only claim what their brief pays back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSeed } from '@coprod/seed';
import { covers, feeFor } from '../../src/api/money.js';
import { coveredTypes } from '../../src/components/claim/internal/claim-values.js';
import { PAY } from '../../server/src/repositories/seed-pay.js';

const seed = createSeed(new Date('2026-11-02T09:00:00Z'));
const brief = (id: string) => seed.opportunities.find((o) => o.id === id)!;

test('the carers strategy offers mileage at 45p, fares, carer cover and childcare, pays preparation, within 10 working days', () => {
  const { payment } = brief('opp-carers-strategy');
  assert.deepEqual(coveredTypes(payment), ['mileage', 'ticket', 'care', 'childcare']);
  assert.equal(payment.expenses?.mileagePence, 45);
  assert.equal(feeFor(payment, 150, 60), 7000, '2.5 hours and 1 hour preparation at £20 an hour');
  assert.equal(payment.payWithinWorkingDays, 10);
  assert.equal(payment.costCode, 'ASC-CARERS');
});

test('every brief that says it covers a cost can be claimed for it', () => {
  const claimable: Record<string, readonly string[]> = { travel: ['mileage', 'ticket'], care: ['care'], childcare: ['childcare'], data: ['data'] };
  const problems = seed.opportunities.flatMap((o) =>
    o.payment.expensesCovered.flatMap((kind) => (claimable[kind] ?? []).filter((type) => !coveredTypes(o.payment).includes(type as never)).map((type) => `${o.id}: says ${kind} but a claim cannot name ${type}`)),
  );
  assert.deepEqual(problems, []);
  const paidPrep = seed.opportunities.filter((o) => o.payment.type !== 'unpaid' && o.payment.expensesCovered.includes('prep_time'));
  assert.ok(paidPrep.length >= 10);
  assert.deepEqual(paidPrep.filter((o) => !o.payment.prep?.paid).map((o) => o.id), [], 'paid preparation is structured');
});

test('the server’s seeded claims name only costs their brief pays back', () => {
  const problems = Object.entries(PAY).flatMap(([id, sessions]) =>
    sessions.flatMap((s) => (s.claim?.expenses ?? []).filter((e) => !covers(brief(id).payment, e.type)).map((e) => `${s.claim!.reference}: ${e.type} is not paid back by ${id}`)),
  );
  assert.deepEqual(problems, []);
});
