import type { Queryable } from '../db/db.js';
import { iso, isoOrNull, pick } from '../present.js';
import { json, SqlParams } from '../sql.js';
import { searchQuery } from './search.js';
import type { Opportunity, OpportunityInput, OpportunityQuery } from '../types.js';

/** Today's date in the UK, as SQL (the same on PGlite and PostgreSQL). */
export const UK_TODAY = `(now() AT TIME ZONE 'Europe/London')::date`;

export const OPPORTUNITY_FIELDS = [
  'title', 'summary', 'description', 'easyReadSummary', 'experienceNeeded', 'skills', 'timeCommitment', 'when', 'where',
  'howToGetInvolved', 'closingDate', 'topics', 'organisationId', 'accessibility', 'supportOffered', 'payment', 'places',
  'contact', 'status', 'cancelledReason', 'translations', 'promise', 'kind',
] as const;

/** An opportunity's own columns, with its organisation and area named (`o` is the opportunity). */
const COLUMNS = `o.id, o.doc, o.created_at, o.updated_at, o.published_at,
    coalesce(
      (SELECT jsonb_build_object('id', t.id, 'name', t.name) FROM terms t WHERE t.kind = 'organisation' AND t.id = o.organisation_id),
      jsonb_build_object('id', o.organisation_id, 'name', jsonb_build_object('en', o.organisation_id))
    ) AS organisation,
    (SELECT jsonb_build_object('id', t.id, 'name', t.name) FROM terms t WHERE t.kind = 'area' AND t.id = o.area_id) AS area`;

/**
 * places_taken (here and in list()) is the only count of interests the public sees. The public list
 * and board are cached until the data version moves, and since migration 340 an interest moves it
 * only when a count of 'joined' can change. A new public count of interests (another status, a
 * note, interest_count shown to anyone but staff) needs migration 340's triggers widened, or the
 * cached list serves it stale. interest_count is staff-only, and a staff list is never cached.
 */
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

/** `interestCount` is for staff only. */
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

export interface OpportunityListing {
  statuses: string[];
  staff: boolean;
  offset: number;
  limit: number;
}

export function opportunityRepository(db: Queryable) {
  return {
    async find(id: string, staff = true): Promise<Opportunity | undefined> {
      const [row] = await db.query<Row>(`${SELECT} WHERE o.id = $1`, [id]);
      return row ? present(row, staff) : undefined;
    },

    /** Locks the row for the rest of the transaction; false when there is no such opportunity. */
    async lock(id: string): Promise<boolean> {
      return (await db.query('SELECT id FROM opportunities WHERE id = $1 FOR UPDATE', [id])).length > 0;
    },

    async exists(id: string): Promise<boolean> {
      return (await db.query('SELECT 1 FROM opportunities WHERE id = $1', [id])).length > 0;
    },

    async list(query: OpportunityQuery, { statuses, staff, offset, limit }: OpportunityListing): Promise<{ items: Opportunity[]; total: number }> {
      const sql = new SqlParams();
      const where = [`o.status = ANY(${sql.param(statuses)}::text[])`];
      // The public list hides open opportunities whose closing date (a UK date) has passed; staff
      // still see them, so they can close or extend them.
      if (!staff) where.push(`(o.closing_date IS NULL OR o.closing_date >= ${UK_TODAY})`);
      let tsQuery: string | undefined;
      if (query.q?.trim()) {
        tsQuery = searchQuery(sql, query.q);
        where.push(`o.search @@ ${tsQuery}`);
      }
      if (query.topic?.length) where.push(`o.topics && ${sql.param(query.topic)}::text[]`);
      if (query.format?.length) where.push(`o.modes && ${sql.param(query.format)}::text[]`);
      if (query.area) where.push(`o.area_id = ${sql.param(query.area)}`);
      if (query.organisation) where.push(`o.organisation_id = ${sql.param(query.organisation)}`);
      if (query.paid !== undefined) where.push(query.paid ? 'o.paid' : 'NOT o.paid');
      const sort = query.sort ?? 'closing';
      const newest = 'coalesce(o.published_at, o.created_at) DESC, o.id ASC';
      // Soonest closing first, none last; the newest first among those closing on one day.
      const byClosing = `o.closing_date ASC NULLS LAST, ${newest}`;
      const order =
        sort === 'newest' ? newest
        : sort === 'relevance' && tsQuery ? `ts_rank(o.search, ${tsQuery}) DESC, ${byClosing}`
        : byClosing;
      const whereSql = where.join(' AND ');
      // `page` picks the page's ids and the total (count(*) OVER () is computed before LIMIT) in one
      // round trip; only then are interests counted, for those rows alone, so a list costs the same
      // however many interests the other matching opportunities have. interestCount is staff-only:
      // anyone else's list counts the joined ones only (migration 340 depends on it: see SELECT). The ORDER BY is total (it ends in o.id), so
      // sorting the page again gives the same order. A page past the end has no rows to carry the
      // total, so it asks again.
      const rows = await db.query<Row & { total: number }>(
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
        rows[0]?.total ?? (await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM opportunities o WHERE ${whereSql}`, sql.values.slice(0, -2)))[0]?.total ?? 0;
      return { items: rows.map((r) => present(r, staff)), total };
    },

    async insert(id: string, input: OpportunityInput, times: { createdAt?: string; updatedAt?: string; publishedAt?: string | null } = {}): Promise<void> {
      const c = columns(input);
      const doc = pick(input, OPPORTUNITY_FIELDS);
      await db.query(
        `INSERT INTO opportunities (id, status, organisation_id, area_id, topics, modes, paid, closing_date, doc, created_at, updated_at, published_at)
         VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7, $8::date, $9::jsonb, coalesce($10::timestamptz, now()), coalesce($11::timestamptz, now()),
           CASE WHEN $12::boolean THEN $13::timestamptz WHEN $2 = 'open' THEN now() END)`,
        [id, c.status, c.organisationId, c.areaId, c.topics, c.modes, c.paid, c.closingDate, json(doc), times.createdAt ?? null, times.updatedAt ?? null, 'publishedAt' in times, times.publishedAt ?? null],
      );
    },

    async update(id: string, input: OpportunityInput): Promise<void> {
      const c = columns(input);
      await db.query(
        `UPDATE opportunities SET status = $2, organisation_id = $3, area_id = $4, topics = $5::text[], modes = $6::text[], paid = $7,
           closing_date = $8::date, doc = $9::jsonb, updated_at = now(),
           published_at = coalesce(published_at, CASE WHEN $2 = 'open' THEN now() END)
         WHERE id = $1`,
        [id, c.status, c.organisationId, c.areaId, c.topics, c.modes, c.paid, c.closingDate, json(pick(input, OPPORTUNITY_FIELDS))],
      );
    },
  };
}

export type OpportunityRepository = ReturnType<typeof opportunityRepository>;
