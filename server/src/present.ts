/** Small helpers for turning database rows into the contract's shapes. */
export const iso = (value: unknown): string => (value instanceof Date ? value : new Date(String(value))).toISOString();
export const isoOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : iso(value));

/** Keeps only the listed keys that are present: the contract allows unknown fields in some inputs; we never store them. */
export function pick<T extends object>(source: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if ((source as Record<string, unknown>)[k] !== undefined) out[k] = (source as Record<string, unknown>)[k];
  return out as Partial<T>;
}
