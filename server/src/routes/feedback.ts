import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FeedbackChange, FeedbackInput, FeedbackItem, FeedbackQuery, FeedbackUpdate, FeedbackUpdateInput } from '../../../src/api/types.js';
import { audit } from '../audit.js';
import { isStaff, requireStaff } from '../auth.js';
import { newId, sha256 } from '../crypto.js';
import type { Queryable } from '../db/db.js';
import { iso, isoOrNull, operation, sendIdempotent, sendJson, type Ctx } from '../http.js';
import { decodeCursor, nextCursor } from '../paging.js';
import { conflict, invalid, notFound, ProblemError } from '../problems.js';
import { json, SqlParams } from '../sql.js';
import { actorOf, uniqueReference } from './interests.js';
import { checkTerms } from './taxonomy.js';

interface Row {
  id: string;
  reference: string;
  topic: string;
  text: string;
  name: string | null;
  reply: FeedbackItem['reply'];
  consent_to_publish: boolean;
  status: FeedbackItem['status'];
  published: boolean;
  merged_into: string | null;
  supporters: number;
  created_at: Date;
  last_updated_at: Date;
  last_answered_at: Date | null;
}

interface UpdateRow {
  id: string;
  feedback_id: string;
  kind: FeedbackUpdate['kind'];
  text: string;
  links: FeedbackUpdate['links'];
  author: string | null;
  created_at: Date;
}

const presentUpdate = (u: UpdateRow): FeedbackUpdate => ({
  id: u.id,
  kind: u.kind,
  text: u.text,
  links: u.links ?? [],
  ...(u.author ? { author: u.author } : {}),
  createdAt: iso(u.created_at),
});

/** Names and reply details are personal: only staff see them. The consent to publish promises "without your name", so the public attribution is always null. */
function present(r: Row, updates: UpdateRow[], updateCount: number, staff: boolean): FeedbackItem {
  return {
    id: r.id,
    reference: r.reference,
    topic: r.topic,
    text: r.text,
    attribution: null,
    ...(staff ? { name: r.name ?? null, reply: r.reply ?? null } : {}),
    consentToPublish: r.consent_to_publish,
    createdAt: iso(r.created_at),
    status: r.status,
    published: r.published,
    mergedInto: r.merged_into,
    supporters: r.supporters,
    updates: updates.map(presentUpdate),
    updateCount,
    lastUpdatedAt: iso(r.last_updated_at),
    lastAnsweredAt: isoOrNull(r.last_answered_at),
  };
}

const COLUMNS = 'f.id, f.reference, f.topic, f.text, f.name, f.reply, f.consent_to_publish, f.status, f.published, f.merged_into, f.supporters, f.created_at, f.last_updated_at, f.last_answered_at';

/** One item with its whole timeline, oldest first. */
async function loadItem(db: Queryable, id: string, staff: boolean, lock = false): Promise<{ row: Row; item: FeedbackItem } | undefined> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM feedback f WHERE f.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!row) return undefined;
  const updates = await db.query<UpdateRow>('SELECT * FROM feedback_updates WHERE feedback_id = $1 ORDER BY created_at ASC, seq ASC', [id]);
  return { row, item: present(row, updates, updates.length, staff) };
}

export async function insertFeedback(db: Queryable, values: { id: string; reference: string; input: FeedbackInput; status?: string; published?: boolean; mergedInto?: string | null; supporters?: number; createdAt?: string; lastUpdatedAt?: string; lastAnsweredAt?: string | null }) {
  await db.query(
    `INSERT INTO feedback (id, reference, topic, text, name, reply, consent_to_publish, status, published, merged_into, supporters, created_at, last_updated_at, last_answered_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, coalesce($12::timestamptz, now()), coalesce($13::timestamptz, now()), $14::timestamptz)`,
    [
      values.id, values.reference, values.input.topic, values.input.text, values.input.name?.trim() || null, json(values.input.reply),
      values.input.consentToPublish, values.status ?? 'received', values.published ?? false, values.mergedInto ?? null, values.supporters ?? 0,
      values.createdAt ?? null, values.lastUpdatedAt ?? null, values.lastAnsweredAt ?? null,
    ],
  );
}

export async function insertFeedbackUpdate(db: Queryable, feedbackId: string, update: FeedbackUpdateInput & { id?: string; author?: string; createdAt?: string }) {
  await db.query(
    `INSERT INTO feedback_updates (id, feedback_id, kind, text, links, author, created_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6, coalesce($7::timestamptz, now()))`,
    [update.id ?? newId(), feedbackId, update.kind, update.text, json(update.links ?? []), update.author ?? null, update.createdAt ?? null],
  );
}

