import type { FeedbackItem, Interest, Opportunity, Profile, Taxonomy } from '../types.js';

/**
 * Fictional seed data shared by `InMemoryApi` and the reference server, so that
 * Storybook, unit tests and the demo show the same council.
 *
 * Dates are relative to `now` so that closing dates stay in the future.
 */
export interface Seed {
  taxonomy: Taxonomy;
  opportunities: Opportunity[];
  /** Expressions of interest, with their staff status. */
  interests: Interest[];
  /** Every item carries its full `updates` timeline, oldest first. */
  feedback: FeedbackItem[];
  /** Edit tokens of seed profiles are not published; staff can read them. */
  profiles: Profile[];
}

export type CreateSeed = (now?: Date) => Seed;
