/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FormController } from '../../src/core/forms/form-controller.js';
import { blankClaim, blankExpense, expensePath, patchExpense, type ClaimValues } from '../../src/components/claim/internal/claim-values.js';

/** A host with no DOM: enough for the controller's errors-clear rule. */
function host() {
  const root = { querySelector: () => null, querySelectorAll: () => [] };
  return { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true), shadowRoot: root } as never;
}

test('patchExpense changes one expense line, keeps the others, and clears only the error of the field it names', () => {
  const form = new FormController<ClaimValues>(host(), {
    initial: { ...blankClaim('o1', ['a1']), expenses: [{ ...blankExpense(), type: 'ticket', amount: '4' }, { ...blankExpense(), type: 'taxi', amount: '12' }] },
    validate: () => ({}),
    word: (p) => p.code,
    fieldOrder: [],
  });
  // The server's refusals of both receipts: answering the first one's clears its error only.
  form.errors = { [expensePath(0, 'receipt')]: 'Too big', [expensePath(1, 'receipt')]: 'Too big' };
  patchExpense(form, 0, { receiptId: 'r1', receiptName: 'bus.pdf' }, expensePath(0, 'receipt'));
  assert.deepEqual(form.values.expenses, [
    { ...blankExpense(), type: 'ticket', amount: '4', receiptId: 'r1', receiptName: 'bus.pdf' },
    { ...blankExpense(), type: 'taxi', amount: '12' },
  ]);
  assert.deepEqual(form.errors, { [expensePath(1, 'receipt')]: 'Too big' });
  patchExpense(form, 1, { note: 'From the station' }, 'expenses.1.note');
  assert.equal(form.values.expenses[1]!.note, 'From the station');
  assert.deepEqual(form.errors, { [expensePath(1, 'receipt')]: 'Too big' }, 'the note is not the receipt: its error stays');
});
