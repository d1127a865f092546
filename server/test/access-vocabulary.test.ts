import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ACCESS } from '../../src/api/rules.js';
import { acrossMigration, key, staff, suiteServer } from './harness.js';

describe('one access vocabulary', () => {
  const s = suiteServer();

  it('an interest keeps the needs a person ticked, and staff read them with the words they wrote', async () => {
    const body = { name: 'Robin', contact: { method: 'email', detail: 'robin@example.com' }, needs: ['bsl', 'step_free'], accessNeeds: 'Near the front, please', consent: true };
    const created = await s.call('/api/v1/opportunities/opp-carers/interests', { method: 'POST', body, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201);
    const list = await s.call('/api/v1/opportunities/opp-carers/interests', { token: staff });
    const found = { body: list.body.items.find((i: { id: string }) => i.id === created.body.id) };
    assert.deepEqual(found.body.needs, ['bsl', 'step_free']);
    assert.equal(found.body.accessNeeds, 'Near the front, please');
  });

  it('refuses a need that is not in the vocabulary, naming the field', async () => {
    const body = { name: 'Robin', contact: { method: 'email', detail: 'robin@example.com' }, needs: ['carer_welcome'], consent: true };
    const r = await s.call('/api/v1/opportunities/opp-carers/interests', { method: 'POST', body });
    assert.equal(r.status, 422);
    assert.ok(r.body.errors.some((e: { field: string }) => e.field.startsWith('needs')), JSON.stringify(r.body.errors));
  });

  it('an opportunity and a profile take every id of the one list', async () => {
    const opportunity = await s.call('/api/v1/opportunities/opp-carers');
    assert.equal(opportunity.status, 200);
    assert.ok(opportunity.body.accessibility.every((id: string) => (ACCESS as readonly string[]).includes(id)));
  });

  it('migration 010 maps the old ids (carer_welcome, someone_with_me) to carer_or_supporter, once each, in place', async () => {
    await acrossMigration(
      '010',
      async (db) => {
        await db.query(`INSERT INTO opportunities (id, status, organisation_id, doc) VALUES
          ('old-1', 'open', 'org', '{"title": "Old", "accessibility": ["step_free", "carer_welcome", "transport"]}'),
          ('old-2', 'open', 'org', '{"title": "Both", "accessibility": ["carer_welcome", "carer_or_supporter"]}'),
          ('new-1', 'open', 'org', '{"title": "New", "accessibility": ["bsl"]}')`);
        await db.query(`INSERT INTO profiles (id, doc, edit_token_hash) VALUES
          ('p-1', '{"name": "Sam", "howToHelp": {"needs": ["easy_read", "someone_with_me", "breaks"], "details": "x"}}', 'h'),
          ('p-2', '{"name": "Ali", "howToHelp": {"needs": []}}', 'h')`);
      },
      async (db) => {
        const opportunities = await db.query<{ id: string; accessibility: string[] }>(`SELECT id, doc->'accessibility' AS accessibility FROM opportunities ORDER BY id`);
        assert.deepEqual(opportunities, [
          { id: 'new-1', accessibility: ['bsl'] },
          { id: 'old-1', accessibility: ['step_free', 'carer_or_supporter', 'transport'] },
          { id: 'old-2', accessibility: ['carer_or_supporter'] },
        ]);
        const profiles = await db.query<{ id: string; help: unknown }>(`SELECT id, doc->'howToHelp' AS help FROM profiles ORDER BY id`);
        assert.deepEqual(profiles, [
          { id: 'p-1', help: { needs: ['easy_read', 'carer_or_supporter', 'breaks'], details: 'x' } },
          { id: 'p-2', help: { needs: [] } },
        ]);
      },
    );
  });
});
