import { addWorkingDays, isOverdue, ukDate } from '../../../src/api/money.js';
import type { Claim, ClaimFee, ClaimMessage, ClaimStatus, Expense, PaymentChoice, Receipt } from '../../../src/api/types.js';
import { sha256 } from '../crypto.js';
import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { iso, isoOrNull } from '../present.js';
import { json } from '../sql.js';

interface Row {
  id: string;
  reference: string;
  opportunity_id: string;
  person_hash: string;
  name: string;
  cost_code: string | null;
  status: ClaimStatus;
  payment_choice: PaymentChoice;
  fees: ClaimFee[];
  expenses: StoredExpense[];
  fees_pence: number;
  expenses_pence: number;
  total_pence: number;
  note: string | null;
  conversation: ClaimMessage[];
  refused_reason: string | null;
  submitted_at: Date;
  approved_at: Date | null;
  paid_on: string | null;
  updated_at: Date;
  title_en: string;
  title_cy: string | null;
}

/** An expense line as stored: the receipt by id only (its file lives in `receipts`). */
export type StoredExpense = Omit<Expense, 'receipt'> & { receiptId: string | null };

export interface ClaimRecord {
  claim: Claim;
  personHash: string;
}

export interface NewClaim {
  id: string;
  reference: string;
  opportunityId: string;
  personHash: string;
  name: string;
  costCode: string | null;
  paymentChoice: PaymentChoice;
  fees: ClaimFee[];
  expenses: StoredExpense[];
  totals: Pick<Claim, 'feesPence' | 'expensesPence' | 'totalPence'>;
  note: string | null;
  attendanceIds: string[];
}

const SELECT = `
  SELECT c.id, c.reference, c.opportunity_id, c.person_hash, c.name, c.cost_code, c.status, c.payment_choice, c.fees, c.expenses,
         c.fees_pence, c.expenses_pence, c.total_pence, c.note, c.conversation, c.refused_reason, c.submitted_at, c.approved_at,
         to_char(c.paid_on, 'YYYY-MM-DD') AS paid_on, c.updated_at,
         o.doc->>'title' AS title_en, nullif(o.doc->'translations'->'cy'->>'title', '') AS title_cy
  FROM claims c JOIN opportunities o ON o.id = c.opportunity_id`;

const RECEIPT_META = 'SELECT id, content_type, bytes, created_at FROM receipts WHERE id = ANY($1::text[])';

/** A stable reference for a person in finance's totals: says nothing about who they are. */
export const personRefOf = (personHash: string): string => `P-${sha256(`person-ref:${personHash}`).replace(/[^A-Za-z0-9]/g, '').slice(0, 7).toUpperCase()}`;

export interface ClaimSettings {
  targetWorkingDays: number;
}

