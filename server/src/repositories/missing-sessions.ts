import type { MissingSession, MissingSessionActivity, MissingSessionStatus } from '../../../src/api/types.js';
import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { iso } from '../present.js';

interface Row {
  id: string;
  opportunity_id: string;
  interest_id: string;
  person_hash: string;
  session_start: Date;
  activity_minutes: number;
  prep_minutes: number;
  text: string;
  status: MissingSessionStatus;
  reason: string | null;
  attendance_id: string | null;
  created_at: Date;
  updated_at: Date;
  title_en: string;
  title_cy: string | null;
  name: string;
}

export interface MissingRecord {
  report: MissingSession;
  personHash: string;
}

export interface NewMissingSession {
  id: string;
  opportunityId: string;
  interestId: string;
  personHash: string;
  sessionStart: string;
  activityMinutes: number;
  prepMinutes: number;
  text: string;
}

// The name is the one on the interest, sealed there (interests.doc->>'name').
const SELECT = `
  SELECT m.*, o.doc->>'title' AS title_en, nullif(o.doc->'translations'->'cy'->>'title', '') AS title_cy, i.doc->>'name' AS name
  FROM missing_sessions m JOIN opportunities o ON o.id = m.opportunity_id JOIN interests i ON i.id = m.interest_id`;

/** "I came but I am not on the list" (issue 16): all the SQL of the `missing_sessions` table. */
export function missingSessionRepository(db: Queryable, keys: ContactKeys) {
  const show = (r: Row): MissingRecord => ({
    personHash: r.person_hash,
    report: {
      id: r.id,
      opportunityId: r.opportunity_id,
      opportunityTitle: { en: r.title_en, ...(r.title_cy ? { cy: r.title_cy } : {}) },
      interestId: r.interest_id,
      name: r.name ? keys.cipher.open(r.name) : '',
      sessionStart: iso(r.session_start),
      activityMinutes: r.activity_minutes,
      prepMinutes: r.prep_minutes,
      text: r.text,
      status: r.status,
      reason: r.reason,
      attendanceId: r.attendance_id,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    },
  });
  return {
    /** The interest's opportunity when it is the person's own (by the hash of its contact). */
    async interestOf(interestId: string, personHash: string): Promise<{ opportunityId: string } | undefined> {
      const [row] = await db.query<{ opportunity_id: string }>(`SELECT opportunity_id FROM interests WHERE id = $1 AND contact_hash = $2`, [interestId, personHash]);
      return row && { opportunityId: row.opportunity_id };
    },

    /** The person's own interests (not those answered "not this time"), newest first, with their briefs' sessions that have started, newest first. */
    async activities(personHash: string): Promise<MissingSessionActivity[]> {
      const rows = await db.query<{ id: string; opportunity_id: string; title_en: string; title_cy: string | null; sessions: { start: string }[] | null }>(
        `SELECT i.id, i.opportunity_id, o.doc->>'title' AS title_en, nullif(o.doc->'translations'->'cy'->>'title', '') AS title_cy, o.doc->'when'->'sessions' AS sessions
         FROM interests i JOIN opportunities o ON o.id = i.opportunity_id
         WHERE i.contact_hash = $1 AND i.status <> 'not_this_time' ORDER BY i.created_at DESC, i.id LIMIT 100`,
        [personHash],
      );
      const now = new Date().toISOString();
      return rows.map((r) => ({
        interestId: r.id,
        opportunityId: r.opportunity_id,
        opportunityTitle: { en: r.title_en, ...(r.title_cy ? { cy: r.title_cy } : {}) },
        // Only sessions that have started: a future one cannot be reported (422 sessionStart).
        sessions: (r.sessions ?? []).map((s) => new Date(s.start).toISOString()).filter((start) => start <= now).sort().reverse(),
      }));
    },

    /** False when the person has an open report for this session already. */
    async insert(m: NewMissingSession): Promise<boolean> {
      const rows = await db.query(
        `INSERT INTO missing_sessions (id, opportunity_id, interest_id, person_hash, session_start, activity_minutes, prep_minutes, text, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp(), clock_timestamp()) ON CONFLICT DO NOTHING RETURNING id`,
        [m.id, m.opportunityId, m.interestId, m.personHash, m.sessionStart, m.activityMinutes, m.prepMinutes, m.text],
      );
      return rows.length > 0;
    },

    async find(id: string, lock = false): Promise<MissingRecord | undefined> {
      const [row] = await db.query<Row>(`${SELECT} WHERE m.id = $1${lock ? ' FOR UPDATE OF m' : ''}`, [id]);
      return row && show(row);
    },

    /** The person's reports, newest first. */
    async mine(personHash: string): Promise<MissingSession[]> {
      return (await db.query<Row>(`${SELECT} WHERE m.person_hash = $1 ORDER BY m.created_at DESC, m.id LIMIT 200`, [personHash])).map((r) => show(r).report);
    },

    /** Reports in these states, oldest first (at most 500). */
    async list(statuses: readonly MissingSessionStatus[]): Promise<MissingSession[]> {
      return (await db.query<Row>(`${SELECT} WHERE m.status = ANY($1::text[]) ORDER BY m.created_at, m.id LIMIT 500`, [statuses])).map((r) => show(r).report);
    },

    async resolve(id: string, change: { status: 'recorded'; attendanceId: string } | { status: 'declined'; reason: string }, by: string): Promise<void> {
      await db.query(
        `UPDATE missing_sessions SET status = $2, attendance_id = $3, reason = $4, resolved_by = $5, updated_at = clock_timestamp() WHERE id = $1`,
        [id, change.status, change.status === 'recorded' ? change.attendanceId : null, change.status === 'declined' ? change.reason : null, by],
      );
    },
  };
}
