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
});
