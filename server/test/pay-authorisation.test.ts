/**
 * Who may do what with attendance and claims (issue 16): every pay operation, called as
 * nobody, as another signed-in person, as the owner, as staff without a pay role, as staff
 * with `attendance` and as staff with `finance`. Each answer's status is in the table below,
 * and nothing of the owner's reaches anyone else.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, suiteServer } from './harness.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';
import { JPEG, paidSetUp, roles } from './pay-support.js';

const sender = capturingSender();
const s = suiteServer({ me: meOptions(sender) });

type Who = 'anonymous' | 'other' | 'owner' | 'staff' | 'attendance' | 'finance';
const WHO: Who[] = ['anonymous', 'other', 'owner', 'staff', 'attendance', 'finance'];

describe('pay authorisation matrix', () => {
  it('answers each caller as the table says, and leaks nothing of the owner’s', async () => {
    const owner = await paidSetUp(s, sender, 'owner.matrix@example.org');
    const { opportunityId, attendanceId: a1 } = owner;
    // Another person, known to the council (an interest), signed in on their own page.
    await s.call(`/api/v1/opportunities/${opportunityId}/interests`, { method: 'POST', body: { name: 'Other Person', contact: { method: 'email', detail: 'other.matrix@example.org' }, consent: true } });
    const other = await signInByEmail(s, sender, 'other.matrix@example.org');
    const a2 = (
      await s.call(`/api/v1/opportunities/${opportunityId}/attendance`, {
        method: 'POST', token: roles.attendance, body: { sessionStart: '2026-03-02T10:00:00Z', interestId: owner.interestId, activityMinutes: 60 },
      })
    ).body.id as string;
    const receipt = (await fetch(`${s.base}/api/v1/me/receipts`, { method: 'POST', headers: { authorization: `Bearer ${owner.me}`, 'content-type': 'image/jpeg' }, body: JPEG }).then((r) => r.json())) as { id: string };
    const claim = (await s.call('/api/v1/me/claims', { method: 'POST', token: owner.me, body: { opportunityId, attendanceIds: [a1], paymentChoice: 'bank_transfer', expenses: [{ type: 'care', amountPence: 1000, receiptId: receipt.id }] } })).body;
    assert.ok(claim.id, JSON.stringify(claim));

    const missing = (await s.call('/api/v1/me/missing-sessions', { method: 'POST', token: owner.me, body: { interestId: owner.interestId, sessionStart: '2026-03-16T10:00:00Z', activityMinutes: 60, text: 'I was there.' } })).body;
    assert.ok(missing.id, JSON.stringify(missing));

    const tokenOf: Record<Who, string | undefined> = { anonymous: undefined, other, owner: owner.me, staff: roles.staff, attendance: roles.attendance, finance: roles.finance };
    let session = 0;
    const ops: { name: string; call: (token: string | undefined) => Promise<{ status: number; body: unknown }>; expect: Record<Who, number> }[] = [
      { name: 'listAttendance', call: (t) => s.call(`/api/v1/opportunities/${opportunityId}/attendance`, { token: t }), expect: { anonymous: 401, other: 401, owner: 401, staff: 403, attendance: 200, finance: 200 } },
      {
        name: 'recordAttendance',
        call: (t) => s.call(`/api/v1/opportunities/${opportunityId}/attendance`, { method: 'POST', token: t, headers: { 'idempotency-key': key() }, body: { sessionStart: `2026-04-0${++session}T10:00:00Z`, person: { name: 'Hand Added', contact: { method: 'email', detail: 'hand@example.org' } }, activityMinutes: 30 } }),
        expect: { anonymous: 401, other: 401, owner: 401, staff: 403, attendance: 201, finance: 403 },
      },
      { name: 'getAttendance', call: (t) => s.call(`/api/v1/attendance/${a1}`, { token: t }), expect: { anonymous: 401, other: 401, owner: 401, staff: 403, attendance: 200, finance: 200 } },
      { name: 'updateAttendance', call: (t) => s.call(`/api/v1/attendance/${a2}`, { method: 'PATCH', token: t, body: { note: 'Arrived early' } }), expect: { anonymous: 401, other: 401, owner: 401, staff: 403, attendance: 200, finance: 403 } },
      { name: 'listClaims', call: (t) => s.call('/api/v1/claims', { token: t }), expect: { anonymous: 401, other: 401, owner: 401, staff: 403, attendance: 403, finance: 200 } },
      { name: 'exportClaims', call: (t) => s.call('/api/v1/claims/export?status=submitted', { token: t }), expect: { anonymous: 401, other: 401, owner: 401, staff: 403, attendance: 403, finance: 200 } },
      { name: 'getClaim', call: (t) => s.call(`/api/v1/claims/${claim.id}`, { token: t }), expect: { anonymous: 401, other: 401, owner: 401, staff: 403, attendance: 403, finance: 200 } },
      { name: 'decideClaim', call: (t) => s.call(`/api/v1/claims/${claim.id}`, { method: 'PATCH', token: t, body: { action: 'query', text: 'Which bus?' } }), expect: { anonymous: 401, other: 401, owner: 401, staff: 403, attendance: 403, finance: 200 } },
      { name: 'answerClaimQuery', call: (t) => s.call(`/api/v1/me/claims/${claim.id}/answers`, { method: 'POST', token: t, body: { text: 'The number 7.' } }), expect: { anonymous: 401, other: 404, owner: 200, staff: 401, attendance: 401, finance: 401 } },
      { name: 'getReceipt', call: (t) => s.call(`/api/v1/receipts/${receipt.id}`, { token: t }), expect: { anonymous: 401, other: 404, owner: 200, staff: 403, attendance: 403, finance: 200 } },
      { name: 'getMyPay', call: (t) => s.call('/api/v1/me/pay', { token: t }), expect: { anonymous: 401, other: 200, owner: 200, staff: 401, attendance: 401, finance: 401 } },
      { name: 'setMyBenefitsLimit', call: (t) => s.call('/api/v1/me/pay/limit', { method: 'PUT', token: t, body: { weeklyPence: 2000 } }), expect: { anonymous: 401, other: 200, owner: 200, staff: 401, attendance: 401, finance: 401 } },
      { name: 'queryMyAttendance', call: (t) => s.call(`/api/v1/me/attendance/${a2}/queries`, { method: 'POST', token: t, headers: { 'idempotency-key': key() }, body: { text: 'I stayed longer.' } }), expect: { anonymous: 401, other: 404, owner: 201, staff: 401, attendance: 401, finance: 401 } },
      {
        name: 'uploadReceipt',
        call: (t) => fetch(`${s.base}/api/v1/me/receipts`, { method: 'POST', headers: { ...(t ? { authorization: `Bearer ${t}` } : {}), 'content-type': 'image/jpeg' }, body: JPEG }).then(async (r) => ({ status: r.status, body: await r.json() })),
        expect: { anonymous: 401, other: 201, owner: 201, staff: 401, attendance: 401, finance: 401 },
      },
      { name: 'createClaim', call: (t) => s.call('/api/v1/me/claims', { method: 'POST', token: t, body: { opportunityId, attendanceIds: [a2], paymentChoice: 'declined' } }), expect: { anonymous: 401, other: 422, owner: 201, staff: 401, attendance: 401, finance: 401 } },
      {
        name: 'reportMissingSession',
        call: (t) => s.call('/api/v1/me/missing-sessions', { method: 'POST', token: t, headers: { 'idempotency-key': key() }, body: { interestId: owner.interestId, sessionStart: '2026-03-23T10:00:00Z', activityMinutes: 60, text: 'I came too.' } }),
        expect: { anonymous: 401, other: 422, owner: 201, staff: 401, attendance: 401, finance: 401 },
      },
      { name: 'listMyMissingSessions', call: (t) => s.call('/api/v1/me/missing-sessions', { token: t }), expect: { anonymous: 401, other: 200, owner: 200, staff: 401, attendance: 401, finance: 401 } },
      { name: 'listMissingSessions', call: (t) => s.call('/api/v1/missing-sessions', { token: t }), expect: { anonymous: 401, other: 401, owner: 401, staff: 403, attendance: 200, finance: 403 } },
      { name: 'resolveMissingSession', call: (t) => s.call(`/api/v1/missing-sessions/${missing.id}`, { method: 'PATCH', token: t, body: { action: 'decline', reason: 'No such session.' } }), expect: { anonymous: 401, other: 401, owner: 401, staff: 403, attendance: 200, finance: 403 } },
      { name: 'getMyRecord', call: (t) => s.call('/api/v1/me/record', { token: t }), expect: { anonymous: 401, other: 200, owner: 200, staff: 401, attendance: 401, finance: 401 } },
      // The same operation as CSV, for a period: another person's file holds nothing of the owner's.
      {
        name: 'getMyRecord (csv)',
        call: (t) => fetch(`${s.base}/api/v1/me/record?format=csv&from=2026-01-01&to=2026-12-31`, { headers: t ? { authorization: `Bearer ${t}` } : {} }).then(async (r) => ({ status: r.status, body: await r.text() })),
        expect: { anonymous: 401, other: 200, owner: 200, staff: 401, attendance: 401, finance: 401 },
      },
    ];

    const problems: string[] = [];
    const ownersMarks = [a1, a2, claim.id, claim.reference, receipt.id, missing.id, 'Sam Jones'];
    for (const op of ops) {
      for (const who of WHO) {
        const { status, body } = await op.call(tokenOf[who]);
        if (status !== op.expect[who]) problems.push(`${op.name} as ${who}: ${status}, expected ${op.expect[who]}`);
        if (who !== 'owner' && who !== 'attendance' && who !== 'finance') {
          // A problem's `instance` is the caller's own URL (with the id they sent); everything else must say nothing of the owner's.
          const { instance: _own, ...rest } = (body && typeof body === 'object' ? body : { body }) as Record<string, unknown>;
          const text = JSON.stringify(rest);
          for (const mark of ownersMarks) if (text.includes(mark)) problems.push(`${op.name} as ${who} shows the owner's ${mark}`);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.equal(new Set(ops.map((op) => op.name.split(' ')[0])).size, [...s.app.contract.operations.values()].filter((o) => ['pay'].includes(String((s.app.contract.document.paths as Record<string, Record<string, { tags?: string[] }>>)[o.path]?.[o.method.toLowerCase()]?.tags?.[0]))).length, 'every pay operation is in the matrix');
  });
});
