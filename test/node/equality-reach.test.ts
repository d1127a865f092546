/// <reference types="node" />
/**
 * Issue 17, who is taking part: over random answers, every published count is hidden under 8 or
 * a multiple of 5 within 2 of the truth, and no hidden count can be pinned down by taking the
 * shown counts from the question's published total.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { disabilityOf, equalityReach, publishedCount, REACH_QUESTIONS } from '../../src/api/equality-reach.js';
import { EQUALITY_QUESTIONS } from '../../src/api/rules-vocabularies.js';
import type { EqualityAnswers, Profile } from '../../src/api/types.js';

const answersOf = <Q extends keyof typeof EQUALITY_QUESTIONS>(q: Q) => fc.option(fc.constantFrom(...EQUALITY_QUESTIONS[q]), { nil: undefined });
const person = fc.record({ ageBand: answersOf('ageBand'), sex: answersOf('sex'), ethnicGroup: answersOf('ethnicGroup'), longTermCondition: answersOf('longTermCondition'), reducedAbility: answersOf('reducedAbility'), carer: answersOf('carer') });
const clean = (p: Record<string, string | undefined>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as EqualityAnswers;
/** Mostly small pools with one common answer, as a council's first months look. */
const pool = fc.array(person, { minLength: 0, maxLength: 60 }).map((people) => people.map(clean));

test('every published count is "fewer than 8" or a multiple of 5 within 2 of the true count', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
      const shown = publishedCount(n);
      if (n < 8) return shown === null;
      return shown !== null && shown >= 8 && shown % 5 === 0 && Math.abs(shown - n) <= 2;
    }),
    { numRuns: 5000 },
  );
});

test('no hidden count is pinned down by subtraction from the question\'s total, and no shown figure is under 8', () => {
  fc.assert(
    fc.property(pool, (people) => {
      const reach = equalityReach(people, people.length + 3);
      for (const question of reach.questions) {
        const shown = question.answers.filter((a) => a.count !== null).map((a) => a.count!);
        assert.ok(shown.every((c) => c >= 8 && c % 5 === 0));
        const hidden = question.answers.filter((a) => a.count === null).length;
        if (!hidden || question.answered === null) continue;
        // What staff can say of one hidden count from the figures: the total is within 2 of the
        // published one (never under 8), each shown count within 2, each other hidden one 0 to 7.
        const totalLow = Math.max(8, question.answered - 2);
        const low = totalLow - shown.reduce((a, c) => a + c + 2, 0) - 7 * (hidden - 1);
        const high = question.answered + 2 - shown.reduce((a, c) => a + Math.max(8, c - 2), 0);
        assert.ok(Math.min(7, high) > Math.max(0, low), `${question.question}: a hidden count is pinned to ${Math.max(0, low)} (total ${question.answered}, shown ${shown})`);
      }
      assert.deepEqual(reach.questions.map((q) => q.question), [...REACH_QUESTIONS]);
    }),
    { numRuns: 2000 },
  );
});

test('no long-term condition is "not disabled", whatever was said to the second question; Yes then prefer not to say is prefer not to say', () => {
  assert.equal(disabilityOf({ longTermCondition: 'no', reducedAbility: 'prefer_not_to_say' } as EqualityAnswers), 'not_disabled');
  assert.equal(disabilityOf({ longTermCondition: 'no' } as EqualityAnswers), 'not_disabled');
  assert.equal(disabilityOf({ longTermCondition: 'yes', reducedAbility: 'prefer_not_to_say' } as EqualityAnswers), 'prefer_not_to_say');
  assert.equal(disabilityOf({ longTermCondition: 'prefer_not_to_say' } as EqualityAnswers), 'prefer_not_to_say');
  assert.equal(disabilityOf({ longTermCondition: 'yes', reducedAbility: 'a_little' } as EqualityAnswers), 'disabled');
  assert.equal(disabilityOf({ longTermCondition: 'yes' } as EqualityAnswers), undefined);
});

