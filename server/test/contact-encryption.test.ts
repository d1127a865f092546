/**
 * Contact details at rest (issue 15): email addresses, phone numbers and the names on
 * interests and feedback are stored sealed (AES-256-GCM under CONTACT_ENCRYPTION_KEY). A
 * look at the raw database finds none of them; people still sign in and staff still read
 * them. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, staff, startServer } from './harness.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';
import { assertNothingPlain, EMAIL, NAMES, PHONE, rawDatabase } from './contact-support.js';

describe('contact details are encrypted at rest', () => {
  it('stores no address, phone number or name in plain text, and still signs the person in and shows staff their details', async () => {
    const sender = capturingSender();
    const s = await startServer({ me: meOptions(sender) });
    try {
      const post = async (path: string, body: unknown) => {
        const r = await s.call(path, { method: 'POST', body, headers: { 'idempotency-key': key() } });
        assert.ok(r.status < 300, `${path}: ${JSON.stringify(r.body)}`);
        return r.body;
      };
      const profile = await post('/api/v1/profiles', { name: 'Rhi', importantToMe: 'Family.', experience: 'Carer.', contact: { method: 'email', detail: EMAIL }, consent: true });
      const interest = await post('/api/v1/opportunities/opp-housing/interests', { name: NAMES[0], contact: { method: 'text', detail: PHONE }, consent: true });
      const feedback = await post('/api/v1/feedback', { topic: 'housing', text: 'Damp in the flats.', name: NAMES[1], reply: { method: 'email', detail: EMAIL }, consentToPublish: true, messages: { language: 'cy' } });
      await s.call(`/api/v1/feedback/${feedback.id}`, { method: 'PATCH', token: staff, body: { published: true } });
      await post(`/api/v1/feedback/${feedback.id}/supporters`, { supporterKey: 'supporter-key-4417-0001', reply: { method: 'text', detail: '+44 7700 900417' } });

      assertNothingPlain(await rawDatabase(s), 'after every form was sent');

      // Staff still read the details, opened by the server.
      const staffInterests = await s.call('/api/v1/opportunities/opp-housing/interests', { token: staff });
      const mine = staffInterests.body.items.find((i: { id: string }) => i.id === interest.id);
      assert.deepEqual([mine.name, mine.contact.detail], [NAMES[0], PHONE]);
      const item = await s.call(`/api/v1/feedback/${feedback.id}`, { token: staff });
      assert.deepEqual([item.body.name, item.body.reply.detail], [NAMES[1], EMAIL]);
      const told = await s.call(`/api/v1/messages?feedbackId=${feedback.id}`, { token: staff });
      assert.equal(told.status, 200);

      // The keyed hash still finds the person: by email (profile and feedback) and by phone (interest).
      const token = await signInByEmail(s, sender, EMAIL.toLowerCase());
      const page = await s.call('/api/v1/me', { token });
      assert.deepEqual([page.body.profiles[0].id, page.body.feedback[0].id], [profile.profile.id, feedback.id]);
      assert.equal(page.body.profiles[0].contact.detail, EMAIL);
      assert.equal((await s.call('/api/v1/message-preferences', { token })).body.language, 'cy', 'their preferences are found by the same hash');

      // Changing their profile from their page goes through the same repository: checked against If-Match, and sealed.
      const shown = page.body.profiles[0];
      const { id, createdAt, updatedAt, ...input } = shown;
      void [createdAt, updatedAt];
      const path = `/api/v1/me/profiles/${id}`;
      const stale = await s.call(path, { method: 'PUT', token, body: { ...input, name: 'Rhi B' }, headers: { 'if-match': '"not-the-current-one"' } });
      assert.equal(stale.status, 412, 'a stale If-Match is refused');
      const etag = (await s.call(`/api/v1/profiles/${id}`, { token: staff })).headers.get('etag')!;
      const saved = await s.call(path, { method: 'PUT', token, body: { ...input, name: 'Rhi B', contact: { method: 'text', detail: PHONE } }, headers: { 'if-match': etag } });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.contact.detail, PHONE);
      assertNothingPlain(await rawDatabase(s), 'after the person changed their profile');
    } finally {
      await s.close();
    }
  });

});
