/**
 * Issue 17: answers given on a paper form or over the phone, entered by staff with the insights
 * role. Kept apart from who gave them like an online answer, counted exactly like one, with how
 * they came counted apart ("1 online, 1 on paper, 1 by phone"), audited without what they said,
 * retried safely with an Idempotency-Key, refused by field with a code.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { moveWaitingAnswers, sendReminders } from '../src/evaluations/repository.js';
import { renderMessage, wordsByHand } from '../src/messages/catalog.js';
import { NO_REACH } from '../src/messages/registry.js';
import { evaluationInvite, type EvaluationInviteData } from '../src/messages/templates-evaluation.js';
import { key, staff, suiteServer, token, type TestServer } from './harness.js';
import { joinPeople } from './evaluation-support.js';

const OPP = 'opp-carers';
const insights = await token({ sub: 'insights-1', roles: ['staff', 'insights'], title: 'Insight lead' });

const PAPER_CHANGE = 'Post the papers in large print';
const paper = { opportunityId: OPP, how: 'paper', ratings: { voice: 'strongly_agree', accessible: 'agree' }, felt: 'co_design', change: PAPER_CHANGE };
const phone = { opportunityId: OPP, how: 'phone', ratings: { voice: 'strongly_agree', accessible: 'disagree' }, felt: 'consultation' };
const enter = (s: TestServer, body: unknown, as = insights, idempotencyKey = key()) =>
  s.call('/api/v1/evaluations/by-hand', { method: 'POST', body, token: as, headers: { 'idempotency-key': idempotencyKey } });
const fields = (body: { errors?: { field: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field} ${e.code}`).sort();

describe('answers from a paper form or a call, entered by staff (issue 17)', () => {
  const s = suiteServer();

  it('refuses without the insights role, before anyone was invited, and names each wrong field with a code', async () => {
    assert.equal((await s.call('/api/v1/evaluations/by-hand', { method: 'POST', body: paper })).status, 401);
    assert.equal((await enter(s, paper, staff)).status, 403, 'staff without the insights role');
    const early = await enter(s, paper);
    assert.equal(early.status, 422, JSON.stringify(early.body));
    assert.deepEqual(fields(early.body), ['opportunityId not-allowed'], 'nobody invited yet');
    const unknown = await enter(s, { ...paper, opportunityId: 'opp-nowhere' });
    assert.equal(unknown.status, 404);
    const bad = await enter(s, { opportunityId: OPP, how: 'email', ratings: { voice: 'maybe' }, felt: 'lots', change: 'x'.repeat(1001) });
    assert.equal(bad.status, 422);
    assert.deepEqual(fields(bad.body), ['change too-long', 'felt not-in-list', 'how not-in-list', 'ratings.voice not-in-list']);
  });

  it('counts a paper and a phone answer exactly as online ones once their batch moves, says how many came how, and never more than were invited', async () => {
    await joinPeople(s, OPP, ['Aled', 'Bethan', 'Carys', 'Dafydd']);
    const round = await s.call(`/api/v1/opportunities/${OPP}/evaluation-invitations`, { method: 'POST', token: staff, headers: { 'idempotency-key': key() } });
    assert.equal(round.body.invited, 4);
    const links = await s.db.query<{ link: string }>(`SELECT link FROM messages WHERE event = 'evaluation_invite' ORDER BY created_at LIMIT 2`);
    for (const { link } of links) {
      const online = await s.call('/api/v1/evaluations', { method: 'POST', body: { token: link.split('#coprod-evaluation=')[1], ratings: { voice: 'agree', accessible: 'agree' }, felt: 'co_design' } });
      assert.equal(online.status, 201);
    }

    const retryKey = key();
    const first = await enter(s, paper, insights, retryKey);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.deepEqual(first.body, { received: true });
    const retried = await enter(s, paper, insights, retryKey);
    assert.equal(retried.status, 201);
    assert.equal(retried.headers.get('idempotent-replayed'), 'true', 'a retry is not a second answer');
    assert.equal((await enter(s, phone)).status, 201);
    const fourth = await enter(s, paper);
    assert.equal(fourth.status, 422, 'four invited, four answered');
    assert.deepEqual(fields(fourth.body), ['opportunityId not-allowed']);

    const before = await s.call(`/api/v1/opportunities/${OPP}/evaluation-results`, { token: staff });
    assert.deepEqual([before.body.respondents, before.body.given], [0, undefined], 'they wait, sealed, like online answers');
    assert.equal(await moveWaitingAnswers(s.db, { minimum: 3, days: 7 }, s.app.contactKeys.cipher), 0, 'two online answers: those typed in do not count towards the minimum');
    assert.equal(await moveWaitingAnswers(s.db, { minimum: 2, days: 7 }, s.app.contactKeys.cipher), 4);
    const results = await s.call(`/api/v1/opportunities/${OPP}/evaluation-results`, { token: staff });
    assert.equal(results.status, 200);
    assert.equal(results.body.respondents, 4);
    assert.deepEqual(results.body.given, { online: 2, paper: 1, phone: 1 });
    const [group] = results.body.groups;
    const counts = (i: string) => group.ingredients.find((x: { ingredient: string }) => x.ingredient === i).counts;
    assert.deepEqual([counts('voice').strongly_agree, counts('voice').agree, counts('accessible').agree, counts('accessible').disagree], [2, 2, 3, 1]);
    assert.deepEqual(group.changes, [PAPER_CHANGE]);
  });

  it('keeps no trace of how an answer came beside it, and audits who entered answers for which activity without what they said', async () => {
    const columns = await s.db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'evaluation_answers' AND table_schema = current_schema() ORDER BY ordinal_position`);
    assert.deepEqual(columns.map((c) => c.column_name), ['id', 'opportunity_id', 'ratings', 'felt', 'change'], 'no "how" on an answer');
    const given = await s.db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'evaluation_given' AND table_schema = current_schema() ORDER BY ordinal_position`);
    assert.deepEqual(given.map((c) => c.column_name), ['opportunity_id', 'how', 'answers'], 'counts only: no person, staff or time');
    const audit = await s.db.query<{ actor: string; subject_ids: string[]; detail: unknown }>(`SELECT actor, subject_ids, detail FROM audit_log WHERE action = 'enterEvaluationByHand' ORDER BY id`);
    assert.deepEqual(audit.map((a) => [a.actor, a.subject_ids, a.detail]), [['insights-1', [OPP], { how: 'paper' }], ['insights-1', [OPP], { how: 'phone' }]], 'each entry once (the retry is not), with how it came');
    const everything = JSON.stringify(await s.db.query('SELECT * FROM audit_log')) + JSON.stringify(await s.db.query('SELECT * FROM idempotency_keys'));
    assert.ok(!everything.includes('large print') && !everything.includes('strongly_agree') && !everything.includes('co_design'), 'no answer in the audit trail or the retry store');
  });
});

describe('an answer typed in by staff never lets them read a lone online answer by subtraction (review M2)', () => {
  const s = suiteServer();

  it('one online answer and one phone answer, aged past the batch days, do not move: the online answer stays sealed', async () => {
    await joinPeople(s, OPP, ['Eirlys', 'Ffion', 'Gwen']);
    const round = await s.call(`/api/v1/opportunities/${OPP}/evaluation-invitations`, { method: 'POST', token: staff, headers: { 'idempotency-key': key() } });
    assert.equal(round.body.invited, 3);
    const [link] = await s.db.query<{ link: string }>(`SELECT link FROM messages WHERE event = 'evaluation_invite' ORDER BY created_at LIMIT 1`);
    const secret = 'SECRET ONLINE WORDS';
    const online = await s.call('/api/v1/evaluations', { method: 'POST', body: { token: link!.link.split('#coprod-evaluation=')[1], ratings: { voice: 'disagree', accessible: 'disagree' }, felt: 'coercion', change: secret } });
    assert.equal(online.status, 201);
    assert.equal((await enter(s, phone)).status, 201);
    await s.db.query(`UPDATE evaluation_pending SET received_on = current_date - 8`);

    assert.equal(await moveWaitingAnswers(s.db, { minimum: 5, days: 7 }, s.app.contactKeys.cipher), 0, 'one online answer is not a batch');
    const results = await s.call(`/api/v1/opportunities/${OPP}/evaluation-results`, { token: insights });
    assert.equal(results.status, 200);
    assert.equal(results.body.respondents, 0);
    assert.ok(!JSON.stringify(results.body).includes(secret), 'staff results do not show the online answer’s words');
  });

  it('in a round not yet full, the one reminder thanks anyone who already answered on paper or by phone, in every reading, by hand and by email (fixes brief 7)', async () => {
    // One online and one phone answer of three invited: nobody is named by the phone answer, so both unused invitations are reminded.
    assert.equal(await s.db.transaction((tx) => sendReminders(tx, 0, (token) => `http://x/#coprod-evaluation=${token}`)), 2);
    const sent = await s.db.query<{ data: EvaluationInviteData }>(`SELECT data FROM messages WHERE event = 'evaluation_invite' AND (data->>'reminder')::boolean`);
    assert.equal(sent.length, 2);
    const thanks = { 'en-GB': { standard: 'If you have already answered, on paper, by phone or online, thank you: you do not need to do anything.', 'easy-read': 'Already answered? Thank you.' }, cy: { standard: 'Os ydych chi wedi ateb yn barod, ar bapur, dros y ffôn neu ar-lein, diolch: does dim angen i chi wneud dim byd.', 'easy-read': 'Wedi ateb yn barod? Diolch.' } } as const;
    for (const language of ['en-GB', 'cy'] as const) {
      for (const level of ['standard', 'easy-read'] as const) {
        const message = evaluationInvite.with(sent[0]!.data);
        for (const how of ['letter', 'call'] as const) assert.ok(wordsByHand(message, language, level, NO_REACH, how).includes(thanks[language][level]), `${how} ${language} ${level}`);
        assert.ok(renderMessage(message, language, level, { item: 'http://x/e', unsubscribe: 'http://x/u' }).body.includes(thanks[language][level]), `email ${language} ${level}`);
        assert.ok(!wordsByHand(evaluationInvite.with({ ...sent[0]!.data, reminder: false }), language, level, NO_REACH).includes(thanks[language][level]), 'not in the first invitation');
      }
    }
    // Unsent again, so the next test asks its own question of the same round.
    await s.db.query('UPDATE evaluation_invitations SET reminded = false');
  });

  it('reminds nobody once answers online and typed in reach the number invited (review S7)', async () => {
    assert.equal((await enter(s, paper)).status, 201, 'the third of three: one online, two typed in');
    const messages = async () => (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM messages WHERE event = 'evaluation_invite'`))[0]!.n;
    const before = await messages();
    assert.equal(await s.db.transaction((tx) => sendReminders(tx, 0, (token) => `http://x/#coprod-evaluation=${token}`)), 0, 'everyone has answered');
    assert.equal(await messages(), before, 'no reminder letter, email or text');
  });
});
