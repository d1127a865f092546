import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { staff, suiteServer } from './harness.js';
import { enforceRetention } from '../src/me/retention.js';
import { capturingSender, meOptions } from './me-helpers.js';

describe('retention of feedback contact details', () => {
  const s = suiteServer({ me: meOptions(capturingSender()) });

  it('removes name and contact details from items closed longer ago than the period, and nothing else', async () => {
    const give = async (text: string) =>
      (await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'housing', text, name: 'Val', reply: { method: 'email', detail: 'val@example.org' }, consentToPublish: false } })).body.id as string;
    const [oldClosed, recentClosed, oldOpen] = [await give('Closed long ago.'), await give('Closed last month.'), await give('Still being considered.')];
    for (const id of [oldClosed, recentClosed]) {
      await s.call(`/api/v1/feedback/${id}/updates`, { method: 'POST', token: staff, body: { kind: 'changed', text: 'We fixed it.' } });
    }
    await s.db.query(`UPDATE feedback SET last_updated_at = now() - interval '13 months' WHERE id = ANY($1::text[])`, [[oldClosed, oldOpen]]);
    await s.db.query(`UPDATE feedback SET last_updated_at = now() - interval '1 month' WHERE id = $1`, [recentClosed]);

    const result = await enforceRetention(s.db, 12);
    assert.equal(result.feedbackContactsRemoved, 1);
    const rows = await s.db.query<{ id: string; name: string | null; reply: unknown; text: string }>('SELECT id, name, reply, text FROM feedback WHERE id = ANY($1::text[])', [[oldClosed, recentClosed, oldOpen]]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    assert.deepEqual([byId.get(oldClosed)!.name, byId.get(oldClosed)!.reply, byId.get(oldClosed)!.text], [null, null, 'Closed long ago.']);
    const nameOf = (id: string) => s.app.contactKeys.cipher.openOrNull(byId.get(id)!.name);
    assert.equal(nameOf(recentClosed), 'Val');
    assert.equal(nameOf(oldOpen), 'Val', 'an item still open keeps its contact details');
    assert.equal((await enforceRetention(s.db, 12)).feedbackContactsRemoved, 0, 'running again changes nothing');
  });

  it('removes the message preferences of someone whose items all closed long ago, and keeps those still following something', async () => {
    const give = async (text: string, detail: string) =>
      (await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'housing', text, reply: { method: 'email', detail }, consentToPublish: false } })).body.id as string;
    const gone = await give('Old news.', 'gone@example.org');
    const staying = await give('Still open.', 'staying@example.org');
    await s.call(`/api/v1/feedback/${gone}/updates`, { method: 'POST', token: staff, body: { kind: 'changed', text: 'Done.' } });
    await s.db.query(`UPDATE feedback SET last_updated_at = now() - interval '13 months' WHERE id = ANY($1::text[])`, [[gone, staying]]);
    await s.db.query(`UPDATE preferences SET updated_at = now() - interval '13 months'`);
    await s.db.query(`UPDATE messages SET created_at = now() - interval '13 months'`);
    const followers = () => s.db.query<{ subject_id: string }>(`SELECT subject_id FROM message_subscriptions WHERE subject_id = ANY($1::text[])`, [[gone, staying]]);
    assert.equal((await followers()).length, 2);

    const result = await enforceRetention(s.db, 12);
    assert.ok(result.preferencesRemoved >= 1);
    assert.deepEqual((await followers()).map((r) => r.subject_id), [staying], 'nobody follows the closed item any more');
    const hashes = await s.db.query<{ contact_hash: string }>('SELECT contact_hash FROM preferences');
    const hash = (address: string) => s.app.contactKeys.hasher.hash({ kind: 'email', value: address });
    assert.ok(!hashes.some((r) => r.contact_hash === hash('gone@example.org')), 'the preferences of the person with nothing left went');
    assert.ok(hashes.some((r) => r.contact_hash === hash('staying@example.org')), 'someone still following an open item keeps theirs');
  });
});
