import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Profile, ProfileInput, ProfileQuery } from '../../../src/api/types.js';
import { audit } from '../audit.js';
import { isStaff, type Principal } from '../auth.js';
import { newId, newToken, sha256 } from '../crypto.js';
import type { Queryable } from '../db/db.js';
import { etagOf, matches } from '../etag.js';
import { iso, operation, pick, sendIdempotent, sendJson, type Ctx } from '../http.js';
import { decodeCursor, nextCursor } from '../paging.js';
import { forbidden, notFound, ProblemError, unauthorized } from '../problems.js';
import { json, likeEscape, SqlParams } from '../sql.js';
import { actorOf } from './interests.js';

export const PROFILE_FIELDS = [
  'name', 'picture', 'importantToMe', 'experience', 'networks', 'howToHelp', 'contact', 'topics', 'otherTopics', 'skills',
  'availability', 'trainingWanted', 'consent',
] as const;

// A profile may carry a picture of up to 1 MB as a data URL.
export const PROFILE_BODY_LIMIT = 2 * 1024 * 1024;

interface Row {
  id: string;
  doc: ProfileInput;
  edit_token_hash: string;
  owner_sub: string | null;
  created_at: Date;
  updated_at: Date;
}

const present = (r: Row): Profile => ({ ...r.doc, id: r.id, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at) });

export async function insertProfile(db: Queryable, values: { id: string; input: ProfileInput; editToken: string; ownerSub?: string | null; createdAt?: string; updatedAt?: string }) {
  const doc = pick(values.input, PROFILE_FIELDS);
  await db.query(
    `INSERT INTO profiles (id, doc, topics, skills, edit_token_hash, owner_sub, created_at, updated_at)
     VALUES ($1, $2::jsonb, $3::text[], $4::text[], $5, $6, coalesce($7::timestamptz, now()), coalesce($8::timestamptz, now()))`,
    [values.id, json(doc), doc.topics ?? [], doc.skills ?? [], sha256(values.editToken), values.ownerSub ?? null, values.createdAt ?? null, values.updatedAt ?? null],
  );
}

type Access = 'owner' | 'staff';

/** The edit token, the owner's sign-in, or (for reading) staff; 401 without a token, 403 with the wrong one. */
function accessTo(row: Row | undefined, principal: Principal, allowStaff: boolean): Access {
  if (principal.kind === 'anonymous') throw unauthorized('Send the profile\'s edit token, or sign in, to reach this profile.');
  if (principal.kind === 'invalid') throw unauthorized(principal.reason);
  if (!row) throw notFound('There is no profile with that id.');
  if (principal.kind === 'token') {
    const given = Buffer.from(sha256(principal.token));
    const stored = Buffer.from(row.edit_token_hash);
    if (given.length === stored.length && timingSafeEqual(given, stored)) return 'owner';
    throw forbidden('That edit token is not for this profile.');
  }
  if (row.owner_sub && row.owner_sub === principal.sub) return 'owner';
  if (allowStaff && isStaff(principal)) return 'staff';
  throw forbidden('This profile belongs to someone else.');
}

