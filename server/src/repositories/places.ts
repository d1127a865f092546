import type { Queryable } from '../db/db.js';
import { UK_TODAY } from './opportunities.js';

export interface Places {
  status: string;
  /** The limit, or null for no limit. */
  places: number | null;
  /** People marked "joined". */
  taken: number;
}

/** What `admit` answers: taken (perhaps onto the waiting list), or closed (on a date, or by staff). */
export type Admission = { open: true; waitingList: boolean } | { open: false; closedOn: string | null };

/**
 * An opportunity's places, counted where an interest is accepted. `lock` takes the
 * opportunity's row lock first, so two staff accepting people at once (on PostgreSQL, two
 * connections; on PGlite, one at a time anyway) count one after the other and never both
 * take the last place: under READ COMMITTED the count after the lock sees every committed
 * acceptance.
 */
export function placesRepository(db: Queryable) {
  const read = async (opportunityId: string, lock: boolean): Promise<Places | undefined> => {
    const [row] = await db.query<{ status: string; places: number | null }>(
      `SELECT status, (doc->>'places')::int AS places FROM opportunities WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [opportunityId],
    );
    if (!row) return undefined;
    const [count] = await db.query<{ taken: number }>(`SELECT count(*)::int AS taken FROM interests WHERE opportunity_id = $1 AND status = 'joined'`, [opportunityId]);
    return { status: row.status, places: row.places, taken: count!.taken };
  };
  return {
    /**
     * Whether a new expression of interest is taken, the one rule for the public form and an
     * invitation's "I'm interested": not for a draft or an unknown opportunity (`undefined`),
     * not once it is closed or its closing date has passed; on the waiting list when every
     * place is taken or staff marked it filled.
     */
    async admit(opportunityId: string): Promise<Admission | undefined> {
      const [row] = await db.query<{ status: string; closed_on: string | null }>(
        `SELECT status, CASE WHEN closing_date < ${UK_TODAY} THEN to_char(closing_date, 'YYYY-MM-DD') END AS closed_on FROM opportunities WHERE id = $1`,
        [opportunityId],
      );
      if (!row || row.status === 'draft') return undefined;
      if (row.status !== 'open' && row.status !== 'filled') return { open: false, closedOn: null };
      if (row.closed_on) return { open: false, closedOn: row.closed_on };
      const places = await read(opportunityId, false);
      return { open: true, waitingList: row.status === 'filled' || (places?.places != null && places.taken >= places.places) };
    },
    /** Reads without a lock (a new interest only asks whether it goes on the waiting list). */
    read: (opportunityId: string) => read(opportunityId, false),
    /** Locks the opportunity's row for the rest of the transaction, then counts. */
    lock: (opportunityId: string) => read(opportunityId, true),
    /**
     * After a change of who joined: "filled" when every place is taken, open again when a
     * place is given back. Only open and filled move; a draft or closed one stays as staff left it.
     * Returns the new status when it changed.
     */
    async settle(opportunityId: string): Promise<string | undefined> {
      const now = await read(opportunityId, false);
      if (!now || now.places === null) return undefined;
      const next = now.taken >= now.places ? 'filled' : 'open';
      if (next === now.status || (now.status !== 'open' && now.status !== 'filled')) return undefined;
      await db.query(
        `UPDATE opportunities SET status = $2, doc = jsonb_set(doc, '{status}', to_jsonb($2::text)), updated_at = now() WHERE id = $1`,
        [opportunityId, next],
      );
      return next;
    },
  };
}
