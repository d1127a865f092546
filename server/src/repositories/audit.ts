import type { Queryable } from '../db/db.js';

/** Records a staff read of personal data: who (the JWT subject), what, which ids; `at` is set by the database. */
export async function audit(db: Queryable, actor: string, action: string, ids: string[], detail?: Record<string, unknown>): Promise<void> {
  await db.query('INSERT INTO audit_log (actor, action, subject_ids, detail) VALUES ($1, $2, $3, $4)', [actor, action, ids, detail ?? null]);
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  subjectId?: string;
  /** Days (YYYY-MM-DD, UTC), both ends included. */
  from?: string;
  to?: string;
}

export interface AuditRow {
  id: string;
  at: Date | string;
  actor: string;
  action: string;
  subject_ids: string[];
  detail: Record<string, unknown> | null;
}

/** Audit events matching the filter: newest first below `before` (paging), or oldest first (export). */
export async function readAudit(db: Queryable, filter: AuditFilter, page: { before?: string; limit: number; order: 'newest' | 'oldest' }): Promise<AuditRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.actor) add('actor = ?', filter.actor);
  if (filter.action) add('action = ?', filter.action);
  // `@>` (not `= ANY`), so that the GIN index on subject_ids (migration 130) answers it.
  if (filter.subjectId) add('subject_ids @> ARRAY[?::text]', filter.subjectId);
  if (filter.from) add("at >= (?::date)::timestamp AT TIME ZONE 'UTC'", filter.from);
  if (filter.to) add("at < ((?::date) + 1)::timestamp AT TIME ZONE 'UTC'", filter.to);
  if (page.before) add('id < ?::bigint', page.before);
  params.push(page.limit);
  const sql = `SELECT id::text AS id, at, actor, action, subject_ids, detail FROM audit_log
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY audit_log.id ${page.order === 'newest' ? 'DESC' : 'ASC'} LIMIT $${params.length}`;
  return db.query<AuditRow>(sql, params);
}