export function feedbackRoutes(app: FastifyInstance, ctx: Ctx): void {
  const idOf = (request: FastifyRequest) => (request.params as { feedbackId: string }).feedbackId;
  // No `title` claim, no author: the contract makes it optional, and a made-up English name
  // would show untranslated on Welsh timelines.
  const authorOf = (request: FastifyRequest): string | undefined => {
    const title = request.principal.kind === 'jwt' ? request.principal.claims.title : undefined;
    return typeof title === 'string' && title.trim() ? title.trim().slice(0, 200) : undefined;
  };

  operation(app, ctx, 'listFeedback', {}, async (request, reply) => {
    const query = request.query as FeedbackQuery;
    const includeAll = query.include === 'all';
    if (includeAll || request.principal.kind === 'invalid') {
      if (request.principal.kind === 'invalid') requireStaff(request.principal);
      if (!isStaff(request.principal)) throw new ProblemError(403, 'Only staff can see feedback that is not published.');
    }
    const staff = isStaff(request.principal);
    const sql = new SqlParams();
    const where = includeAll ? ['true'] : ['f.published', 'f.merged_into IS NULL'];
    if (query.q?.trim()) where.push(`f.search @@ websearch_to_tsquery('english', ${sql.param(query.q)})`);
    if (query.topic) where.push(`f.topic = ${sql.param(query.topic)}`);
    if (query.status?.length) where.push(`f.status = ANY(${sql.param(query.status)}::text[])`);
    const orders: Record<string, string> = {
      newest: 'f.created_at DESC, f.id ASC',
      updated: 'f.last_updated_at DESC, f.id ASC',
      oldest_unanswered: '(f.last_answered_at IS NULL) DESC, coalesce(f.last_answered_at, f.created_at) ASC, f.id ASC',
      most_supported: 'f.supporters DESC, f.created_at DESC, f.id ASC',
    };
    const order = orders[query.sort ?? 'newest'] ?? orders.newest;
    const filters = { ...query, cursor: undefined, limit: undefined };
    const offset = decodeCursor(query.cursor, filters);
    const limit = query.limit ?? 20;
    const whereSql = where.join(' AND ');
    const [count] = await ctx.db.query<{ total: number }>(`SELECT count(*)::int AS total FROM feedback f WHERE ${whereSql}`, sql.values);
    const total = count?.total ?? 0;
    const rows = await ctx.db.query<Row>(`SELECT ${COLUMNS} FROM feedback f WHERE ${whereSql} ORDER BY ${order} LIMIT ${sql.param(limit)} OFFSET ${sql.param(offset)}`, sql.values);
    const ids = rows.map((r) => r.id);
    const latest = ids.length
      ? await ctx.db.query<UpdateRow & { update_count: number }>(
          `SELECT DISTINCT ON (u.feedback_id) u.*, count(*) OVER (PARTITION BY u.feedback_id)::int AS update_count
           FROM feedback_updates u WHERE u.feedback_id = ANY($1::text[]) ORDER BY u.feedback_id, u.created_at DESC, u.seq DESC`,
          [ids],
        )
      : [];
    const byItem = new Map(latest.map((u) => [u.feedback_id, u]));
    if (staff) await audit(ctx.db, actorOf(request), 'listFeedback', ids, { include: query.include ?? 'published' });
    return sendJson(reply, 200, {
      items: rows.map((r) => {
        const u = byItem.get(r.id);
        return present(r, u ? [u] : [], u?.update_count ?? 0, staff);
      }),
      total,
      nextCursor: nextCursor(offset, rows.length, total, filters),
    });
  });

  operation(app, ctx, 'getFeedback', {}, async (request, reply) => {
    const staff = isStaff(request.principal);
    const found = await loadItem(ctx.db, idOf(request), staff);
    if (!found || (!staff && !found.row.published)) throw notFound('There is no published feedback with that id.');
    if (staff) await audit(ctx.db, actorOf(request), 'getFeedback', [found.row.id]);
    return sendJson(reply, 200, found.item);
  });

  operation(app, ctx, 'createFeedback', { rateLimited: true }, async (request, reply) => {
    const input = request.body as FeedbackInput;
    return sendIdempotent(ctx, request, reply, async (tx) => {
      await checkTerms(tx, [{ field: 'topic', kind: 'topic', id: input.topic }]);
      const id = newId();
      const reference = await uniqueReference(tx, 'feedback', 'FB');
      await insertFeedback(tx, { id, reference, input });
      const [row] = await tx.query<{ created_at: Date }>('SELECT created_at FROM feedback WHERE id = $1', [id]);
      return {
        status: 201,
        body: { id, reference, status: 'received', createdAt: iso(row!.created_at), respondWithinDays: ctx.respondWithinDays.feedback },
      };
    });
  });

  operation(app, ctx, 'supportFeedback', { rateLimited: true }, async (request, reply) => {
    const { supporterKey } = request.body as { supporterKey: string };
    return sendIdempotent(ctx, request, reply, async (tx) => {
      const [item] = await tx.query<{ id: string; published: boolean; merged_into: string | null }>('SELECT id, published, merged_into FROM feedback WHERE id = $1', [idOf(request)]);
      if (!item || !item.published) throw notFound('There is no published feedback with that id.');
      // Saying "me too" on an item that was merged counts on the item it was merged into.
      const targetId = item.merged_into ?? item.id;
      const added = await tx.query(
        'INSERT INTO feedback_supporters (feedback_id, key_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING feedback_id',
        [targetId, sha256(supporterKey)],
      );
      const [row] = await tx.query<{ supporters: number }>(
        `UPDATE feedback SET supporters = supporters + $2 WHERE id = $1 RETURNING supporters`,
        [targetId, added.length],
      );
      return { status: 200, body: { supporters: row!.supporters, counted: added.length > 0 } };
    });
  });

  operation(app, ctx, 'updateFeedback', { access: 'staff' }, async (request, reply) => {
    const change = request.body as FeedbackChange;
    const item = await ctx.db.transaction(async (tx) => {
      const found = await loadItem(tx, idOf(request), true, true);
      if (!found) throw notFound('There is no feedback with that id.');
      if (change.published && !found.row.consent_to_publish) {
        throw invalid([{ field: 'published', code: 'no_consent', message: 'This cannot be published: the person who gave it did not agree to that.' }]);
      }
      if (change.topic) await checkTerms(tx, [{ field: 'topic', kind: 'topic', id: change.topic }]);
      await tx.query(
        `UPDATE feedback SET status = coalesce($2, status), published = coalesce($3, published), topic = coalesce($4, topic), last_updated_at = now() WHERE id = $1`,
        [found.row.id, change.status ?? null, change.published ?? null, change.topic ?? null],
      );
      await audit(tx, actorOf(request), 'updateFeedback', [found.row.id]);
      return (await loadItem(tx, found.row.id, true))!.item;
    });
    return sendJson(reply, 200, item);
  });

  operation(app, ctx, 'addFeedbackUpdate', { access: 'staff' }, async (request, reply) => {
    const input = request.body as FeedbackUpdateInput;
    return sendIdempotent(ctx, request, reply, async (tx) => {
      const found = await loadItem(tx, idOf(request), true, true);
      if (!found) throw notFound('There is no feedback with that id.');
      if (found.row.merged_into) throw conflict(`This item was merged into another. Add the update there (id ${found.row.merged_into}).`);
      await insertFeedbackUpdate(tx, found.row.id, { kind: input.kind, text: input.text, links: input.links ?? [], author: authorOf(request) });
      const status = input.kind === 'changed' || input.kind === 'not_changed' ? input.kind : null;
      await tx.query('UPDATE feedback SET status = coalesce($2, status), last_updated_at = now(), last_answered_at = now() WHERE id = $1', [found.row.id, status]);
      await audit(tx, actorOf(request), 'addFeedbackUpdate', [found.row.id]);
      return { status: 201, body: (await loadItem(tx, found.row.id, true))!.item };
    });
  });

  operation(app, ctx, 'mergeFeedback', { access: 'staff' }, async (request, reply) => {
    const { intoId } = request.body as { intoId: string };
    const id = idOf(request);
    if (intoId === id) throw invalid([{ field: 'intoId', code: 'same_item', message: 'Choose a different item to merge this one into.' }]);
    return sendIdempotent(ctx, request, reply, async (tx) => {
      // Lock both rows in id order, so two opposite merges cannot deadlock.
      const rows = await tx.query<Row>(`SELECT ${COLUMNS} FROM feedback f WHERE f.id = ANY($1::text[]) ORDER BY f.id FOR UPDATE`, [[id, intoId]]);
      const source = rows.find((r) => r.id === id);
      const target = rows.find((r) => r.id === intoId);
      if (!source) throw notFound('There is no feedback with that id.');
      if (!target) throw invalid([{ field: 'intoId', code: 'not_found', message: 'There is no feedback item with that id to merge into.' }]);
      if (source.merged_into) throw conflict('This item was already merged into another.');
      if (target.merged_into) throw conflict('The item to merge into was itself merged into another. Merge into that one instead.');
      await tx.query('UPDATE feedback SET merged_into = $2, last_updated_at = now() WHERE id = $1', [id, intoId]);
      await tx.query('UPDATE feedback SET supporters = supporters + $2, last_updated_at = now() WHERE id = $1', [intoId, source.supporters + 1]);
      await audit(tx, actorOf(request), 'mergeFeedback', [id, intoId]);
      return { status: 200, body: (await loadItem(tx, intoId, true))!.item };
    });
  });
}
