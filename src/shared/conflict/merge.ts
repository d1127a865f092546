/**
 * The three-way merge of JSON records (a brief, a profile), field by field, on its own so that a
 * form that only merges (the profile form) does not carry the path tools of field-merge.ts.
 */

export type Json = unknown;
export type Record_ = Record<string, Json>;

export const isObject = (value: Json): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);

export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameJson(a[key], b[key]));
  }
  return false;
}

/**
 * A three-way merge: what changed from `base` to `mine`, laid onto `theirs` field by field
 * (as `applyPaths(theirs, mine, changedPaths(base, mine))`: an object a deletion empties is
 * dropped). Where both sides changed a field, mine wins unless `keep(path)` says no (the staff
 * brief asks per field; the profile form keeps every typed field).
 */
export function mergeByField<T>(base: T, mine: T, theirs: T, keep: (path: string) => boolean = () => true, at = ''): T {
  if (!isObject(base) || !isObject(mine)) return (sameJson(base, mine) || !keep(at) ? theirs : structuredClone(mine)) as T;
  let out = theirs as Json;
  for (const key of new Set([...Object.keys(base), ...Object.keys(mine)])) {
    const now = isObject(out) ? out[key] : undefined;
    const value = mergeByField(base[key], mine[key], now, keep, at ? `${at}.${key}` : key);
    if (value === now) continue;
    if (out === theirs || !isObject(out)) out = isObject(out) ? { ...out } : {};
    if (value === undefined) delete (out as Record_)[key];
    else (out as Record_)[key] = value;
  }
  return (out !== theirs && isObject(out) && !Object.keys(out).length ? undefined : out) as T;
}
