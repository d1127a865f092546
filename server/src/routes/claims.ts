import type { FastifyInstance } from 'fastify';
import { claimsCsv } from '../../../src/api/csv.js';
import { queueOrder } from '../../../src/api/money.js';
import { CLAIM_STEP_STATUS, CLAIM_STEPS, decisionErrors } from '../../../src/api/pay-logic.js';
import type { ClaimDecision, ClaimQuery, ClaimExportQuery, ClaimStatus } from '../../../src/api/types.js';
import { requireRole } from '../auth.js';
import { actorOf, authorOf, operation, param, sendJson } from '../http.js';
import { claimApproved, claimPaid, claimQueried, claimRefused } from '../messages/templates-pay.js';
import { checkVersion, money, personOf, withVersion, type PayContext } from '../pay/context.js';
import { conflict, forbidden, invalid, notFound } from '../problems.js';
import { attendanceRepository } from '../repositories/attendance.js';
import { claimRepository } from '../repositories/claims.js';
import { repositories } from '../repositories/index.js';

/** The finance queue (issue 16): staff with `finance` approve, query, refuse and mark paid; every read and change audited. */
export default async function claimRoutes(app: FastifyInstance, pay: PayContext): Promise<void> {
  const claims = claimRepository(app.db, app.contactKeys, pay.settings);

  operation(app, 'listClaims', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'finance');
    const query = request.query as ClaimQuery;
    const statuses: ClaimStatus[] = query.status?.length ? query.status : ['submitted', 'queried', 'approved'];
    const items = (await claims.list(statuses, query.opportunityId)).map((r) => r.claim).sort(queueOrder);
    await app.repos.audit(actorOf(request), 'listClaims', items.map((c) => c.id));
    return sendJson(reply, 200, { items, total: items.length, targetWorkingDays: pay.settings.targetWorkingDays, separateApprover: pay.settings.separateApprover });
  });

  operation(app, 'exportClaims', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'finance');
    const query = request.query as ClaimExportQuery;
    const statuses: ClaimStatus[] = query.status?.length ? query.status : ['approved', 'paid'];
    const rows = (await claims.forExport(statuses, query.from, query.to)).map((r) => r.claim);
    await app.repos.audit(actorOf(request), 'exportClaims', rows.map((c) => c.id), { statuses, from: query.from ?? null, to: query.to ?? null });
    reply.header('content-disposition', `attachment; filename="claims-${new Date().toISOString().slice(0, 10)}.csv"`);
    return reply.code(200).type('text/csv; charset=utf-8').send(claimsCsv(rows));
  });

  operation(app, 'getClaim', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'finance');
    const found = await claims.find(param(request, 'claimId'));
    if (!found) throw notFound('There is no claim with that id.');
    await app.repos.audit(actorOf(request), 'getClaim', [found.claim.id]);
    return sendJson(reply, 200, found.claim);
  });

  operation(app, 'decideClaim', { access: 'staff' }, async (request, reply) => {
    const staff = requireRole(request.principal, 'finance');
    const id = param(request, 'claimId');
    const decision = request.body as ClaimDecision;
    const errors = decisionErrors(decision);
    if (errors.length) throw invalid(errors);
    const claim = await app.db.transaction(async (db) => {
      const repos = repositories(db, pay.keys, pay.settings);
      const tx = repos.claims;
      const found = await tx.find(id, true);
      if (!found) throw notFound('There is no claim with that id.');
      checkVersion(request, found.claim.updatedAt, 'claim');
      if (!CLAIM_STEPS[decision.action].includes(found.claim.status)) throw conflict(`This claim is ${found.claim.status}, so it cannot be given that step. Reload it to see what happened.`);
      if (decision.action === 'approve' && pay.settings.separateApprover && (await tx.recorders(id)).includes(staff.sub)) {
        throw forbidden('You recorded the attendance in this claim, so someone else must approve it.');
      }
      const text = decision.text?.trim();
      const at = new Date().toISOString();
      await tx.step(id, {
        status: CLAIM_STEP_STATUS[decision.action],
        ...(decision.action === 'query' && text ? { message: { from: 'staff', text, at } } : {}),
        ...(decision.action === 'refuse' && text ? { refusedReason: text } : {}),
        ...(decision.action === 'pay' && decision.paidOn ? { paidOn: decision.paidOn } : {}),
        approved: decision.action === 'approve',
      });
      const after = (await tx.find(id))!.claim;
      const contact = await contactOf(repos, after.fees[0]?.attendanceId);
      if (contact) {
        const about = { reference: after.reference, opportunity: after.opportunityTitle.en, ...(after.opportunityTitle.cy ? { opportunityCy: after.opportunityTitle.cy } : {}) };
        const author = authorOf(request);
        const by = author ? { author } : {};
        const message =
          decision.action === 'approve'
            ? claimApproved.with({ ...about, ...by, amount: money(after.totalPence), dueBy: after.dueBy })
            : decision.action === 'query'
              ? claimQueried.with({ ...about, ...by, question: text ?? '' })
              : decision.action === 'refuse'
                ? claimRefused.with({ ...about, ...by, reason: text ?? '' })
                : claimPaid.with({ ...about, amount: money(after.totalPence), paidOn: after.paidOn ?? '', how: after.paymentChoice });
        await repos.messages.send({ message, about: { type: 'claim', id }, to: contact, language: 'en-GB' });
      }
      await repos.audit(staff.sub, 'decideClaim', [id], { action: decision.action });
      return after;
    });
    withVersion(reply, claim.updatedAt);
    return sendJson(reply, 200, claim);
  });

  operation(app, 'getReceipt', {}, async (request, reply) => {
    const id = param(request, 'receiptId');
    const file = await app.repos.receipts.file(id);
    if (request.principal.kind === 'jwt' || request.principal.kind === 'invalid') {
      requireRole(request.principal, 'finance');
      if (!file) throw notFound('There is no receipt with that id.');
      await app.repos.audit(actorOf(request), 'getReceipt', [id]);
    } else {
      const { personHash } = await personOf(app.db, request);
      if (!file || !personHash || file.personHash !== personHash) throw notFound('There is no receipt of yours with that id.');
    }
    reply.header('content-disposition', `attachment; filename="receipt-${id}.${file.contentType === 'application/pdf' ? 'pdf' : file.contentType === 'image/png' ? 'png' : 'jpg'}"`);
    reply.header('cache-control', 'private, no-store');
    return reply.code(200).type(file.contentType).send(Buffer.from(file.data));
  });
}

/** Where to tell the person: the contact on the attendance the claim was made from. */
async function contactOf(repos: { attendance: ReturnType<typeof attendanceRepository> }, attendanceId: string | undefined) {
  return attendanceId ? (await repos.attendance.find(attendanceId))?.contact : undefined;
}
