/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefOf, candidateOf, clampWeights, DEFAULT_WEIGHTS, rank, scoreOne, type Brief } from '../../src/api/matching/rank.js';
import type { OpportunityInput } from '../../src/api/types.js';
import { generatePool } from '../helpers/profile-pool.js';

/** The carers' strategy brief: Tuesday mornings (UK time), online or in person, BSL offered. */
const carers: Pick<OpportunityInput, 'topics' | 'skills' | 'when' | 'where' | 'accessibility'> = {
  topics: ['carers'],
  skills: ['Chairing meetings', 'Reading long documents'],
  when: {
    summary: 'Four workshops',
    sessions: [
      { start: '2026-01-20T10:00:00Z', end: '2026-01-20T12:30:00Z' },
      { start: '2026-06-16T09:00:00Z', end: '2026-06-16T11:30:00Z' }, // 10:00 in summer time
    ],
  },
  where: { modes: ['online', 'in_person'] },
  accessibility: ['bsl', 'step_free'],
};

const pool = generatePool(200).map((profile, i) => candidateOf(`p${i + 1}`, profile));

test('the brief reads its days and times from its sessions in UK time', () => {
  const brief = briefOf(carers);
  assert.deepEqual(brief.days, ['tue']);
  assert.deepEqual(brief.times, ['morning']);
  assert.deepEqual(briefOf({ ...carers, when: { summary: 'Every Thursday evening, 6pm to 8pm' } }).days, ['thu']);
  assert.deepEqual(briefOf({ ...carers, when: { summary: 'Every Thursday evening, 6pm to 8pm' } }).times, ['evening']);
  // Welsh "when" words, with the apostrophe as the widgets write it (’) or as typed on a plain keyboard (').
  for (const summary of ['Bob dydd Iau gyda’r nos', "Bob dydd Iau gyda'r nos"]) {
    assert.deepEqual(briefOf({ ...carers, when: { summary } }).days, ['thu'], summary);
    assert.deepEqual(briefOf({ ...carers, when: { summary } }).times, ['evening'], summary);
  }
});

test('over 200 generated profiles, the top ten all match on topic or skill, and on availability', () => {
  const brief = briefOf(carers);
  // The pool is a real test: some people fit, most do not.
  const fits = pool.filter((p) => (p.topics.includes('carers') || p.skills.some((s) => brief.skills.includes(s))) && p.days.includes('tue') && p.times.includes('morning'));
  assert.ok(fits.length >= 12 && fits.length <= 60, `${fits.length} of 200 fit`);
  const top = rank(brief, pool, DEFAULT_WEIGHTS, 10);
  assert.equal(top.length, 10);
  for (const suggestion of top) {
    const codes = suggestion.reasons.map((r) => r.code);
    assert.ok(codes.includes('topic') || codes.includes('skill'), `${suggestion.id} matches on topic or skill: ${codes.join(', ')}`);
    assert.ok(codes.includes('days') && codes.includes('times'), `${suggestion.id} is free on Tuesday mornings: ${codes.join(', ')}`);
  }
  // And the ranking tells them apart: not everyone has the same score.
  assert.ok(new Set(rank(brief, pool).map((r) => r.score)).size > 5);
});

test('nobody is ranked lower for an access need: needs change nothing but what the council must arrange', () => {
  const brief = briefOf(carers);
  const withoutNeeds = pool.map((p) => ({ ...p, needs: [] }));
  const plain = rank(brief, withoutNeeds);
  const withNeeds = rank(brief, pool);
  assert.deepEqual(withNeeds.map((r) => [r.id, r.score]), plain.map((r) => [r.id, r.score]));
  // Two otherwise equal people, one needing a BSL interpreter and a quiet space: same score.
  const base = candidateOf('a', { topics: ['carers'], availability: { days: ['tue'], times: ['morning'], modes: ['online'] } });
  const needs = { ...base, id: 'b', needs: ['bsl' as const, 'quiet_space' as const, 'breaks' as const] };
  const [a, b] = [scoreOne(brief, base, DEFAULT_WEIGHTS), scoreOne(brief, needs, DEFAULT_WEIGHTS)];
  assert.equal(b.score, a.score);
  assert.deepEqual(b.access, [
    { need: 'bsl', feature: 'bsl', arranged: true },
    { need: 'quiet_space', feature: 'quiet_space', arranged: false },
    { need: 'breaks', feature: 'breaks', arranged: false },
  ]);
});

