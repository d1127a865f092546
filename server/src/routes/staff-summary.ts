import type { FastifyInstance } from 'fastify';
import { staffSummary } from '../../../src/api/staff-summary.js';
import { hiddenMessageSubjects, requireStaff } from '../auth.js';
import { operation, sendJson } from '../http.js';
import type { PayContext } from '../pay/context.js';
import { summaryRows } from '../repositories/staff-summary.js';

/** The staff workspace's counts (issue 14): what waits in each section and what is overdue; counts only. */
export default async function staffSummaryRoutes(app: FastifyInstance, pay: PayContext): Promise<void> {
  operation(app, 'getStaffSummary', { access: 'staff' }, async (request, reply) => {
    const staff = requireStaff(request.principal);
    const targetWorkingDays = pay.settings.targetWorkingDays;
    const rows = await summaryRows(app.db, { claims: staff.roles.includes('finance') ? { targetWorkingDays } : false, byHand: staff.roles.includes('people') && { hidden: hiddenMessageSubjects(staff) } });
    const { interest, feedback } = app.settings.respondWithinDays;
    return sendJson(reply, 200, staffSummary(rows, new Date(), { interest, feedback, claims: targetWorkingDays }), { 'cache-control': 'no-store' });
  });
}
