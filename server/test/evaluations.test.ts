/**
 * How well did we involve you? (issue 17) on the real server: invitations through the
 * messages, single-use links, one reminder, counted results, and answers that cannot be
 * joined back to a person.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEvaluationJob } from '../src/evaluations/routes.js';
import { moveWaitingAnswers, sendReminders } from '../src/evaluations/repository.js';
import { acrossMigration, key, staff, suiteServer, type TestServer } from './harness.js';
import { joinPeople } from './evaluation-support.js';

const OPP = 'opp-carers';

/** The single-use links in the invitations queued for an activity's people, by interest. */
async function links(s: TestServer, interestIds: string[]): Promise<Map<string, string[]>> {
  const rows = await s.db.query<{ subject_id: string; link: string }>(
    `SELECT subject_id, link FROM messages WHERE event = 'evaluation_invite' AND subject_id = ANY($1::text[]) ORDER BY created_at`,
    [interestIds],
  );
  const found = new Map<string, string[]>();
  for (const row of rows) found.set(row.subject_id, [...(found.get(row.subject_id) ?? []), row.link.split('#coprod-evaluation=')[1]!]);
  return found;
}

const answer = (token: string, felt: string, change?: string) => ({
  token,
  ratings: { centre: 'agree', power: 'strongly_agree', voice: 'agree', valued: 'not_for_this', accessible: 'disagree' },
  felt,
  ...(change ? { change } : {}),
});

/** Makes room for more people in an activity (the fixture's have five places). */
async function room(s: TestServer, opportunityId: string): Promise<void> {
  const brief = (await s.call(`/api/v1/opportunities/${opportunityId}`, { token: staff })).body;
  const { id: _id, organisation: _o, area: _a, placesTaken: _p, interestCount: _i, createdAt: _c, updatedAt: _u, publishedAt: _pub, ...input } = brief;
  const put = await s.call(`/api/v1/opportunities/${opportunityId}`, { method: 'PUT', token: staff, body: { ...input, places: null }, headers: { 'idempotency-key': key(), 'if-match': '*' } });
  assert.equal(put.status, 200, JSON.stringify(put.body));
}

/** The hourly job's move of waiting answers, as if the week had passed (two or more move together). */
const moveNow = (s: TestServer, minimum = 5, days = 0) => moveWaitingAnswers(s.db, { minimum, days }, s.app.contactKeys.cipher);

