/**
 * An address-wide "stop all messages" made with proof (a message's link, or the person's own page signed in by a
 * link or code sent to the address) stays until the person turns messages on again there: no save without proof
 * (an interest, feedback, "tell me when this changes", a new profile, a profile's edit token) takes it back, and
 * the answer to such a save is the same whether or not the address had stopped messages (review S0, session 18: that part
 * is stranger-answers.test.ts's, which compares the whole answer for an address stopped on the person's page and by a link).
 * Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, staff, type TestServer } from './harness.js';
import { personKeyOf, withOwner } from './owner-support.js';

async function unsubscribed(s: TestServer, token: string): Promise<boolean> {
  const read = await s.call('/api/v1/message-preferences', { token });
  assert.equal(read.status, 200, JSON.stringify(read.body));
  return read.body.unsubscribed as boolean;
}

const interest = (s: TestServer, address: string, name = 'Stranger') =>
  s.call('/api/v1/opportunities/opp-carers/interests', {
    method: 'POST',
    body: { name, contact: { method: 'email', detail: address }, consent: true, messages: { channel: 'email', language: 'en-GB', readingLevel: 'standard', frequency: 'each_time' } },
    headers: { 'idempotency-key': key() },
  });

const feedback = (s: TestServer, address: string) =>
  s.call('/api/v1/feedback', {
    method: 'POST',
    body: { topic: 'housing', text: 'The lift is slow.', consentToPublish: true, reply: { method: 'email', detail: address }, messages: { channel: 'email', frequency: 'each_time' } },
    headers: { 'idempotency-key': key() },
  });

describe('an unsubscribe made with proof (review S0)', () => {
  it('a stranger’s interest, feedback, "tell me when this changes", new profile or edit-token save with the address leaves a proved unsubscribe in place, and nothing is queued to it; the item is still followed', () =>
    withOwner('stopped.owner@example.org', 'each_time', async (owner) => {
      const { s } = owner;
      await owner.stopByLink(owner.address);
      assert.equal(await unsubscribed(s, owner.token), true, 'the link stopped messages');

      const sent = await interest(s, owner.address);
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.equal(await unsubscribed(s, owner.token), true, 'an interest form does not take the unsubscribe back');
      const given = await feedback(s, owner.address);
      assert.equal(given.status, 201, JSON.stringify(given.body));
      assert.equal(await unsubscribed(s, owner.token), true, 'nor a feedback form');
      assert.equal((await s.call(`/api/v1/feedback/${given.body.id}`, { method: 'PATCH', token: staff, body: { published: true } })).status, 200);
      const said = await s.call(`/api/v1/feedback/${given.body.id}/supporters`, {
        method: 'POST',
        body: { supporterKey: 'stays-supporter-key-01', reply: { method: 'email', detail: owner.address }, messages: { channel: 'email', frequency: 'weekly' } },
      });
      assert.equal(said.status, 200, JSON.stringify(said.body));
      assert.equal(await unsubscribed(s, owner.token), true, 'nor "tell me when this changes"');
      const made = await owner.make(owner.address, 'weekly', 'Stranger');
      assert.equal(await unsubscribed(s, owner.token), true, 'nor a new profile');
      await owner.editWithToken(made, 'each_time');
      assert.equal(await unsubscribed(s, owner.token), true, 'nor a save with a profile’s edit token');

      // Recorded as always: the interest is followed; what it would send is not queued while messages are off.
      const personKey = personKeyOf(s, owner.address);
      const [followed] = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM message_subscriptions WHERE subject_type = 'interest' AND subject_id = $1 AND person_key = $2`, [sent.body.id, personKey]);
      assert.equal(followed!.n, 1, 'the interest is followed');
      const answered = await s.call(`/api/v1/opportunities/opp-carers/interests/${sent.body.id}`, { method: 'PATCH', token: staff, body: { status: 'contacted' } });
      assert.equal(answered.status, 200, JSON.stringify(answered.body));
      const [queued] = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM messages WHERE person_key = $1 AND status NOT IN ('cancelled')`, [personKey]);
      assert.equal(queued!.n, 0, 'nothing is queued to an address that stopped messages');
    }));

  it('an unsubscribe made on the person’s own page (channel none, signed in) stays the same way', () =>
    withOwner('page.stop@example.org', 'each_time', async (owner) => {
      const { s } = owner;
      const off = await s.call('/api/v1/message-preferences', { method: 'PATCH', token: owner.token, body: { channel: 'none' } });
      assert.equal(off.status, 200, JSON.stringify(off.body));
      assert.equal((await interest(s, owner.address)).status, 201);
      assert.equal((await feedback(s, owner.address)).status, 201);
      assert.equal(await unsubscribed(s, owner.token), true, 'the forms leave it off');
    }));

  it('the person’s own page (signed in by a link sent to the address) turns messages on again, and the item a stranger’s form followed is told after it', () =>
    withOwner('back.on@example.org', 'each_time', async (owner) => {
      const { s } = owner;
      await owner.stopByLink(owner.address);
      const sent = await interest(s, owner.address);
      assert.equal(await unsubscribed(s, owner.token), true);
      const on = await s.call('/api/v1/message-preferences', { method: 'PATCH', token: owner.token, body: { channel: 'email' } });
      assert.equal(on.status, 200, JSON.stringify(on.body));
      assert.deepEqual([on.body.unsubscribed, on.body.channel], [false, 'email'], 'turned on from their own page');
      const answered = await s.call(`/api/v1/opportunities/opp-carers/interests/${sent.body.id}`, { method: 'PATCH', token: staff, body: { status: 'contacted' } });
      assert.equal(answered.status, 200, JSON.stringify(answered.body));
      const [queued] = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM messages WHERE person_key = $1 AND status <> 'cancelled'`, [personKeyOf(s, owner.address)]);
      assert.ok(queued!.n >= 1, 'the interest’s news is on its way once messages are on');
    }));
});
