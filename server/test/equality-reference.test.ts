/**
 * Who is taking part (issue 17): staff enter the council's reference population (e.g. census
 * shares for its area) through PUT /equality-reference, which replaces the server's
 * EQUALITY_REFERENCE setting in the counts they read. Figures about the area, never a person.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { staff, suiteServer, token } from './harness.js';

describe('the reference population, entered by staff (issue 17)', () => {
  const s = suiteServer({ evaluations: { everyMs: false, equalityReference: { sex: { female: 51, male: 49 } } } });

  it('needs staff: 401 without a token, 403 without the role', async () => {
    for (const method of ['GET', 'PUT'] as const) {
      assert.equal((await s.call('/api/v1/equality-reference', { method, ...(method === 'PUT' ? { body: {} } : {}) })).status, 401, method);
      assert.equal((await s.call('/api/v1/equality-reference', { method, token: await token({ roles: [] }), ...(method === 'PUT' ? { body: {} } : {}) })).status, 403, method);
    }
  });

  it('starts from the setting; what staff save replaces it, in the reference and beside the counts', async () => {
    assert.deepEqual((await s.call('/api/v1/equality-reference', { token: staff })).body, { sex: { female: 51, male: 49 } });
    const figures = { sex: { female: 52, male: 48 }, ageBand: { age_16_24: 11.5, age_75_plus: 9 }, disability: { disabled: 21 } };
    const saved = await s.call('/api/v1/equality-reference', { method: 'PUT', body: figures, token: staff });
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

  it('refuses an answer the question does not have, a question staff do not see, and a share over 100 (422, nothing saved)', async () => {
    const before = (await s.call('/api/v1/equality-reference', { token: staff })).body;
    const put = (body: unknown) => s.call('/api/v1/equality-reference', { method: 'PUT', body, token: staff });
    const codes = (r: { body: { errors?: { field: string; code: string }[] } }) => (r.body.errors ?? []).map((e) => [e.field, e.code]);
    const unknown = await put({ sex: { female: 50, other: 1 } });
    assert.equal(unknown.status, 422);
    assert.deepEqual(codes(unknown), [['sex.other', 'unknown-field']]);
    const over = await put({ ageBand: { age_16_24: 120 } });
    assert.equal(over.status, 422);
    assert.equal(codes(over).length, 1);
    assert.equal(codes(over)[0]![1], 'too-big');
    assert.equal((await s.call('/api/v1/equality-reference', { method: 'PUT', body: { longTermCondition: { yes: 20 } }, token: staff })).status, 422, 'staff see no such question');
    assert.deepEqual((await s.call('/api/v1/equality-reference', { token: staff })).body, before);
  });
});
