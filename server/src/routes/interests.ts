import type { FastifyInstance } from 'fastify';
import type { Interest, InterestInput, InterestUpdate } from '../../../src/api/types.js';
import { audit } from '../audit.js';
import { newId, newReference } from '../crypto.js';
import type { Queryable } from '../db/db.js';
import { iso, isoOrNull, operation, pick, sendIdempotent, sendJson, type Ctx } from '../http.js';
import { conflict, notFound } from '../problems.js';
import { json } from '../sql.js';
import { UK_TODAY } from './opportunities.js';

export const INTEREST_FIELDS = ['name', 'contact', 'accessNeeds', 'message', 'consent'] as const;

interface Row {
  id: string;
  opportunity_id: string;
  reference: string;
  doc: InterestInput;
  status: Interest['status'];
  note: string;
  created_at: Date;
  updated_at: Date;
  first_answered_at: Date | null;
}

const present = (r: Row): Interest => ({
  ...r.doc,
  id: r.id,
  reference: r.reference,
  opportunityId: r.opportunity_id,
  status: r.status,
  note: r.note,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  firstAnsweredAt: isoOrNull(r.first_answered_at),
});

/** A reference not yet used; collisions are rare, so a few tries are plenty. */
export async function uniqueReference(db: Queryable, table: 'interests' | 'feedback', prefix: string): Promise<string> {
  for (let length = 4; ; length++) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const reference = newReference(prefix, length);
      const taken = await db.query(`SELECT 1 FROM ${table} WHERE reference = $1`, [reference]);
      if (taken.length === 0) return reference;
    }
  }
}

export async function insertInterest(db: Queryable, values: { id: string; opportunityId: string; reference: string; input: InterestInput; status?: string; note?: string; createdAt?: string; updatedAt?: string; firstAnsweredAt?: string | null }) {
  await db.query(
    `INSERT INTO interests (id, opportunity_id, reference, doc, status, note, created_at, updated_at, first_answered_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, coalesce($7::timestamptz, now()), coalesce($8::timestamptz, now()), $9::timestamptz)`,
    [values.id, values.opportunityId, values.reference, json(pick(values.input, INTEREST_FIELDS)), values.status ?? 'new', values.note ?? '', values.createdAt ?? null, values.updatedAt ?? null, values.firstAnsweredAt ?? null],
  );
}

export function interestRoutes(app: FastifyInstance, ctx: Ctx): void {
  operation(app, ctx, 'createInterest', { rateLimited: true }, async (request, reply) => {
    const { opportunityId } = request.params as { opportunityId: string };
    const input = request.body as InterestInput;
    return sendIdempotent(ctx, request, reply, async (tx) => {
      const [opportunity] = await tx.query<{ status: string; closed_on: string | null }>(
        `SELECT status, CASE WHEN closing_date < ${UK_TODAY} THEN to_char(closing_date, 'YYYY-MM-DD') END AS closed_on
         FROM opportunities WHERE id = $1`,
        [opportunityId],
      );
      if (!opportunity || opportunity.status === 'draft') throw notFound('There is no opportunity with that id.');
      if (opportunity.status !== 'open') {
        throw conflict(opportunity.status === 'filled' ? 'This opportunity has all the people it needs.' : 'This opportunity has closed.');
      }
      if (opportunity.closed_on) throw conflict(`This opportunity closed on ${opportunity.closed_on}.`);
      const id = newId();
      const reference = await uniqueReference(tx, 'interests', 'INT');
      await insertInterest(tx, { id, opportunityId, reference, input });
      const [row] = await tx.query<{ created_at: Date }>('SELECT created_at FROM interests WHERE id = $1', [id]);
      return {
        status: 201,
        body: { id, reference, opportunityId, createdAt: iso(row!.created_at), respondWithinDays: ctx.respondWithinDays.interest },
      };
    });
  });

  operation(app, ctx, 'listInterests', { access: 'staff' }, async (request, reply) => {
    const { opportunityId } = request.params as { opportunityId: string };
    const [opportunity] = await ctx.db.query('SELECT 1 FROM opportunities WHERE id = $1', [opportunityId]);
    if (!opportunity) throw notFound('There is no opportunity with that id.');
    const rows = await ctx.db.query<Row>('SELECT * FROM interests WHERE opportunity_id = $1 ORDER BY created_at ASC, id ASC', [opportunityId]);
    await audit(ctx.db, actorOf(request), 'listInterests', rows.map((r) => r.id), { opportunityId });
    return sendJson(reply, 200, { items: rows.map(present) });
  });

  operation(app, ctx, 'updateInterest', { access: 'staff' }, async (request, reply) => {
    const { opportunityId, interestId } = request.params as { opportunityId: string; interestId: string };
    const change = request.body as InterestUpdate;
    const [row] = await ctx.db.query<Row>(
      `UPDATE interests SET
         status = coalesce($3, status),
         note = coalesce($4, note),
         first_answered_at = coalesce(first_answered_at, CASE WHEN coalesce($3, status) <> 'new' THEN now() END),
         updated_at = now()
       WHERE id = $1 AND opportunity_id = $2 RETURNING *`,
      [interestId, opportunityId, change.status ?? null, change.note ?? null],
    );
    if (!row) throw notFound('There is no expression of interest with that id for this opportunity.');
    await audit(ctx.db, actorOf(request), 'updateInterest', [row.id], { opportunityId });
    return sendJson(reply, 200, present(row));
  });
}

export const actorOf = (request: { principal: { kind: string; sub?: string } }): string => (request.principal.kind === 'jwt' ? String(request.principal.sub) : 'unknown');
