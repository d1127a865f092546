/**
 * Small-number suppression for published counts (issue 17), written once: the server and the
 * in-memory adapter both publish through it, and a property test (test/node/suppression.test.ts)
 * checks it over random tables. Self-contained, like rules.ts.
 *
 * A table is rows of counts (one row per group of people); each row's total is published,
 * and so is a total row (every group added up), whose own total is the grand total.
 * Primary suppression hides every count from 1 to threshold - 1. Secondary suppression then
 * makes sure that, in every line (each row with its total, the total row with the grand
 * total, and each column with its total when that total is shown), the hidden counts either
 * add up to at least the threshold or there are none: subtracting what is shown from a total
 * never gives a number from 1 to threshold - 1, and a single hidden count is never the
 * difference between a total and what is shown. A hidden column total always has a hidden
 * count beneath it, so it cannot be added up from what is shown either.
 */

export interface SuppressedTable {
  /** Each row's counts, `null` where hidden. */
  rows: (number | null)[][];
  /** The total row (each column added up over the rows), `null` where hidden. */
  total: (number | null)[];
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Hides the smallest shown count above zero in a line; false when there is none. */
function hideSmallest(values: number[], hidden: boolean[]): boolean {
  let best = -1;
  values.forEach((value, index) => {
    if (!hidden[index] && value > 0 && (best < 0 || value < values[best]!)) best = index;
  });
  if (best < 0) return false;
  hidden[best] = true;
  return true;
}

/** True when a line whose total is shown gives away less than the threshold by subtraction. */
function leaks(values: number[], hidden: boolean[], threshold: number): boolean {
  const hiddenValues = values.filter((_, index) => hidden[index]);
  return hiddenValues.length > 0 && sum(hiddenValues) < threshold;
}

export function suppressTable(rows: readonly (readonly number[])[], threshold: number): SuppressedTable {
  const width = rows[0]?.length ?? 0;
  const values = rows.map((row) => [...row]);
  const total = Array.from({ length: width }, (_, k) => sum(values.map((row) => row[k] ?? 0)));
  const small = (value: number) => value > 0 && value < threshold;
  const hidden = values.map((row) => row.map(small));
  const hiddenTotal = total.map(small);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [index, row] of values.entries()) {
      if (leaks(row, hidden[index]!, threshold)) changed = hideSmallest(row, hidden[index]!) || changed;
    }
    if (leaks(total, hiddenTotal, threshold)) changed = hideSmallest(total, hiddenTotal) || changed;
    for (let k = 0; k < width; k++) {
      const column = values.map((row) => row[k]!);
      const columnHidden = hidden.map((row) => row[k]!);
      const needsMore = hiddenTotal[k] ? column.length > 0 && !columnHidden.some(Boolean) && column.some((v) => v > 0) : leaks(column, columnHidden, threshold);
      if (needsMore && hideSmallest(column, columnHidden)) {
        columnHidden.forEach((isHidden, r) => (hidden[r]![k] = isHidden));
        changed = true;
      }
    }
  }
  return {
    rows: values.map((row, r) => row.map((value, k) => (hidden[r]![k] ? null : value))),
    total: total.map((value, k) => (hiddenTotal[k] ? null : value)),
  };
}

/**
 * Which groups may be shown apart: each with at least `threshold` people. The rest are pooled
 * into one group; when that pool is itself too small (1 to threshold - 1), the smallest group
 * shown apart joins it, and so on. Returns lists of group indexes: the groups shown apart, then
 * the pool (if any). Empty when all of them together are fewer than the threshold.
 */
export function poolSmallGroups(sizes: readonly number[], threshold: number): number[][] {
  if (sum([...sizes]) < threshold) return [];
  const apart = sizes.map((size, index) => ({ size, index })).filter((g) => g.size >= threshold).sort((a, b) => b.size - a.size || a.index - b.index);
  const pool = sizes.map((size, index) => ({ size, index })).filter((g) => g.size > 0 && g.size < threshold);
  while (pool.length && sum(pool.map((g) => g.size)) < threshold && apart.length) pool.push(apart.pop()!);
  const groups = apart.map((g) => [g.index]);
  if (pool.length) groups.push(pool.map((g) => g.index).sort((a, b) => a - b));
  return groups;
}
