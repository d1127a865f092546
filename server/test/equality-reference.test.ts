/**
 * Who is taking part (issue 17): staff enter the council's reference population (e.g. census
 * shares for its area) through PUT /equality-reference, which replaces the server's
 * EQUALITY_REFERENCE setting in the counts they read. Figures about the area, never a person.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { staff, suiteServer, token } from './harness.js';

/** Staff who may change the area's figures (review SHOULD 20: the insights role). */
const insights = await token({ sub: 'staff-insights', roles: ['staff', 'insights'] });

describe('the reference population, entered by staff (issue 17)', () => {
  const s = suiteServer({ evaluations: { everyMs: false, equalityReference: { sex: { female: 51, male: 49 } } } });

  it('needs staff: 401 without a token, 403 without the role', async () => {
    for (const method of ['GET', 'PUT'] as const) {
      assert.equal((await s.call('/api/v1/equality-reference', { method, ...(method === 'PUT' ? { body: {} } : {}) })).status, 401, method);
      assert.equal((await s.call('/api/v1/equality-reference', { method, token: await token({ roles: [] }), ...(method === 'PUT' ? { body: {} } : {}) })).status, 403, method);
    }
  });

  it('changing the figures needs the insights role and is audited with who did it (review SHOULD 20)', async () => {
    const before = (await s.call('/api/v1/equality-reference', { token: staff })).body;
    const refused = await s.call('/api/v1/equality-reference', { method: 'PUT', body: { sex: { female: 1 } }, token: staff });
    assert.equal(refused.status, 403, 'staff without insights cannot change what everyone is shown');
    assert.deepEqual((await s.call('/api/v1/equality-reference', { token: staff })).body, before, 'nothing saved');
    const saved = await s.call('/api/v1/equality-reference', { method: 'PUT', body: { sex: { female: 50.5, male: 49.5 } }, token: insights });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const audit = await s.db.query<{ actor: string; detail: { questions?: string[] } }>(`SELECT actor, detail FROM audit_log WHERE action = 'saveEqualityReference' ORDER BY id`);
    assert.deepEqual(audit.map((a) => [a.actor, a.detail?.questions]), [['staff-insights', ['sex']]]);
    await s.db.query('UPDATE equality_published SET reference = NULL'); // back to the setting for the next test
  });

  it('starts from the setting; what staff save replaces it, in the reference and beside the counts', async () => {
    assert.deepEqual((await s.call('/api/v1/equality-reference', { token: staff })).body, { sex: { female: 51, male: 49 } });
    const figures = { sex: { female: 52, male: 48 }, ageBand: { age_16_24: 11.5, age_75_plus: 9 }, disability: { disabled: 21 } };
    const saved = await s.call('/api/v1/equality-reference', { method: 'PUT', body: figures, token: insights });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual(saved.body, figures);
    assert.deepEqual((await s.call('/api/v1/equality-reference', { token: staff })).body, figures);
    const reach = (await s.call('/api/v1/equality-reach', { token: staff })).body as { questions: { question: string; answers: { answer: string; referencePercent: number | null }[] }[] };
    const share = (question: string, answer: string) => reach.questions.find((q) => q.question === question)?.answers.find((a) => a.answer === answer)?.referencePercent;
    assert.equal(share('sex', 'female'), 52);
    assert.equal(share('ageBand', 'age_16_24'), 11.5);
    assert.equal(share('disability', 'disabled'), 21);
    assert.equal(share('ethnicGroup', 'white'), null, 'nothing given: null');
  });

  it('keeps where the figures come from and shows it beside the counts (issue 17: the source)', async () => {
    const figures = { source: 'Census 2021, ONS, table TS021', ethnicGroup: { white: 77 } };
    const saved = await s.call('/api/v1/equality-reference', { method: 'PUT', body: figures, token: insights });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual((await s.call('/api/v1/equality-reference', { token: staff })).body, figures);
    assert.equal((await s.call('/api/v1/equality-reach', { token: staff })).body.referenceSource, 'Census 2021, ONS, table TS021');
    assert.equal((await s.call('/api/v1/equality-reference', { method: 'PUT', body: { source: 7 }, token: insights })).status, 422);
    await s.call('/api/v1/equality-reference', { method: 'PUT', body: {}, token: insights });
    assert.equal((await s.call('/api/v1/equality-reach', { token: staff })).body.referenceSource, null, 'none given: null');
  });

  it('refuses an answer the question does not have, a question staff do not see, and a share over 100 (422, nothing saved)', async () => {
    const before = (await s.call('/api/v1/equality-reference', { token: staff })).body;
    const put = (body: unknown) => s.call('/api/v1/equality-reference', { method: 'PUT', body, token: insights });
    const codes = (r: { body: { errors?: { field: string; code: string }[] } }) => (r.body.errors ?? []).map((e) => [e.field, e.code]);
    const unknown = await put({ sex: { female: 50, other: 1 } });
    assert.equal(unknown.status, 422);
    assert.deepEqual(codes(unknown), [['sex.other', 'unknown-field']]);
    const over = await put({ ageBand: { age_16_24: 120 } });
    assert.equal(over.status, 422);
    assert.equal(codes(over).length, 1);
    assert.equal(codes(over)[0]![1], 'too-big');
    // Each share's own code, so the form can say what is wrong (not "too big" for a negative or a word).
    const wrong = await put({ sex: { female: -3, male: 'half' } });
    assert.equal(wrong.status, 422);
    assert.deepEqual(codes(wrong), [['sex.female', 'too-small'], ['sex.male', 'wrong-type']]);
    assert.equal((await put({ longTermCondition: { yes: 20 } })).status, 422, 'staff see no such question');
    assert.deepEqual((await s.call('/api/v1/equality-reference', { token: staff })).body, before);
  });
});
