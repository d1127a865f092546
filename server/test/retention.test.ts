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
    assert.equal(byId.get(recentClosed)!.name, 'Val');
    assert.equal(byId.get(oldOpen)!.name, 'Val', 'an item still open keeps its contact details');
    assert.equal((await enforceRetention(s.db, 12)).feedbackContactsRemoved, 0, 'running again changes nothing');
  });
});
