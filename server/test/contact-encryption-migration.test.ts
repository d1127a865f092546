/**
 * Rows written before contact details were encrypted (plain text, preferences keyed by a plain
 * SHA-256) are sealed and re-keyed when the server starts (migration 022 and
 * server/src/me/contact-protection.ts). Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { staff, startServer } from './harness.js';
import { protectContacts } from '../src/me/contact-protection.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';
import { assertNothingPlain, EMAIL, NAMES, PHONE, rawDatabase } from './contact-support.js';

describe('contact details written before encryption', () => {
  it('seals rows written before encryption when the server starts, and moves message preferences to the keyed hash', async () => {
    // One server: the pass the server runs at start (createApp), run again here after planting old rows.
    const sender = capturingSender();
    const s = await startServer({ me: meOptions(sender) });
    const oldKey = createHash('sha256').update(`email:${EMAIL.toLowerCase()}`).digest('base64url');
    try {
      // As the database looked before migration 022: plain text, no contact hash, preferences keyed by a plain SHA-256.
      await s.db.query(
        `INSERT INTO feedback (id, reference, topic, text, name, reply, consent_to_publish) VALUES ('fb-old', 'FB-OLD1', 'housing', 'Old damp.', $1, $2::jsonb, false)`,
        [NAMES[1], JSON.stringify({ method: 'email', detail: EMAIL })],
      );
      await s.db.query(`INSERT INTO interests (id, opportunity_id, reference, doc) VALUES ('int-old', 'opp-housing', 'INT-OLD1', $1::jsonb)`, [
        JSON.stringify({ name: NAMES[0], contact: { method: 'phone', detail: PHONE }, consent: true }),
      ]);
      await s.db.query(`INSERT INTO preferences (person_key, channel, address, language) VALUES ($1, 'email', $2, 'cy')`, [oldKey, EMAIL.toLowerCase()]);
      await s.db.query(`INSERT INTO message_subscriptions (subject_type, subject_id, person_key, role) VALUES ('feedback', 'fb-old', $1, 'giver')`, [oldKey]);
      assert.ok((await rawDatabase(s)).includes(EMAIL.toLowerCase()), 'planted in plain text');
      assert.equal(await protectContacts(s.db, s.app.contactKeys), 3, 'the three old rows were sealed');

      assertNothingPlain(await rawDatabase(s), 'after the start-up pass');
      const [unsealed] = await s.db.query<{ n: number }>(`SELECT (SELECT count(*) FROM feedback WHERE contact_hash IS NULL) + (SELECT count(*) FROM interests WHERE contact_hash IS NULL) + (SELECT count(*) FROM preferences WHERE contact_hash IS NULL) AS n`);
      assert.equal(Number(unsealed!.n), 0, 'every row was looked at');
      const item = await s.call('/api/v1/feedback/fb-old', { token: staff });
      assert.deepEqual([item.body.name, item.body.reply.detail], [NAMES[1], EMAIL], 'staff read the old item as before');
      const [moved] = await s.db.query<{ person_key: string }>(`SELECT person_key FROM message_subscriptions WHERE subject_id = 'fb-old'`);
      assert.notEqual(moved!.person_key, oldKey, 'the subscription moved to the keyed hash');
      const token = await signInByEmail(s, sender, EMAIL.toLowerCase());
      assert.equal((await s.call('/api/v1/me', { token })).body.feedback[0].id, 'fb-old');
      assert.equal((await s.call('/api/v1/message-preferences', { token })).body.language, 'cy');
    } finally {
      await s.close();
    }
  });
});
