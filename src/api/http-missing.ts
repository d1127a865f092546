/** "I came but I am not on the list" over HTTP (`MissingSessionCalls`, issue 16): reports are versioned by when they last changed. */
import type { MissingSessionCalls } from './api.js';
import { route, type Operations, type Send } from './http-transport.js';
import { meSpec, updatedVersion, updateSpec } from './http-write.js';
import type { MissingSession, MyMissingSessions } from './types.js';

const operations = {
  listMyMissingSessions: ['GET', '/me/missing-sessions'],
  reportMissingSession: ['POST', '/me/missing-sessions'],
  listMissingSessions: ['GET', '/missing-sessions'],
  resolveMissingSession: ['PATCH', '/missing-sessions/{missingSessionId}'],
} as const satisfies Operations<MissingSessionCalls>;

export const missingSessionCalls = (send: Send): MissingSessionCalls => {
  const call = route(send, operations);
  return {
    listMyMissingSessions: async (options) => {
      const mine = await call<MyMissingSessions>('listMyMissingSessions', meSpec(options));
      mine.items.forEach(updatedVersion);
      return mine;
    },
    reportMissingSession: async (input, options) => updatedVersion(await call<MissingSession>('reportMissingSession', { body: input, ...meSpec(options), idempotencyKey: options.idempotencyKey })),
    listMissingSessions: async (query, options) => (await call<{ items: MissingSession[] }>('listMissingSessions', { query, signal: options?.signal })).items.map(updatedVersion),
    resolveMissingSession: async (id, decision, options) => updatedVersion(await call<MissingSession>('resolveMissingSession', { params: { missingSessionId: id }, body: decision, ...updateSpec(options) })),
  };
};
