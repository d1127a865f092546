/**
 * The person's invitation wish (issue 18 item 3), as <coprod-my-involvement> saves it: the
 * profile from GET /me put back without id, createdAt and updatedAt, with only `invitations`
 * changed. The server keeps it as sent and shows it on the page again; staff suggestions honour
 * it (people.test, ranking-sql.test). Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, startServer } from './harness.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';

describe("the person's invitation wish", () => {
  it('"only about these topics" and "no invitations", put back from the page, are kept as the contract says', async () => {
    const sender = capturingSender();
    const s = await startServer({ me: meOptions(sender) });
    try {
      const created = await s.call('/api/v1/profiles', { method: 'POST', body: { name: 'Rhi', importantToMe: 'Family.', experience: 'Carer.', contact: { method: 'email', detail: 'rhi.wish@example.org' }, topics: ['carers'], consent: true, messages: { channel: 'email' } }, headers: { 'idempotency-key': key() } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const token = await signInByEmail(s, sender, 'rhi.wish@example.org');
      for (const wish of [{ wanted: 'some', topics: ['carers', 'housing'] }, { wanted: 'none' }, { wanted: 'all' }]) {
        const shown = (await s.call('/api/v1/me', { token })).body.profiles[0];
        const { id, createdAt, updatedAt, ...input } = shown;
        void [createdAt, updatedAt];
        const saved = await s.call(`/api/v1/me/profiles/${id}`, { method: 'PUT', token, body: { ...input, invitations: wish } });
        assert.equal(saved.status, 200, JSON.stringify(saved.body));
        const again = (await s.call('/api/v1/me', { token })).body.profiles[0];
        assert.deepEqual(again.invitations, wish);
        assert.deepEqual([again.name, again.topics], ['Rhi', ['carers']], 'the rest of the profile is as it was');
      }
      const refused = await s.call(`/api/v1/me/profiles/${created.body.profile.id}`, { method: 'PUT', token, body: { name: 'Rhi', importantToMe: 'Family.', experience: 'Carer.', contact: { method: 'email', detail: 'rhi.wish@example.org' }, consent: true, invitations: { wanted: 'maybe' } } });
      assert.ok(refused.status === 400 || refused.status === 422, `an unknown wish is refused: ${refused.status}`);
    } finally {
      await s.close();
    }
  });

  it('a weekly summary chosen in the same Save as "no invitations" stays weekly, and so after a profile save from the page (review M1)', async () => {
    const sender = capturingSender();
    const s = await startServer({ me: meOptions(sender) });
    try {
      const created = await s.call('/api/v1/profiles', { method: 'POST', body: { name: 'Rhi', importantToMe: 'Family.', experience: 'Carer.', contact: { method: 'email', detail: 'rhi.often@example.org' }, topics: ['carers'], consent: true, messages: { channel: 'email', language: 'en-GB', readingLevel: 'standard', frequency: 'each_time' } }, headers: { 'idempotency-key': key() } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const token = await signInByEmail(s, sender, 'rhi.often@example.org');
      const shown = (await s.call('/api/v1/me', { token })).body.profiles[0];
      assert.equal(shown.messages.frequency, 'each_time');
      // One press of Save under "How we contact you" (preferences-part.ts): the preferences, then the wish,
      // put back as wish-part.ts sends it: the profile read by GET /me without `messages`.
      const patched = await s.call('/api/v1/message-preferences', { method: 'PATCH', token, body: { frequency: 'weekly' } });
      assert.equal(patched.body.frequency, 'weekly');
      const { id, createdAt, updatedAt, messages, ...input } = shown;
      void [createdAt, messages];
      const saved = await s.call(`/api/v1/me/profiles/${id}`, { method: 'PUT', token, body: { ...input, invitations: { wanted: 'none' } }, headers: { 'if-match': `"${updatedAt}"` } });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal((await s.call('/api/v1/message-preferences', { token })).body.frequency, 'weekly', 'the weekly chosen in the same Save stays');
      assert.equal(saved.body.messages.frequency, 'weekly', 'and the page shows it');

      // "Change my profile" next, a new name only: the form sends the page's language and reading level, no frequency (not changed on it).
      const { id: _id, createdAt: _c, updatedAt: at, messages: _m, ...now } = saved.body;
      const named = await s.call(`/api/v1/me/profiles/${id}`, { method: 'PUT', token, body: { ...now, name: 'Rhian', messages: { language: 'en-GB', readingLevel: 'standard' } }, headers: { 'if-match': `"${at}"` } });
      assert.equal(named.status, 200, JSON.stringify(named.body));
      assert.equal((await s.call('/api/v1/message-preferences', { token })).body.frequency, 'weekly', 'a profile save that did not change how often leaves it');

      // A change of how often made on the form: on an address the sign-in proved the server takes it only through
      // /message-preferences (session 16: a frequency put back may be one read before a change there), which the page then calls.
      const { id: _i, createdAt: _d, updatedAt: at2, messages: _n, ...later } = named.body;
      const changed = await s.call(`/api/v1/me/profiles/${id}`, { method: 'PUT', token, body: { ...later, messages: { language: 'en-GB', readingLevel: 'standard', frequency: 'each_time' } }, headers: { 'if-match': `"${at2}"` } });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal(changed.body.messages.frequency, 'weekly', 'the answer says the choice is still weekly, so the page sends the change to /message-preferences');
      await s.call('/api/v1/message-preferences', { method: 'PATCH', token, body: { frequency: 'each_time' } });
      assert.equal((await s.call('/api/v1/message-preferences', { token })).body.frequency, 'each_time', 'how often changed on the form is taken');
    } finally {
      await s.close();
    }
  });
});
