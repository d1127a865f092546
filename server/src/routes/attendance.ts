import type { FastifyInstance } from 'fastify';
import { requireRole } from '../auth.js';
import { newId } from '../crypto.js';
import { actorOf, inTransaction, operation, param, sendIdempotent, sendJson } from '../http.js';
import { attendanceRecorded } from '../messages/templates-pay.js';
import { checkVersion, money, requireAnyRole, withVersion, type PayContext } from '../pay/context.js';
import { conflict, invalid, notFound } from '../problems.js';
import { noTimeProblem } from '../../../src/api/pay-logic.js';
import type { Attendance, AttendanceChange, AttendanceInput, ContactPreference } from '../../../src/api/types.js';
import type { NewAttendance } from '../repositories/attendance.js';
import type { Repositories } from '../repositories/index.js';

/** Tells the person their attendance was recorded, with the hours and what it comes to (through the outbox). */
export async function tellRecorded(repos: Repositories, attendance: Attendance, contact: ContactPreference): Promise<void> {
  await repos.messages.send({
    message: attendanceRecorded.with({
      reference: attendance.id,
      opportunity: attendance.opportunityTitle.en,
      ...(attendance.opportunityTitle.cy ? { opportunityCy: attendance.opportunityTitle.cy } : {}),
      // Worded when sent, in the person's language and reading, as their page words it.
      sessionStart: attendance.sessionStart,
      activityMinutes: attendance.activityMinutes,
      prepMinutes: attendance.prepMinutes,
      amount: money(attendance.feePence),
    }),
    about: { type: 'attendance', id: attendance.id },
    to: contact,
    language: 'en-GB',
  });
}

/**
 * Records that someone took part and tells them (the attendance route, and staff recording a
 * "not on the list" report): a 409 when they are on the list for that session already.
 */
export async function recordAttended(repos: Repositories, pay: PayContext, row: Omit<NewAttendance, 'id' | 'personHash'>): Promise<Attendance> {
  const noTime = noTimeProblem(row.activityMinutes, row.prepMinutes);
  if (noTime) throw invalid([noTime]);
  const id = newId();
  const fresh = await repos.attendance.insert({ ...row, id, personHash: pay.keys.hasher.ofContact(row.contact) });
  if (!fresh) throw conflict('This person is already recorded for this session.');
  const { attendance } = (await repos.attendance.find(id))!;
  await tellRecorded(repos, attendance, row.contact);
  return attendance;
}

/** Who took part in each session, and for how long (issue 16): staff with `attendance` record and correct it. */
export default async function attendanceRoutes(app: FastifyInstance, pay: PayContext): Promise<void> {
  operation(app, 'listAttendance', { access: 'staff' }, async (request, reply) => {
    requireAnyRole(request.principal, 'attendance', 'finance');
    const opportunityId = param(request, 'opportunityId');
    if (!(await app.repos.opportunities.exists(opportunityId))) throw notFound('There is no opportunity with that id.');
    const items = (await app.repos.attendance.listFor(opportunityId)).map((r) => r.attendance);
    await app.repos.audit(actorOf(request), 'listAttendance', items.map((a) => a.id), { opportunityId });
    return sendJson(reply, 200, { items });
  });

  operation(app, 'recordAttendance', { access: 'staff' }, async (request, reply) => {
    const staff = requireRole(request.principal, 'attendance');
    const opportunityId = param(request, 'opportunityId');
    const input = request.body as AttendanceInput;
    return sendIdempotent(request, reply, async (repos) => {
      const opportunity = await repos.opportunities.find(opportunityId);
      if (!opportunity) throw notFound('There is no opportunity with that id.');
      let name: string;
      let contact: ContactPreference;
      if (input.interestId) {
        const interest = await repos.interests.find(opportunityId, input.interestId);
        if (!interest) throw invalid([{ field: 'interestId', code: 'not-found', message: 'There is no expression of interest with that id in this opportunity.' }]);
        if (interest.status !== 'joined') throw invalid([{ field: 'interestId', code: 'not-allowed', message: 'Mark this person as joined before recording that they took part.' }]);
        ({ name, contact } = interest);
      } else if (input.person) ({ name, contact } = input.person);
      else throw invalid([{ field: 'interestId', code: 'required', message: 'Choose who took part, or add them by hand.' }]);
      const attendance = await recordAttended(repos, pay, {
        opportunityId,
        sessionStart: new Date(input.sessionStart).toISOString(),
        interestId: input.interestId ?? null,
        recordedBy: staff.sub,
        name: name.trim(),
        contact,
        role: input.role?.trim() || null,
        activityMinutes: input.activityMinutes,
        prepMinutes: input.prepMinutes ?? 0,
        note: input.note?.trim() || null,
      });
      await repos.audit(staff.sub, 'recordAttendance', [attendance.id], { opportunityId });
      return { status: 201, body: attendance, headers: { etag: `"${attendance.updatedAt}"` } };
    });
  });

  operation(app, 'getAttendance', { access: 'staff' }, async (request, reply) => {
    requireAnyRole(request.principal, 'attendance', 'finance');
    const found = await app.repos.attendance.find(param(request, 'attendanceId'));
    if (!found) throw notFound('There is no attendance record with that id.');
    await app.repos.audit(actorOf(request), 'getAttendance', [found.attendance.id]);
    return sendJson(reply, 200, found.attendance);
  });

  operation(app, 'updateAttendance', { access: 'staff' }, async (request, reply) => {
    const staff = requireRole(request.principal, 'attendance');
    const id = param(request, 'attendanceId');
    const change = request.body as AttendanceChange;
    const attendance = await inTransaction(app, async (repos) => {
      const found = await repos.attendance.find(id, true);
      if (!found) throw notFound('There is no attendance record with that id.');
      checkVersion(request, found.attendance.updatedAt, 'attendance record');
      const hoursChange = change.activityMinutes !== undefined || change.prepMinutes !== undefined;
      if (hoursChange && (found.attendance.claimStatus === 'approved' || found.attendance.claimStatus === 'paid')) {
        throw conflict('These hours are in a claim that is approved or paid, so they cannot change.');
      }
      const noTime = hoursChange ? noTimeProblem(change.activityMinutes ?? found.attendance.activityMinutes, change.prepMinutes ?? found.attendance.prepMinutes) : undefined;
      if (noTime) throw invalid([noTime]);
      if (change.answer !== undefined && !found.attendance.query) throw invalid([{ field: 'answer', code: 'not-allowed', message: 'There is no question from the person to answer.' }]);
      await repos.attendance.change(id, change);
      await repos.audit(staff.sub, 'updateAttendance', [id], { fields: Object.keys(change) });
      return (await repos.attendance.find(id))!.attendance;
    });
    withVersion(reply, attendance.updatedAt);
    return sendJson(reply, 200, attendance);
  });
}
