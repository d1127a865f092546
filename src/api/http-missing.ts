/** "I came but I am not on the list" over HTTP (`MissingSessionCalls`, issue 16): reports are versioned by when they last changed. */
import type { MissingSessionCalls } from './api.js';
import { meSpec, updatedVersion, updateSpec, type Send } from './http-transport.js';
import type { MissingSession, MyMissingSessions } from './types.js';

export const missingSessionCalls = (call: Send): MissingSessionCalls => ({
  listMyMissingSessions: async (options) => {
    const mine = await call<MyMissingSessions>('listMyMissingSessions', meSpec(options));
    mine.items.forEach(updatedVersion);
    return mine;
  },
  reportMissingSession: async (input, options) => updatedVersion(await call<MissingSession>('reportMissingSession', { body: input, ...meSpec(options), idempotencyKey: options.idempotencyKey })),
  listMissingSessions: async (query, options) => (await call<{ items: MissingSession[] }>('listMissingSessions', { query, signal: options?.signal })).items.map(updatedVersion),
  resolveMissingSession: async (id, decision, options) => updatedVersion(await call<MissingSession>('resolveMissingSession', { params: { missingSessionId: id }, body: decision, ...updateSpec(options) })),
});
