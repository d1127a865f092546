import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PROFILE_VIEW_ACTIONS, profileViewOf } from '../../../src/api/audit.js';
import type { ProfileView } from '../../../src/api/types.js';
import { operation, sendJson } from '../http.js';
import { iso } from '../present.js';
import type { MeSession } from './sign-in.js';

const LIMIT = 100;

/**
 * "Who looked at my profile" (issue 20): when staff opened, corrected or deleted one of the
 * signed-in person's profiles, from the audit trail (`subject_ids @> {id}`, which the GIN index
 * of migration 130 answers). Never which member of staff, and not a profile among others in a list.
 * The person's profiles are those with their contact hash now, and those staff deleted
 * (`profile_deletions`, migration 180: a deleted profile's row is gone). `organisation` is the
 * ORGANISATION_NAME setting, for the wording ("Anytown Council looked at your profile").
 */
export function profileViewRoutes(app: FastifyInstance, session: (request: FastifyRequest) => Promise<MeSession>, organisation: string | null): void {
  operation(app, 'listMyProfileViews', {}, async (request, reply) => {
    const current = await session(request);
    const rows = await app.db.query<{ at: Date | string; action: string; reason: string | null; profile_id: string }>(
      `WITH mine AS (
         SELECT p.id FROM profiles p WHERE ($1::text IS NOT NULL AND p.contact_hash = $1) OR p.id = ANY($2::text[])
         UNION SELECT d.profile_id FROM profile_deletions d WHERE $1::text IS NOT NULL AND d.contact_hash = $1
       )
       SELECT a.at, a.action, a.detail->>'reason' AS reason, m.id AS profile_id
       FROM mine m JOIN audit_log a ON a.subject_ids @> ARRAY[m.id]
       WHERE a.actor <> 'self' AND a.action = ANY($3::text[])
       ORDER BY a.id DESC LIMIT ${LIMIT}`,
      [current.contactHash, current.profileId ? [current.profileId] : [], Object.keys(PROFILE_VIEW_ACTIONS)],
    );
    const items = rows.map((r) => profileViewOf({ at: iso(r.at), action: r.action, reason: r.reason }, r.profile_id)).filter((v): v is ProfileView => Boolean(v));
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, { organisation, items });
  });
}