test('a person invited three times this quarter ranks below an otherwise equal person never asked', () => {
  const brief = briefOf(carers);
  const profile = { topics: ['carers'], skills: ['Chairing meetings'], availability: { days: ['tue' as const], times: ['morning' as const], modes: ['online' as const] } };
  const often = candidateOf('often', profile, { invitedRecently: 3 });
  const never = candidateOf('never', profile);
  const ranked = rank(brief, [often, never]);
  assert.deepEqual(ranked.map((r) => r.id), ['never', 'often']);
  assert.deepEqual(ranked[0]!.reasons.find((r) => r.code === 'new-voice'), { code: 'new-voice', months: 3 });
  assert.deepEqual(ranked[1]!.reasons.find((r) => r.code === 'asked-recently'), { code: 'asked-recently', count: 3, months: 3 });
  // Taking part lately moves a person down too.
  assert.deepEqual(rank(brief, [candidateOf('joined', profile, { tookPartRecently: 1 }), never]).map((r) => r.id), ['never', 'joined']);
});

test('the reasons name what matched, with values a widget can word', () => {
  const brief: Brief = briefOf(carers);
  const person = candidateOf('x', { topics: ['carers', 'housing'], skills: ['chairing'], availability: { days: ['tue', 'fri'], times: ['morning'], modes: ['online'] } });
  assert.deepEqual(scoreOne(brief, person, DEFAULT_WEIGHTS).reasons, [
    { code: 'topic', values: ['carers'] },
    { code: 'skill', values: ['Chairing meetings'] },
    { code: 'days', values: ['tue'] },
    { code: 'times', values: ['morning'] },
    { code: 'mode', values: ['online'] },
    { code: 'new-voice', months: 3 },
  ]);
});

test('staff weights move the order, and stay between 0 and 5', () => {
  const brief = briefOf(carers);
  const topical = candidateOf('topical', { topics: ['carers'] });
  const free = candidateOf('free', { availability: { days: ['tue'], times: ['morning'] } });
  assert.equal(rank(brief, [topical, free], { ...DEFAULT_WEIGHTS, topic: 5, availability: 1 })[0]!.id, 'topical');
  assert.equal(rank(brief, [topical, free], { ...DEFAULT_WEIGHTS, topic: 1, availability: 5 })[0]!.id, 'free');
  assert.deepEqual(clampWeights({ topic: 9, skill: -2, mode: 'x', newVoice: '4' }), { topic: 5, skill: 0, availability: 4, mode: 1, newVoice: 4 });
});

// Review SHOULD 8: "offered first to those who asked" holds on the person's side too.
test('a person who asked for training is told why, and a training session is in their "may suit you" with no topic in common', async () => {
  const { suggestionsFor, fitReasons } = await import('../../src/api/matching/for-me.js');
  const { createSeed } = await import('@coprod/seed');
  const seed = createSeed(new Date('2026-11-02T09:00:00Z'));
  const base = seed.opportunities.find((o) => o.id === 'opp-carers-strategy')!;
  const training = { ...base, id: 'opp-training', kind: 'training' as const, topics: ['transport'], skills: [] };
  const asker = candidateOf('asker', { topics: ['housing'], trainingWanted: 'Chairing a meeting' });
  const other = candidateOf('other', { topics: ['housing'] });
  assert.deepEqual(fitReasons(asker, training).map((r) => r.code), ['asked-for-training']);
  assert.deepEqual(suggestionsFor(asker, [training], new Set()).map((s) => s.opportunity.id), ['opp-training']);
  assert.deepEqual(suggestionsFor(other, [training], new Set()), [], 'nobody else is offered it for no reason');
  assert.deepEqual(suggestionsFor(asker, [{ ...training, kind: 'activity' as const }], new Set()), [], 'an activity needs a topic or a skill');
});
