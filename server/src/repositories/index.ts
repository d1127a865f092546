import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { attendanceRepository } from './attendance.js';
import { audit } from './audit.js';
import { claimRepository, type ClaimSettings } from './claims.js';
import { feedbackRepository } from './feedback.js';
import { interestRepository } from './interests.js';
import { messageRepository } from './messages.js';
import { missingSessionRepository } from './missing-sessions.js';
import { opportunityRepository } from './opportunities.js';
import { placesRepository } from './places.js';
import { profileRepository } from './profiles.js';
import { receiptRepository } from './receipts.js';
import { uniqueReference } from './references.js';
import { taxonomyRepository } from './taxonomy.js';

/**
 * Every repository over one connection or transaction. Repositories own all SQL; route
 * plugins call them with `app.repos` (the pool) or with the `tx` of a transaction, so the
 * work of several repositories commits together. `keys` seal contact details and names on
 * the way in and open them on the way out (server/src/contacts.ts): no SQL outside a
 * repository reads them.
 */
export function repositories(db: Queryable, keys: ContactKeys, pay?: ClaimSettings) {
  return {
    opportunities: opportunityRepository(db),
    interests: interestRepository(db, keys),
    feedback: feedbackRepository(db, keys),
    profiles: profileRepository(db, keys),
    taxonomy: taxonomyRepository(db),
    messages: messageRepository(db, keys),
    /** Records a staff read or change of personal data. */
    audit: (actor: string, action: string, ids: string[], detail?: Record<string, unknown>) => audit(db, actor, action, ids, detail),
    uniqueReference: (table: 'interests' | 'feedback', prefix: string) => uniqueReference(db, table, prefix),
    places: placesRepository(db),
    attendance: attendanceRepository(db, keys),
    claims: claimRepository(db, keys, pay),
    receipts: receiptRepository(db),
    missingSessions: missingSessionRepository(db, keys),
  };
}

export type Repositories = ReturnType<typeof repositories>;
