/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dateError, dateMessages, dateParts, dateProblem, joinDate } from '../../src/core/forms/date-field.js';
import { coreMessages } from '../../src/core/messages.js';
import { mergeCatalogs, translator } from '../../src/core/i18n.js';

test('three typed parts become the contract date only when they make a real day, and come back as typed', () => {
  assert.equal(joinDate({ day: '5', month: '3', year: '2027' }), '2027-03-05');
  assert.equal(joinDate({ day: ' 05 ', month: '03', year: '2027' }), '2027-03-05');
  assert.equal(joinDate({ day: '', month: '', year: '' }), '');
  // Half-typed or impossible dates keep what was typed, in a form no date rule accepts as ISO-padded.
  assert.equal(joinDate({ day: '31', month: '', year: '2027' }), '2027--31');
  assert.deepEqual(dateParts('2027--31'), { day: '31', month: '', year: '2027' });
  assert.deepEqual(dateParts('2027-03-05'), { day: '5', month: '3', year: '2027' });
  fc.assert(
    fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
      const iso = date.toISOString().slice(0, 10);
      return joinDate(dateParts(iso)) === iso && dateProblem(iso) === undefined;
    }),
  );
});

test('a problem names the parts that are wrong', () => {
  assert.deepEqual(dateProblem('2027--31'), { kind: 'missing', parts: ['month'] });
  assert.deepEqual(dateProblem('--31'), { kind: 'missing', parts: ['month', 'year'] });
  assert.deepEqual(dateProblem('27-3-31'), { kind: 'year-length', parts: ['year'] });
  assert.deepEqual(dateProblem('2027-13-1'), { kind: 'not-real', parts: ['month'] });
  assert.deepEqual(dateProblem('2027-3-x'), { kind: 'not-real', parts: ['day'] });
  assert.deepEqual(dateProblem('2027-02-30'), { kind: 'not-real', parts: ['day', 'month', 'year'] });
});

test('date errors in English, Welsh and easy read name the field and the missing parts', () => {
  const catalog = mergeCatalogs(coreMessages, dateMessages);
  const en = translator(catalog, 'en-GB', 'standard');
  const cy = translator(catalog, 'cy', 'standard');
  const easy = translator(catalog, 'en-GB', 'easy-read');
  assert.equal(dateError(en, 'Closing date', '2027--'), 'Closing date must include a day and month');
  assert.equal(dateError(en, 'Closing date', ''), undefined, 'nothing typed is no error when the question is optional');
  assert.equal(dateError(en, 'Closing date', '', true), 'Enter closing date');
  assert.equal(dateError(en, 'Closing date', '2027-02-30'), 'Closing date must be a real date');
  assert.equal(dateError(cy, 'Dyddiad cau', '-3-1'), 'Dyddiad cau: rhowch y flwyddyn');
  assert.equal(dateError(cy, 'Dyddiad cau', '2027--'), 'Dyddiad cau: rhowch y diwrnod a’r mis');
  assert.equal(dateError(easy, 'Closing date', '2027-3-'), 'Closing date.\nPlease put in the day.');
});