/** Claims, their attendance links and receipts (issue 16): all the SQL of those tables. The person's name is sealed at rest (`keys`). */
export function claimRepository(db: Queryable, keys: ContactKeys, settings: ClaimSettings = { targetWorkingDays: 10 }) {
  async function present(rows: Row[]): Promise<ClaimRecord[]> {
    const ids = [...new Set(rows.flatMap((r) => r.expenses.flatMap((e) => (e.receiptId ? [e.receiptId] : []))))];
    const receipts = new Map<string, Receipt>();
    if (ids.length) {
      for (const r of await db.query<{ id: string; content_type: Receipt['contentType']; bytes: number; created_at: Date }>(RECEIPT_META, [ids])) {
        receipts.set(r.id, { id: r.id, contentType: r.content_type, bytes: r.bytes, createdAt: iso(r.created_at) });
      }
    }
    const today = ukDate(new Date());
    return rows.map((r) => {
      const dueBy = addWorkingDays(ukDate(r.submitted_at), settings.targetWorkingDays);
      const claim: Claim = {
        id: r.id,
        reference: r.reference,
        opportunityId: r.opportunity_id,
        opportunityTitle: { en: r.title_en, ...(r.title_cy ? { cy: r.title_cy } : {}) },
        name: keys.cipher.open(r.name),
        personRef: personRefOf(r.person_hash),
        costCode: r.cost_code,
        status: r.status,
        paymentChoice: r.payment_choice,
        fees: r.fees,
        expenses: r.expenses.map(({ receiptId, ...e }) => ({ ...e, receipt: (receiptId && receipts.get(receiptId)) || null })),
        feesPence: r.fees_pence,
        expensesPence: r.expenses_pence,
        totalPence: r.total_pence,
        note: r.note,
        conversation: r.conversation,
        refusedReason: r.refused_reason,
        submittedAt: iso(r.submitted_at),
        dueBy,
        overdue: isOverdue(r.status, dueBy, today),
        approvedAt: isoOrNull(r.approved_at),
        paidOn: r.paid_on,
        updatedAt: iso(r.updated_at),
      };
      return { claim, personHash: r.person_hash };
    });
  }

  return {
    async insert(c: NewClaim): Promise<void> {
      await db.query(
        `INSERT INTO claims (id, reference, opportunity_id, person_hash, name, cost_code, status, payment_choice, fees, expenses, fees_pence, expenses_pence, total_pence, note)
         VALUES ($1, $2, $3, $4, $5, $6, 'submitted', $7, $8::jsonb, $9::jsonb, $10, $11, $12, $13)`,
        [c.id, c.reference, c.opportunityId, c.personHash, keys.cipher.seal(c.name), c.costCode, c.paymentChoice, json(c.fees), json(c.expenses), c.totals.feesPence, c.totals.expensesPence, c.totals.totalPence, c.note],
      );
      for (const attendanceId of c.attendanceIds) await db.query('INSERT INTO claim_attendance (attendance_id, claim_id) VALUES ($1, $2)', [attendanceId, c.id]);
      await this.attachReceipts(c.id, c.expenses);
    },

    async attachReceipts(claimId: string, expenses: StoredExpense[]): Promise<void> {
      const ids = expenses.flatMap((e) => (e.receiptId ? [e.receiptId] : []));
      await db.query('UPDATE receipts SET claim_id = NULL WHERE claim_id = $1 AND NOT (id = ANY($2::text[]))', [claimId, ids]);
      await db.query('UPDATE receipts SET claim_id = $1 WHERE id = ANY($2::text[])', [claimId, ids]);
    },

    async find(id: string, lock = false): Promise<ClaimRecord | undefined> {
      const rows = await db.query<Row>(`${SELECT} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`, [id]);
      return (await present(rows))[0];
    },

    /** The queue: overdue first is the caller's sort; here, by status and opportunity. */
    async list(statuses: readonly ClaimStatus[], opportunityId?: string): Promise<ClaimRecord[]> {
      const rows = await db.query<Row>(`${SELECT} WHERE c.status = ANY($1::text[]) AND ($2::text IS NULL OR c.opportunity_id = $2) ORDER BY c.submitted_at, c.reference`, [statuses, opportunityId ?? null]);
      return present(rows);
    },

    /** For finance's export: by status and the day submitted (UK). */
    async forExport(statuses: readonly ClaimStatus[], from: string | undefined, to: string | undefined): Promise<ClaimRecord[]> {
      const rows = await db.query<Row>(
        `${SELECT} WHERE c.status = ANY($1::text[])
           AND ($2::date IS NULL OR (c.submitted_at AT TIME ZONE 'Europe/London')::date >= $2::date)
           AND ($3::date IS NULL OR (c.submitted_at AT TIME ZONE 'Europe/London')::date <= $3::date)
         ORDER BY c.submitted_at, c.reference`,
        [statuses, from ?? null, to ?? null],
      );
      return present(rows);
    },

    async mine(personHash: string): Promise<ClaimRecord[]> {
      return present(await db.query<Row>(`${SELECT} WHERE c.person_hash = $1 ORDER BY c.submitted_at DESC, c.id`, [personHash]));
    },

    /** Who recorded the attendance in a claim (for the two-person rule). */
    async recorders(claimId: string): Promise<string[]> {
      const rows = await db.query<{ recorded_by: string }>('SELECT DISTINCT a.recorded_by FROM claim_attendance ca JOIN attendance a ON a.id = ca.attendance_id WHERE ca.claim_id = $1', [claimId]);
      return rows.map((r) => r.recorded_by);
    },

    /** Applies one step; a refused claim lets its attendance go, for a new claim. */
    async step(id: string, change: { status: ClaimStatus; message?: ClaimMessage; refusedReason?: string; paidOn?: string; approved?: boolean }): Promise<void> {
      await db.query(
        `UPDATE claims SET status = $2,
           conversation = CASE WHEN $3::jsonb IS NULL THEN conversation ELSE conversation || jsonb_build_array($3::jsonb) END,
           refused_reason = coalesce($4, refused_reason),
           paid_on = coalesce($5::date, paid_on),
           approved_at = CASE WHEN $6::boolean THEN clock_timestamp() ELSE approved_at END,
           updated_at = clock_timestamp()
         WHERE id = $1`,
        [id, change.status, json(change.message), change.refusedReason ?? null, change.paidOn ?? null, Boolean(change.approved)],
      );
      if (change.status === 'refused') await db.query('DELETE FROM claim_attendance WHERE claim_id = $1', [id]);
    },

    async replaceExpenses(id: string, expenses: StoredExpense[], totals: Pick<Claim, 'feesPence' | 'expensesPence' | 'totalPence'>): Promise<void> {
      await db.query('UPDATE claims SET expenses = $2::jsonb, fees_pence = $3, expenses_pence = $4, total_pence = $5 WHERE id = $1', [id, json(expenses), totals.feesPence, totals.expensesPence, totals.totalPence]);
      await this.attachReceipts(id, expenses);
    },

    async uniqueReference(make: () => string): Promise<string> {
      for (;;) {
        const reference = make();
        if ((await db.query('SELECT 1 FROM claims WHERE reference = $1', [reference])).length === 0) return reference;
      }
    },
  };
}
