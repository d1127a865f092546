/**
 * The parts of a one page profile, in the contract's order (`ProfileInput`), and which of them a
 * change touched. One list for the server (what it stores, audits and tells the person) and
 * `InMemoryApi` (what it audits), so both name the same parts in the same order.
 */
import type { ProfileInput } from './types.js';

/**
 * Every part of `ProfileInput` a profile keeps. `messages` is not one: it is the page's language
 * and reading level sent with each save, a guess for the person's message preferences.
 */
export const PROFILE_PARTS = [
  'name', 'picture', 'importantToMe', 'experience', 'networks', 'howToHelp', 'contact', 'topics', 'otherTopics', 'skills',
  'availability', 'trainingWanted', 'consent', 'invitations',
] as const satisfies readonly (keyof ProfileInput)[];

export type ProfilePart = (typeof PROFILE_PARTS)[number];

/** The parts a change touched (names only, never values: they go to the audit trail and the person's message). */
export const changedParts = (before: Partial<ProfileInput>, after: Partial<ProfileInput>): ProfilePart[] =>
  PROFILE_PARTS.filter((part) => JSON.stringify(before[part] ?? null) !== JSON.stringify(after[part] ?? null));
