/**
 * Who is taking part (issue 17, "any the council adds"): staff with the insights role add the
 * council's own optional questions (words in English, Welsh and easy read) and retire them, both
 * audited; people answer them with the census ones, and staff see them counted with the same
 * small-number rule (under 8 hidden, the rest rounded to 5).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, staff, suiteServer, token, type TestServer } from './harness.js';

const insights = await token({ sub: 'staff-insights', roles: ['staff', 'insights'] });
const words = (en: string, cy: string, easyRead: string) => ({ en, cy, easyRead });
const careLeaver = {
  text: words('Are you a care leaver?', 'Ydych chi wedi gadael gofal?', 'Did you grow up in care?'),
  answers: [{ text: words('Yes', 'Ydw', 'Yes') }, { text: words('No', 'Nac ydw', 'No') }],
};

async function person(s: TestServer, name: string): Promise<string> {
  const body = { name, importantToMe: 'Being heard.', experience: 'Carer.', contact: { method: 'email', detail: `${name.toLowerCase()}@example.org` }, consent: true };
  const created = await s.call('/api/v1/profiles', { method: 'POST', body, headers: { 'idempotency-key': key() } });
  const started = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: created.body.profile.id, key: created.body.editToken } });
  return started.body.token as string;
}

describe("the council's own equality questions (issue 17)", () => {
  const s = suiteServer({ evaluations: { everyMs: false } });

  it('adding and retiring need the insights role (401, 403) and are audited; anyone may read the words', async () => {
    assert.equal((await s.call('/api/v1/equality-questions', { method: 'POST', body: careLeaver })).status, 401);
    assert.equal((await s.call('/api/v1/equality-questions', { method: 'POST', body: careLeaver, token: staff })).status, 403, 'staff without insights cannot change what everyone is asked');
    const bad = await s.call('/api/v1/equality-questions', { method: 'POST', body: { ...careLeaver, answers: careLeaver.answers.slice(0, 1) }, token: insights });
    assert.equal(bad.status, 422, 'one answer is not a question');
    const added = await s.call('/api/v1/equality-questions', { method: 'POST', body: careLeaver, token: insights });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.deepEqual(added.body.answers.map((a: { id: string }) => a.id), ['a1', 'a2']);
    const read = await s.call('/api/v1/equality-questions');
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.questions.map((q: { id: string; retired: boolean }) => [q.id, q.retired]), [[added.body.id, false]]);
    assert.equal((await s.call(`/api/v1/equality-questions/${added.body.id}/retire`, { method: 'POST', token: staff })).status, 403);
    assert.equal((await s.call('/api/v1/equality-questions/cq-nothing/retire', { method: 'POST', token: insights })).status, 404);
    const retired = await s.call(`/api/v1/equality-questions/${added.body.id}/retire`, { method: 'POST', token: insights });
    assert.equal(retired.status, 200);
    assert.equal(retired.body.retired, true);
    const audit = await s.db.query<{ actor: string; action: string; ids: string[] }>(`SELECT actor, action, subject_ids AS ids FROM audit_log WHERE action IN ('addEqualityQuestion', 'retireEqualityQuestion') ORDER BY id`);
    assert.deepEqual(audit.map((a) => [a.actor, a.action, a.ids]), [['staff-insights', 'addEqualityQuestion', [added.body.id]], ['staff-insights', 'retireEqualityQuestion', [added.body.id]]]);
  });

  it('people answer it with the census ones; staff see it counted, small counts hidden, the rest rounded; retired, it takes no new answer and is not counted, but a person still sees their answer and can delete it', async () => {
    const added = (await s.call('/api/v1/equality-questions', { method: 'POST', body: careLeaver, token: insights })).body as { id: string };
    const reach = async () => (await s.call('/api/v1/equality-reach', { token: staff })).body as { council: { question: string; answered: number | null; answers: { answer: string; count: number | null }[] }[] };
    // Added before any batch: shown, every count hidden.
    assert.deepEqual((await reach()).council.find((c) => c.question === added.id)?.answers.map((a) => a.count), [null, null, null]);
    const tokens: string[] = [];
    for (let i = 0; i < 12; i++) tokens.push(await person(s, `Person${i}`));
    // 9 say yes, 2 no, 1 prefers not to say.
    for (const [i, me] of tokens.entries()) {
      const answer = i < 9 ? 'a1' : i < 11 ? 'a2' : 'prefer_not_to_say';
      const saved = await s.call('/api/v1/me/equality', { method: 'PUT', body: { sex: 'female', council: { [added.id]: answer, 'cq-unknown': 'a1' } }, token: me });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(saved.body, { sex: 'female', council: { [added.id]: answer } }, 'an answer to a question not asked is dropped');
    }
    const counted = (await reach()).council.find((c) => c.question === added.id)!;
    assert.equal(counted.answered, 10, '12 rounded to the nearest 5');
    assert.deepEqual(counted.answers.map((a) => [a.answer, a.count]), [['a1', 10], ['a2', null], ['prefer_not_to_say', null]]);
    await s.call(`/api/v1/equality-questions/${added.id}/retire`, { method: 'POST', token: insights });
    assert.equal((await reach()).council.some((c) => c.question === added.id), false, 'a retired question is not shown');
    const mine = (token: string) => s.call('/api/v1/me/equality', { token });
    assert.deepEqual((await mine(tokens[0]!)).body, { sex: 'female', council: { [added.id]: 'a1' } }, 'the person still sees their answer to a question no longer asked');
    const changed = await s.call('/api/v1/me/equality', { method: 'PUT', body: { sex: 'female', council: { [added.id]: 'a2' } }, token: tokens[1]! });
    assert.deepEqual(changed.body, { sex: 'female' }, 'a retired question takes no new answer');
    const kept = await s.call('/api/v1/me/equality', { method: 'PUT', body: { sex: 'male', council: { [added.id]: 'a1' } }, token: tokens[0]! });
    assert.deepEqual(kept.body, { sex: 'male', council: { [added.id]: 'a1' } }, 'saving the other answers keeps it as it was');
    const deleted = await s.call('/api/v1/me/equality', { method: 'PUT', body: { sex: 'male' }, token: tokens[0]! });
    assert.deepEqual([deleted.body, (await mine(tokens[0]!)).body], [{ sex: 'male' }, { sex: 'male' }], 'leaving it out deletes it');
    assert.equal((await reach()).council.some((c) => c.question === added.id), false, 'still not counted');
  });
});