test('InMemoryApi publishes staff\'s counts in batches too: one planted answer set moves nothing, the 5th change (a profile gone) does', async () => {
  const { InMemoryEquality } = await import('../../src/api/in-memory-equality.js');
  let profiles = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}` })) as unknown as Profile[];
  const equality = new InMemoryEquality({ profiles: () => profiles, meProfile: () => undefined, staff: () => true });
  for (let i = 0; i < 7; i++) equality.plant(`p${i}`, { ethnicGroup: 'black' } as EqualityAnswers);
  const before = await equality.getEqualityReach();
  equality.plant('p7', { ethnicGroup: 'black' } as EqualityAnswers);
  assert.deepEqual(await equality.getEqualityReach(), before, 'the 8th answer does not show 7 -> "10"');
  for (let i = 8; i < 11; i++) equality.plant(`p${i}`, { ethnicGroup: 'black' } as EqualityAnswers);
  assert.deepEqual(await equality.getEqualityReach(), before);
  profiles = profiles.filter((p) => p.id !== 'p0');
  const black = (await equality.getEqualityReach()).questions.find((q) => q.question === 'ethnicGroup')!.answers.find((a) => a.answer === 'black')!;
  assert.equal(black.count, 10, '10 answers, published after 5 changes');
});

test('InMemoryApi refuses a question the contract does not ask with the server\'s 422 unknown-field, instead of dropping it', async () => {
  const { InMemoryEquality } = await import('../../src/api/in-memory-equality.js');
  const equality = new InMemoryEquality({ profiles: () => [{ id: 'p1', updatedAt: '2026-01-01T00:00:00Z', contact: { method: 'email', detail: 'p1@example.org' } }] as unknown as Profile[], meProfile: () => 'p1', staff: () => false });
  await assert.rejects(equality.saveMyEquality({ religion: 'none' } as unknown as EqualityAnswers, { meToken: 't' }), (e: { status?: number; problem?: { errors?: { field: string; code: string }[] } }) => e.status === 422 && e.problem?.errors?.[0]?.code === 'unknown-field' && e.problem.errors[0].field === 'religion');
  assert.deepEqual(await equality.saveMyEquality({ carer: 'no' } as EqualityAnswers, { meToken: 't' }), { carer: 'no' });
});

test('InMemoryApi takes staff\'s reference figures as the server does: saved, shown beside the counts, a wrong answer refused (422)', async () => {
  const { InMemoryEquality } = await import('../../src/api/in-memory-equality.js');
  const equality = new InMemoryEquality({ profiles: () => [{ id: 'p1' }] as unknown as Profile[], meProfile: () => 'p1', staff: () => true });
  assert.deepEqual(await equality.saveEqualityReference({ sex: { female: 52, male: 48 } }), { sex: { female: 52, male: 48 } });
  assert.deepEqual(await equality.getEqualityReference(), { sex: { female: 52, male: 48 } });
  const reach = await equality.getEqualityReach();
  assert.equal(reach.questions.find((q) => q.question === 'sex')?.answers.find((a) => a.answer === 'female')?.referencePercent, 52);
  assert.equal(reach.questions.find((q) => q.question === 'ageBand')?.answers[0]?.referencePercent, null);
  await assert.rejects(equality.saveEqualityReference({ sex: { other: 1 } }), (e: { status?: number; problem?: { errors?: { field: string }[] } }) => e.status === 422 && e.problem?.errors?.[0]?.field === 'sex.other');
  assert.deepEqual(await equality.getEqualityReference(), { sex: { female: 52, male: 48 } }, 'nothing saved');
});

test('InMemoryApi, as the server: only the insights role changes the figures, audited; a negative share or a word has its own code (review SHOULD 20)', async () => {
  const { InMemoryEquality } = await import('../../src/api/in-memory-equality.js');
  const audited: unknown[] = [];
  const equality = new InMemoryEquality({ profiles: () => [] as Profile[], meProfile: () => undefined, staff: () => true, audited: (action, ids, detail) => audited.push([action, ids, detail]) });
  equality.roles = ['staff'];
  await assert.rejects(equality.saveEqualityReference({ sex: { female: 1 } }), (e: { status?: number }) => e.status === 403);
  equality.roles = ['staff', 'insights'];
  const codes = (e: { problem?: { errors?: { field: string; code: string }[] } }) => e.problem?.errors?.map((p) => `${p.field} ${p.code}`).join(', ');
  await assert.rejects(equality.saveEqualityReference({ sex: { female: -3, male: 'half' as unknown as number } }), (e: { status?: number; problem?: { errors?: { field: string; code: string }[] } }) => e.status === 422 && codes(e) === 'sex.female too-small, sex.male wrong-type');
  assert.deepEqual(audited, [], 'nothing refused is audited');
  await equality.saveEqualityReference({ carer: { no: 90 } });
  assert.deepEqual(audited, [['saveEqualityReference', [], { questions: ['carer'] }]]);
});
