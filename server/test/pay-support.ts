/** What the pay suites share: a paid brief, staff with each role, a person signed in, a receipt. */
import assert from 'node:assert/strict';
import { paidBrief } from '../../test/helpers/pay-brief.js';
import { key, token, type TestServer } from './harness.js';
import { capturingSender, signInByEmail } from './me-helpers.js';

export { paidBrief };

export const roles = {
  /** Publishes briefs and answers interest: no pay role. */
  staff: await token({ sub: 'staff-1', roles: ['staff'], title: 'Co-production lead' }),
  attendance: await token({ sub: 'staff-att', roles: ['staff', 'attendance'], title: 'Co-production lead' }),
  finance: await token({ sub: 'staff-fin', roles: ['staff', 'finance'], title: 'Finance officer' }),
  /** Both roles: records attendance, so may not approve it when the council says so. */
  both: await token({ sub: 'staff-both', roles: ['staff', 'attendance', 'finance'] }),
  /** A signed-in host user who is not staff. */
  resident: await token({ sub: 'resident-1', roles: [] }),
};

/** A JPEG's first bytes and a little more: enough for the content check. */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]);

export interface PaidSetUp {
  opportunityId: string;
  interestId: string;
  attendanceId: string;
  /** The person's `/me` token. */
  me: string;
}

/**
 * A paid brief (£20 an hour, paid preparation, 45p a mile, carer cover), a person's interest
 * accepted, and their attendance recorded (2 h + 1 h preparation); then they sign in.
 */
export async function paidSetUp(s: TestServer, sender: ReturnType<typeof capturingSender>, email: string): Promise<PaidSetUp> {
  const created = await s.call('/api/v1/opportunities', { method: 'POST', token: roles.staff, body: paidBrief(), headers: { 'idempotency-key': key() } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const opportunityId = created.body.id as string;
  const interest = await s.call(`/api/v1/opportunities/${opportunityId}/interests`, { method: 'POST', body: { name: 'Sam Jones', contact: { method: 'email', detail: email }, consent: true } });
  assert.equal(interest.status, 201, JSON.stringify(interest.body));
  const interestId = interest.body.id as string;
  const joined = await s.call(`/api/v1/opportunities/${opportunityId}/interests/${interestId}`, { method: 'PATCH', token: roles.staff, body: { status: 'joined' } });
  assert.equal(joined.status, 200, JSON.stringify(joined.body));
  const recorded = await s.call(`/api/v1/opportunities/${opportunityId}/attendance`, {
    method: 'POST',
    token: roles.attendance,
    body: { sessionStart: '2026-02-23T10:00:00Z', interestId, activityMinutes: 120, prepMinutes: 60, role: 'Panel member' },
    headers: { 'idempotency-key': key() },
  });
  assert.equal(recorded.status, 201, JSON.stringify(recorded.body));
  return { opportunityId, interestId, attendanceId: recorded.body.id as string, me: await signInByEmail(s, sender, email) };
}

/** Posts a file as the body, as a browser's fetch of a File does. */
export async function upload(s: TestServer, me: string | undefined, data: Uint8Array, type = 'image/jpeg') {
  const response = await fetch(`${s.base}/api/v1/me/receipts`, {
    method: 'POST',
    headers: { 'content-type': type, 'idempotency-key': key(), ...(me ? { authorization: `Bearer ${me}` } : {}) },
    body: data,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** The outbox's events about one thing (a claim, an attendance record), oldest first. */
export async function told(s: TestServer, type: string, id: string): Promise<string[]> {
  const rows = await s.db.query<{ event: string }>('SELECT event FROM messages WHERE subject_type = $1 AND subject_id = $2 ORDER BY created_at, id', [type, id]);
  return rows.map((r) => r.event);
}
