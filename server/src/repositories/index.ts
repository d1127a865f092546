import type { Queryable } from '../db/db.js';
import { audit } from './audit.js';
import { feedbackRepository } from './feedback.js';
import { interestRepository } from './interests.js';
import { messageRepository } from './messages.js';
import { opportunityRepository } from './opportunities.js';
import { placesRepository } from './places.js';
import { profileRepository } from './profiles.js';
import { uniqueReference } from './references.js';
import { taxonomyRepository } from './taxonomy.js';

/**
 * Every repository over one connection or transaction. Repositories own all SQL; route
 * plugins call them with `app.repos` (the pool) or with the `tx` of a transaction, so the
 * work of several repositories commits together.
 */
export function repositories(db: Queryable) {
  return {
    opportunities: opportunityRepository(db),
    interests: interestRepository(db),
    feedback: feedbackRepository(db),
    profiles: profileRepository(db),
    taxonomy: taxonomyRepository(db),
    messages: messageRepository(db),
    /** Records a staff read or change of personal data. */
    audit: (actor: string, action: string, ids: string[], detail?: Record<string, unknown>) => audit(db, actor, action, ids, detail),
    uniqueReference: (table: 'interests' | 'feedback', prefix: string) => uniqueReference(db, table, prefix),
    places: placesRepository(db),
  };
}

export type Repositories = ReturnType<typeof repositories>;
