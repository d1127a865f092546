import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { INJECTION, key, staff, suiteServer } from './harness.js';

const said = { topic: 'housing', text: 'Repairs take months to arrive.', name: 'Morgan', reply: { method: 'email', detail: 'morgan@example.com' }, consentToPublish: true };

describe('feedback', () => {
  const s = suiteServer();

  it('shows the public board: published, unmerged items, the latest update only, no personal fields', async () => {
    const r = await s.call('/api/v1/feedback');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items.map((f: { id: string }) => f.id), ['fb-bus']);
    const [item] = r.body.items;
    assert.equal(item.attribution, null, 'the public board never names the giver');
    assert.equal('name' in item, false);
    assert.equal('reply' in item, false);
    assert.equal(item.updates.length, 1);
    assert.equal(item.updates[0].kind, 'doing');
    assert.equal(item.updateCount, 2);
    const full = await s.call('/api/v1/feedback/fb-bus');
    assert.deepEqual(full.body.updates.map((u: { kind: string }) => u.kind), ['heard', 'doing']);
    assert.equal(full.body.updates[0].author, 'Transport lead');
    assert.equal((await s.call('/api/v1/feedback/fb-private')).status, 404);
    assert.equal((await s.call('/api/v1/feedback?include=all')).status, 403);
  });

  it('receives feedback unpublished with an FB- reference', async () => {
    const r = await s.call('/api/v1/feedback', { method: 'POST', body: said, headers: { 'idempotency-key': key() } });
    assert.equal(r.status, 201);
    assert.match(r.body.reference, /^FB-[0-9A-Z]{4}$/);
    assert.equal(r.body.status, 'received');
    const board = await s.call('/api/v1/feedback');
    assert.ok(!board.body.items.some((f: { id: string }) => f.id === r.body.id));
    const bad = await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'nowhere', text: 'no', reply: { method: 'email' }, secret: 1 } });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['consentToPublish', 'reply.detail', 'secret', 'text']);
    const topic = await s.call('/api/v1/feedback', { method: 'POST', body: { ...said, topic: 'nowhere' } });
    assert.equal(topic.status, 422);
    assert.equal(topic.body.errors[0].field, 'topic');
  });

  it('lets staff see everything with names, publish only with consent, and audits it', async () => {
    const all = await s.call('/api/v1/feedback?include=all&sort=oldest_unanswered', { token: staff });
    assert.equal(all.status, 200);
    const priv = all.body.items.find((f: { id: string }) => f.id === 'fb-private');
    assert.equal(priv.name, 'Alex');
    assert.deepEqual(priv.reply, { method: 'phone', detail: '01632 960000' });
    assert.equal(all.body.items.at(-1).id, 'fb-bus', 'answered items come after the unanswered ones');
    const refused = await s.call('/api/v1/feedback/fb-private', { method: 'PATCH', token: staff, body: { published: true } });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.errors[0].field, 'published');
    const created = await s.call('/api/v1/feedback', { method: 'POST', body: said });
    const published = await s.call(`/api/v1/feedback/${created.body.id}`, { method: 'PATCH', token: staff, body: { published: true, status: 'considering' } });
    assert.equal(published.status, 200);
    assert.equal(published.body.published, true);
    const board = await s.call('/api/v1/feedback?q=repairs');
    assert.deepEqual(board.body.items.map((f: { id: string }) => f.id), [created.body.id]);
    assert.equal(board.body.items[0].attribution, null);
    assert.equal((await s.call('/api/v1/feedback/fb-bus', { method: 'PATCH', token: staff, body: {} })).status, 422);
    const audited = await s.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE action IN ('listFeedback', 'updateFeedback')`);
    assert.ok(audited.some((a) => a.action === 'listFeedback'));
    assert.ok(audited.some((a) => a.action === 'updateFeedback'));
  });

  it('adds dated updates; changed and not_changed set the status', async () => {
    const created = await s.call('/api/v1/feedback', { method: 'POST', body: { ...said, name: undefined } });
    const path = `/api/v1/feedback/${created.body.id}/updates`;
    const heard = await s.call(path, { method: 'POST', token: staff, body: { kind: 'heard', text: 'We read this at the housing board.' }, headers: { 'idempotency-key': key() } });
    assert.equal(heard.status, 201);
    assert.equal(heard.body.status, 'received');
    assert.equal(heard.body.updates[0].author, 'Co-production lead');
    const done = await s.call(path, { method: 'POST', token: staff, body: { kind: 'changed', text: 'Repairs now have a 28-day target.', links: [{ title: 'Policy', url: 'https://example.org/p' }] } });
    assert.equal(done.body.status, 'changed');
    assert.equal(done.body.updates.length, 2);
    assert.ok(done.body.lastAnsweredAt);
    const bad = await s.call(path, { method: 'POST', token: staff, body: { kind: 'shrug', text: 'x', links: [{ title: 'x', url: 'javascript:alert(1)' }] } });
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['kind', 'links.0.url', 'text']);
    assert.equal((await s.call(path, { method: 'POST', body: { kind: 'heard', text: 'Not staff' } })).status, 401);
  });

  it('counts a supporter once per key', async () => {
    const supporterKey = 'browser-key-0123456789';
    const first = await s.call('/api/v1/feedback/fb-bus/supporters', { method: 'POST', body: { supporterKey } });
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, { supporters: 4, counted: true });
    const again = await s.call('/api/v1/feedback/fb-bus/supporters', { method: 'POST', body: { supporterKey } });
    assert.deepEqual(again.body, { supporters: 4, counted: false });
    assert.equal((await s.call('/api/v1/feedback/fb-private/supporters', { method: 'POST', body: { supporterKey } })).status, 404);
    const short = await s.call('/api/v1/feedback/fb-bus/supporters', { method: 'POST', body: { supporterKey: 'short' } });
    assert.equal(short.body.errors[0].field, 'supporterKey');
  });

  it('merges an item into another: supporters + 1, and the source leaves the board', async () => {
    const created = await s.call('/api/v1/feedback', { method: 'POST', body: { ...said, text: 'The 12 bus ramp is broken again.' } });
    await s.call(`/api/v1/feedback/${created.body.id}`, { method: 'PATCH', token: staff, body: { published: true } });
    const before = (await s.call('/api/v1/feedback/fb-bus')).body.supporters;
    const merged = await s.call(`/api/v1/feedback/${created.body.id}/merge`, { method: 'POST', token: staff, body: { intoId: 'fb-bus' } });
    assert.equal(merged.status, 200);
    assert.equal(merged.body.id, 'fb-bus');
    assert.equal(merged.body.supporters, before + 1);
    const source = await s.call(`/api/v1/feedback/${created.body.id}`);
    assert.equal(source.body.mergedInto, 'fb-bus');
    assert.ok(!(await s.call('/api/v1/feedback?limit=100')).body.items.some((f: { id: string }) => f.id === created.body.id));
    assert.equal((await s.call(`/api/v1/feedback/${created.body.id}/merge`, { method: 'POST', token: staff, body: { intoId: 'fb-bus' } })).status, 409);
    assert.equal((await s.call(`/api/v1/feedback/${created.body.id}/updates`, { method: 'POST', token: staff, body: { kind: 'heard', text: 'Too late' } })).status, 409);
    assert.equal((await s.call('/api/v1/feedback/fb-bus/merge', { method: 'POST', token: staff, body: { intoId: 'fb-bus' } })).status, 422);
  });

  it('sorts and filters the board, and is safe against injection', async () => {
    for (const sort of ['newest', 'updated', 'oldest_unanswered', 'most_supported']) {
      assert.equal((await s.call(`/api/v1/feedback?sort=${sort}&status=considering&status=changed&topic=transport`)).status, 200, sort);
    }
    for (const evil of INJECTION) {
      assert.equal((await s.call(`/api/v1/feedback?q=${encodeURIComponent(evil)}`)).status, 200);
      assert.equal((await s.call(`/api/v1/feedback/${encodeURIComponent(evil)}`)).status, 404);
      const posted = await s.call('/api/v1/feedback', { method: 'POST', body: { ...said, text: evil } });
      assert.equal(posted.status, 201);
    }
    const [count] = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM feedback');
    assert.ok(count!.n > 5);
  });
});
