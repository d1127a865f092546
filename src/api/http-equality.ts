/** Who is taking part over HTTP (`EqualityCalls`, issue 17): the person's own answers, and staff's counts. */
import type { EqualityCalls } from './api.js';
import { meSpec, type Send } from './http-transport.js';

export const equalityCalls = (call: Send): EqualityCalls => ({
  getMyEquality: (options) => call('getMyEquality', meSpec(options)),
  saveMyEquality: (answers, options) => call('saveMyEquality', { body: answers, ...meSpec(options) }),
  deleteMyEquality: async (options) => {
    await call<undefined>('deleteMyEquality', meSpec(options));
  },
  getEqualityReach: (options) => call('getEqualityReach', { signal: options?.signal }),
});
