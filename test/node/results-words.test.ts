/// <reference types="node" />
// How many answered, of how many invited (src/shared/evaluation/results.messages.ts): one rule
// picks the sentence for all four wordings, and one person invited is never "1 of the 1 person".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../src/core/i18n.js';
import { evaluationResultsMessages } from '../../src/shared/evaluation/results.messages.js';

const say = (locale: 'en-GB' | 'cy', reading: 'standard' | 'easy-read', n: number, invited?: number) =>
  translator(evaluationResultsMessages, locale, reading)('answered', n, invited);

test('one person invited who answered is "the 1 person invited", never "1 of the 1 person"', () => {
  assert.equal(say('en-GB', 'standard', 1, 1), 'The 1 person invited answered.');
  assert.equal(say('cy', 'standard', 1, 1), 'Atebodd yr unig berson a wahoddwyd.');
  assert.equal(say('en-GB', 'easy-read', 1, 1), 'We asked 1 person.\nThey answered.');
  assert.equal(say('cy', 'easy-read', 1, 1), 'Gofynnon ni i 1 person.\nAtebodd y person.');
  // Nobody yet, of one and of several.
  assert.equal(say('en-GB', 'standard', 0, 1), 'The 1 person invited has not answered.');
  assert.equal(say('cy', 'standard', 0, 1), 'Nid yw’r unig berson a wahoddwyd wedi ateb.');
  assert.equal(say('en-GB', 'easy-read', 0, 1), 'We asked 1 person.\nThey have not answered yet.');
  assert.equal(say('cy', 'easy-read', 0, 1), 'Gofynnon ni i 1 person.\nNid yw’r person wedi ateb eto.');
  assert.equal(say('en-GB', 'standard', 0, 7), 'None of the 7 people invited answered.');
  assert.equal(say('cy', 'standard', 0, 7), 'Ni atebodd neb o’r 7 o bobl a wahoddwyd.');
  assert.equal(say('en-GB', 'easy-read', 0, 7), 'We asked 7 people.\nNo one has answered yet.');
  assert.equal(say('cy', 'easy-read', 0, 7), 'Gofynnon ni i 7 o bobl.\nNid oes neb wedi ateb eto.');
  for (const locale of ['en-GB', 'cy'] as const)
    for (const reading of ['standard', 'easy-read'] as const)
      for (const [n, invited] of [[1, 1], [0, 1], [0, 7], [2, 2], [6, 7]] as const)
        assert.doesNotMatch(say(locale, reading, n, invited), /\b(0|1) (of the|o’r) 1\b|\b0 (of|o’r|ohonyn)\b/, `${locale} ${reading} ${n} of ${invited}`);
});

test('everyone invited, some of them, and a count with no invited figure: the same words as before', () => {
  assert.equal(say('en-GB', 'standard', 2, 2), 'Everyone invited answered: 2 people.');
  assert.equal(say('en-GB', 'standard', 3, 2), 'Everyone invited answered: 2 people.', 'more answers than invitations (paper forms) is still everyone');
  assert.equal(say('cy', 'standard', 2, 2), 'Atebodd pawb a wahoddwyd: 2 o bobl.');
  assert.equal(say('en-GB', 'easy-read', 2, 2), 'We asked 2 people.\nEveryone answered.');
  assert.equal(say('cy', 'easy-read', 2, 2), 'Gofynnon ni i 2 o bobl.\nAtebodd pawb.');
  assert.equal(say('en-GB', 'standard', 6, 7), '6 of the 7 people invited answered.');
  assert.equal(say('cy', 'standard', 6, 7), 'Atebodd 6 o’r 7 o bobl a wahoddwyd.');
  assert.equal(say('en-GB', 'easy-read', 6, 7), 'We asked 7 people.\n6 of them answered.');
  assert.equal(say('cy', 'easy-read', 6, 7), 'Gofynnon ni i 7 o bobl.\nAtebodd 6 ohonyn nhw.');
  assert.equal(say('en-GB', 'standard', 1), '1 person answered.');
  assert.equal(say('en-GB', 'standard', 12), '12 people answered.');
  assert.equal(say('cy', 'standard', 1), 'Atebodd 1 person.');
  assert.equal(say('cy', 'easy-read', 12), 'Atebodd 12 o bobl.');
  assert.equal(say('en-GB', 'easy-read', 1), '1 person answered.');
});
