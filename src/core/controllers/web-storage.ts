/**
 * Best-effort Web Storage: storage can be missing or full (private browsing, quota, a
 * sandboxed frame), and what it holds may be anything. No call here throws.
 */
export type StorageArea = 'session' | 'local';

function area(kind: StorageArea): Storage | undefined {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The parsed value under `key`, or undefined when there is none or it is not JSON. */
export function readStored(kind: StorageArea, key: string): unknown {
  try {
    const text = area(kind)?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `value` as JSON; false when storage refused it (missing or full). */
export function writeStored(kind: StorageArea, key: string, value: unknown): boolean {
  try {
    const store = area(kind);
    if (!store) return false;
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(kind: StorageArea, key: string): void {
  try {
    area(kind)?.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}

/** Every key in one storage area (none when it is missing). */
export function storedKeys(kind: StorageArea): string[] {
  try {
    const store = area(kind);
    if (!store) return [];
    return Array.from({ length: store.length }, (_, index) => store.key(index)).filter((key): key is string => key !== null);
  } catch {
    return [];
  }
}
