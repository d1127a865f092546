/**
 * The language of a staff update (a reply on a feedback item), and its Welsh version (session 28, WCAG 3.1.2, the Welsh
 * Language Standards): stored as staff send it, returned on the board and to staff, shown by the no-JavaScript page in
 * the reader's language (marked where it differs), told in Welsh to a Welsh follower; a bad value is a 422 naming the
 * field with a code; updates from before migration 360 count as English. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acrossMigration, key, staff, suiteServer } from './harness.js';
import { feedbackPage } from '../src/embed/pages.js';
import { draft } from '../src/messages/templates.js';

const ENGLISH = 'We have asked the bus company for a ramp.';
const WELSH = "Rydym wedi gofyn i'r cwmni bysiau am ramp.";

describe('the language a staff update is written in', () => {
  const s = suiteServer();
  const post = (body: unknown) => s.call('/api/v1/feedback/fb-bus/updates', { method: 'POST', token: staff, body, headers: { 'idempotency-key': key() } });

  it('keeps an English update with its Welsh version, and a Welsh update as Welsh: stored, to staff, on the public board', async () => {
    const both = await post({ kind: 'heard', text: ENGLISH, language: 'en-GB', translations: { cy: { text: WELSH } } });
    assert.equal(both.status, 201, JSON.stringify(both.body));
    const welshOnly = await post({ kind: 'doing', text: 'Rydym yn siarad â nhw bob wythnos.', language: 'cy' });
    assert.equal(welshOnly.status, 201, JSON.stringify(welshOnly.body));
    const rows = await s.db.query<{ text: string; language: string; text_cy: string | null }>(`SELECT text, language, text_cy FROM feedback_updates WHERE feedback_id = 'fb-bus' ORDER BY created_at, seq`);
    assert.deepEqual(rows.slice(-2), [
      { text: ENGLISH, language: 'en-GB', text_cy: WELSH },
      { text: 'Rydym yn siarad â nhw bob wythnos.', language: 'cy', text_cy: null },
    ]);
    for (const token of [staff, undefined]) {
      const item = (await s.call('/api/v1/feedback/fb-bus', token ? { token } : {})).body;
      const [english, welsh] = item.updates.slice(-2);
      assert.equal(english.language, 'en-GB');
      assert.deepEqual(english.translations, { cy: { text: WELSH } });
      assert.equal(welsh.language, 'cy');
      assert.equal(welsh.translations, undefined, 'a Welsh update has no other Welsh');
      assert.equal(item.updates[0].language, 'en-GB', 'the seed’s update says English');
    }
    const listed = (await s.call('/api/v1/feedback?limit=100')).body.items.find((f: { id: string }) => f.id === 'fb-bus');
    assert.equal(listed.updates[0].language, 'cy', 'the list carries the latest, with its language');
  });

  it('counts an update sent without a language (an older widget, a council adapter) as English', async () => {
    const r = await post({ kind: 'heard', text: 'Sent without a language.' });
    assert.equal(r.status, 201);
    assert.equal(r.body.updates.at(-1).language, 'en-GB');
  });

  it('refuses a language it does not know, and a Welsh version beside Welsh, with an RFC 9457 problem naming the field and a code', async () => {
    for (const language of ['fr', 'en', 'CY', '', 7]) {
      const r = await post({ kind: 'heard', text: 'Refused for its language.', language });
      assert.equal(r.status, 422, String(language));
      assert.match(String(r.headers.get('content-type')), /^application\/problem\+json/);
      const problem = r.body.errors.find((e: { field: string }) => e.field === 'language');
      assert.ok(problem, `names the field: ${JSON.stringify(r.body.errors)}`);
      assert.equal(problem.code, 'not-in-list');
    }
    const twice = await post({ kind: 'heard', text: 'Refused: Welsh twice.', language: 'cy', translations: { cy: { text: WELSH } } });
    assert.equal(twice.status, 422);
    assert.deepEqual(twice.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['translations.cy.text', 'not-allowed']]);
    const empty = await post({ kind: 'heard', text: 'Refused: empty Welsh.', translations: { cy: { text: '' } } });
    assert.equal(empty.status, 422);
    assert.ok(empty.body.errors.some((e: { field: string }) => e.field === 'translations.cy.text'), JSON.stringify(empty.body.errors));
    const [n] = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM feedback_updates WHERE text LIKE 'Refused%'`);
    assert.equal(n!.n, 0, 'nothing refused was stored');
  });

  it('the no-JavaScript item page shows a Welsh reader the Welsh version, else the update marked with its language', async () => {
    const item = (await s.call('/api/v1/feedback/fb-bus')).body;
    const updates = [
      { id: 'u-a', kind: 'heard', text: ENGLISH, language: 'en-GB', translations: { cy: { text: WELSH } }, links: [], createdAt: '2026-01-01T10:00:00Z' },
      { id: 'u-b', kind: 'doing', text: 'Only in English.', language: 'en-GB', links: [], createdAt: '2026-01-02T10:00:00Z' },
      { id: 'u-c', kind: 'doing', text: 'Dim ond yn Gymraeg.', language: 'cy', links: [], createdAt: '2026-01-03T10:00:00Z' },
    ];
    const welsh = feedbackPage({ ...item, updates }, 'cy');
    assert.ok(welsh.includes(`<p>${WELSH}</p>`), 'the Welsh version, unmarked on a Welsh page');
    assert.ok(!welsh.includes(ENGLISH), 'the English is not shown beside its Welsh');
    assert.match(welsh, /<p lang="en-GB">Only in English.<\/p>/);
    assert.match(welsh, /<p>Dim ond yn Gymraeg.<\/p>/);
    const english = feedbackPage({ ...item, updates }, 'en-GB');
    assert.match(english, new RegExp(`<p>${ENGLISH}</p>`));
    assert.match(english, /<p>Only in English.<\/p>/);
    assert.match(english, /<p lang="cy">Dim ond yn Gymraeg.<\/p>/);
  });

  it('tells a Welsh follower the Welsh version, and an English one the English', () => {
    const words = { text: ENGLISH, language: 'en-GB', translations: { cy: { text: WELSH } } } as const;
    const data = { event: 'feedback_update', reference: 'FB-BBBB', kind: 'heard', ...words, at: '2026-01-01T10:00:00Z' } as const;
    assert.ok(draft(data, 'cy', 'standard').lines.includes(WELSH));
    assert.ok(draft(data, 'en-GB', 'standard').lines.includes(ENGLISH));
    const status = { event: 'feedback_status', reference: 'FB-BBBB', status: 'changed', reason: words, at: '2026-01-01T10:00:00Z' } as const;
    assert.ok(draft(status, 'cy', 'easy-read').lines.includes(WELSH));
    assert.ok(draft(status, 'en-GB', 'standard').lines.includes(ENGLISH));
    // Written in Welsh, an update is its own words to every reader (no English version exists).
    const welshOnly = { ...data, text: 'Dim ond yn Gymraeg.', language: 'cy', translations: undefined } as const;
    assert.ok(draft(welshOnly, 'en-GB', 'standard').lines.includes('Dim ond yn Gymraeg.'));
    // A decision queued before the reason's language was stored carries its words alone.
    assert.ok(draft({ ...status, reason: ENGLISH }, 'cy', 'standard').lines.includes(ENGLISH));
  });

  it('migration 360 counts updates from before it as English; a Welsh version only beside English', async () => {
    await acrossMigration(
      '360',
      async (db) => {
        await db.query(`INSERT INTO feedback (id, reference, topic, text, consent_to_publish) VALUES ('fb-old', 'FB-OLD1', 'housing', 'Old damp.', true)`);
        await db.query(`INSERT INTO feedback_updates (id, feedback_id, kind, text) VALUES ('u-old', 'fb-old', 'heard', 'We heard.')`);
      },
      async (db) => {
        const [old] = await db.query<{ language: string; text_cy: string | null }>(`SELECT language, text_cy FROM feedback_updates WHERE id = 'u-old'`);
        assert.deepEqual({ ...old }, { language: 'en-GB', text_cy: null });
        await db.query(`INSERT INTO feedback_updates (id, feedback_id, kind, text, language) VALUES ('u-cy', 'fb-old', 'heard', 'Clywsom.', 'cy')`);
        await db.query(`INSERT INTO feedback_updates (id, feedback_id, kind, text, text_cy) VALUES ('u-both', 'fb-old', 'heard', 'We heard.', 'Clywsom.')`);
        await assert.rejects(db.query(`INSERT INTO feedback_updates (id, feedback_id, kind, text, language) VALUES ('u-fr', 'fb-old', 'heard', 'x', 'fr')`), 'another language');
        await assert.rejects(db.query(`INSERT INTO feedback_updates (id, feedback_id, kind, text, language, text_cy) VALUES ('u-2', 'fb-old', 'heard', 'x', 'cy', 'y')`), 'Welsh beside Welsh');
      },
    );
  });
});
