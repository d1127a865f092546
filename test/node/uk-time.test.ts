/// <reference types="node" />
// UK time and grouped numbers are worked out without Intl (so that a page's start-up does not load
// ICU's data: bench/ab-startup.mjs); these check them against Intl's own answers, which Node has in full.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatNumber, formatPence, ukTime } from '../../src/core/i18n.js';

const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const intlUkTime = (at: Date): string => {
  const p = Object.fromEntries(london.formatToParts(at).map((part) => [part.type, part.value]));
  return `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}`;
};

test('UK time is GMT or BST as Intl’s time zone data says, every half hour around each change of the clocks, 1996–2040', () => {
  let checked = 0;
  for (let year = 1996; year <= 2040; year++) {
    // From the 20th of March and of October: the last Sunday is between the 25th and the 31st.
    for (const month of [2, 9]) {
      for (let at = Date.UTC(year, month, 20); at < Date.UTC(year, month + 1, 2); at += 30 * 60_000) {
        assert.equal(ukTime(new Date(at)).slice(0, 16), intlUkTime(new Date(at)), new Date(at).toISOString());
        checked++;
      }
    }
  }
  assert.ok(checked > 30_000);
});

test('UK time: the day changes at UK midnight, every day of two years (GMT and BST)', () => {
  for (let at = Date.UTC(2026, 0, 1, 22, 59); at < Date.UTC(2028, 0, 1); at += 86_400_000) {
    for (const minutes of [0, 1, 61, 62]) {
      const moment = new Date(at + minutes * 60_000);
      assert.equal(ukTime(moment).slice(0, 16), intlUkTime(moment), moment.toISOString());
    }
  }
});

test('dates in words use UK time', () => {
  // The hour the clocks go back (25 October 2026): 00:30 and 01:30 GMT are 01:30 BST and 01:30 GMT.
  assert.equal(formatDate('en-GB', '2026-10-25T00:30:00Z', 'dateTime'), 'Sunday 25\u00a0October 2026, 01:30');
  assert.equal(formatDate('en-GB', '2026-10-25T01:30:00Z', 'dateTime'), 'Sunday 25\u00a0October 2026, 01:30');
  // The clocks go forward at 01:00 GMT on 29 March 2026.
  assert.equal(formatDate('en-GB', '2026-03-29T00:59:00Z', 'time'), '00:59');
  assert.equal(formatDate('en-GB', '2026-03-29T01:00:00Z', 'time'), '02:00');
  assert.throws(() => formatDate('en-GB', 'not a date', 'time'), RangeError);
});

test('whole numbers are grouped as Intl groups them in en-GB', () => {
  const intl = new Intl.NumberFormat('en-GB');
  for (const n of [0, 1, 12, 999, 1000, 1234, 99_999, 100_000, 1_234_567, 12_345_678_901, Number.MAX_SAFE_INTEGER, -1, -999, -1000, -1_234_567]) {
    assert.equal(formatNumber('en-GB', n), intl.format(n), String(n));
    assert.equal(formatNumber('cy', n), intl.format(n), String(n));
  }
  for (const n of [1.5, 1234.5678, 0.001, 2 ** 60]) assert.equal(formatNumber('en-GB', n), intl.format(n), String(n));
});

test('pence are written as Intl writes pounds in en-GB: whole pounds without pence', () => {
  const whole = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const pence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });
  for (const n of [0, 1, 5, 10, 99, 100, 101, 750, 1000, 2000, 123_456, 100_000_000, 123_456_789, -1, -750, -2000, -123_456]) {
    assert.equal(formatPence('en-GB', n), (n % 100 ? pence : whole).format(n / 100), String(n));
  }
  for (const n of [0.5, 750.4, 1234.56]) assert.equal(formatPence('cy', n), pence.format(n / 100), String(n));
});
