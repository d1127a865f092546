/**
 * Fictional seed data for Anytown Council (Cyngor Tref Unrhywle) and its
 * community partners. Shared by `InMemoryApi` and the reference server.
 *
 * Everything is computed from `now`, so open opportunities always close in the
 * future, and the same `now` always gives the same data.
 */
import type { Seed } from './contract.js';
import { createFeedback } from './feedback.js';
import { createInterests } from './interests.js';
import { createOpportunities } from './opportunities.js';
import { createProfiles } from './profiles.js';
import { createTaxonomy } from './taxonomy.js';

export type { Seed } from './contract.js';

/** The whole Anytown council, computed from `now` (default: the present moment). */
export function createSeed(now = new Date()): Seed {
  const taxonomy = createTaxonomy();
  const interests = createInterests(now);
  const opportunities = createOpportunities(now, taxonomy).map((opportunity) => {
    const mine = interests.filter((i) => i.opportunityId === opportunity.id);
    const joined = mine.filter((i) => i.status === 'joined').length;
    return {
      ...opportunity,
      // Where seed interests exist, places taken are exactly those marked "joined".
      placesTaken: mine.length > 0 ? joined : opportunity.placesTaken,
      interestCount: mine.length,
    };
  });
  const feedback = createFeedback(now);
  const profiles = createProfiles(now);
  return { taxonomy, opportunities, interests, feedback, profiles };
}
