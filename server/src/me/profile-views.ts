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
 */
export function profileViewRoutes(app: FastifyInstance, session: (request: FastifyRequest) => Promise<MeSession>): void {
  operation(app, 'listMyProfileViews', {}, async (request, reply) => {
    const current = await session(request);
    const rows = await app.db.query<{ at: Date | string; action: string; reason: string | null; profile_id: string }>(
      `SELECT a.at, a.action, a.detail->>'reason' AS reason, p.id AS profile_id
       FROM profiles p JOIN audit_log a ON a.subject_ids @> ARRAY[p.id]
       WHERE (($1::text IS NOT NULL AND p.contact_hash = $1) OR p.id = ANY($2::text[]))
         AND a.actor <> 'self' AND a.action = ANY($3::text[])
       ORDER BY a.id DESC LIMIT ${LIMIT}`,
      [current.contactHash, current.profileId ? [current.profileId] : [], Object.keys(PROFILE_VIEW_ACTIONS)],
    );
    const items = rows.map((r) => profileViewOf({ at: iso(r.at), action: r.action, reason: r.reason }, r.profile_id)).filter((v): v is ProfileView => Boolean(v));
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, { items });
  });
}
