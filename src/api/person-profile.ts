/**
 * The one profile that stands for a person who has several (the same address used twice): the
 * one with their equality answers, else the most recently changed. The server writes the same
 * order in SQL (server/src/me/repository.ts personProfileIn); the in-memory adapter uses this.
 * One rule for everything about "you" that needs one profile: the equality answers (issue 17),
 * "may suit you" (issue 18) and the name on the person's own record (issue 16).
 */
export const personProfile = <P extends { id: string; updatedAt: string }>(profiles: readonly P[], answered: (id: string) => boolean): P | undefined =>
  [...profiles].sort((a, b) => Number(answered(b.id)) - Number(answered(a.id)) || (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1))[0];
