/// <reference types="node" />
/**
 * Issue 17, suppression: over random tables of counts, nothing published is from 1 to
 * threshold - 1, and no hidden count can be worked out by subtracting what is shown from a
 * published total (in any row, the total row, or any column).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { poolSmallGroups, suppressTable, type SuppressedTable } from '../../src/api/suppression.js';
import { activityResults, PARTICIPANT_MINIMUM, programmeResults, STAFF_MINIMUM } from '../../src/api/evaluation-results.js';
import { AGREEMENTS, FELT_ANSWERS } from '../../src/api/rules.js';

const RUNS = { numRuns: 2000 };
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Tables as results give them: a few groups (each already of at least `threshold` people, see poolSmallGroups), a few answers, mostly small counts. */
const table = fc.integer({ min: 1, max: 9 }).chain((width) =>
  fc.record({
    threshold: fc.integer({ min: 2, max: 10 }),
    rows: fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 30 })), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
  }),
).filter(({ rows, threshold }) => rows.every((row) => sum(row) >= threshold));

/** Every way the published table gives a number away by subtraction, with what it gives. */
function leaks(rows: number[][], published: SuppressedTable, threshold: number): string[] {
  const problems: string[] = [];
  const width = rows[0]!.length;
  const totals = Array.from({ length: width }, (_, k) => sum(rows.map((row) => row[k]!)));
  const line = (name: string, values: number[], shown: (number | null)[], total: number | null) => {
    shown.forEach((value, index) => {
      if (value !== null && value !== values[index]) problems.push(`${name}[${index}] published ${value}, is ${values[index]}`);
      if (value !== null && value > 0 && value < threshold) problems.push(`${name}[${index}] published ${value}, under ${threshold}`);
    });
    const hidden = values.filter((_, index) => shown[index] === null);
    if (total === null) {
      if (!hidden.length && values.length) problems.push(`${name}: its hidden total is the sum of what is shown`);
      return;
    }
    const recovered = total - sum(shown.map((v) => v ?? 0));
    if (hidden.length && recovered < threshold) problems.push(`${name}: total minus what is shown gives ${recovered}`);
  };
  rows.forEach((row, r) => line(`row ${r}`, row, published.rows[r]!, sum(row)));
  line('total row', totals, published.total, sum(totals));
  for (let k = 0; k < width; k++) line(`column ${k}`, rows.map((row) => row[k]!), published.rows.map((row) => row[k]!), published.total[k]!);
  return problems;
}

test('no published count is under the threshold, and no hidden count comes back by subtraction', () => {
  fc.assert(
    fc.property(table, ({ rows, threshold }) => {
      assert.deepEqual(leaks(rows, suppressTable(rows, threshold), threshold), []);
    }),
    RUNS,
  );
});

test('what is not hidden is shown: a table with no small counts is published as it is', () => {
  const rows = [
    [5, 0, 12],
    [7, 9, 0],
  ];
  assert.deepEqual(suppressTable(rows, 5), { rows, total: [12, 9, 12] });
});

test('one small count in a row takes the next smallest with it, so the row total does not give it away', () => {
  // 2 is under 5; hiding it alone, 13 - (6 + 5) = 2 would give it back.
  assert.deepEqual(suppressTable([[2, 6, 5]], 5).rows, [[null, 6, null]]);
});

test('the check itself catches a table published with one cell hidden alone', () => {
  const rows = [[2, 6, 5]];
  assert.deepEqual(leaks(rows, { rows: [[null, 6, 5]], total: [null, 6, 5] }, 5), ['row 0: total minus what is shown gives 2', 'total row: total minus what is shown gives 2']);
});

test('groups under the threshold are pooled, and a pool that is still too small takes the smallest group shown apart', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 10 }), fc.integer({ min: 2, max: 8 }), (sizes, threshold) => {
      const groups = poolSmallGroups(sizes, threshold);
      if (sum(sizes) < threshold) return assert.deepEqual(groups, []);
      for (const group of groups) assert.ok(sum(group.map((i) => sizes[i]!)) >= threshold, `a group of ${sum(group.map((i) => sizes[i]!))}`);
      const seen = groups.flat().sort((a, b) => a - b);
      assert.deepEqual(seen, sizes.flatMap((size, index) => (size > 0 ? [index] : [])));
    }),
    RUNS,
  );
  assert.deepEqual(poolSmallGroups([2, 9, 6, 1], 5), [[1], [0, 2, 3]]);
});

test('staff see an activity from two answers, never from one alone whatever the setting, and no change asked for below that', () => {
  const activity = { id: 'a', title: { en: 'A' } };
  const answers = (n: number) => Array.from({ length: n }, (_, i) => ({ opportunityId: 'a', ratings: { voice: 'agree' as const }, change: `change ${i}` }));
  // One answer alone is that person's answer.
  for (const setting of [undefined, 1, 0, -1]) {
    const one = activityResults(activity, answers(1), 3, 5, setting);
    assert.deepEqual([one.groups.length, one.staffMinimum, one.respondents], [0, STAFF_MINIMUM, 1], `setting ${setting}`);
    assert.ok(!JSON.stringify(one).includes('change '), 'no change asked for shows for one');
  }
  assert.equal(STAFF_MINIMUM, 2);
  const two = activityResults(activity, answers(2), 3);
  assert.deepEqual(two.groups[0]?.changes, ['change 0', 'change 1'], 'two show by default, with their changes');
  const raised = activityResults(activity, answers(3), 5, 5, 4);
  assert.deepEqual([raised.groups.length, raised.staffMinimum, raised.respondents], [0, 4, 3]);
  assert.ok(!JSON.stringify(raised).includes('change '));
  assert.equal(activityResults(activity, answers(4), 5, 5, 4).groups.length, 1);
});

test('what people who took part read (the published results) shows no activity apart and no count under three, whatever threshold a council sets', () => {
  assert.equal(PARTICIPANT_MINIMUM, 3);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: -1, max: 6 }), fc.integer({ min: 0, max: 1000 }), (sizes, setting, seed) => {
      const activities = sizes.map((_, i) => ({ id: `a${i}`, title: { en: `A${i}` } }));
      const answers = sizes.flatMap((size, i) =>
        Array.from({ length: size }, (_, k) => ({ opportunityId: `a${i}`, ratings: { voice: AGREEMENTS[(seed + i * 7 + k * 3) % AGREEMENTS.length]! }, felt: FELT_ANSWERS[(seed + k) % FELT_ANSWERS.length]! })),
      );
      const published = programmeResults(activities, answers, setting);
      assert.ok(published.threshold >= PARTICIPANT_MINIMUM, `threshold ${published.threshold} for setting ${setting}`);
      for (const group of published.groups) {
        assert.ok(group.respondents >= PARTICIPANT_MINIMUM, `a group of ${group.respondents}`);
        const counts = [...group.ingredients.flatMap((i) => Object.values(i.counts)), ...group.felt.map((f) => f.count)];
        for (const count of counts) assert.ok(count === null || count === 0 || count >= PARTICIPANT_MINIMUM, `a count of ${count} published`);
      }
    }),
    RUNS,
  );
});
