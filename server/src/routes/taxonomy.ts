import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../db/db.js';
import { operation, sendJson, type Ctx } from '../http.js';
import { invalid, type FieldError } from '../problems.js';

type Kind = 'topic' | 'area' | 'organisation';

export async function readTaxonomy(db: Queryable) {
  const rows = await db.query<{ kind: Kind; id: string; name: { en: string; cy?: string } }>('SELECT kind, id, name FROM terms ORDER BY kind, position, id');
  const of = (kind: Kind) => rows.filter((r) => r.kind === kind).map(({ id, name }) => ({ id, name }));
  return { topics: of('topic'), areas: of('area'), organisations: of('organisation') };
}

/** The field errors for ids that are not in the taxonomy. */
export async function checkTerms(db: Queryable, wanted: { field: string; kind: Kind; id: string }[]): Promise<void> {
  if (wanted.length === 0) return;
  const rows = await db.query<{ kind: string; id: string }>('SELECT kind, id FROM terms WHERE id = ANY($1::text[])', [wanted.map((w) => w.id)]);
  const known = new Set(rows.map((r) => `${r.kind}:${r.id}`));
  const errors: FieldError[] = wanted
    .filter((w) => !known.has(`${w.kind}:${w.id}`))
    .map((w) => ({ field: w.field, code: 'unknown', message: `Choose ${w.kind === 'organisation' ? 'an organisation' : `a${w.kind === 'area' ? 'n area' : ' topic'}`} from the list.` }));
  if (errors.length) throw invalid(errors);
}

export function taxonomyRoutes(app: FastifyInstance, ctx: Ctx): void {
  operation(app, ctx, 'getTaxonomy', {}, async (_request, reply) => sendJson(reply, 200, await readTaxonomy(ctx.db)));
}
