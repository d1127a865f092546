import type { CoprodApi } from '../../src/api/api.js';
import { ApiError } from '../../src/api/errors.js';

/** The first call of `method` reaches the adapter, but its reply is lost on the way back (a network error). */
export function lostReply(inner: CoprodApi, method: keyof CoprodApi): CoprodApi & { keys: (string | undefined)[] } {
  const keys: (string | undefined)[] = [];
  let lost = false;
  const api = new Proxy(inner, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key !== method || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        keys.push((args.at(-1) as { idempotencyKey?: string } | undefined)?.idempotencyKey);
        const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (lost) return result;
        lost = true;
        throw new ApiError('network', 'The connection dropped.');
      };
    },
  });
  return Object.assign(api, { keys });
}
