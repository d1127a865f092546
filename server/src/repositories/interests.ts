import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { iso, isoOrNull, pick } from '../present.js';
import { json } from '../sql.js';
import type { Interest, InterestInput, InterestUpdate } from '../types.js';

export const INTEREST_FIELDS = ['name', 'contact', 'needs', 'accessNeeds', 'message', 'consent'] as const;

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
  waiting_list: boolean;
  /** When staff invited the person, for an interest that came from an invitation (issue 18). */
  invited_at?: Date | null;
}

/** The name and the contact detail are sealed at rest (server/src/contacts.ts). */
export const sealInterestDoc = <D extends Partial<InterestInput>>(doc: D, keys: ContactKeys): D => ({
  ...doc,
  ...(doc.name !== undefined ? { name: keys.cipher.seal(doc.name) } : {}),
  ...(doc.contact ? { contact: keys.cipher.sealContact(doc.contact) } : {}),
});
export const openInterestDoc = <D extends Partial<InterestInput>>(doc: D, keys: ContactKeys): D => ({
  ...doc,
  ...(doc.name !== undefined ? { name: keys.cipher.open(doc.name) } : {}),
  ...(doc.contact ? { contact: keys.cipher.openContact(doc.contact) } : {}),
});

const present = (r: Row, keys: ContactKeys): Interest => ({
  ...openInterestDoc(r.doc, keys),
  id: r.id,
  reference: r.reference,
  opportunityId: r.opportunity_id,
  status: r.status,
  note: r.note,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  firstAnsweredAt: isoOrNull(r.first_answered_at),
  waitingList: r.waiting_list,
  ...(r.invited_at ? { invitedAt: iso(r.invited_at) } : {}),
});

export interface NewInterest {
  id: string;
  opportunityId: string;
  reference: string;
  input: InterestInput;
  status?: string;
  note?: string;
  createdAt?: string;
  updatedAt?: string;
  firstAnsweredAt?: string | null;
  /** Every place was taken when it came. */
  waitingList?: boolean;
}

export function interestRepository(db: Queryable, keys: ContactKeys) {
  return {
    /** Returns when the database recorded it. */
    async insert(values: NewInterest): Promise<string> {
      const [row] = await db.query<{ created_at: Date }>(
        `INSERT INTO interests (id, opportunity_id, reference, doc, status, note, created_at, updated_at, first_answered_at, waiting_list, contact_hash)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, coalesce($7::timestamptz, now()), coalesce($8::timestamptz, now()), $9::timestamptz, $10, $11)
         RETURNING created_at`,
        [
          values.id, values.opportunityId, values.reference, json(sealInterestDoc(pick(values.input, INTEREST_FIELDS), keys)), values.status ?? 'new', values.note ?? '',
          values.createdAt ?? null, values.updatedAt ?? null, values.firstAnsweredAt ?? null, values.waitingList ?? false, keys.hasher.ofContact(values.input.contact) ?? '',
        ],
      );
      return iso(row!.created_at);
    },

    async listFor(opportunityId: string): Promise<Interest[]> {
      const rows = await db.query<Row>(
        `SELECT i.*, inv.created_at AS invited_at FROM interests i LEFT JOIN invitations inv ON inv.id = i.invitation_id
         WHERE i.opportunity_id = $1 ORDER BY i.created_at ASC, i.id ASC`,
        [opportunityId],
      );
      return rows.map((r) => present(r, keys));
    },

    /** One interest, as staff see it; undefined when there is no such interest for that opportunity. */
    async find(opportunityId: string, interestId: string): Promise<Interest | undefined> {
      const [row] = await db.query<Row>('SELECT * FROM interests WHERE id = $1 AND opportunity_id = $2', [interestId, opportunityId]);
      return row ? present(row, keys) : undefined;
    },

    /** Applies a staff answer; undefined when there is no such interest for that opportunity. */
    async update(opportunityId: string, interestId: string, change: InterestUpdate): Promise<Interest | undefined> {
      const [row] = await db.query<Row>(
        `WITH changed AS (
           UPDATE interests SET
             status = coalesce($3, status),
             note = coalesce($4, note),
             first_answered_at = coalesce(first_answered_at, CASE WHEN coalesce($3, status) <> 'new' THEN now() END),
             updated_at = now()
           WHERE id = $1 AND opportunity_id = $2 RETURNING *)
         SELECT changed.*, inv.created_at AS invited_at FROM changed LEFT JOIN invitations inv ON inv.id = changed.invitation_id`,
        [interestId, opportunityId, change.status ?? null, change.note ?? null],
      );
      return row ? present(row, keys) : undefined;
    },
  };
}

export type InterestRepository = ReturnType<typeof interestRepository>;
