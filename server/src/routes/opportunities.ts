import type { FastifyInstance } from 'fastify';
import type { Opportunity, OpportunityInput, OpportunityQuery } from '../../../src/api/types.js';
import { isStaff, requireStaff } from '../auth.js';
import { newId } from '../crypto.js';
import type { Queryable } from '../db/db.js';
import { etagOf, matches } from '../etag.js';
import { iso, isoOrNull, operation, pick, sendIdempotent, sendJson, type Ctx } from '../http.js';
import { decodeCursor, nextCursor } from '../paging.js';
import { notFound, ProblemError } from '../problems.js';
import { json, SqlParams } from '../sql.js';
import { checkTerms } from './taxonomy.js';

/** Today's date in the UK, as SQL (the same on PGlite and PostgreSQL). */
export const UK_TODAY = `(now() AT TIME ZONE 'Europe/London')::date`;

export const OPPORTUNITY_FIELDS = [
  'title', 'summary', 'description', 'easyReadSummary', 'experienceNeeded', 'skills', 'timeCommitment', 'when', 'where',
  'howToGetInvolved', 'closingDate', 'topics', 'organisationId', 'accessibility', 'supportOffered', 'payment', 'places',
  'contact', 'status', 'translations',
] as const;

/** An opportunity's own columns, with its organisation and area named (`o` is the opportunity). */
const COLUMNS = `o.id, o.doc, o.created_at, o.updated_at, o.published_at,
    coalesce(
      (SELECT jsonb_build_object('id', t.id, 'name', t.name) FROM terms t WHERE t.kind = 'organisation' AND t.id = o.organisation_id),
      jsonb_build_object('id', o.organisation_id, 'name', jsonb_build_object('en', o.organisation_id))
    ) AS organisation,
    (SELECT jsonb_build_object('id', t.id, 'name', t.name) FROM terms t WHERE t.kind = 'area' AND t.id = o.area_id) AS area`;

const SELECT = `
  SELECT ${COLUMNS},
    (SELECT count(*)::int FROM interests i WHERE i.opportunity_id = o.id AND i.status = 'joined') AS places_taken,
    (SELECT count(*)::int FROM interests i WHERE i.opportunity_id = o.id) AS interest_count
  FROM opportunities o`;

interface Row {
  id: string;
  doc: OpportunityInput;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
  organisation: Opportunity['organisation'];
  area: Opportunity['area'];
  places_taken: number;
  interest_count: number;
}

function present(row: Row, staff: boolean): Opportunity {
  return {
    ...row.doc,
    id: row.id,
    organisation: row.organisation,
    area: row.area ?? null,
    placesTaken: row.places_taken,
    ...(staff ? { interestCount: row.interest_count } : {}),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    publishedAt: isoOrNull(row.published_at),
  };
}

export async function findOpportunity(db: Queryable, id: string): Promise<Row | undefined> {
  const [row] = await db.query<Row>(`${SELECT} WHERE o.id = $1`, [id]);
  return row;
}

/** The columns copied out of the brief for filtering and sorting. */
function columns(input: OpportunityInput) {
  return {
    status: input.status,
    organisationId: input.organisationId,
    areaId: input.where.areaId ?? null,
    topics: input.topics,
    modes: input.where.modes,
    paid: input.payment.type === 'paid',
    closingDate: input.closingDate ?? null,
  };
}

async function checkOpportunityTerms(db: Queryable, input: OpportunityInput) {
  await checkTerms(db, [
    { field: 'organisationId', kind: 'organisation', id: input.organisationId },
    ...(input.where.areaId ? [{ field: 'where.areaId', kind: 'area' as const, id: input.where.areaId }] : []),
    ...input.topics.map((id, i) => ({ field: `topics.${i}`, kind: 'topic' as const, id })),
  ]);
}

export async function insertOpportunity(db: Queryable, id: string, input: OpportunityInput, times: { createdAt?: string; updatedAt?: string; publishedAt?: string | null } = {}) {
  const c = columns(input);
  const doc = pick(input, OPPORTUNITY_FIELDS);
  await db.query(
    `INSERT INTO opportunities (id, status, organisation_id, area_id, topics, modes, paid, closing_date, doc, created_at, updated_at, published_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7, $8::date, $9::jsonb, coalesce($10::timestamptz, now()), coalesce($11::timestamptz, now()),
       CASE WHEN $12::boolean THEN $13::timestamptz WHEN $2 = 'open' THEN now() END)`,
    [id, c.status, c.organisationId, c.areaId, c.topics, c.modes, c.paid, c.closingDate, json(doc), times.createdAt ?? null, times.updatedAt ?? null, 'publishedAt' in times, times.publishedAt ?? null],
  );
}

