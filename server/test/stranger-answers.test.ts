/**
 * Anyone may type anyone's address into a form. What the server answers such a save without proof
 * must be the same whatever that address's owner did: chose how often, their language and reading
 * level and turned every message off where they proved the address (signed in by a link sent to it,
 * or with the "stop all messages" link of one of our messages), or had all that set by an earlier
 * form without proof, or was never seen. Otherwise the answer tells
 * a stranger that an address is known to the council's co-production work, which for some people is
 * itself sensitive. The whole answer is compared (status, headers, every key and value of the body),
 * with only what differs by nature made alike: the address itself, ids, references, tokens, times
 * (review S3, session 17: the test before compared only what the owner reads afterwards).
 * Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, staff, type TestServer } from './harness.js';
import { profileWith, withPreferences } from './owner-support.js';

type Answer = Awaited<ReturnType<TestServer['call']>>;

/** Keys whose values differ from one save to the next whoever the address is. */
const EVERY_TIME = /^(id|reference|editToken|createdAt|updatedAt|lastUpdatedAt|publishedAt)$/;
/** Headers that differ from one answer to the next whoever the address is (the ETag and length follow the ids). */
const PER_ANSWER = new Set(['date', 'etag', 'content-length', 'x-request-id', 'keep-alive', 'connection']);

/** The answer with what differs by nature replaced by its name: what is left must not depend on the address's owner. */
function comparable(answer: Answer, address: string) {
  const ids: string[] = [];
  const body = JSON.parse(JSON.stringify(answer.body ?? null).replaceAll(address, '<address>'), (name, value: unknown) => {
    if (EVERY_TIME.test(name) && typeof value === 'string') {
      ids.push(value);
      return `<${name}>`;
    }
    return value;
  }) as unknown;
  const unlike = (value: string) => ids.reduce((v, id) => v.replaceAll(id, '<id>'), value.replaceAll(address, '<address>').replaceAll(encodeURIComponent(address), '<address>'));
  const headers = Object.fromEntries([...answer.headers].filter(([name]) => !PER_ANSWER.has(name)).map(([name, value]) => [name, unlike(value)]));
  return { status: answer.status, headers, body };
}

describe('a stranger’s save with someone’s address', () => {
  it('answers the same, status, headers and body, for an address whose owner chose everything and turned messages off with proof (on their own page, or with a message’s link), one a form set without proof, and one never seen (review S3, session 17; review S0)', () =>
    withPreferences(async (t) => {
      const { s } = t;
      const chosen = { language: 'cy', readingLevel: 'easy-read', frequency: 'weekly' } as const;
      const interest = (address: string, messages: object = { frequency: 'each_time' }) =>
        s.call('/api/v1/opportunities/opp-carers/interests', {
          method: 'POST',
          body: { name: 'Stranger', contact: { method: 'email', detail: address }, consent: true, messages },
          headers: { 'idempotency-key': key() },
        });
      const feedback = (address: string) =>
        s.call('/api/v1/feedback', {
          method: 'POST',
          body: { topic: 'housing', text: 'The lift is slow.', consentToPublish: true, reply: { method: 'email', detail: address }, messages: { frequency: 'each_time' } },
          headers: { 'idempotency-key': key() },
        });

      // Proved: the owner made a profile, signed in by a link sent to the address, chose everything, then stopped every message.
      const proved = 'owner.proved@example.org';
      await t.make(proved, 'each_time', 'Owner');
      const token = await t.signIn(proved);
      for (const change of [chosen, { channel: 'none' }]) {
        const patched = await s.call('/api/v1/message-preferences', { method: 'PATCH', token, body: change });
        assert.equal(patched.status, 200, JSON.stringify(patched.body));
      }
      // Proved the other way (review S0): chose everything signed in, then stopped every message with a message's signed link.
      const linked = 'owner.linked@example.org';
      await t.make(linked, 'each_time', 'Owner');
      const linkedToken = await t.signIn(linked);
      assert.equal((await s.call('/api/v1/message-preferences', { method: 'PATCH', token: linkedToken, body: chosen })).status, 200);
      await t.stopByLink(linked);
      assert.equal((await s.call('/api/v1/message-preferences', { token: linkedToken })).body.unsubscribed, true, 'the link stopped messages');
      // Set without proof: an earlier form chose the same for it.
      const guessed = 'owner.guessd@example.org';
      assert.equal((await interest(guessed, chosen)).status, 201);
      const unseen = 'never.seen.x@example.org';

      // A published item of its own for each "Tell me when this changes" (its count of supporters is in the answer).
      const publishedItem = async () => {
        const item = await feedback('someone.else@example.org');
        assert.equal((await s.call(`/api/v1/feedback/${item.body.id}`, { method: 'PATCH', token: staff, body: { published: true } })).status, 200);
        return item.body.id as string;
      };

      const forms: Record<string, (address: string) => Promise<Answer>> = {
        'a new profile (POST /profiles)': (address) =>
          s.call('/api/v1/profiles', { method: 'POST', body: profileWith(address, 'each_time', 'Stranger'), headers: { 'idempotency-key': key() } }),
        'that profile read with its edit token': async (address) => {
          const made = await t.make(address, 'each_time', 'Stranger');
          return s.call(`/api/v1/profiles/${made.profile.id}`, { token: made.editToken });
        },
        'that profile saved with its edit token, how often changed': async (address) => {
          const made = await t.make(address, 'each_time', 'Stranger');
          const read = await s.call(`/api/v1/profiles/${made.profile.id}`, { token: made.editToken });
          const { id: _i, createdAt: _c, updatedAt: _u, messages: _m, ...input } = read.body as Record<string, unknown>;
          return s.call(`/api/v1/profiles/${made.profile.id}`, { method: 'PUT', token: made.editToken, body: { ...input, messages: { frequency: 'weekly' } }, headers: { 'if-match': read.headers.get('etag')! } });
        },
        'an interest form': (address) => interest(address),
        'a feedback form': (address) => feedback(address),
        '"Tell me when this changes"': async (address) =>
          s.call(`/api/v1/feedback/${await publishedItem()}/supporters`, {
            method: 'POST',
            body: { supporterKey: `supporter-${key()}`, reply: { method: 'email', detail: address }, messages: { frequency: 'each_time' } },
          }),
      };
      for (const [form, send] of Object.entries(forms)) {
        const answers: Record<string, ReturnType<typeof comparable>> = {};
        for (const [who, address] of Object.entries({ proved, linked, guessed, unseen })) answers[who] = comparable(await send(address), address);
        assert.ok(answers.unseen!.status < 300, `${form}: ${JSON.stringify(answers.unseen)}`);
        assert.deepEqual(answers.proved, answers.unseen, `${form}: the answer for an address whose owner chose with proof differs from one never seen`);
        assert.deepEqual(answers.linked, answers.unseen, `${form}: the answer for an address stopped with a message's link differs from one never seen`);
        assert.deepEqual(answers.guessed, answers.unseen, `${form}: the answer for an address a form set without proof differs from one never seen`);
      }
      // And the owner's own choices stand (the rule itself is preferences-integrity's; here only that the forms were taken).
      const read = await s.call('/api/v1/message-preferences', { token });
      assert.deepEqual({ language: read.body.language, readingLevel: read.body.readingLevel, frequency: read.body.frequency }, chosen);
      const stillOff = await s.call('/api/v1/message-preferences', { token: linkedToken });
      assert.equal(stillOff.body.unsubscribed, true, 'no form turned back on what the link stopped');
    }));
});