async function find(db: Queryable, id: string, lock = false): Promise<Row | undefined> {
  const [row] = await db.query<Row>(`SELECT * FROM profiles WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return row;
}

export function profileRoutes(app: FastifyInstance, ctx: Ctx): void {
  const idOf = (request: FastifyRequest) => (request.params as { profileId: string }).profileId;

  operation(app, ctx, 'createProfile', { rateLimited: true, bodyLimit: PROFILE_BODY_LIMIT }, async (request, reply) => {
    const input = request.body as ProfileInput;
    if (request.principal.kind === 'invalid') throw unauthorized(request.principal.reason);
    const ownerSub = request.principal.kind === 'jwt' ? request.principal.sub : null;
    return sendIdempotent(ctx, request, reply, async (tx) => {
      const id = newId();
      const editToken = newToken();
      await insertProfile(tx, { id, input, editToken, ownerSub });
      const row = await find(tx, id);
      return { status: 201, body: { profile: present(row!), editToken }, headers: { location: `/api/v1/profiles/${id}` } };
    });
  });

  operation(app, ctx, 'getProfile', {}, async (request, reply) => {
    const row = await find(ctx.db, idOf(request));
    const access = accessTo(row, request.principal, true);
    if (access === 'staff') await audit(ctx.db, actorOf(request), 'getProfile', [row!.id]);
    return sendJson(reply, 200, present(row!));
  });

  operation(app, ctx, 'updateProfile', { bodyLimit: PROFILE_BODY_LIMIT }, async (request, reply) => {
    const input = request.body as ProfileInput;
    const ifMatch = request.headers['if-match'];
    const updated = await ctx.db.transaction(async (tx) => {
      const row = await find(tx, idOf(request), true);
      // Staff correct a profile when the person asks them to; every correction is audited.
      const access = accessTo(row, request.principal, true);
      if (access === 'staff') await audit(tx, actorOf(request), 'updateProfile', [row!.id]);
      if (ifMatch && !matches(ifMatch, etagOf(JSON.stringify(present(row!))))) {
        throw new ProblemError(412, 'This profile was changed somewhere else since you opened it. Reload it, then make your change again.');
      }
      const doc = pick(input, PROFILE_FIELDS);
      const [saved] = await tx.query<Row>(
        // contact_hash NULL: the contact details may have changed; the sign-in index fills it again.
        'UPDATE profiles SET doc = $2::jsonb, topics = $3::text[], skills = $4::text[], contact_hash = NULL, updated_at = now() WHERE id = $1 RETURNING *',
        [row!.id, json(doc), doc.topics ?? [], doc.skills ?? []],
      );
      return saved!;
    });
    return sendJson(reply, 200, present(updated));
  });

  operation(app, ctx, 'deleteProfile', {}, async (request, reply) => {
    await ctx.db.transaction(async (tx) => {
      const row = await find(tx, idOf(request), true);
      const access = accessTo(row, request.principal, true);
      if (access === 'staff') await audit(tx, actorOf(request), 'deleteProfile', [row!.id]);
      await tx.query('DELETE FROM profiles WHERE id = $1', [row!.id]);
      await tx.query('DELETE FROM idempotency_keys WHERE subject_id = $1', [row!.id]);
      await tx.query('DELETE FROM me_sessions WHERE profile_id = $1', [row!.id]);
    });
    return reply.code(204).send();
  });

  operation(app, ctx, 'listProfiles', { access: 'staff' }, async (request, reply) => {
    const query = request.query as ProfileQuery;
    const sql = new SqlParams();
    const where: string[] = ['true'];
    if (query.topic) where.push(`${sql.param(query.topic)} = ANY(topics)`);
    if (query.skill?.trim()) where.push(`EXISTS (SELECT 1 FROM unnest(skills) s WHERE s ILIKE ${sql.param(`%${likeEscape(query.skill.trim())}%`)})`);
    const filters = { topic: query.topic, skill: query.skill };
    const offset = decodeCursor(query.cursor, filters);
    const limit = query.limit ?? 20;
    const whereSql = where.join(' AND ');
    const [count] = await ctx.db.query<{ total: number }>(`SELECT count(*)::int AS total FROM profiles WHERE ${whereSql}`, sql.values);
    const total = count?.total ?? 0;
    const rows = await ctx.db.query<Row>(
      `SELECT * FROM profiles WHERE ${whereSql} ORDER BY created_at DESC, id ASC LIMIT ${sql.param(limit)} OFFSET ${sql.param(offset)}`,
      sql.values,
    );
    await audit(ctx.db, actorOf(request), 'listProfiles', rows.map((r) => r.id), { topic: query.topic ?? null, skill: query.skill ?? null });
    return sendJson(reply, 200, { items: rows.map(present), total, nextCursor: nextCursor(offset, rows.length, total, filters) });
  });
}