describe('evaluations', () => {
  const s = suiteServer();
  let people: string[] = [];

  it('invites everyone who took part once, through their messages, with a single-use link each', async () => {
    people = await joinPeople(s, OPP, ['Ana', 'Bryn', 'Cai'], ['en-GB', 'cy', 'en-GB']);
    const forbidden = await s.call(`/api/v1/opportunities/${OPP}/evaluation-invitations`, { method: 'POST' });
    assert.equal(forbidden.status, 401);
    const round = await s.call(`/api/v1/opportunities/${OPP}/evaluation-invitations`, { method: 'POST', token: staff, headers: { 'idempotency-key': key() } });
    assert.deepEqual(round.body, { invited: 3, invitedInAll: 3 });
    const again = await s.call(`/api/v1/opportunities/${OPP}/evaluation-invitations`, { method: 'POST', token: staff, headers: { 'idempotency-key': key() } });
    assert.deepEqual(again.body, { invited: 0, invitedInAll: 3 });
    const tokens = await links(s, people);
    assert.equal(tokens.size, 3);
    const welsh = await s.db.query<{ language: string }>(`SELECT language FROM messages WHERE event = 'evaluation_invite' AND subject_id = $1`, [people[1]]);
    assert.equal(welsh[0]!.language, 'cy');
  });

  it('opens an invitation with the activity and its promise, and takes the answers once', async () => {
    const tokens = await links(s, people);
    const first = tokens.get(people[0]!)![0]!;
    const opened = await s.call('/api/v1/evaluations/invitation', { method: 'POST', body: { token: first } });
    assert.equal(opened.status, 200);
    assert.equal(opened.body.opportunityId, OPP);
    assert.equal(opened.body.used, false);
    assert.equal(opened.body.title.en.length > 0, true);
    // Nothing answered (no rating, no rung, only spaces written): refused on the first question, and the link still works (review S5).
    const empty = await s.call('/api/v1/evaluations', { method: 'POST', body: { token: first, ratings: {}, change: '   ' } });
    assert.equal(empty.status, 422);
    assert.deepEqual(empty.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`), ['ratings.centre required']);
    assert.equal((await s.call('/api/v1/evaluations/invitation', { method: 'POST', body: { token: first } })).body.used, false, 'the link is not used up');
    assert.equal((await s.call('/api/v1/evaluations', { method: 'POST', body: answer(first, 'consultation', 'Send the papers a week before') })).status, 201);
    const repeat = await s.call('/api/v1/evaluations', { method: 'POST', body: answer(first, 'consultation') });
    assert.equal(repeat.status, 409);
    assert.equal((await s.call('/api/v1/evaluations/invitation', { method: 'POST', body: { token: first } })).body.used, true);
    const unknown = await s.call('/api/v1/evaluations', { method: 'POST', body: answer('x'.repeat(43), 'consultation') });
    assert.equal(unknown.status, 404);
    const bad = await s.call('/api/v1/evaluations', { method: 'POST', body: { token: first, ratings: { centre: 'maybe' }, felt: 'lots' } });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`).sort(), ['felt not-in-list', 'ratings.centre not-in-list']);
  });

  it('sends one reminder only, to those who have not answered, with a link that works too', async () => {
    const sent = await s.db.transaction((tx) => sendReminders(tx, 0, (token) => `http://x/evaluate.html#coprod-evaluation=${token}`));
    assert.equal(sent, 2);
    assert.equal(await s.db.transaction((tx) => sendReminders(tx, 0, (token) => `http://x/#coprod-evaluation=${token}`)), 0);
    const tokens = await links(s, people);
    const reminder = tokens.get(people[1]!)![1]!;
    assert.equal((await s.call('/api/v1/evaluations', { method: 'POST', body: answer(reminder, 'co_production', 'More time to talk') })).status, 201);
    assert.equal((await s.call('/api/v1/evaluations', { method: 'POST', body: answer(tokens.get(people[1]!)![0]!, 'co_production') })).status, 409, 'the first link is used up too');
    assert.equal((await s.call('/api/v1/evaluations', { method: 'POST', body: answer(tokens.get(people[2]!)![0]!, 'informing') })).status, 201, 'the first link works after the reminder');
  });

  it('shows staff the three answers counted, with the promise beside the rung felt; the public page hides them', async () => {
    assert.equal((await s.call(`/api/v1/opportunities/${OPP}/evaluation-results`, { token: staff })).body.respondents, 0, 'answers wait before anyone sees them');
    assert.equal(await moveNow(s, 5, 7), 0, 'three answers of today wait for two more or for the week');
    assert.equal(await moveNow(s), 3);
    const results = await s.call(`/api/v1/opportunities/${OPP}/evaluation-results`, { token: staff });
    assert.equal(results.status, 200);
    assert.equal(results.body.invited, 3);
    assert.equal(results.body.respondents, 3);
    assert.equal(results.body.staffMinimum, 2);
    const [group] = results.body.groups;
    const felt = Object.fromEntries(group.felt.map((f: { rung: string; count: number }) => [f.rung, f.count]));
    assert.deepEqual([felt.consultation, felt.co_production, felt.informing], [1, 1, 1]);
    assert.deepEqual(group.ingredients.find((i: { ingredient: string }) => i.ingredient === 'power').counts.strongly_agree, 3);
    assert.deepEqual(group.changes, ['More time to talk', 'Send the papers a week before']);
    const published = await s.call('/api/v1/evaluation-results');
    assert.deepEqual(published.body, { threshold: 5, respondents: null, groups: [] });
  });

  it('keeps answers apart from people: no column or key ties an answer to anyone', async () => {
    const columns = await s.db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'evaluation_answers' AND table_schema = current_schema() ORDER BY ordinal_position`);
    assert.deepEqual(columns.map((c) => c.column_name), ['id', 'opportunity_id', 'ratings', 'felt', 'change']);
    const keys = await s.db.query<{ from_table: string; to_table: string }>(
      `SELECT tc.table_name AS from_table, ccu.table_name AS to_table FROM information_schema.table_constraints tc
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.constraint_schema = tc.constraint_schema
       WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema() AND (tc.table_name = 'evaluation_answers' OR ccu.table_name = 'evaluation_answers')`,
    );
    assert.deepEqual(keys, [{ from_table: 'evaluation_answers', to_table: 'opportunities' }]);
    const invitationColumns = await s.db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'evaluation_invitations' AND table_schema = current_schema()`);
    assert.ok(!invitationColumns.some((c) => /answer|used_at/.test(c.column_name)), 'an invitation records only that it was used');
  });

  it('gives every endpoint the same answer whichever person answered first: nothing about who or when leaks', async () => {
    // Two servers, the same three people, the same three answers given by different people in a different order.
    const results: string[] = [];
    for (const order of [[0, 1, 2], [2, 0, 1]]) {
      const other = await (await import('./harness.js')).startServer();
      try {
        const ids = await joinPeople(other, OPP, ['Dee', 'Eli', 'Fay']);
        await other.call(`/api/v1/opportunities/${OPP}/evaluation-invitations`, { method: 'POST', token: staff, headers: { 'idempotency-key': key() } });
        const tokens = await links(other, ids);
        const said = [answer('', 'consultation', 'A'), answer('', 'co_design', 'B'), answer('', 'informing')];
        for (const [n, who] of order.entries()) await other.call('/api/v1/evaluations', { method: 'POST', body: { ...said[n]!, token: tokens.get(ids[who]!)![0]! } });
        assert.equal(await moveNow(other), 3);
        const staffView = await other.call(`/api/v1/opportunities/${OPP}/evaluation-results`, { token: staff });
        const publicView = await other.call('/api/v1/evaluation-results');
        const told = await other.call(`/api/v1/messages?opportunityId=${OPP}`, { token: staff });
        results.push(JSON.stringify([staffView.body, publicView.body, told.body.items.filter((m: { event: string }) => m.event === 'evaluation_invite').map((m: { status: string }) => m.status)]));
      } finally {
        await other.close();
      }
    }
    assert.equal(results[0], results[1]);
  });

  it('writes no answer in the transaction or the order of the invitation it used: the xmin differs and the order is shuffled', async () => {
    // Eight people answer one after another, each saying which they were (only this test can tell).
    await room(s, OPP);
    const ids = await joinPeople(s, OPP, ['Hal', 'Ivy', 'Jac', 'Kit', 'Lea', 'Mo', 'Ned', 'Oona']);
    await s.call(`/api/v1/opportunities/${OPP}/evaluation-invitations`, { method: 'POST', token: staff, headers: { 'idempotency-key': key() } });
    const tokens = await links(s, ids);
    const said = ids.map((_, n) => `answer ${n}`);
    for (const [n, id] of ids.entries()) assert.equal((await s.call('/api/v1/evaluations', { method: 'POST', body: answer(tokens.get(id)![0]!, 'co_design', said[n]) })).status, 201);
    // While they wait, what was said is sealed: a database reader sees only the activity and the day.
    const waiting = await s.db.query<{ sealed: string }>(`SELECT sealed FROM evaluation_pending`);
    assert.equal(waiting.length, 8);
    assert.ok(waiting.every((w) => !w.sealed.includes('answer') && !w.sealed.includes('co_design')));
    assert.equal((await s.db.query(`SELECT 1 FROM evaluation_answers WHERE change LIKE 'answer %'`)).length, 0);

    assert.equal(await moveNow(s, 5, 7), 8, 'five or more move at once');
    assert.equal((await s.db.query(`SELECT 1 FROM evaluation_pending`)).length, 0);
    const invitationXmins = new Set((await s.db.query<{ x: string }>(`SELECT xmin::text AS x FROM evaluation_invitations`)).map((r) => r.x));
    const rows = await s.db.query<{ x: string; change: string }>(`SELECT xmin::text AS x, change FROM evaluation_answers WHERE change LIKE 'answer %' ORDER BY ctid`);
    assert.equal(new Set(rows.map((r) => r.x)).size, 1, 'all eight written in one transaction');
    assert.ok(!invitationXmins.has(rows[0]!.x), 'no answer shares a transaction id with any invitation');
    // Neither the order rows sit in on disk nor their ids follow the order people answered (1 in 8! by chance).
    assert.notDeepEqual(rows.map((r) => r.change), said, 'stored order is not the order of answering');
    const byId = await s.db.query<{ change: string }>(`SELECT change FROM evaluation_answers WHERE change LIKE 'answer %' ORDER BY id`);
    assert.notDeepEqual(byId.map((r) => r.change), said, 'id order is not the order of answering');
    assert.deepEqual(rows.map((r) => r.change).sort(), [...said].sort(), 'every answer arrived');
  });

  it('never moves one answer alone, even after the wait: staff see no answer on its own, nor what one person asked to change; two move together', async () => {
    const ids = await joinPeople(s, 'opp-housing', ['Pia', 'Rex', 'Sid']);
    await s.call('/api/v1/opportunities/opp-housing/evaluation-invitations', { method: 'POST', token: staff, headers: { 'idempotency-key': key() } });
    const tokens = await links(s, ids);
    await s.call('/api/v1/evaluations', { method: 'POST', body: answer(tokens.get(ids[0]!)![0]!, 'informing', 'Pia asked this') });
    assert.equal(await moveNow(s), 0, 'one waits, even after the week: it would be that person’s answer');
    assert.equal(await moveWaitingAnswers(s.db, { minimum: 1, days: 0, least: 1 }, s.app.contactKeys.cipher), 0, 'a batch rule set lower is raised to two');
    const waiting = await s.call('/api/v1/opportunities/opp-housing/evaluation-results', { token: staff });
    assert.deepEqual([waiting.body.respondents, waiting.body.groups.length], [0, 0]);
    assert.ok(!JSON.stringify(waiting.body).includes('asked this'), 'no change asked for shows');
    await s.call('/api/v1/evaluations', { method: 'POST', body: answer(tokens.get(ids[1]!)![0]!, 'informing', 'Rex asked this') });
    assert.equal(await moveNow(s, 5, 7), 0, 'two of today wait for the week');
    assert.equal(await moveNow(s), 2);
    const shown = await s.call('/api/v1/opportunities/opp-housing/evaluation-results', { token: staff });
    assert.deepEqual([shown.body.respondents, shown.body.staffMinimum], [2, 2]);
    assert.deepEqual(shown.body.groups[0].changes, ['Pia asked this', 'Rex asked this']);
  });


  it('leaves out answers with nothing in them that waited, sealed, from before the API refused them: they do not count as someone who answered', async () => {
    const before = (await s.call('/api/v1/opportunities/opp-housing/evaluation-results', { token: staff })).body.respondents;
    const seal = (said: object) => s.db.query('INSERT INTO evaluation_pending (id, opportunity_id, sealed) VALUES ($1, $2, $3)', [key(), 'opp-housing', s.app.contactKeys.cipher.seal(JSON.stringify(said))]);
    await seal({ ratings: {} });
    await seal({ ratings: { centre: null } });
    await seal({ ratings: { centre: 'agree' } });
    await seal({ ratings: {}, change: 'Sid asked this' });
    assert.equal(await moveNow(s), 2, 'two of the four said something');
    assert.deepEqual(await s.db.query(`SELECT count(*)::int AS n FROM evaluation_pending WHERE opportunity_id = 'opp-housing'`), [{ n: 0 }], 'none is left waiting');
    const after = (await s.call('/api/v1/opportunities/opp-housing/evaluation-results', { token: staff })).body;
    assert.equal(after.respondents, before + 2);
    assert.ok(after.groups[0].changes.includes('Sid asked this'));
  });

  it('migration 370 removes answers with nothing in them stored before the API refused them, and keeps every answer that said something and every answer of an activity with answers from paper or a call', async () => {
    await acrossMigration(
      '370',
      async (db) => {
        await db.query(`INSERT INTO opportunities (id, status, organisation_id, doc) VALUES ('opp-old', 'open', 'org', '{"title": "Old"}'), ('opp-paper', 'open', 'org', '{"title": "On paper"}')`);
        // An activity with answers typed in from paper: one of its answers is empty, and no row says which way that one came.
        await db.query(`INSERT INTO evaluation_given (opportunity_id, how, answers) VALUES ('opp-paper', 'paper', 1)`);
        await db.query(`INSERT INTO evaluation_answers (id, opportunity_id, ratings, felt, change) VALUES ('p-empty', 'opp-paper', '{}', NULL, NULL), ('p-rated', 'opp-paper', '{"centre": "agree"}', NULL, NULL)`);
        await db.query(`INSERT INTO evaluation_answers (id, opportunity_id, ratings, felt, change) VALUES
          ('a-empty', 'opp-old', '{}', NULL, NULL),
          ('a-nulls', 'opp-old', '{"centre": null}', '', E' \t\n '),
          ('a-rated', 'opp-old', '{"centre": "agree"}', NULL, NULL),
          ('a-felt', 'opp-old', '{}', 'consultation', NULL),
          ('a-change', 'opp-old', '{}', NULL, 'More time')`);
      },
      async (db) => {
        const kept = await db.query<{ id: string }>(`SELECT id FROM evaluation_answers ORDER BY id`);
        assert.deepEqual(kept.map((row) => row.id), ['a-change', 'a-felt', 'a-rated', 'p-empty', 'p-rated'], 'an activity with answers from paper keeps its empty one: its online count stays right');
      },
    );
  });

  it('reads the answers table only in the evaluations repository', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const readers = files('server/src').filter((file) => readFileSync(file, 'utf8').includes('evaluation_answers'));
    assert.deepEqual(readers, ['server/src/evaluations/repository.ts']);
  });

  it('starts a round by itself when an activity’s last session is over', async () => {
    const brief = (await s.call('/api/v1/opportunities/opp-buses', { token: staff })).body;
    const { id: _id, organisation: _o, area: _a, placesTaken: _p, interestCount: _i, createdAt: _c, updatedAt: _u, publishedAt: _pub, ...input } = brief;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    // Cancelled, it did not happen: nobody is asked how well they were involved in it.
    const cancelled = await s.call('/api/v1/opportunities/opp-buses', { method: 'PUT', token: staff, body: { ...input, status: 'cancelled', when: { summary: 'Yesterday', sessions: [{ start: yesterday }] } }, headers: { 'idempotency-key': key(), 'if-match': '*' } });
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    await runEvaluationJob(s.app, { pageUrl: 'http://x/evaluate.html', reminderDays: 7, lookbackDays: 14 });
    assert.deepEqual(await s.db.query("SELECT count(*)::int AS n FROM evaluation_rounds WHERE opportunity_id = 'opp-buses'"), [{ n: 0 }], 'no round for a cancelled activity');
    const put = await s.call('/api/v1/opportunities/opp-buses', { method: 'PUT', token: staff, body: { ...input, when: { summary: 'Yesterday', sessions: [{ start: yesterday }] } }, headers: { 'idempotency-key': key(), 'if-match': '*' } });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const joined = await joinPeople(s, 'opp-buses', ['Gwen']);
    const pass = await runEvaluationJob(s.app, { pageUrl: 'http://x/evaluate.html', reminderDays: 7, lookbackDays: 14 });
    assert.ok(pass.rounds >= 1);
    assert.equal((await links(s, joined)).get(joined[0]!)?.length, 1);
    assert.equal((await runEvaluationJob(s.app, { pageUrl: 'http://x/evaluate.html', reminderDays: 7, lookbackDays: 14 })).rounds, 0);
  });
});
