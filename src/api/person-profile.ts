/**
 * The one profile that stands for a person who has several (the same address used twice): the
 * one with their equality answers, else the most recently changed. The server writes the same
 * order in SQL (server/src/me/repository.ts personProfileIn); the in-memory adapter uses this.
 * One rule for everything about "you" that needs one profile: the equality answers (issue 17,
 * in-memory-equality.ts), "may suit you" (issue 18, in-memory-people.ts) and the name on the
 * person's own record (issue 16, in-memory.ts). server/test/person-profile.test.ts holds the
 * adapter and the server to the same answer.
 */
import { personOf } from './in-memory-pay-support.js';
import type { Id, Profile } from './types.js';

export const personProfile = <P extends { id: string; updatedAt: string }>(profiles: readonly P[], answered: (id: string) => boolean): P | undefined =>
  [...profiles].sort((a, b) => Number(answered(b.id)) - Number(answered(a.id)) || (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1))[0];

/**
 * The profile that stands for whoever signed in to `signedIn`: among that profile and every other
 * with its address (the server's session covers the address's hash), by the rule above.
 * Undefined when the signed-in profile is gone.
 */
export function personProfileOf(profiles: readonly Profile[], signedIn: Id | undefined, answered: (id: string) => boolean): Profile | undefined {
  const me = signedIn === undefined ? undefined : profiles.find((p) => p.id === signedIn);
  if (!me) return undefined;
  const person = personOf(me.contact);
  return personProfile(
    profiles.filter((p) => p.id === me.id || personOf(p.contact) === person),
    answered,
  );
}
