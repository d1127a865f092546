/**
 * Adapters for the staff widgets' named states and tests. They wrap a real `InMemoryApi`
 * so a state shows realistic data and can still hold one kind of call pending or failing.
 */
import type { CoprodApi } from '../../api/api.js';
import type { ApiErrorKind } from '../../api/errors.js';
import { InMemoryApi } from '../../api/in-memory.js';
import { flakyApi, neverSettlingApi, scriptedError, type FlakyApi } from '../../api/scripted-adapters.js';

/** A fixed "now" (a Tuesday) so waiting times and dates never change between runs. */
export const STAFF_NOW = new Date('2026-11-24T10:00:00Z');

/** Stands for a signed-in member of staff in states and tests. */
export const STAFF_TOKEN = 'staff-token-for-previews';

export function staffApi(options: { empty?: boolean } = {}): InMemoryApi {
  return new InMemoryApi({ now: STAFF_NOW, ...(options.empty ? { seed: 'empty' as const } : {}) });
}

/** Records every call (and answers from `inner`), to show that a state made none. */
export function recordingApi(inner: CoprodApi = staffApi()): FlakyApi {
  return flakyApi(inner, { failures: 0 });
}

/** `inner`, except that the named methods never answer (the "saving" states). */
export function pendingOn(inner: CoprodApi, methods: readonly (keyof CoprodApi)[]): CoprodApi {
  const pending = neverSettlingApi();
  return new Proxy(inner, {
    get(target, key, receiver) {
      if (methods.includes(key as keyof CoprodApi)) return pending[key as keyof CoprodApi];
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** `inner`, except that the named methods reject with an `ApiError` of `kind`. */
export function failingOn(inner: CoprodApi, methods: readonly (keyof CoprodApi)[], kind: ApiErrorKind): CoprodApi {
  return new Proxy(inner, {
    get(target, key, receiver) {
      if (methods.includes(key as keyof CoprodApi)) return async () => Promise.reject(scriptedError(kind));
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
