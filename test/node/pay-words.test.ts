/// <reference types="node" />
/**
 * Pay in words is generated from the brief's structured rates: what a person reads on the
 * card and the detail view in English, Welsh and easy read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Payment } from '../../src/api/types.js';
import { payDetails, payHeadline } from '../../src/shared/pay/pay-words.js';

const carers: Payment = {
  type: 'paid',
  amountPence: 2000,
  unit: 'hour',
  expensesCovered: [],
  prep: { paid: true, expectedMinutes: 60 },
  expenses: { mileagePence: 45, tickets: true, care: true, taxi: true },
  vouchersOffered: true,
  payWithinWorkingDays: 10,
};

test('the card line reads the structured rates', () => {
  assert.equal(payHeadline(carers, 'en-GB'), 'Paid £20 an hour, travel, prep time, taxis and replacement care covered');
  assert.equal(payHeadline(carers, 'cy'), 'Tâl o £20 yr awr, teithio, amser paratoi, tacsis a gofal yn eich lle wedi’u talu');
  assert.equal(payHeadline(carers, 'en-GB', 'easy-read'), 'We pay you £20 an hour.');
});

test('a brief saved before the structured rates reads as it did', () => {
  const old: Payment = { type: 'paid', amountPence: 2000, unit: 'hour', expensesCovered: ['travel', 'prep_time'] };
  assert.equal(payHeadline(old, 'en-GB'), 'Paid £20 an hour, travel and prep time covered');
  assert.equal(payHeadline({ type: 'unpaid', expensesCovered: ['travel'] }, 'en-GB'), 'Unpaid, expenses covered');
});

test('the detail view says the fee, prep, each cost, vouchers and when we pay', () => {
  assert.deepEqual(payDetails(carers, 'en-GB'), [
    'We pay £20 an hour for your time.',
    'We pay for preparation time too: about 1 hour.',
    'We cover your costs: travel (45p a mile by car, or your bus or train ticket), a taxi when you need one to take part and a carer or personal assistant to cover for you.',
    'You can take vouchers instead of money.',
    'You can choose not to be paid.',
    'We pay within 10 working days of approving your claim.',
  ]);
  const welsh = payDetails(carers, 'cy');
  assert.equal(welsh[0], 'Rydym yn talu £20 yr awr am eich amser.');
  assert.match(welsh[2]!, /45c y filltir/);
  assert.equal(welsh.at(-1), 'Rydym yn talu o fewn 10 diwrnod gwaith ar ôl cymeradwyo eich hawliad.');
});

test('easy read says one thing per line', () => {
  assert.deepEqual(payDetails(carers, 'en-GB', 'easy-read'), [
    'We pay you £20 for each hour.',
    'We pay for time to get ready too.',
    'We pay for your bus or train, or 45p for each mile by car.',
    'We pay for a taxi if you need one.',
    'We pay for someone to care for you or the person you look after.',
    'You can have vouchers instead of money.',
    'You can say “no pay, thank you”.',
    'We pay within 10 working days.',
  ]);
});

test('unpaid time with no costs says so plainly', () => {
  assert.deepEqual(payDetails({ type: 'unpaid', expensesCovered: [] }, 'en-GB'), ['We do not pay for your time.', 'We do not cover costs for this one. Ask us if this stops you taking part.']);
});