export function opportunityRoutes(app: FastifyInstance, ctx: Ctx): void {
  operation(app, ctx, 'listOpportunities', {}, async (request, reply) => {
    const query = request.query as OpportunityQuery;
    const statuses = query.status?.length ? query.status : ['open'];
    if (statuses.some((s) => s !== 'open')) {
      if (request.principal.kind === 'invalid') requireStaff(request.principal);
      if (!isStaff(request.principal)) throw new ProblemError(403, 'Only staff can see opportunities that are not open.');
    }
    const staff = isStaff(request.principal);
    const sql = new SqlParams();
    const where = [`o.status = ANY(${sql.param(statuses)}::text[])`];
    // The public list hides open opportunities whose closing date (a UK date) has passed; staff
    // still see them, so they can close or extend them.
    if (!staff) where.push(`(o.closing_date IS NULL OR o.closing_date >= ${UK_TODAY})`);
    let tsQuery: string | undefined;
    if (query.q?.trim()) {
      tsQuery = `websearch_to_tsquery('english', ${sql.param(query.q)})`;
      where.push(`o.search @@ ${tsQuery}`);
    }
    if (query.topic?.length) where.push(`o.topics && ${sql.param(query.topic)}::text[]`);
    if (query.format?.length) where.push(`o.modes && ${sql.param(query.format)}::text[]`);
    if (query.area) where.push(`o.area_id = ${sql.param(query.area)}`);
    if (query.organisation) where.push(`o.organisation_id = ${sql.param(query.organisation)}`);
    if (query.paid !== undefined) where.push(query.paid ? 'o.paid' : 'NOT o.paid');
    const sort = query.sort ?? 'closing';
    const byClosing = 'o.closing_date ASC NULLS LAST, o.id ASC';
    const order =
      sort === 'newest' ? 'coalesce(o.published_at, o.created_at) DESC, o.id ASC'
      : sort === 'relevance' && tsQuery ? `ts_rank(o.search, ${tsQuery}) DESC, ${byClosing}`
      : byClosing;
    const filters = { ...query, cursor: undefined, limit: undefined, status: statuses };
    const offset = decodeCursor(query.cursor, filters);
    const limit = query.limit ?? 20;
    const whereSql = where.join(' AND ');
    // `page` picks the page's ids and the total (count(*) OVER () is computed before LIMIT) in one
    // round trip; only then are interests counted, for those rows alone, so a list costs the same
    // however many interests the other matching opportunities have. interestCount is staff-only:
    // anyone else's list counts the joined ones only. The ORDER BY is total (it ends in o.id), so
    // sorting the page again gives the same order. A page past the end has no rows to carry the
    // total, so it asks again.
    const rows = await ctx.db.query<Row & { total: number }>(
      `WITH page AS (
         SELECT o.id, count(*) OVER ()::int AS total FROM opportunities o
         WHERE ${whereSql} ORDER BY ${order} LIMIT ${sql.param(limit)} OFFSET ${sql.param(offset)}
       ),
       counts AS (
         SELECT i.opportunity_id,
           count(*) FILTER (WHERE i.status = 'joined')::int AS places_taken,
           ${staff ? 'count(*)::int' : '0'} AS interest_count
         FROM interests i
         WHERE i.opportunity_id IN (SELECT id FROM page)${staff ? '' : ` AND i.status = 'joined'`}
         GROUP BY i.opportunity_id
       )
       SELECT ${COLUMNS}, coalesce(c.places_taken, 0) AS places_taken, coalesce(c.interest_count, 0) AS interest_count, p.total
       FROM page p JOIN opportunities o ON o.id = p.id LEFT JOIN counts c ON c.opportunity_id = p.id
       ORDER BY ${order}`,
      sql.values,
    );
    const total =
      rows[0]?.total ?? (await ctx.db.query<{ total: number }>(`SELECT count(*)::int AS total FROM opportunities o WHERE ${whereSql}`, sql.values.slice(0, -2)))[0]?.total ?? 0;
    return sendJson(reply, 200, {
      items: rows.map((r) => present(r, staff)),
      total,
      nextCursor: nextCursor(offset, rows.length, total, filters),
    });
  });

  operation(app, ctx, 'getOpportunity', {}, async (request, reply) => {
    const { opportunityId } = request.params as { opportunityId: string };
    const row = await findOpportunity(ctx.db, opportunityId);
    const staff = isStaff(request.principal);
    if (!row || (row.doc.status === 'draft' && !staff)) throw notFound('There is no opportunity with that id.');
    return sendJson(reply, 200, present(row, staff));
  });

  operation(app, ctx, 'createOpportunity', { access: 'staff' }, async (request, reply) => {
    const input = request.body as OpportunityInput;
    return sendIdempotent(ctx, request, reply, async (tx) => {
      await checkOpportunityTerms(tx, input);
      const id = newId();
      await insertOpportunity(tx, id, input);
      const row = await findOpportunity(tx, id);
      return { status: 201, body: present(row!, true), headers: { location: `/api/v1/opportunities/${id}` } };
    });
  });

  operation(app, ctx, 'updateOpportunity', { access: 'staff' }, async (request, reply) => {
    const { opportunityId } = request.params as { opportunityId: string };
    const input = request.body as OpportunityInput;
    const ifMatch = request.headers['if-match'];
    const updated = await ctx.db.transaction(async (tx) => {
      const [locked] = await tx.query('SELECT id FROM opportunities WHERE id = $1 FOR UPDATE', [opportunityId]);
      if (!locked) throw notFound('There is no opportunity with that id.');
      if (ifMatch) {
        const current = await findOpportunity(tx, opportunityId);
        if (!matches(ifMatch, etagOf(JSON.stringify(present(current!, true))))) {
          throw new ProblemError(412, 'Someone changed this opportunity since you opened it. Reload it, then make your change again.');
        }
      }
      await checkOpportunityTerms(tx, input);
      const c = columns(input);
      await tx.query(
        `UPDATE opportunities SET status = $2, organisation_id = $3, area_id = $4, topics = $5::text[], modes = $6::text[], paid = $7,
           closing_date = $8::date, doc = $9::jsonb, updated_at = now(),
           published_at = coalesce(published_at, CASE WHEN $2 = 'open' THEN now() END)
         WHERE id = $1`,
        [opportunityId, c.status, c.organisationId, c.areaId, c.topics, c.modes, c.paid, c.closingDate, json(pick(input, OPPORTUNITY_FIELDS))],
      );
      return findOpportunity(tx, opportunityId);
    });
    return sendJson(reply, 200, present(updated!, true));
  });
}
