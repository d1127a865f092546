import type { FastifyInstance } from 'fastify';
import { requireRole } from '../auth.js';
import { newId } from '../crypto.js';
import { actorOf, inTransaction, operation, param, sendIdempotent, sendJson } from '../http.js';
import { missingSessionDeclined } from '../messages/templates-pay.js';
import { checkVersion, personOf, withVersion, type PayContext } from '../pay/context.js';
import { conflict, invalid, notFound } from '../problems.js';
import type { MissingSessionDecision, MissingSessionInput, MissingSessionQuery } from '../../../src/api/types.js';
import { recordAttended } from './attendance.js';

/**
 * "I came but I am not on the list" (issue 16): the person reports a session with no attendance
 * record (their `/me` token); staff with `attendance` record it or decline it with a reason, and
 * the person is told either way through the outbox.
 */
export default async function missingSessionRoutes(app: FastifyInstance, pay: PayContext): Promise<void> {
  operation(app, 'listMyMissingSessions', {}, async (request, reply) => {
    const { personHash } = await personOf(app.db, request);
    reply.header('cache-control', 'no-store');
    if (!personHash) return sendJson(reply, 200, { items: [], activities: [] });
    return sendJson(reply, 200, { items: await app.repos.missingSessions.mine(personHash), activities: await app.repos.missingSessions.activities(personHash) });
  });

  operation(app, 'reportMissingSession', {}, async (request, reply) => {
    const { personHash } = await personOf(app.db, request);
    const input = request.body as MissingSessionInput;
    return sendIdempotent(request, reply, async (repos) => {
      const text = input.text.trim();
      if (!text) throw invalid([{ field: 'text', code: 'required', message: 'Tell us what you did at the session.' }]);
      const interest = personHash ? await repos.missingSessions.interestOf(input.interestId, personHash) : undefined;
      if (!interest || !personHash) throw invalid([{ field: 'interestId', code: 'not-found', message: 'Choose an activity you told us you were interested in.' }]);
      const sessionStart = new Date(input.sessionStart).toISOString();
      if (Date.parse(sessionStart) > Date.now()) throw invalid([{ field: 'sessionStart', code: 'not-allowed', message: 'Choose a session that has happened.' }]);
      const recorded = (await repos.attendance.mine(personHash)).some((r) => r.attendance.opportunityId === interest.opportunityId && r.attendance.sessionStart === sessionStart);
      if (recorded) throw conflict('You are on the list for this session already.');
      const id = newId();
      const fresh = await repos.missingSessions.insert({
        id,
        opportunityId: interest.opportunityId,
        interestId: input.interestId,
        personHash,
        sessionStart,
        activityMinutes: input.activityMinutes,
        prepMinutes: input.prepMinutes ?? 0,
        text,
      });
      if (!fresh) throw conflict('You told us about this session already; staff will answer.');
      const { report } = (await repos.missingSessions.find(id))!;
      return { status: 201, body: report, headers: { etag: `"${report.updatedAt}"` } };
    });
  });

  operation(app, 'listMissingSessions', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'attendance');
    const { status } = request.query as MissingSessionQuery;
    const items = await app.repos.missingSessions.list(status?.length ? status : ['open']);
    await app.repos.audit(actorOf(request), 'listMissingSessions', items.map((m) => m.id));
    return sendJson(reply, 200, { items });
  });

  operation(app, 'resolveMissingSession', { access: 'staff' }, async (request, reply) => {
    const staff = requireRole(request.principal, 'attendance');
    const id = param(request, 'missingSessionId');
    const decision = request.body as MissingSessionDecision;
    const report = await inTransaction(app, async (repos) => {
      const found = await repos.missingSessions.find(id, true);
      if (!found) throw notFound('There is no report with that id.');
      checkVersion(request, found.report.updatedAt, 'report');
      const r = found.report;
      if (decision.action === 'decline' && !decision.reason?.trim()) throw invalid([{ field: 'reason', code: 'required', message: 'Say why, so we can tell them.' }]);
      if (r.status !== 'open') throw conflict(`This report was ${r.status} already.`);
      const interest = await repos.interests.find(r.opportunityId, r.interestId);
      if (!interest) throw notFound('The expression of interest behind this report is gone.');
      if (decision.action === 'record') {
        // On the list another way meanwhile (staff added them from the register): link that record
        // and close the report. No second message: they were told "recorded" when it was made.
        const existing = (await repos.attendance.mine(found.personHash)).find((a) => a.attendance.opportunityId === r.opportunityId && a.attendance.sessionStart === r.sessionStart);
        if (existing) {
          await repos.missingSessions.resolve(id, { status: 'recorded', attendanceId: existing.attendance.id }, staff.sub);
        } else {
          const attendance = await recordAttended(repos, pay, {
            opportunityId: r.opportunityId,
            sessionStart: r.sessionStart,
            interestId: r.interestId,
            recordedBy: staff.sub,
            name: interest.name.trim(),
            contact: interest.contact,
            role: decision.role?.trim() || null,
            activityMinutes: decision.activityMinutes ?? r.activityMinutes,
            prepMinutes: decision.prepMinutes ?? r.prepMinutes,
            note: null,
          });
          const attendanceId = attendance.id;
          await repos.missingSessions.resolve(id, { status: 'recorded', attendanceId }, staff.sub);
          await repos.audit(staff.sub, 'recordAttendance', [attendanceId], { opportunityId: r.opportunityId, missingSessionId: id });
        }
      } else {
        const reason = decision.reason!.trim();
        await repos.missingSessions.resolve(id, { status: 'declined', reason }, staff.sub);
        await repos.messages.send({
          message: missingSessionDeclined.with({
            reference: id,
            opportunity: r.opportunityTitle.en,
            ...(r.opportunityTitle.cy ? { opportunityCy: r.opportunityTitle.cy } : {}),
            sessionStart: r.sessionStart,
            reason,
          }),
          about: { type: 'missing-session', id },
          to: interest.contact,
          language: 'en-GB',
        });
      }
      await repos.audit(staff.sub, 'resolveMissingSession', [id], { action: decision.action });
      return (await repos.missingSessions.find(id))!.report;
    });
    withVersion(reply, report.updatedAt);
    return sendJson(reply, 200, report);
  });
}
