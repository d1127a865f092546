/**
 * The audit trail, readable (issue 20): only staff with the `auditor` role read it; it says who
 * read or changed whose record, when and for what stated reason; it filters, pages and exports as
 * CSV with formulas defused; reading it is itself recorded; it holds ids, never names or contacts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { suiteServer, token } from './harness.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';

describe('the audit trail', () => {
  const sender = capturingSender();
  const s = suiteServer({ me: { ...meOptions(sender), organisation: 'Anytown Council' } });

  it('is for staff with the auditor role only: 401 without a token, 403 for every other role', async () => {
    assert.equal((await s.call('/api/v1/audit-events')).status, 401);
    assert.equal((await s.call('/api/v1/audit-events/export')).status, 401);
    const others = await token({ sub: 'lead-1', roles: ['staff', 'attendance', 'finance', 'people'] });
    for (const path of ['/api/v1/audit-events', '/api/v1/audit-events/export']) {
      const refused = await s.call(path, { token: others });
      assert.equal(refused.status, 403, path);
      assert.equal(refused.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    }
    const auditor = await token({ sub: 'auditor-1', roles: ['staff', 'auditor'] });
    assert.equal((await s.call('/api/v1/audit-events', { token: auditor })).status, 200);
  });

  it("shows who read whose record, when and why, filtered by record, actor and action, and never the person's name or contact", async () => {
    const lead = await token({ sub: 'lead-2', roles: ['staff', 'people'] });
    assert.equal((await s.call('/api/v1/profiles/profile-seed', { token: lead })).status, 200);
    assert.equal((await s.call('/api/v1/people?reason=find-people', { token: lead })).status, 200);
    const auditor = await token({ sub: 'auditor-1', roles: ['staff', 'auditor'] });

    const aboutJo = await s.call('/api/v1/audit-events?subjectId=profile-seed', { token: auditor });
    assert.equal(aboutJo.status, 200);
    const read = aboutJo.body.items.find((e: { action: string }) => e.action === 'getProfile');
    assert.ok(read, JSON.stringify(aboutJo.body));
    assert.equal(read.actor, 'lead-2');
    assert.deepEqual(read.subjectIds, ['profile-seed']);
    assert.ok(Math.abs(Date.parse(read.at) - Date.now()) < 60_000, 'when');

    const byLead = await s.call('/api/v1/audit-events?actor=lead-2&action=listPeople', { token: auditor });
    assert.equal(byLead.body.items.length, 1);
    assert.equal(byLead.body.items[0].reason, 'find-people', 'the stated reason');
    assert.deepEqual((await s.call('/api/v1/audit-events?actor=nobody', { token: auditor })).body.items, []);

    const all = JSON.stringify((await s.call('/api/v1/audit-events?limit=500', { token: auditor })).body);
    for (const personal of ['Jo"', 'My family and my dog.', '07700 900000', '+447700900000']) assert.ok(!all.includes(personal), personal);
    assert.equal((await s.call('/api/v1/audit-events?action=DROP%20TABLE', { token: auditor })).status, 400);
    assert.equal((await s.call('/api/v1/audit-events?from=yesterday', { token: auditor })).status, 400);
  });

  it('pages newest first, and records that the trail was read', async () => {
    const auditor = await token({ sub: 'auditor-2', roles: ['staff', 'auditor'] });
    const first = await s.call('/api/v1/audit-events?limit=1', { token: auditor });
    assert.equal(first.body.items.length, 1);
    assert.ok(first.body.next);
    const second = await s.call(`/api/v1/audit-events?limit=1&before=${first.body.next}`, { token: auditor });
    assert.ok(BigInt(second.body.items[0].id) < BigInt(first.body.items[0].id), 'older');
    const reads = await s.call('/api/v1/audit-events?actor=auditor-2&action=listAuditEvents', { token: auditor });
    assert.ok(reads.body.items.length >= 2, 'each read of the trail is in the trail');
  });

  it('exports CSV in the contract’s columns, oldest first, with formulas defused, and records the export', async () => {
    const lead = await token({ sub: 'lead-2', roles: ['staff'] });
    assert.equal((await s.call('/api/v1/profiles/profile-seed', { token: lead })).status, 200);
    const sly = await token({ sub: '=HYPERLINK("http://x")', roles: ['staff'] });
    assert.equal((await s.call('/api/v1/profiles/profile-seed', { token: sly })).status, 200);
    const auditor = await token({ sub: 'auditor-3', roles: ['staff', 'auditor'] });
    const today = new Date().toISOString().slice(0, 10);
    const csv = await s.call(`/api/v1/audit-events/export?subjectId=profile-seed&from=${today}&to=${today}`, { token: auditor });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type')!, /^text\/csv/);
    const lines = (csv.body as string).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(lines[0], 'id,at,actor,action,reason,subject_ids,detail');
    assert.ok(lines.some((l) => l.includes(',lead-2,getProfile,,profile-seed,')), lines.join('\n'));
    assert.ok(lines.some((l) => l.includes(`"'=HYPERLINK(""http://x"")",getProfile`)), 'a formula actor is text');
    const ids = lines.slice(1).map((l) => BigInt(l.split(',')[0]!));
    assert.deepEqual(ids, [...ids].sort((a, b) => (a < b ? -1 : 1)), 'oldest first');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    assert.equal((await s.call(`/api/v1/audit-events/export?to=${yesterday}`, { token: auditor })).body.replace(/^\uFEFF/, '').trimEnd(), 'id,at,actor,action,reason,subject_ids,detail');
    const exports = await s.call('/api/v1/audit-events?actor=auditor-3&action=exportAuditEvents', { token: auditor });
    assert.equal(exports.body.items.length, 2);
    // More than the export's 50,000 rows: refused with what to change, never a file cut short.
    await s.db.query("INSERT INTO audit_log (actor, action) SELECT 'bulk-reader', 'getProfile' FROM generate_series(1, 50001)");
    const tooMany = await s.call('/api/v1/audit-events/export?actor=bulk-reader', { token: auditor });
    assert.equal(tooMany.status, 400);
    assert.deepEqual(tooMany.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['from', 'too-many']]);
  });

  // "Who looked at my profile": on this suite's server, so that it costs no second start.
  it('tells the person when staff opened or changed their profile, never who, and not a list they were in', async () => {
    const profile = { importantToMe: 'Being listened to.', experience: 'Caring for my dad.', consent: true, name: 'Kit', contact: { method: 'email', detail: 'kit@example.org' }, topics: ['carers'] };
    const created = await s.call('/api/v1/profiles', { method: 'POST', body: profile });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.profile.id as string;
    const lead = await token({ sub: 'lead-9', roles: ['staff', 'people'] });
    assert.equal((await s.call('/api/v1/people?reason=find-people', { token: lead })).status, 200);
    assert.equal((await s.call(`/api/v1/people/${id}?reason=contact`, { token: lead })).status, 200);
    assert.equal((await s.call(`/api/v1/profiles/${id}`, { token: lead })).status, 200);
    assert.equal((await s.call('/api/v1/profiles/profile-seed', { token: lead })).status, 200, 'someone else’s');
    const signedIn = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: id, key: created.body.editToken } });
    assert.equal(signedIn.status, 201, JSON.stringify(signedIn.body));
    const views = await s.call('/api/v1/me/profile-views', { token: signedIn.body.token });
    assert.equal(views.status, 200);
    assert.equal(views.headers.get('cache-control'), 'no-store');
    assert.deepEqual(
      views.body.items.map((v: { what: string; reason: string | null; profileId: string }) => [v.what, v.reason, v.profileId]),
      [
        ['looked', null, id],
        ['looked', 'contact', id],
      ],
      'newest first; the list the profile appeared in, and another person’s profile, are not there',
    );
    assert.ok(!JSON.stringify(views.body).includes('lead-9'), 'no member of staff named');
    assert.equal((await s.call('/api/v1/me/profile-views')).status, 401);
  });

  it('still tells the person when staff deleted their profile, in the organisation\'s name, until they erase everything', async () => {
    const profile = { importantToMe: 'Being asked.', experience: 'Using day services.', consent: true, name: 'Ash', contact: { method: 'email', detail: 'ash@example.org' }, topics: ['carers'] };
    const created = await s.call('/api/v1/profiles', { method: 'POST', body: profile });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.profile.id as string;
    const lead = await token({ sub: 'lead-7', roles: ['staff', 'people'] });
    assert.equal((await s.call(`/api/v1/people/${id}?reason=records`, { token: lead })).status, 200);
    assert.equal((await s.call(`/api/v1/profiles/${id}?reason=duplicate`, { method: 'DELETE', token: lead })).status, 204);
    const me = await signInByEmail(s, sender, 'ash@example.org');
    const views = await s.call('/api/v1/me/profile-views', { token: me });
    assert.equal(views.status, 200, JSON.stringify(views.body));
    assert.equal(views.body.organisation, 'Anytown Council');
    assert.deepEqual(
      views.body.items.map((v: { what: string; reason: string | null; profileId: string }) => [v.what, v.reason, v.profileId]),
      [
        ['deleted', 'duplicate', id],
        ['looked', 'records', id],
      ],
    );
    assert.equal((await s.call('/api/v1/me', { method: 'DELETE', token: me })).status, 200);
    const kept = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM profile_deletions WHERE profile_id = $1', [id]);
    assert.equal(kept[0]!.n, 0, 'erasing everything removes what was kept of the deleted profile');
  });

  it('sends the audit export with no-store, and finds a record through the subject_ids index', async () => {
    const auditor = await token({ sub: 'auditor-9', roles: ['staff', 'auditor'] });
    const csv = await s.call('/api/v1/audit-events/export?subjectId=profile-seed', { token: auditor });
    assert.equal(csv.status, 200);
    assert.equal(csv.headers.get('cache-control'), 'no-store');
    const [indexes] = await s.db.query<{ names: string[] }>("SELECT array_agg(indexname::text ORDER BY indexname) AS names FROM pg_indexes WHERE tablename = 'audit_log' AND schemaname = current_schema()");
    assert.deepEqual(indexes!.names, ['audit_log_actor_id', 'audit_log_at', 'audit_log_pkey', 'audit_log_subject_ids']);
    // SET LOCAL in one transaction: on PostgreSQL each query may take another pooled connection.
    const plan = await s.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      return (await tx.query<{ 'QUERY PLAN': string }>("EXPLAIN SELECT id FROM audit_log WHERE subject_ids @> ARRAY['profile-seed'::text]")).map((r) => r['QUERY PLAN']).join('\n');
    });
    assert.match(plan, /audit_log_subject_ids/, plan);
  });
});
