/**
 * An address-wide "stop all messages" made with proof (a message's link, or the person's own page signed in by a
 * link or code sent to the address) stays until the person turns messages on again there: no save without proof
 * (an interest, feedback, "tell me when this changes", a new profile, a profile's edit token) takes it back, and
 * the answer to such a save is the same whether or not the address had stopped messages (review S0, session 18).
 * Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addressOf } from '../src/messages/preferences.js';
import { signToken } from '../src/messages/tokens.js';
import { key, SECRET, staff, type TestServer } from './harness.js';
import { withOwner } from './owner-support.js';

const personKeyOf = (s: TestServer, address: string) => addressOf({ method: 'email', detail: address }, s.app.contactKeys).personKey;

/** The one-click unsubscribe a message's link makes (signed: proof of the address). */
async function stopByLink(s: TestServer, address: string): Promise<void> {
  const stopped = await s.call(`/unsubscribe?token=${encodeURIComponent(signToken(SECRET, 'unsubscribe', personKeyOf(s, address)))}`, { method: 'POST' });
  assert.equal(stopped.status, 200);
}

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

/** What is the same for any two answers to the same form: status, header names and their values but those made per request, and the body's shape. */
function likeness(answer: { status: number; headers: Headers; body: unknown }) {
  const perRequest = new Set(['date', 'etag', 'location', 'content-length', 'x-request-id', 'last-modified']);
  const shape = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(shape) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
  const headers = [...answer.headers.entries()].map(([name, value]) => `${name}: ${perRequest.has(name) ? '…' : value}`).sort();
  return { status: answer.status, headers, body: shape(answer.body) };
}

/** The values of a body but those each answer makes anew (ids, references, times). */
function fixedValues(body: Record<string, unknown>): Record<string, unknown> {
  const { id: _i, reference: _r, createdAt: _c, ...rest } = body;
  return rest;
}

describe('an unsubscribe made with proof (review S0)', () => {
  it('a stranger’s interest, feedback, "tell me when this changes", new profile or edit-token save with the address leaves a proved unsubscribe in place, and nothing is queued to it; the item is still followed', () =>
    withOwner('stopped.owner@example.org', 'each_time', async (owner) => {
      const { s } = owner;
      await stopByLink(s, owner.address);
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

  it('the answer to a form is the same for a subscribed and an unsubscribed address (status, header names and values, body keys and fixed values): a stranger learns nothing', () =>
    withOwner('still.on@example.org', 'each_time', async (on) => {
      const { s } = on;
      const offAddress = 'turned.off@example.org';
      await on.make(offAddress, 'each_time', 'Off');
      await stopByLink(s, offAddress);
      assert.equal(await unsubscribed(s, await on.signIn(offAddress)), true);
      assert.equal(await unsubscribed(s, on.token), false);

      for (const form of [interest, feedback]) {
        const toOn = await form(s, on.address);
        const toOff = await form(s, offAddress);
        assert.deepEqual(likeness(toOff), likeness(toOn), `${form.name}: the same status, headers and keys`);
        assert.deepEqual(fixedValues(toOff.body), fixedValues(toOn.body), `${form.name}: the same values`);
      }
      const given = await feedback(s, 'giver.s0@example.org');
      assert.equal((await s.call(`/api/v1/feedback/${given.body.id}`, { method: 'PATCH', token: staff, body: { published: true } })).status, 200);
      const support = (address: string, supporterKey: string) =>
        s.call(`/api/v1/feedback/${given.body.id}/supporters`, { method: 'POST', body: { supporterKey, reply: { method: 'email', detail: address }, messages: { channel: 'email', frequency: 'each_time' } } });
      const onSaid = await support(on.address, 'likeness-supporter-on-1');
      const offSaid = await support(offAddress, 'likeness-supporter-off-1');
      assert.deepEqual(likeness(offSaid), likeness(onSaid), '"tell me when this changes": the same status, headers and keys');
      assert.deepEqual({ ...offSaid.body, supporters: 0 }, { ...onSaid.body, supporters: 0 }, 'and values (but the count, one more)');
    }));

  it('the person’s own page (signed in by a link sent to the address) turns messages on again, and the item a stranger’s form followed is told after it', () =>
    withOwner('back.on@example.org', 'each_time', async (owner) => {
      const { s } = owner;
      await stopByLink(s, owner.address);
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

  it('the page a message’s stop link shows says messages stay off until turned on from the person’s own page (English and Welsh)', () =>
    withOwner('stop.page@example.org', 'each_time', async (owner) => {
      const { s } = owner;
      const stopped = await fetch(`${s.base}/unsubscribe?token=${encodeURIComponent(signToken(SECRET, 'unsubscribe', personKeyOf(s, owner.address)))}`, { method: 'POST' });
      const words = await stopped.text();
      assert.match(words, /They stay off if you tell us something again, until you turn them on from your own page/);
      assert.doesNotMatch(words, /we will start again/);
      await s.call('/api/v1/message-preferences', { method: 'PATCH', token: owner.token, body: { language: 'cy' } });
      const cy = await (await fetch(`${s.base}/unsubscribe?token=${encodeURIComponent(signToken(SECRET, 'unsubscribe', personKeyOf(s, owner.address)))}`)).text();
      assert.match(cy, /Maen nhw’n aros i ffwrdd os byddwch yn dweud rhywbeth wrthym eto/);
    }));
});
