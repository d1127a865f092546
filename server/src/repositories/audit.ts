import type { Queryable } from '../db/db.js';

/** Records a staff read of personal data: who (the JWT subject), what, which ids; `at` is set by the database. */
export async function audit(db: Queryable, actor: string, action: string, ids: string[], detail?: Record<string, unknown>): Promise<void> {
  await db.query('INSERT INTO audit_log (actor, action, subject_ids, detail) VALUES ($1, $2, $3, $4)', [actor, action, ids, detail ?? null]);
}
