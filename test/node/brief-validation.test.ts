/// <reference types="node" />
/**
 * The staff brief form checks a brief with the rules module (`opportunityRules`, which a test
 * holds to the contract), not limits of its own: change a rule and the form follows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { opportunityRules } from '../../src/api/rules.js';
import type { MessageSet, Translate } from '../../src/core/i18n.js';
import { validateBrief } from '../../src/components/staff-opportunities/internal/brief-validation.js';
import { fromOpportunity } from '../../src/components/staff-opportunities/internal/brief-values.js';

const t = ((key: string, ...args: unknown[]) => [key, ...args].join(' ')) as unknown as Translate<MessageSet>;
const word = ({ field, code, limit }: { field: string; code: string; limit?: number }) => `${field} ${code}${limit === undefined ? '' : ` ${limit}`}`;

async function seededBrief() {
  const api = new InMemoryApi({ now: new Date('2026-03-02T10:00:00Z') });
  const [first] = (await api.listOpportunities({ status: ['open'], limit: 1 })).items;
  assert.ok(first, 'the seed has an open opportunity');
  return fromOpportunity(first);
}

test('a seeded brief passes as it is', async () => {
  assert.deepEqual(validateBrief(await seededBrief(), t, word), {});
});

test('a title over the contract’s 200 characters is refused, worded from the rule’s code and limit', async () => {
  const brief = { ...(await seededBrief()), title: 'a'.repeat(201) };
  assert.deepEqual(validateBrief(brief, t, word), { title: 'title too-long 200' });
});

test('the form follows the rules module: a shorter summary limit there refuses a summary the form took before', async () => {
  const brief = await seededBrief();
  const rule = opportunityRules['summary']!;
  const original = rule.maxLength;
  try {
    rule.maxLength = brief.summary.trim().length - 1;
    assert.deepEqual(Object.keys(validateBrief(brief, t, word)), ['summary']);
  } finally {
    rule.maxLength = original;
  }
  assert.deepEqual(validateBrief(brief, t, word), {});
});

test('more than the rule’s 20 skills gets the brief’s own sentence in each reading, with the limit from the rules module (review SHOULD 18)', async () => {
  const { translator } = await import('../../src/core/i18n.js');
  const { staffOpportunitiesMessages } = await import('../../src/components/staff-opportunities/coprod-staff-opportunities.messages.js');
  const { wordBriefProblem } = await import('../../src/components/staff-opportunities/internal/brief-problems.js');
  const brief = { ...(await seededBrief()), skills: Array.from({ length: 21 }, (_, n) => `Skill ${n}`).join('\n') };
  const said = (locale: 'en-GB' | 'cy', level: 'standard' | 'easy-read') => {
    const words = translator(staffOpportunitiesMessages, locale, level) as Parameters<typeof wordBriefProblem>[1];
    return validateBrief(brief, words as unknown as Translate<MessageSet>, (problem) => wordBriefProblem(problem, words)).skills;
  };
  assert.equal(said('en-GB', 'standard'), 'Enter up to 20 skills, one on each line');
  assert.equal(said('cy', 'standard'), 'Rhowch hyd at 20 sgil, un ar bob llinell');
  assert.equal(said('en-GB', 'easy-read'), 'Write 20 skills or fewer.\nPut each skill on its own line.');
  assert.equal(said('cy', 'easy-read'), 'Ysgrifennwch 20 sgil neu lai.\nRhowch bob sgil ar ei linell ei hun.');
});
