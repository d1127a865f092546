import type { Queryable } from '../db/db.js';
import type { FieldError } from '../problems.js';
import type { LocalisedText, Taxonomy } from '../types.js';

export type TermKind = 'topic' | 'area' | 'organisation';

export function taxonomyRepository(db: Queryable) {
  return {
    async read(): Promise<Taxonomy> {
      const rows = await db.query<{ kind: TermKind; id: string; name: { en: string; cy?: string } }>('SELECT kind, id, name FROM terms ORDER BY kind, position, id');
      const of = (kind: TermKind) => rows.filter((r) => r.kind === kind).map(({ id, name }) => ({ id, name }));
      return { topics: of('topic'), areas: of('area'), organisations: of('organisation') };
    },

    /** The field errors for ids that are not in the taxonomy (none when all are known). */
    async unknown(wanted: { field: string; kind: TermKind; id: string }[]): Promise<FieldError[]> {
      if (wanted.length === 0) return [];
      const rows = await db.query<{ kind: string; id: string }>('SELECT kind, id FROM terms WHERE id = ANY($1::text[])', [wanted.map((w) => w.id)]);
      const known = new Set(rows.map((r) => `${r.kind}:${r.id}`));
      return wanted
        .filter((w) => !known.has(`${w.kind}:${w.id}`))
        .map((w) => ({ field: w.field, code: 'not-in-list', message: `Choose ${w.kind === 'organisation' ? 'an organisation' : `a${w.kind === 'area' ? 'n area' : ' topic'}`} from the list.` }));
    },

    async insert(kind: TermKind, term: { id: string; name: LocalisedText }, position: number): Promise<void> {
      await db.query('INSERT INTO terms (kind, id, name, position) VALUES ($1, $2, $3::jsonb, $4)', [kind, term.id, JSON.stringify(term.name), position]);
    },
  };
}

export type TaxonomyRepository = ReturnType<typeof taxonomyRepository>;
