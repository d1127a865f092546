/**
 * How often a person hears from us ("each time" or "a weekly summary") is theirs: a client that
 * puts back what it read cannot undo it, and someone who has not proved the address cannot change
 * it (session 16, prefs; left from session 15's review M1). Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, startServer, type TestServer } from './harness.js';
import { migrate } from '../src/db/migrate.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';

const profile = (email: string, frequency: 'each_time' | 'weekly', name = 'Rhi') => ({
  name, importantToMe: 'Family.', experience: 'Carer.', contact: { method: 'email', detail: email }, topics: ['carers'], consent: true,
  messages: { channel: 'email', language: 'en-GB', readingLevel: 'standard', frequency },
});
const make = async (s: TestServer, body: object) => {
  const made = await s.call('/api/v1/profiles', { method: 'POST', body, headers: { 'idempotency-key': key() } });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  return made.body as { profile: { id: string; updatedAt: string }; editToken: string };
};
const howOften = async (s: TestServer, token: string) => (await s.call('/api/v1/message-preferences', { token })).body.frequency as string;

describe('how often a person hears from us', () => {
  it('a client that puts back the whole GET /me profile (an old bundle, another client) does not undo a weekly summary chosen on the preferences (PUT /me/profiles/{id})', async () => {
    const sender = capturingSender();
    const s = await startServer({ me: meOptions(sender) });
    try {
      await make(s, profile('rhi.stale@example.org', 'each_time'));
      const token = await signInByEmail(s, sender, 'rhi.stale@example.org');
      const shown = (await s.call('/api/v1/me', { token })).body.profiles[0];
      assert.equal(shown.messages.frequency, 'each_time');
      assert.equal((await s.call('/api/v1/message-preferences', { method: 'PATCH', token, body: { frequency: 'weekly' } })).body.frequency, 'weekly');
      // The old page: GET /me's profile put back whole, `messages` as read (each time), with a new wish.
      const { id, createdAt: _c, updatedAt, ...input } = shown;
      const saved = await s.call(`/api/v1/me/profiles/${id}`, { method: 'PUT', token, body: { ...input, invitations: { wanted: 'none' } }, headers: { 'if-match': `"${updatedAt}"` } });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(await howOften(s, token), 'weekly', 'the weekly summary stays');
      assert.equal(saved.body.messages.frequency, 'weekly', 'and the answer shows it');
      // Nor does a frequency sent on its own there: on the person's page how often changes through /message-preferences.
      const { id: _i, createdAt: _d, updatedAt: at, messages: _m, ...now } = saved.body;
      const sent = await s.call(`/api/v1/me/profiles/${id}`, { method: 'PUT', token, body: { ...now, messages: { frequency: 'each_time' } }, headers: { 'if-match': `"${at}"` } });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      assert.equal(await howOften(s, token), 'weekly', 'only /message-preferences changes it on the person’s page');
    } finally {
      await s.close();
    }
  });

  it('someone who makes a profile with another person’s address, or changes how often on it with its edit token, does not change that address’s choice; a new address takes it, and that profile may change it again until the owner chooses', async () => {
    const sender = capturingSender();
    const s = await startServer({ me: meOptions(sender) });
    try {
      // The owner made a profile (each time), then chose each time again on the preferences page.
      await make(s, profile('owner.often@example.org', 'each_time', 'Owner'));
      const owner = await signInByEmail(s, sender, 'owner.often@example.org');
      assert.equal((await s.call('/api/v1/message-preferences', { method: 'PATCH', token: owner, body: { frequency: 'each_time' } })).status, 200);

      // A stranger makes a profile with the owner's address and "a weekly summary".
      const stranger = await make(s, profile('owner.often@example.org', 'weekly', 'Stranger'));
      assert.equal(await howOften(s, owner), 'each_time', 'a new profile does not override the address’s choice');
      // …and then changes how often on it with its edit token (weekly -> each time -> weekly).
      const read = await s.call(`/api/v1/profiles/${stranger.profile.id}`, { token: stranger.editToken });
      const { id, createdAt: _c, updatedAt: _u, messages: _m, ...input } = read.body;
      for (const frequency of ['each_time', 'weekly']) {
        const current = await s.call(`/api/v1/profiles/${id}`, { token: stranger.editToken });
        const put = await s.call(`/api/v1/profiles/${id}`, { method: 'PUT', token: stranger.editToken, body: { ...input, messages: { frequency } }, headers: { 'if-match': current.headers.get('etag')! } });
        assert.equal(put.status, 200, JSON.stringify(put.body));
        assert.equal(put.body.messages?.frequency, frequency, 'the stranger’s profile keeps what it asked');
      }
      assert.equal(await howOften(s, owner), 'each_time', 'nor does an edit-token save');

      // A new address: the profile's choice is the address's, and the same profile may change it.
      const fresh = await make(s, profile('new.often@example.org', 'weekly', 'New'));
      const edit = async (frequency: string) => {
        const current = await s.call(`/api/v1/profiles/${fresh.profile.id}`, { token: fresh.editToken });
        const { id: _i, createdAt: _d, updatedAt: _u, messages: _n, ...body } = current.body;
        const put = await s.call(`/api/v1/profiles/${fresh.profile.id}`, { method: 'PUT', token: fresh.editToken, body: { ...body, messages: { frequency } }, headers: { 'if-match': current.headers.get('etag')! } });
        assert.equal(put.status, 200, JSON.stringify(put.body));
      };
      await edit('each_time');
      const person = await signInByEmail(s, sender, 'new.often@example.org');
      assert.equal(await howOften(s, person), 'each_time', 'the profile that chose it may change it');
      // Once the owner chooses where they proved the address, a save without proof leaves it.
      assert.equal((await s.call('/api/v1/message-preferences', { method: 'PATCH', token: person, body: { frequency: 'weekly' } })).status, 200);
      await edit('each_time');
      assert.equal(await howOften(s, person), 'weekly', 'the proved choice stays');
    } finally {
      await s.close();
    }
  });
  it('the answer to a save without proof says nothing about how often the address hears from us (whether its owner chose, or what): a stranger cannot learn that an address is known (session 16, lead)', async () => {
    const sender = capturingSender();
    const s = await startServer({ me: meOptions(sender) });
    try {
      const mine = await make(s, profile('kept.quiet@example.org', 'each_time'));
      const person = await signInByEmail(s, sender, 'kept.quiet@example.org');
      assert.equal((await s.call('/api/v1/message-preferences', { method: 'PATCH', token: person, body: { frequency: 'each_time' } })).status, 200);
      const made = await make(s, profile('kept.quiet@example.org', 'weekly', 'Stranger'));
      assert.ok(!JSON.stringify(made.profile).includes('each_time'), `a new profile's answer names the owner's choice: ${JSON.stringify(made.profile)}`);
      const current = await s.call(`/api/v1/profiles/${made.profile.id}`, { token: made.editToken });
      const { id, createdAt: _c, updatedAt: _u, messages: _m, ...input } = current.body;
      const put = await s.call(`/api/v1/profiles/${id}`, { method: 'PUT', token: made.editToken, body: { ...input, messages: { frequency: 'weekly' } }, headers: { 'if-match': current.headers.get('etag')! } });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      assert.ok(!JSON.stringify(put.body).includes('each_time'), `an edit-token save's answer names the owner's choice: ${JSON.stringify(put.body)}`);
      assert.equal(await howOften(s, person), 'each_time', 'and the owner’s proved choice stays');
      assert.ok(mine.profile.id);
    } finally {
      await s.close();
    }
  });

  it('a stranger’s profile made first with someone’s address does not keep its how often over the owner’s own profile: a later save without proof replaces a value another save without proof set (review P1 a, session 16)', async () => {
    const sender = capturingSender();
    const s = await startServer({ me: meOptions(sender) });
    try {
      await make(s, profile('rhian.first@example.org', 'weekly', 'Stranger'));
      const own = await make(s, profile('rhian.first@example.org', 'each_time', 'Rhian'));
      const mine = await s.call(`/api/v1/profiles/${own.profile.id}`, { token: own.editToken });
      assert.equal(mine.body.messages?.frequency, 'each_time', 'her profile shows her choice');
      const token = await signInByEmail(s, sender, 'rhian.first@example.org');
      assert.equal(await howOften(s, token), 'each_time', 'and messages go as her profile says, not as the stranger’s');
    } finally {
      await s.close();
    }
  });

  it('how often set before migration 300 (any save could set it then) can still be changed on the person’s profile form with its edit token (review P1 b, session 16)', async () => {
    const sender = capturingSender();
    const s = await startServer({ me: meOptions(sender) });
    try {
      const made = await make(s, profile('before.300@example.org', 'weekly', 'Early'));
      // The row as it was before migration 300 (no columns yet: they come NULL / false), then migration 301 runs.
      await s.db.query(`UPDATE preferences SET frequency_profile = NULL, frequency_guessed = false`);
      await s.db.query(`DELETE FROM schema_migrations WHERE name LIKE '301%'`);
      await migrate(s.db);
      const current = await s.call(`/api/v1/profiles/${made.profile.id}`, { token: made.editToken });
      const { id, createdAt: _c, updatedAt: _u, messages: _m, ...body } = current.body;
      const put = await s.call(`/api/v1/profiles/${id}`, { method: 'PUT', token: made.editToken, body: { ...body, messages: { frequency: 'each_time' } }, headers: { 'if-match': current.headers.get('etag')! } });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      const token = await signInByEmail(s, sender, 'before.300@example.org');
      assert.equal(await howOften(s, token), 'each_time', 'the change on the profile form is how often messages go');
      // A choice made where the address was proved stays, as for any row.
      assert.equal((await s.call('/api/v1/message-preferences', { method: 'PATCH', token, body: { frequency: 'weekly' } })).status, 200);
      const again = await s.call(`/api/v1/profiles/${id}`, { token: made.editToken });
      const { id: _i, createdAt: _d, updatedAt: _v, messages: _n, ...rest } = again.body;
      assert.equal((await s.call(`/api/v1/profiles/${id}`, { method: 'PUT', token: made.editToken, body: { ...rest, messages: { frequency: 'each_time' } }, headers: { 'if-match': again.headers.get('etag')! } })).status, 200);
      assert.equal(await howOften(s, token), 'weekly', 'the proved choice stays');
    } finally {
      await s.close();
    }
  });
});
