import type { Attendance, AttendanceChange, AttendanceQuery, ClaimStatus, ContactPreference, Payment } from '../../../src/api/types.js';
import { feeFor } from '../../../src/api/money.js';
import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { iso } from '../present.js';
import { json } from '../sql.js';

interface Row {
  id: string;
  opportunity_id: string;
  session_start: Date;
  interest_id: string | null;
  person_hash: string | null;
  recorded_by: string;
  name: string;
  contact: ContactPreference;
  role: string | null;
  activity_minutes: number;
  prep_minutes: number;
  note: string | null;
  query: AttendanceQuery | null;
  created_at: Date;
  updated_at: Date;
  title_en: string;
  title_cy: string | null;
  payment: Payment | null;
  claim_id: string | null;
  claim_status: ClaimStatus | null;
}

/** An attendance record with what the person and staff need beside it (never shown: the contact, who recorded it). */
export interface AttendanceRecord {
  attendance: Attendance;
  personHash: string | null;
  recordedBy: string;
  contact: ContactPreference;
}

const SELECT = `
  SELECT a.*, o.doc->>'title' AS title_en, nullif(o.doc->'translations'->'cy'->>'title', '') AS title_cy, o.doc->'payment' AS payment,
         c.id AS claim_id, c.status AS claim_status
  FROM attendance a JOIN opportunities o ON o.id = a.opportunity_id
  LEFT JOIN claim_attendance ca ON ca.attendance_id = a.id LEFT JOIN claims c ON c.id = ca.claim_id`;

function present(r: Row, keys: ContactKeys): AttendanceRecord {
  return {
    attendance: {
      id: r.id,
      opportunityId: r.opportunity_id,
      opportunityTitle: { en: r.title_en, ...(r.title_cy ? { cy: r.title_cy } : {}) },
      sessionStart: iso(r.session_start),
      interestId: r.interest_id,
      name: keys.cipher.open(r.name),
      role: r.role,
      activityMinutes: r.activity_minutes,
      prepMinutes: r.prep_minutes,
      note: r.note,
      feePence: feeFor(r.payment ?? undefined, r.activity_minutes, r.prep_minutes),
      query: r.query,
      claimId: r.claim_id,
      claimStatus: r.claim_status,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    },
    personHash: r.person_hash,
    recordedBy: r.recorded_by,
    contact: keys.cipher.openContact(r.contact),
  };
}

export interface NewAttendance {
  id: string;
  opportunityId: string;
  sessionStart: string;
  interestId: string | null;
  personHash: string | null;
  recordedBy: string;
  name: string;
  contact: ContactPreference;
  role: string | null;
  activityMinutes: number;
  prepMinutes: number;
  note: string | null;
}

/**
 * Who took part in each session (issue 16): all the SQL of the `attendance` table. The name and
 * contact are sealed at rest like those on interests (`keys`), so nothing sorts or searches by them.
 */
export function attendanceRepository(db: Queryable, keys: ContactKeys) {
  const show = (r: Row) => present(r, keys);
  return {
    /** False when this person is already recorded for this session. */
    async insert(a: NewAttendance): Promise<boolean> {
      const rows = await db.query(
        `INSERT INTO attendance (id, opportunity_id, session_start, interest_id, person_hash, recorded_by, name, contact, role, activity_minutes, prep_minutes, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12) ON CONFLICT DO NOTHING RETURNING id`,
        [a.id, a.opportunityId, a.sessionStart, a.interestId, a.personHash, a.recordedBy, keys.cipher.seal(a.name), json(keys.cipher.sealContact(a.contact)), a.role, a.activityMinutes, a.prepMinutes, a.note],
      );
      return rows.length > 0;
    },

    async find(id: string, lock = false): Promise<AttendanceRecord | undefined> {
      const [row] = await db.query<Row>(`${SELECT} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`, [id]);
      return row && show(row);
    },

    async listFor(opportunityId: string): Promise<AttendanceRecord[]> {
      return (await db.query<Row>(`${SELECT} WHERE a.opportunity_id = $1 ORDER BY a.session_start, a.id`, [opportunityId]))
        .map(show)
        .sort((x, y) => x.attendance.sessionStart.localeCompare(y.attendance.sessionStart) || x.attendance.name.localeCompare(y.attendance.name, 'en-GB') || x.attendance.id.localeCompare(y.attendance.id));
    },

    /** The person's records, newest session first. */
    async mine(personHash: string): Promise<AttendanceRecord[]> {
      return (await db.query<Row>(`${SELECT} WHERE a.person_hash = $1 ORDER BY a.session_start DESC, a.id`, [personHash])).map(show);
    },

    async change(id: string, change: AttendanceChange): Promise<void> {
      await db.query(
        `UPDATE attendance SET
           role = CASE WHEN $2::boolean THEN nullif(btrim($3), '') ELSE role END,
           activity_minutes = coalesce($4, activity_minutes),
           prep_minutes = coalesce($5, prep_minutes),
           note = CASE WHEN $6::boolean THEN nullif(btrim($7), '') ELSE note END,
           query = CASE WHEN $8::text IS NOT NULL AND query IS NOT NULL THEN query || jsonb_build_object('answer', btrim($8::text), 'answeredAt', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ELSE query END,
           updated_at = clock_timestamp()
         WHERE id = $1`,
        [id, change.role !== undefined, change.role ?? null, change.activityMinutes ?? null, change.prepMinutes ?? null, change.note !== undefined, change.note ?? null, change.answer ?? null],
      );
    },

    async ask(id: string, text: string): Promise<void> {
      await db.query(
        `UPDATE attendance SET query = jsonb_build_object('text', $2::text, 'askedAt', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'answer', NULL, 'answeredAt', NULL),
           updated_at = clock_timestamp() WHERE id = $1`,
        [id, text],
      );
    },
  };
}
