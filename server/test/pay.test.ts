import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, suiteServer } from './harness.js';
import { purgePay } from '../src/repositories/receipts.js';
import { capturingSender, meOptions } from './me-helpers.js';
import { JPEG, paidSetUp, roles, told, upload } from './pay-support.js';

const sender = capturingSender();
const s = suiteServer({ me: meOptions(sender), pay: { separateApprover: true, payContact: 'the involvement team on 01632 960 000' } });

describe('valued and paid: attendance, a claim with a receipt, the queue, payment and the record', () => {
  it('prices, claims, approves and pays, telling the person at each step, and the paid claim is in their record', async () => {
    const { opportunityId, attendanceId, me } = await paidSetUp(s, sender, 'sam.flow@example.org');
    assert.deepEqual(await told(s, 'attendance', attendanceId), ['attendance_recorded']);

    const mine = await s.call('/api/v1/me/pay', { token: me });
    assert.equal(mine.status, 200);
    assert.equal(mine.body.payContact, 'the involvement team on 01632 960 000', 'who to ask about a late claim (PAY_CONTACT)');
    assert.deepEqual(mine.body.attendance.map((a: { activityMinutes: number; prepMinutes: number; feePence: number }) => [a.activityMinutes, a.prepMinutes, a.feePence]), [[120, 60, 6000]]);

    const receipt = await upload(s, me, JPEG);
    assert.equal(receipt.status, 201, JSON.stringify(receipt.body));
    assert.equal(receipt.body.contentType, 'image/jpeg');

    const claimBody = {
      opportunityId,
      attendanceIds: [attendanceId],
      paymentChoice: 'bank_transfer',
      expenses: [
        { type: 'mileage', miles: 12 },
        { type: 'care', amountPence: 3000, note: 'PA cover, 10am to 1pm', receiptId: receipt.body.id },
      ],
    };
    const idem = key();
    const claim = await s.call('/api/v1/me/claims', { method: 'POST', token: me, body: claimBody, headers: { 'idempotency-key': idem } });
    assert.equal(claim.status, 201, JSON.stringify(claim.body));
    assert.deepEqual([claim.body.feesPence, claim.body.expensesPence, claim.body.totalPence], [6000, 3540, 9540]);
    assert.equal(claim.body.expenses[1].receipt.id, receipt.body.id);
    const again = await s.call('/api/v1/me/claims', { method: 'POST', token: me, body: claimBody, headers: { 'idempotency-key': idem } });
    assert.deepEqual([again.status, again.body.id, again.headers.get('idempotent-replayed')], [201, claim.body.id, 'true']);
    const id = claim.body.id as string;

    const queue = await s.call('/api/v1/claims', { token: roles.finance });
    assert.deepEqual(queue.body.items.map((c: { id: string }) => c.id), [id]);
    assert.equal(queue.body.targetWorkingDays, 10);

    // Whoever recorded the attendance may not approve it; the one who did not, may.
    const recorderWithFinance = await s.call(`/api/v1/claims/${id}`, { method: 'PATCH', token: roles.both, body: { action: 'approve' } });
    assert.equal(recorderWithFinance.status, 200, 'staff-both did not record this attendance');
    const stale = await s.call(`/api/v1/claims/${id}`, { method: 'PATCH', token: roles.finance, body: { action: 'pay', paidOn: '2026-03-05' }, headers: { 'if-match': `"${claim.body.updatedAt}"` } });
    assert.equal(stale.status, 412);
    const paid = await s.call(`/api/v1/claims/${id}`, { method: 'PATCH', token: roles.finance, body: { action: 'pay', paidOn: '2026-03-05' }, headers: { 'if-match': `"${recorderWithFinance.body.updatedAt}"` } });
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    assert.deepEqual([paid.body.status, paid.body.paidOn], ['paid', '2026-03-05']);
    assert.deepEqual(await told(s, 'claim', id), ['claim_received', 'claim_approved', 'claim_paid']);

    const record = await s.call('/api/v1/me/record', { token: me });
    assert.deepEqual(record.body.claims.map((c: { status: string; totalPence: number; paidOn: string }) => [c.status, c.totalPence, c.paidOn]), [['paid', 9540, '2026-03-05']]);
    assert.deepEqual(record.body.activities.map((a: { roles: string[]; activityMinutes: number; prepMinutes: number }) => [a.roles, a.activityMinutes, a.prepMinutes]), [[['Panel member'], 120, 60]]);
    const csv = await s.call('/api/v1/me/record?format=csv', { token: me });
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    // The printed sheet's columns: reference, payment choice, fees, expenses, total, status, paid on.
    assert.match(String(csv.body), /claim,2026-\d\d-\d\d,Carers strategy panel,,CL-\w+,,,bank_transfer,\d+,\d+,9540,95\.40,paid,2026-03-05,/);

    const audit = await s.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE $1 = ANY(subject_ids) ORDER BY id`, [id]);
    assert.deepEqual(audit.map((a) => a.action), ['listClaims', 'decideClaim', 'decideClaim']);
    // Recording attendance, and correcting it, are audited too (who, what, when).
    const fixed = await s.call(`/api/v1/attendance/${attendanceId}`, { method: 'PATCH', token: roles.attendance, body: { note: 'Stayed for the whole session.' } });
    assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
    const recorded = await s.db.query<{ action: string; actor: string }>(`SELECT action, actor FROM audit_log WHERE $1 = ANY(subject_ids) AND action <> 'getAttendance' ORDER BY id`, [attendanceId]);
    assert.deepEqual(recorded.map((a) => [a.action, a.actor]), [['recordAttendance', 'staff-att'], ['updateAttendance', 'staff-att']]);
  });

  it('keeps the name and contact on attendance and claims sealed at rest', async () => {
    const { opportunityId, attendanceId, me } = await paidSetUp(s, sender, 'sealed.person@example.org');
    const claim = await s.call('/api/v1/me/claims', { method: 'POST', token: me, body: { opportunityId, attendanceIds: [attendanceId], paymentChoice: 'bank_transfer', expenses: [] }, headers: { 'idempotency-key': key() } });
    assert.equal(claim.status, 201, JSON.stringify(claim.body));
    const [attendance] = await s.db.query<{ name: string; contact: { detail: string } }>('SELECT name, contact FROM attendance WHERE id = $1', [attendanceId]);
    const [stored] = await s.db.query<{ name: string }>('SELECT name FROM claims WHERE id = $1', [claim.body.id]);
    for (const value of [attendance!.name, attendance!.contact.detail, stored!.name]) assert.match(value, /^enc:v1:/);
    assert.doesNotMatch(JSON.stringify([attendance, stored]), /sealed\.person|example\.org/);
    // Staff and the person still read them in the clear.
    assert.equal(claim.body.name, (await s.call('/api/v1/me/pay', { token: me })).body.attendance[0].name);
    assert.doesNotMatch(claim.body.name, /^enc:/);
  });

  it('refuses the approval by the member of staff who recorded the attendance, when the council requires two people', async () => {
    const { opportunityId, me } = await paidSetUp(s, sender, 'sam.two@example.org');
    const recorded = await s.call(`/api/v1/opportunities/${opportunityId}/attendance`, {
      method: 'POST', token: roles.both, body: { sessionStart: '2026-02-24T10:00:00Z', person: { name: 'Sam', contact: { method: 'email', detail: 'sam.two@example.org' } }, activityMinutes: 60 },
    });
    assert.equal(recorded.status, 201);
    const claim = await s.call('/api/v1/me/claims', { method: 'POST', token: me, body: { opportunityId, attendanceIds: [recorded.body.id], paymentChoice: 'declined' } });
    assert.equal(claim.status, 201, JSON.stringify(claim.body));
    const own = await s.call(`/api/v1/claims/${claim.body.id}`, { method: 'PATCH', token: roles.both, body: { action: 'approve' } });
    assert.equal(own.status, 403);
    assert.match(own.body.detail, /someone else must approve/);
  });

  it('refuses a “.jpg” that is HTML or a script, and a 20 MB file with a clear 413, keeping the rest of the claim', async () => {
    const { opportunityId, attendanceId, me } = await paidSetUp(s, sender, 'sam.receipts@example.org');
    for (const content of ['<!doctype html><html><body><script>alert(1)</script></body></html>', '#!/bin/sh\nrm -rf /\n', 'alert(document.cookie)']) {
      const refused = await upload(s, me, new TextEncoder().encode(content), 'image/jpeg');
      assert.equal(refused.status, 422, content);
      assert.deepEqual(refused.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['receipt', 'invalid-format']]);
    }
    const big = Buffer.alloc(20 * 1024 * 1024);
    JPEG.copy(big);
    const tooBig = await upload(s, me, big);
    assert.equal(tooBig.status, 413);
    assert.match(tooBig.body.detail, /too large: the most is 10 MB.*rest of your claim is kept/);
    assert.deepEqual(tooBig.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['receipt', 'too-big']]);
    assert.equal((await s.db.query(`SELECT 1 FROM receipts r JOIN attendance a ON a.person_hash = r.person_hash WHERE a.id = $1`, [attendanceId])).length, 0, 'nothing was stored');
    const claim = await s.call('/api/v1/me/claims', { method: 'POST', token: me, body: { opportunityId, attendanceIds: [attendanceId], paymentChoice: 'bank_transfer', expenses: [{ type: 'mileage', miles: 12 }] } });
    assert.equal(claim.status, 201, 'the claim goes in without the receipt');
    assert.equal(claim.body.totalPence, 6540);
  });

  it('erasing the person removes their attendance, claims and receipts', async () => {
    const { opportunityId, attendanceId, me } = await paidSetUp(s, sender, 'sam.erase@example.org');
    const receipt = await upload(s, me, JPEG);
    await s.call('/api/v1/me/claims', { method: 'POST', token: me, body: { opportunityId, attendanceIds: [attendanceId], paymentChoice: 'bank_transfer', expenses: [{ type: 'care', amountPence: 500, receiptId: receipt.body.id }] } });
    const [hash] = await s.db.query<{ person_hash: string }>('SELECT person_hash FROM attendance WHERE id = $1', [attendanceId]);
    assert.equal((await s.call('/api/v1/me', { method: 'DELETE', token: me })).status, 200);
    for (const table of ['attendance', 'claims', 'receipts', 'pay_limits']) {
      assert.deepEqual(await s.db.query(`SELECT 1 FROM ${table} WHERE person_hash = $1`, [hash!.person_hash]), [], table);
    }
  });

  it('retention removes paid claims with their receipts and attendance no claim holds, and keeps an open claim and recent attendance', async () => {
    const paid = await paidSetUp(s, sender, 'kept.long@example.org');
    const receipt = await upload(s, paid.me, JPEG);
    const paidClaim = await s.call('/api/v1/me/claims', { method: 'POST', token: paid.me, body: { opportunityId: paid.opportunityId, attendanceIds: [paid.attendanceId], paymentChoice: 'bank_transfer', expenses: [{ type: 'care', amountPence: 500, receiptId: receipt.body.id }] } });
    for (const step of [{ action: 'approve' }, { action: 'pay', paidOn: '2019-03-05' }]) {
      assert.equal((await s.call(`/api/v1/claims/${paidClaim.body.id}`, { method: 'PATCH', token: roles.finance, body: step })).status, 200);
    }
    const open = await paidSetUp(s, sender, 'still.open@example.org');
    const openClaim = await s.call('/api/v1/me/claims', { method: 'POST', token: open.me, body: { opportunityId: open.opportunityId, attendanceIds: [open.attendanceId], paymentChoice: 'declined', expenses: [] } });
    assert.equal(openClaim.status, 201, JSON.stringify(openClaim.body));
    const unclaimed = await paidSetUp(s, sender, 'never.claimed@example.org');
    const recent = await s.call(`/api/v1/opportunities/${unclaimed.opportunityId}/attendance`, {
      method: 'POST', token: roles.attendance, body: { sessionStart: '2026-02-24T10:00:00Z', interestId: unclaimed.interestId, activityMinutes: 60 }, headers: { 'idempotency-key': key() },
    });
    assert.equal(recent.status, 201, JSON.stringify(recent.body));
    const old = [paid.attendanceId, open.attendanceId, unclaimed.attendanceId];
    await s.db.query(`UPDATE attendance SET session_start = now() - interval '73 months' WHERE id = ANY($1::text[])`, [old]);
    await s.db.query(`UPDATE claims SET updated_at = now() - interval '73 months' WHERE id = ANY($1::text[])`, [[paidClaim.body.id, openClaim.body.id]]);

    const removed = await purgePay(s.db, 72);
    assert.deepEqual([removed.claims, removed.attendance], [1, 2]);
    const left = async (table: string, ids: string[]) => (await s.db.query<{ id: string }>(`SELECT id FROM ${table} WHERE id = ANY($1::text[]) ORDER BY id`, [ids])).map((r) => r.id);
    assert.deepEqual(await left('claims', [paidClaim.body.id, openClaim.body.id]), [openClaim.body.id], 'the open claim waits for finance');
    assert.deepEqual(await left('receipts', [receipt.body.id]), [], 'the receipt went with its claim');
    assert.deepEqual(await left('attendance', [...old, recent.body.id]), [open.attendanceId, recent.body.id].sort());
    assert.deepEqual((await s.call('/api/v1/me/record', { token: paid.me })).body.claims, [], 'the person\'s record no longer lists it');
    assert.deepEqual(await purgePay(s.db, 72), { claims: 0, attendance: 0, receipts: 0, missingSessions: 0 }, 'running again changes nothing');
  });
});

describe('attendance with 0 minutes taking part', () => {
  it('means they prepared but did not take part: preparation is paid; with no preparation either it is refused', async () => {
    const { opportunityId, interestId, attendanceId } = await paidSetUp(s, sender, 'sam.zero@example.org');
    const record = (activityMinutes: number, prepMinutes?: number) =>
      s.call(`/api/v1/opportunities/${opportunityId}/attendance`, {
        method: 'POST',
        token: roles.attendance,
        body: { sessionStart: '2026-03-02T10:00:00Z', interestId, activityMinutes, ...(prepMinutes === undefined ? {} : { prepMinutes }) },
        headers: { 'idempotency-key': key() },
      });
    for (const [activity, prep] of [[0, undefined], [0, 0]] as const) {
      const refused = await record(activity, prep);
      assert.equal(refused.status, 422, JSON.stringify(refused.body));
      assert.deepEqual(refused.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['activityMinutes', 'too-small']]);
    }
    const prepared = await record(0, 60);
    assert.equal(prepared.status, 201, JSON.stringify(prepared.body));
    assert.deepEqual([prepared.body.activityMinutes, prepared.body.prepMinutes, prepared.body.feePence], [0, 60, 2000], 'an hour of preparation at £20 an hour');
    const emptied = await s.call(`/api/v1/attendance/${prepared.body.id}`, { method: 'PATCH', token: roles.attendance, body: { prepMinutes: 0 }, headers: { 'if-match': `"${prepared.body.updatedAt}"` } });
    assert.deepEqual([emptied.status, emptied.body.errors?.[0]?.code], [422, 'too-small']);
    const first = await s.call(`/api/v1/attendance/${attendanceId}`, { token: roles.attendance });
    const zeroed = await s.call(`/api/v1/attendance/${attendanceId}`, { method: 'PATCH', token: roles.attendance, body: { activityMinutes: 0 }, headers: { 'if-match': `"${first.body.updatedAt}"` } });
    assert.equal(zeroed.status, 200, 'still an hour of preparation: ' + JSON.stringify(zeroed.body));
    assert.deepEqual([zeroed.body.activityMinutes, zeroed.body.prepMinutes, zeroed.body.feePence], [0, 60, 2000]);
  });
});

describe('“I came but I am not on the list”: a session with no attendance record', () => {
  it('takes the person’s report once, refuses what is not theirs to report, and staff record it or decline it with the person told', async () => {
    const { opportunityId, interestId, me } = await paidSetUp(s, sender, 'sam.missing@example.org');
    const choices = (await s.call('/api/v1/me/missing-sessions', { token: me })).body;
    assert.deepEqual([choices.items, choices.activities.map((a: { interestId: string; opportunityId: string }) => [a.interestId, a.opportunityId])], [[], [[interestId, opportunityId]]], 'the activity she may report a session of');
    const report = { interestId, sessionStart: '2026-03-02T10:00:00Z', activityMinutes: 120, prepMinutes: 30, text: 'I was on the panel; I sat next to the chair.' };
    const idem = key();
    const sent = await s.call('/api/v1/me/missing-sessions', { method: 'POST', token: me, body: report, headers: { 'idempotency-key': idem } });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    assert.deepEqual([sent.body.status, sent.body.opportunityId, sent.body.name, sent.body.activityMinutes, sent.body.prepMinutes], ['open', opportunityId, 'Sam Jones', 120, 30]);
    // The reply was lost and the page sent it again with the same key: one report.
    const retried = await s.call('/api/v1/me/missing-sessions', { method: 'POST', token: me, body: report, headers: { 'idempotency-key': idem } });
    assert.deepEqual([retried.status, retried.body.id, retried.headers.get('idempotent-replayed')], [201, sent.body.id, 'true']);
    const twice = await s.call('/api/v1/me/missing-sessions', { method: 'POST', token: me, body: report, headers: { 'idempotency-key': key() } });
    assert.equal(twice.status, 409, 'the same session reported again while it is open');
    const onList = await s.call('/api/v1/me/missing-sessions', { method: 'POST', token: me, body: { ...report, sessionStart: '2026-02-23T10:00:00Z' } });
    assert.equal(onList.status, 409, 'a session the person is recorded for already');
    const codes = async (body: unknown) => ((await s.call('/api/v1/me/missing-sessions', { method: 'POST', token: me, body })).body.errors as { field: string; code: string }[]).map((e) => `${e.field} ${e.code}`);
    assert.deepEqual(await codes({ ...report, sessionStart: '2099-01-01T10:00:00Z' }), ['sessionStart not-allowed']);
    assert.deepEqual(await codes({ ...report, text: '' }), ['text required']);
    assert.deepEqual(await codes({ ...report, interestId: 'nobody-s-interest' }), ['interestId not-found']);

    const queue = await s.call('/api/v1/missing-sessions', { token: roles.attendance });
    assert.deepEqual(queue.body.items.map((m: { id: string; name: string }) => [m.id, m.name]), [[sent.body.id, 'Sam Jones']]);
    const path = `/api/v1/missing-sessions/${sent.body.id}`;
    const noReason = await s.call(path, { method: 'PATCH', token: roles.attendance, body: { action: 'decline' } });
    assert.deepEqual(noReason.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`), ['reason required']);
    const stale = await s.call(path, { method: 'PATCH', token: roles.attendance, body: { action: 'record' }, headers: { 'if-match': '"2020-01-01T00:00:00.000Z"' } });
    assert.equal(stale.status, 412);
    const recorded = await s.call(path, { method: 'PATCH', token: roles.attendance, body: { action: 'record', activityMinutes: 90 }, headers: { 'if-match': `"${sent.body.updatedAt}"` } });
    assert.equal(recorded.status, 200, JSON.stringify(recorded.body));
    assert.equal(recorded.body.status, 'recorded');
    const mine = (await s.call('/api/v1/me/pay', { token: me })).body.attendance as { id: string; sessionStart: string; activityMinutes: number; prepMinutes: number }[];
    const added = mine.find((a) => a.id === recorded.body.attendanceId);
    assert.deepEqual([added?.sessionStart, added?.activityMinutes, added?.prepMinutes], ['2026-03-02T10:00:00.000Z', 90, 30], 'the session is on the person’s list with the hours staff gave');
    assert.deepEqual(await told(s, 'attendance', recorded.body.attendanceId), ['attendance_recorded']);
    assert.equal((await s.call(path, { method: 'PATCH', token: roles.attendance, body: { action: 'decline', reason: 'Changed my mind' } })).status, 409, 'resolved already');

    const other = await s.call('/api/v1/me/missing-sessions', { method: 'POST', token: me, body: { ...report, sessionStart: '2026-03-09T10:00:00Z' } });
    const declined = await s.call(`/api/v1/missing-sessions/${other.body.id}`, { method: 'PATCH', token: roles.attendance, body: { action: 'decline', reason: 'The session on 9 March was cancelled.' } });
    assert.deepEqual([declined.status, declined.body.status, declined.body.reason], [200, 'declined', 'The session on 9 March was cancelled.']);
    assert.deepEqual(await told(s, 'missing-session', other.body.id), ['missing_session_declined']);
    const listed = (await s.call('/api/v1/me/missing-sessions', { token: me })).body.items as { id: string; status: string }[];
    assert.deepEqual(listed.map((m) => [m.id, m.status]), [[other.body.id, 'declined'], [sent.body.id, 'recorded']]);
    assert.deepEqual((await s.call('/api/v1/missing-sessions', { token: roles.attendance })).body.items, [], 'nothing left open');
    const audit = await s.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE $1 = ANY(subject_ids) ORDER BY id`, [sent.body.id]);
    assert.deepEqual(audit.map((a) => a.action), ['listMissingSessions', 'resolveMissingSession']);
  });

  it('offers only sessions that have started, refuses a blank account, and records a report whose person got on the list another way meanwhile', async () => {
    const { opportunityId, interestId, me } = await paidSetUp(s, sender, 'sam.meanwhile@example.org');
    await s.db.query(`UPDATE opportunities SET doc = jsonb_set(doc, '{when,sessions}', $2::jsonb) WHERE id = $1`, [opportunityId, JSON.stringify([{ start: '2026-02-23T10:00:00Z' }, { start: '2026-03-16T10:00:00Z' }, { start: '2099-01-05T10:00:00Z' }])]);
    const choices = (await s.call('/api/v1/me/missing-sessions', { token: me })).body;
    assert.deepEqual(choices.activities[0].sessions, ['2026-03-16T10:00:00.000Z', '2026-02-23T10:00:00.000Z'], 'the session in 2099 is not offered');
    const report = { interestId, sessionStart: '2026-03-16T10:00:00Z', activityMinutes: 120, text: 'I was there.' };
    const blank = await s.call('/api/v1/me/missing-sessions', { method: 'POST', token: me, body: { ...report, text: '   ' } });
    assert.deepEqual([blank.status, blank.body.errors?.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)], [422, ['text required']], 'spaces only are no account');
    const sent = await s.call('/api/v1/me/missing-sessions', { method: 'POST', token: me, body: report });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));

    // Meanwhile staff put her on the list from the register (she is told once, then).
    const direct = await s.call(`/api/v1/opportunities/${opportunityId}/attendance`, { method: 'POST', token: roles.attendance, body: { sessionStart: '2026-03-16T10:00:00Z', interestId, activityMinutes: 120 }, headers: { 'idempotency-key': key() } });
    assert.equal(direct.status, 201, JSON.stringify(direct.body));
    const recorded = await s.call(`/api/v1/missing-sessions/${sent.body.id}`, { method: 'PATCH', token: roles.attendance, body: { action: 'record' } });
    assert.deepEqual([recorded.status, recorded.body.status, recorded.body.attendanceId], [200, 'recorded', direct.body.id], 'the report closes, linked to the record that exists');
    assert.deepEqual(await told(s, 'attendance', direct.body.id), ['attendance_recorded'], 'told once that she is on the list, not twice');
    assert.deepEqual(await told(s, 'missing-session', sent.body.id), [], 'never told it was declined');
    assert.deepEqual((await s.call('/api/v1/missing-sessions', { token: roles.attendance })).body.items, [], 'nothing left open');
  });

  it('retention removes reports recorded or declined long ago (their words and reason) and keeps one still open', async () => {
    const { interestId, me } = await paidSetUp(s, sender, 'sam.retained@example.org');
    const send = async (sessionStart: string) => (await s.call('/api/v1/me/missing-sessions', { method: 'POST', token: me, body: { interestId, sessionStart, activityMinutes: 60, text: 'I was there.' } })).body.id as string;
    const [declined, open, recent] = [await send('2020-01-06T10:00:00Z'), await send('2020-01-13T10:00:00Z'), await send('2020-01-20T10:00:00Z')];
    for (const id of [declined, recent]) assert.equal((await s.call(`/api/v1/missing-sessions/${id}`, { method: 'PATCH', token: roles.attendance, body: { action: 'decline', reason: 'No register that day.' } })).status, 200);
    await s.db.query(`UPDATE missing_sessions SET updated_at = now() - interval '73 months' WHERE id = ANY($1::text[])`, [[declined, open]]);
    assert.equal((await purgePay(s.db, 72)).missingSessions, 1);
    const left = await s.db.query<{ id: string }>(`SELECT id FROM missing_sessions WHERE id = ANY($1::text[]) ORDER BY id`, [[declined, open, recent]]);
    assert.deepEqual(left.map((r) => r.id), [open, recent].sort(), 'the open report waits for staff; the recent one stays');
  });
});
