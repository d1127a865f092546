/**
 * Field-by-field comparison and merging of JSON records (a brief, a profile). Objects are
 * walked key by key; anything else (strings, numbers, arrays such as a session list) is one
 * field, compared whole. A path is the keys joined with dots: `translations.cy.title`.
 */

import { isObject, sameJson, type Json, type Record_ } from './merge.js';

export { mergeByField, sameJson } from './merge.js';

/** The paths whose values differ between two records (a missing key and `undefined` are the same). */
export function changedPaths(before: Json, after: Json, prefix = ''): string[] {
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return sameJson(before, after) ? [] : [prefix];
}

export function valueAt(record: Json, path: string): Json {
  let node = record;
  for (const key of path.split('.')) {
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Copies the value at each path from `source` into a copy of `target` (deleting it where
 * `source` has none), and drops any object that a deletion left empty.
 */
export function applyPaths<T>(target: T, source: Json, paths: readonly string[]): T {
  const result = structuredClone(target) as Json;
  for (const path of paths) {
    const keys = path.split('.');
    const value = valueAt(source, path);
    let node = result as Record_;
    const trail: Record_[] = [];
    for (const key of keys.slice(0, -1)) {
      if (!isObject(node[key])) {
        if (value === undefined) break;
        node[key] = {};
      }
      trail.push(node);
      node = node[key] as Record_;
    }
    const last = keys[keys.length - 1]!;
    if (value === undefined) {
      if (trail.length < keys.length - 1 || !(last in node)) continue;
      delete node[last];
      // Walk back up, dropping objects the deletion emptied.
      for (let i = trail.length - 1; i >= 0; i -= 1) {
        const key = keys[i]!;
        const child = trail[i]![key];
        if (isObject(child) && Object.keys(child).length === 0) delete trail[i]![key];
        else break;
      }
    } else {
      node[last] = structuredClone(value);
    }
  }
  return result as T;
}

/** The fields both sides changed, to different values. */
export function conflictingPaths<T>(base: T, mine: T, theirs: T): string[] {
  const theirChanges = changedPaths(base, theirs);
  const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
  return changedPaths(base, mine).filter(
    (path) => theirChanges.some((other) => overlaps(path, other)) && !sameJson(valueAt(mine, path), valueAt(theirs, path)),
  );
}
