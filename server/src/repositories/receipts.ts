import type { MyPay, Receipt } from '../../../src/api/types.js';
import type { Queryable } from '../db/db.js';
import { iso } from '../present.js';

type ReceiptRow = { id: string; person_hash: string; claim_id: string | null; content_type: Receipt['contentType']; bytes: number; created_at: Date };
const present = (r: ReceiptRow): Receipt => ({ id: r.id, contentType: r.content_type, bytes: r.bytes, createdAt: iso(r.created_at) });

/** Receipt files, the person's own limit, and removing a person's pay data (issue 16). */
export function receiptRepository(db: Queryable) {
  return {
    async store(id: string, personHash: string, contentType: Receipt['contentType'], data: Uint8Array): Promise<Receipt> {
      const [row] = await db.query<ReceiptRow>(
        'INSERT INTO receipts (id, person_hash, content_type, bytes, data) VALUES ($1, $2, $3, $4, $5) RETURNING id, person_hash, claim_id, content_type, bytes, created_at',
        [id, personHash, contentType, data.length, data],
      );
      return present(row!);
    },

    /** The receipts of this person among `ids` not yet on another claim than `claimId` (others', used and unknown ids are left out). */
    async ownedBy(personHash: string, ids: string[], claimId: string | null): Promise<Map<string, Receipt>> {
      const rows = await db.query<ReceiptRow>(
        'SELECT id, person_hash, claim_id, content_type, bytes, created_at FROM receipts WHERE person_hash = $1 AND id = ANY($2::text[]) AND (claim_id IS NULL OR claim_id = $3)',
        [personHash, ids, claimId],
      );
      return new Map(rows.map((r) => [r.id, present(r)]));
    },

    async file(id: string): Promise<{ personHash: string; contentType: string; data: Uint8Array } | undefined> {
      const [row] = await db.query<{ person_hash: string; content_type: string; data: Uint8Array }>('SELECT person_hash, content_type, data FROM receipts WHERE id = $1', [id]);
      return row && { personHash: row.person_hash, contentType: row.content_type, data: row.data };
    },

    async limit(personHash: string): Promise<MyPay['limit']> {
      const [row] = await db.query<{ weekly_pence: number | null; monthly_pence: number | null }>('SELECT weekly_pence, monthly_pence FROM pay_limits WHERE person_hash = $1', [personHash]);
      return { weeklyPence: row?.weekly_pence ?? null, monthlyPence: row?.monthly_pence ?? null };
    },

    async setLimit(personHash: string, limit: MyPay['limit']): Promise<void> {
      await db.query(
        `INSERT INTO pay_limits (person_hash, weekly_pence, monthly_pence) VALUES ($1, $2, $3)
         ON CONFLICT (person_hash) DO UPDATE SET weekly_pence = $2, monthly_pence = $3, updated_at = now()`,
        [personHash, limit.weeklyPence, limit.monthlyPence],
      );
    },
  };
}

/** Erasure: every claim, receipt, attendance record and limit of these people. Counts only. */
export async function erasePay(tx: Queryable, personHashes: string[]): Promise<{ claims: number; attendance: number }> {
  if (personHashes.length === 0) return { claims: 0, attendance: 0 };
  const claims = await tx.query('DELETE FROM claims WHERE person_hash = ANY($1::text[]) RETURNING id', [personHashes]);
  await tx.query('DELETE FROM receipts WHERE person_hash = ANY($1::text[])', [personHashes]);
  const attendance = await tx.query('DELETE FROM attendance WHERE person_hash = ANY($1::text[]) RETURNING id', [personHashes]);
  await tx.query('DELETE FROM pay_limits WHERE person_hash = ANY($1::text[])', [personHashes]);
  return { claims: claims.length, attendance: attendance.length };
}

/**
 * Retention: claims paid or refused more than `months` ago go with their receipts (finance keeps
 * its own copy from the export); attendance from sessions more than `months` ago that no claim
 * holds goes too (a claim still open keeps its attendance); receipts no claim named within a day go;
 * "not on the list" reports recorded or declined more than `months` ago go (their free text and
 * reason; an open one waits for staff).
 */
export async function purgePay(db: Queryable, months: number): Promise<{ claims: number; receipts: number; attendance: number; missingSessions: number }> {
  const claims = await db.query(`DELETE FROM claims WHERE status IN ('paid', 'refused') AND updated_at < now() - make_interval(months => $1) RETURNING id`, [months]);
  const attendance = await db.query(
    `DELETE FROM attendance a WHERE a.session_start < now() - make_interval(months => $1)
       AND NOT EXISTS (SELECT 1 FROM claim_attendance ca WHERE ca.attendance_id = a.id) RETURNING a.id`,
    [months],
  );
  const receipts = await db.query(`DELETE FROM receipts WHERE claim_id IS NULL AND created_at < now() - interval '1 day' RETURNING id`);
  const missing = await db.query(`DELETE FROM missing_sessions WHERE status IN ('recorded', 'declined') AND updated_at < now() - make_interval(months => $1) RETURNING id`, [months]);
  return { claims: claims.length, receipts: receipts.length, attendance: attendance.length, missingSessions: missing.length };
}
