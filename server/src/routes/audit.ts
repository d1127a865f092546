import type { FastifyInstance } from 'fastify';
import { auditCsv } from '../../../src/api/audit.js';
import { requireRole } from '../auth.js';
import { actorOf, operation, sendJson } from '../http.js';
import { iso } from '../present.js';
import { badRequest } from '../problems.js';
import { readAudit, type AuditFilter, type AuditRow } from '../repositories/audit.js';

/** The audit trail, readable (issue 20): staff with `auditor` see who read or changed whose data, when and why. */
const EXPORT_MAX = 50_000;

const reasonOf = (row: AuditRow): string | null => (typeof row.detail?.reason === 'string' ? row.detail.reason : null);
const present = (row: AuditRow) => ({ id: row.id, at: iso(row.at), actor: row.actor, action: row.action, subjectIds: row.subject_ids ?? [], reason: reasonOf(row), detail: row.detail ?? null });
const filterOf = (query: Record<string, unknown>): AuditFilter => {
  const pick = (name: keyof AuditFilter) => (typeof query[name] === 'string' && query[name] ? { [name]: query[name] as string } : {});
  return { ...pick('actor'), ...pick('action'), ...pick('subjectId'), ...pick('from'), ...pick('to') };
};

export default async function auditRoutes(app: FastifyInstance): Promise<void> {
  operation(app, 'listAuditEvents', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'auditor');
    const query = request.query as Record<string, unknown>;
    const limit = Number(query.limit ?? 100);
    const filter = filterOf(query);
    const rows = await readAudit(app.db, filter, { before: typeof query.before === 'string' ? query.before : undefined, limit: limit + 1, order: 'newest' });
    const items = rows.slice(0, limit).map(present);
    // Who did what to whose record: kept by no cache, as the export is.
    reply.header('cache-control', 'no-store');
    // Reading the trail is recorded after the read, so it never shows in its own answer.
    await app.repos.audit(actorOf(request), 'listAuditEvents', [], { ...filter });
    return sendJson(reply, 200, { items, next: rows.length > limit ? items.at(-1)!.id : null });
  });

  operation(app, 'exportAuditEvents', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'auditor');
    const filter = filterOf(request.query as Record<string, unknown>);
    const rows = await readAudit(app.db, filter, { limit: EXPORT_MAX + 1, order: 'oldest' });
    // Never a silently shortened file: more than the limit asks for a narrower period.
    if (rows.length > EXPORT_MAX) throw badRequest(`More than ${EXPORT_MAX} events match. Choose a shorter period with from and to.`, [{ field: 'from', code: 'too-many', message: `More than ${EXPORT_MAX} events match: choose a later from date or an earlier to date.` }]);
    await app.repos.audit(actorOf(request), 'exportAuditEvents', [], { ...filter, rows: rows.length });
    // The whole trail for a period: no cache, in the browser or on the way, keeps a copy (SECURITY.md).
    reply.header('cache-control', 'no-store');
    reply.header('content-disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`);
    return reply.code(200).type('text/csv; charset=utf-8').send(auditCsv(rows.map(present)));
  });
}
