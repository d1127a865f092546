/**
 * The language a person's feedback is written in (session 28, WCAG 3.1.2): stored as the form sends it, returned on
 * the public board, to staff, and on the person's own page; a bad value is a 422 naming the field with a code; rows
 * from before migration 350 count as English. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acrossMigration, key, staff, suiteServer } from './harness.js';
import { feedbackPage } from '../src/embed/pages.js';

const welsh = { topic: 'housing', text: "Mae'r fflat yn llaith ers blwyddyn.", consentToPublish: true, language: 'cy' };

describe('the language feedback is written in', () => {
  const s = suiteServer();

  it('keeps Welsh as Welsh: stored, shown to staff, and on the public board once published', async () => {
    const created = await s.call('/api/v1/feedback', { method: 'POST', body: welsh, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201);
    const [row] = await s.db.query<{ language: string }>('SELECT language FROM feedback WHERE id = $1', [created.body.id]);
    assert.equal(row!.language, 'cy', 'stored');
    const forStaff = await s.call(`/api/v1/feedback/${created.body.id}`, { token: staff });
    assert.equal(forStaff.body.language, 'cy', 'to staff, one item');
    const listed = await s.call('/api/v1/feedback?include=all&limit=100', { token: staff });
    assert.equal(listed.body.items.find((f: { id: string }) => f.id === created.body.id).language, 'cy', 'to staff, in the list');
    await s.call(`/api/v1/feedback/${created.body.id}`, { method: 'PATCH', token: staff, body: { published: true } });
    const board = await s.call('/api/v1/feedback?limit=100');
    const onBoard = board.body.items.find((f: { id: string }) => f.id === created.body.id);
    assert.equal(onBoard.language, 'cy', 'on the public board');
    assert.equal((await s.call(`/api/v1/feedback/${created.body.id}`)).body.language, 'cy', 'the public item');
  });

  it('counts feedback sent without a language (an older widget, a council adapter) as English', async () => {
    const { language: _, ...unsaid } = welsh;
    const created = await s.call('/api/v1/feedback', { method: 'POST', body: { ...unsaid, text: 'The lift has been broken for a month.' } });
    assert.equal(created.status, 201);
    assert.equal((await s.call(`/api/v1/feedback/${created.body.id}`, { token: staff })).body.language, 'en-GB');
    assert.equal((await s.call('/api/v1/feedback/fb-bus')).body.language, 'en-GB', 'the seed says English');
  });

  it('refuses a language it does not know with an RFC 9457 problem naming the field and a code', async () => {
    for (const language of ['fr', 'en', 'CY', '', 7]) {
      const r = await s.call('/api/v1/feedback', { method: 'POST', body: { ...welsh, text: 'Refused for its language.', language } });
      assert.equal(r.status, 422, String(language));
      assert.match(String(r.headers.get('content-type')), /^application\/problem\+json/);
      assert.equal(r.body.status, 422);
      assert.ok(r.body.type && r.body.title, 'a problem document');
      const problem = r.body.errors.find((e: { field: string }) => e.field === 'language');
      assert.ok(problem, `names the field: ${JSON.stringify(r.body.errors)}`);
      assert.equal(problem.code, 'not-in-list', 'the widgets word it from its code');
    }
    const [n] = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM feedback WHERE text = 'Refused for its language.'`);
    assert.equal(n!.n, 0, 'nothing refused was stored');
  });

  it('the page a board item links to without JavaScript marks what was said with its language, on either page', async () => {
    const item = (await s.call('/api/v1/feedback/fb-bus')).body;
    for (const [language, locale] of [['cy', 'en-GB'], ['en-GB', 'cy']] as const) {
      const page = feedbackPage({ ...item, language, text: 'Words of theirs.' }, locale);
      assert.match(page, new RegExp(`<html lang="${locale}">`));
      assert.match(page, new RegExp(`<p lang="${language}">Words of theirs.</p>`), `${language} words on a ${locale} page`);
    }
  });

  it('migration 350 counts rows from before it as English, and later rows may be Welsh', async () => {
    await acrossMigration(
      '350',
      (db) => db.query(`INSERT INTO feedback (id, reference, topic, text, consent_to_publish) VALUES ('fb-old', 'FB-OLD1', 'housing', 'Old damp.', true)`),
      async (db) => {
        const [old] = await db.query<{ language: string }>(`SELECT language FROM feedback WHERE id = 'fb-old'`);
        assert.equal(old!.language, 'en-GB');
        await db.query(`INSERT INTO feedback (id, reference, topic, text, consent_to_publish, language) VALUES ('fb-new', 'FB-NEW1', 'housing', 'Llaith.', true, 'cy')`);
        await assert.rejects(db.query(`INSERT INTO feedback (id, reference, topic, text, consent_to_publish, language) VALUES ('fb-bad', 'FB-BAD1', 'housing', 'x', true, 'fr')`), 'the database refuses another language');
      },
    );
  });
});
