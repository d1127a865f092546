import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, staff, suiteServer, token } from './harness.js';

const interest = { name: 'Robin', contact: { method: 'email', detail: 'robin@example.com' }, accessNeeds: 'Step-free access, please', consent: true };

describe('interests', () => {
  const s = suiteServer();

  it('takes an expression of interest for an open opportunity', async () => {
    const r = await s.call('/api/v1/opportunities/opp-buses/interests', { method: 'POST', body: interest, headers: { 'idempotency-key': key() } });
    assert.equal(r.status, 201);
    assert.match(r.body.reference, /^INT-[0-9A-Z]{4}$/);
    assert.equal(r.body.opportunityId, 'opp-buses');
    assert.equal(r.body.respondWithinDays, 10);
  });

  it('answers 404 for a draft or missing opportunity, 409 for a closed one, and takes a filled one\'s onto the waiting list', async () => {
    assert.equal((await s.call('/api/v1/opportunities/opp-draft/interests', { method: 'POST', body: interest })).status, 404);
    assert.equal((await s.call('/api/v1/opportunities/nope/interests', { method: 'POST', body: interest })).status, 404);
    const closed = await s.call('/api/v1/opportunities/opp-closed/interests', { method: 'POST', body: interest });
    assert.equal(closed.status, 409);
    assert.equal(closed.body.status, 409);
    const waiting = await s.call('/api/v1/opportunities/opp-filled/interests', { method: 'POST', body: interest });
    assert.equal(waiting.status, 201);
    assert.equal(waiting.body.waitingList, true);
  });

  it('names every bad field, as dotted paths', async () => {
    const r = await s.call('/api/v1/opportunities/opp-buses/interests', {
      method: 'POST',
      body: { name: '', contact: { method: 'pigeon', detail: '' }, consent: false, message: 'x'.repeat(3001) },
    });
    assert.equal(r.status, 422);
    const byField = Object.fromEntries(r.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    assert.deepEqual(Object.keys(byField).sort(), ['consent', 'contact.detail', 'contact.method', 'message', 'name']);
    assert.equal(byField['contact.detail'], 'Enter how we can contact you.');
    assert.equal(byField.consent, 'Tick the box to agree before you send this.');
    assert.equal(byField.message, 'Message must be 3000 characters or fewer.');
    const missing = await s.call('/api/v1/opportunities/opp-buses/interests', { method: 'POST', body: {} });
    assert.deepEqual(missing.body.errors.map((e: { field: string }) => e.field).sort(), ['consent', 'contact', 'name']);
  });

  it('lists interests oldest first for staff only, and audits the read', async () => {
    assert.equal((await s.call('/api/v1/opportunities/opp-housing/interests')).status, 401);
    assert.equal((await s.call('/api/v1/opportunities/opp-housing/interests', { token: await token({ roles: ['resident'] }) })).status, 403);
    await s.call('/api/v1/opportunities/opp-housing/interests', { method: 'POST', body: { ...interest, name: 'Second' } });
    const r = await s.call('/api/v1/opportunities/opp-housing/interests', { token: staff });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items.map((i: { name: string }) => i.name), ['Sam', 'Second']);
    assert.equal(r.body.items[1].status, 'new');
    assert.equal(r.body.items[1].firstAnsweredAt, null);
    const audit = await s.db.query<{ actor: string; subject_ids: string[] }>(`SELECT actor, subject_ids FROM audit_log WHERE action = 'listInterests'`);
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor, 'staff-1');
    assert.deepEqual(audit[0]!.subject_ids, r.body.items.map((i: { id: string }) => i.id));
    assert.equal((await s.call('/api/v1/opportunities/nope/interests', { token: staff })).status, 404);
  });

  it('records what happened, setting firstAnsweredAt the first time the status leaves new', async () => {
    const created = await s.call('/api/v1/opportunities/opp-carers/interests', { method: 'POST', body: interest });
    const path = `/api/v1/opportunities/opp-carers/interests/${created.body.id}`;
    const noted = await s.call(path, { method: 'PATCH', token: staff, body: { note: 'Left a voicemail' } });
    assert.equal(noted.status, 200);
    assert.equal(noted.body.firstAnsweredAt, null);
    const contacted = await s.call(path, { method: 'PATCH', token: staff, body: { status: 'contacted' } });
    assert.equal(contacted.body.status, 'contacted');
    assert.equal(contacted.body.note, 'Left a voicemail');
    assert.ok(contacted.body.firstAnsweredAt);
    const joined = await s.call(path, { method: 'PATCH', token: staff, body: { status: 'joined' } });
    assert.equal(joined.body.firstAnsweredAt, contacted.body.firstAnsweredAt);
    const opportunity = await s.call('/api/v1/opportunities/opp-carers');
    assert.equal(opportunity.body.placesTaken, 1);
    assert.equal((await s.call(path, { method: 'PATCH', token: staff, body: {} })).status, 422);
    assert.equal((await s.call(path, { method: 'PATCH', token: staff, body: { status: 'maybe' } })).body.errors[0].field, 'status');
    assert.equal((await s.call('/api/v1/opportunities/opp-buses/interests/nope', { method: 'PATCH', token: staff, body: { status: 'joined' } })).status, 404);
  });
});
