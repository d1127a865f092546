/// <reference types="node" />
/**
 * One rule for "how to reach you" problems (session 15's duplicate D4): the interest form, the
 * profile form and the board's reply word the same problem with the same words, in English,
 * Welsh and easy read, whether the browser found it or the server sent its code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldProblem } from '../../src/api/rules-check.js';
import type { ContactMethod } from '../../src/api/types.js';
import type { Locale, ReadingLevel } from '../../src/core/config.js';
import { draftMessages } from '../../src/core/forms/draft-parts.js';
import { mergeCatalogs, translator } from '../../src/core/i18n.js';
import { coreMessages } from '../../src/core/messages.js';
import { opportunityMessages } from '../../src/components/opportunity/coprod-opportunity.messages.js';
import { wordInterestProblem } from '../../src/components/opportunity/internal/interest-values.js';
import { profileCatalog } from '../../src/components/profile-form/internal/context.js';
import { wordProfileProblem } from '../../src/components/profile-form/internal/validation.js';
import { replyMessages, wordReplyProblem } from '../../src/components/feedback-loop/internal/reply.messages.js';

const methods: ContactMethod[] = ['email', 'phone', 'text', 'post', 'supporter'];
const readings: Array<[Locale, ReadingLevel]> = [
  ['en-GB', 'standard'],
  ['cy', 'standard'],
  ['en-GB', 'easy-read'],
  ['cy', 'easy-read'],
];

/** The three forms' words for a contact problem (`contact.*` on the forms, `reply.*` on the board). */
function wordAll(locale: Locale, level: ReadingLevel, method: ContactMethod | '', part: 'method' | 'detail', code: FieldProblem['code']) {
  const interest = translator(mergeCatalogs(coreMessages, mergeCatalogs(draftMessages, opportunityMessages)), locale, level);
  const profile = translator(profileCatalog, locale, level);
  const reply = translator(mergeCatalogs(coreMessages, replyMessages), locale, level);
  const problem = (at: string): FieldProblem => ({ field: `${at}.${part}`, code });
  return {
    interest: wordInterestProblem(interest, method, problem('contact')),
    profile: wordProfileProblem(problem('contact'), profile, method),
    reply: wordReplyProblem(problem('reply'), reply, method),
  };
}

test('a missing or wrong contact detail is worded the same by the interest form, the profile form and the board, in every reading', () => {
  for (const [locale, level] of readings) {
    for (const method of methods) {
      const words = wordAll(locale, level, method, 'detail', 'required');
      assert.equal(words.interest, words.profile, `${locale} ${level} ${method}: interest and profile`);
      assert.equal(words.reply, words.profile, `${locale} ${level} ${method}: board and profile`);
      assert.doesNotMatch(words.profile, /contactDetailRequired|Required/, 'worded, not a key');
    }
    for (const code of ['invalid-email', 'invalid-phone'] as const) {
      const words = wordAll(locale, level, 'email', 'detail', code);
      assert.equal(words.interest, words.profile, `${locale} ${level} ${code}: interest and profile`);
      assert.equal(words.reply, words.profile, `${locale} ${level} ${code}: board and profile`);
    }
  }
});

test('Welsh contact problems are Welsh on all three forms, and the supporter is "â nhw" (not "ag ef neu hi") everywhere', () => {
  const supporter = wordAll('cy', 'standard', 'supporter', 'detail', 'required');
  assert.deepEqual(supporter, {
    interest: 'Rhowch enw eich cefnogwr a sut i gysylltu â nhw',
    profile: 'Rhowch enw eich cefnogwr a sut i gysylltu â nhw',
    reply: 'Rhowch enw eich cefnogwr a sut i gysylltu â nhw',
  });
  const format = wordAll('cy', 'standard', 'phone', 'detail', 'invalid-phone');
  for (const words of Object.values(format)) assert.equal(words, 'Rhowch rif ffôn, fel 01632\u00a0960\u00a0001 neu 07700\u00a0900\u00a0982');
});

test('with no way chosen, each form asks its own question ("contact you" / "tell you"), for a missing method or detail alike', () => {
  for (const [locale, level] of readings) {
    for (const code of ['required', 'not-in-list'] as const) {
      const words = wordAll(locale, level, '', 'method', code);
      assert.doesNotMatch(words.interest + words.profile + words.reply, /Required|fieldProblem/, `${locale} ${level} ${code}`);
    }
    assert.deepEqual(wordAll(locale, level, '', 'detail', 'required'), wordAll(locale, level, '', 'method', 'required'), `${locale} ${level}: a detail with no way chosen asks for the way`);
  }
  assert.equal(wordAll('en-GB', 'standard', '', 'method', 'required').reply, 'Select how we should tell you');
  assert.equal(wordAll('cy', 'standard', '', 'method', 'required').interest, 'Dewiswch sut yr hoffech i ni gysylltu â chi');
});

test('a contact code the rule does not know, and other fields, keep each form’s own words', () => {
  const tooLong = wordAll('en-GB', 'standard', 'email', 'detail', 'too-long');
  assert.notEqual(tooLong.interest, 'too-long');
  assert.equal(
    wordProfileProblem({ field: 'name', code: 'required' }, translator(profileCatalog, 'cy', 'standard'), 'email'),
    translator(profileCatalog, 'cy', 'standard')('nameRequired'),
  );
});
