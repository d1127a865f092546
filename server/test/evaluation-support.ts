/**
 * Evaluation tests' shared setup (issue 17): people who said "I'm interested" in an activity and
 * were marked as joined, so that an evaluation round can invite them.
 */
import assert from 'node:assert/strict';
import { key, staff, type TestServer } from './harness.js';

/** Each name says "I'm interested" by email (in `languages[i]`, else English) and staff mark them joined; their interest ids. */
export async function joinPeople(s: TestServer, opportunityId: string, names: string[], languages: string[] = []): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, name] of names.entries()) {
    const body = { name, contact: { method: 'email', detail: `${name.toLowerCase()}@example.com` }, consent: true, messages: { language: languages[index] ?? 'en-GB' } };
    const created = await s.call(`/api/v1/opportunities/${opportunityId}/interests`, { method: 'POST', body, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const patched = await s.call(`/api/v1/opportunities/${opportunityId}/interests/${created.body.id}`, { method: 'PATCH', body: { status: 'joined' }, token: staff, headers: { 'idempotency-key': key() } });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    ids.push(created.body.id);
  }
  return ids;
}
