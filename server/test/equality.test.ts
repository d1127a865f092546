/**
 * Who is taking part (issue 17) on the real server: the person's own equality answers, kept
 * sealed apart from the profile, and staff's counts with small numbers hidden and the rest rounded.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, staff, suiteServer, token, type TestServer } from './harness.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';

/** A new profile and a session on it (its number and private key): the person's bearer token. */
async function person(s: TestServer, name: string): Promise<{ id: string; me: string }> {
  const body = { name, importantToMe: 'Being heard.', experience: 'Carer.', contact: { method: 'email', detail: `${name.toLowerCase()}@example.org` }, consent: true };
  const created = await s.call('/api/v1/profiles', { method: 'POST', body, headers: { 'idempotency-key': key() } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const started = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: created.body.profile.id, key: created.body.editToken } });
  assert.equal(started.status, 201);
  return { id: created.body.profile.id, me: started.body.token };
}

const save = (s: TestServer, me: string, answers: unknown) => s.call('/api/v1/me/equality', { method: 'PUT', body: answers, token: me });

describe('equality monitoring (issue 17)', () => {
  const sender = capturingSender();
  const s = suiteServer({ me: meOptions(sender), evaluations: { everyMs: false, equalityReference: { sex: { female: 51, male: 49 } } } });

  it('authorisation: the person\'s own answers need their sign-in; the counts need staff (401, 403 as problems)', async () => {
    for (const [path, method] of [['/api/v1/me/equality', 'GET'], ['/api/v1/me/equality', 'PUT'], ['/api/v1/me/equality', 'DELETE'], ['/api/v1/equality-reach', 'GET']] as const) {
      const res = await s.call(path, { method, ...(method === 'PUT' ? { body: {} } : {}) });
      assert.equal(res.status, 401, `${method} ${path}`);
      assert.match(String(res.headers.get('content-type')), /application\/problem\+json/);
    }
    const notStaff = await s.call('/api/v1/equality-reach', { token: await token({ roles: [] }) });
    assert.equal(notStaff.status, 403);
    assert.equal((await s.call('/api/v1/me/equality', { token: staff })).status, 401, "a staff token is not a person's sign-in");
  });

  it('the person answers, changes and deletes their own; a wrong answer is a 422 naming the field', async () => {
    const kit = await person(s, 'Kit');
    assert.deepEqual((await s.call('/api/v1/me/equality', { token: kit.me })).body, {});
    const saved = await save(s, kit.me, { ageBand: 'age_25_34', sex: 'prefer_not_to_say', longTermCondition: 'yes', reducedAbility: 'a_little' });
    assert.equal(saved.status, 200);
    assert.deepEqual((await s.call('/api/v1/me/equality', { token: kit.me })).body, { ageBand: 'age_25_34', sex: 'prefer_not_to_say', longTermCondition: 'yes', reducedAbility: 'a_little' });
    const wrong = await save(s, kit.me, { ethnicGroup: 'martian' });
    assert.equal(wrong.status, 422);
    assert.deepEqual(wrong.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['ethnicGroup', 'not-in-list']]);
    const unknown = await save(s, kit.me, { religion: 'none' });
    assert.equal(unknown.status, 422, 'a question we do not ask is refused (unknown-field), not dropped; InMemoryApi the same');
    assert.deepEqual(unknown.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['religion', 'unknown-field']]);
    await save(s, kit.me, { carer: 'hours_20_49' });
    assert.deepEqual((await s.call('/api/v1/me/equality', { token: kit.me })).body, { carer: 'hours_20_49' }, 'the answers replace those before');
    assert.equal((await s.call('/api/v1/me/equality', { method: 'DELETE', token: kit.me })).status, 204);
    assert.deepEqual((await s.call('/api/v1/me/equality', { token: kit.me })).body, {});
    assert.equal((await s.db.query('SELECT 1 FROM profile_equality WHERE profile_id = $1', [kit.id])).length, 0);
  });

  it('kept apart: sealed in the database, in no staff read of the person, and gone with the profile', async () => {
    const dee = await person(s, 'Dee');
    await save(s, dee.me, { ethnicGroup: 'black', sex: 'female' });
    const [row] = await s.db.query<{ sealed: string }>('SELECT sealed FROM profile_equality WHERE profile_id = $1', [dee.id]);
    assert.ok(row && !/black|female/.test(row.sealed), 'the database holds the answers sealed');
    for (const path of [`/api/v1/profiles/${dee.id}`, `/api/v1/people/${dee.id}?reason=find-people`, '/api/v1/people?reason=find-people']) {
      const read = await s.call(path, { token: await token({ roles: ['staff', 'people'] }) });
      assert.equal(read.status, 200, path);
      assert.ok(!/ethnicGroup|"black"/.test(JSON.stringify(read.body)), `${path} says nothing of the answers`);
    }
    assert.equal((await s.call(`/api/v1/me/profiles/${dee.id}`, { method: 'DELETE', token: dee.me })).status, 204);
    assert.equal((await s.db.query('SELECT 1 FROM profile_equality WHERE profile_id = $1', [dee.id])).length, 0);
  });

  it('staff see counts only: under 8 hidden, the rest rounded to 5, beside the reference; disability from the two questions', async () => {
    const signIns: string[] = [];
    for (let i = 0; i < 10; i++) signIns.push((await person(s, `Reach${i}`)).me);
    for (const [i, me] of signIns.entries()) {
      const answers = i < 9 ? { sex: 'female', longTermCondition: 'yes', reducedAbility: i < 8 ? 'a_lot' : 'not_at_all' } : { sex: 'male', longTermCondition: 'no' };
      assert.equal((await save(s, me, answers)).status, 200);
    }
    const reach = await s.call('/api/v1/equality-reach', { token: staff });
    assert.equal(reach.status, 200);
    assert.equal(reach.headers.get('cache-control'), 'no-store');
    const sex = reach.body.questions.find((q: { question: string }) => q.question === 'sex');
    const of = (q: { answers: { answer: string; count: number | null; referencePercent: number | null }[] }, a: string) => q.answers.find((x) => x.answer === a)!;
    assert.equal(of(sex, 'female').count, 10, '9 is shown rounded to 10');
    assert.equal(of(sex, 'male').count, null, '1 is "fewer than 8"');
    assert.equal(of(sex, 'female').referencePercent, 51);
    assert.equal(sex.answered, 10);
    const disability = reach.body.questions.find((q: { question: string }) => q.question === 'disability');
    assert.equal(of(disability, 'disabled').count, 10, '8 with a condition that reduces activities');
    assert.equal(of(disability, 'not_disabled').count, null, '2 are not, too few to show');
    const every = JSON.stringify(reach.body);
    assert.ok(!/Reach\d|example\.org/.test(every), 'no person in the answer');
    const counts = reach.body.questions.flatMap((q: { answers: { count: number | null }[] }) => q.answers.map((a) => a.count)).filter((c: number | null) => c !== null);
    assert.ok(counts.every((c: number) => c >= 8 && c % 5 === 0), `every shown count is 8 or more and a multiple of 5: ${counts}`);
  });

  it('the counts move only in batches: a read either side of one save is the same, after 5 changes they move (a deletion counts)', async () => {
    const read = async () => {
      const res = await s.call('/api/v1/equality-reach', { token: staff });
      assert.equal(res.status, 200);
      return res.body;
    };
    const before = await read();
    const newcomer = await person(s, 'Batch0');
    assert.equal((await save(s, newcomer.me, { ethnicGroup: 'black', longTermCondition: 'yes', reducedAbility: 'a_lot' })).status, 200);
    assert.deepEqual(await read(), before, 'one new answer set moves no figure (the profile count neither)');
    const others: { id: string; me: string }[] = [];
    for (let i = 1; i <= 3; i++) {
      others.push(await person(s, `Batch${i}`));
      await save(s, others.at(-1)!.me, { ethnicGroup: 'black' });
    }
    assert.deepEqual(await read(), before, '4 changes: still the same figures');
    assert.equal((await s.call(`/api/v1/me/profiles/${others[0]!.id}`, { method: 'DELETE', token: others[0]!.me })).status, 204);
    const after = await read();
    assert.notDeepEqual(after, before, 'the 5th change (a profile deleted, its answers with it) publishes new figures');
    assert.notEqual(after.profiles, null);
  });

  it('one profile keeps the answers when a person has several: deleting another (the oldest) keeps them, a newer one does not hide them', async () => {
    const first = await person(s, 'Twice');
    await person(s, 'Twice');
    const me = await signInByEmail(s, sender, 'twice@example.org');
    assert.equal((await save(s, me, { carer: 'no' })).status, 200);
    assert.equal((await s.call(`/api/v1/me/profiles/${first.id}`, { method: 'DELETE', token: me })).status, 204);
    assert.deepEqual((await s.call('/api/v1/me/equality', { token: me })).body, { carer: 'no' }, 'the answers stay with the profile that remains');
    await person(s, 'Twice');
    assert.deepEqual((await s.call('/api/v1/me/equality', { token: me })).body, { carer: 'no' }, 'a newer profile does not hide them');
  });
});
