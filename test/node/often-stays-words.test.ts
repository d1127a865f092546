/**
 * "How often stays" (src/core/forms/often-field.messages.ts) is shown after a save that set "How often" where the
 * address was not proved: on a new profile, the interest form, the board, and on "Your page" opened with the profile
 * key. Session 19's screenshots (look.md defect 7) found it one ~50-word Welsh sentence, and its easy read telling a
 * reader already on "Your page" to "go to your page". GOV.UK style: plain, one idea a sentence (25 words at most),
 * and words that are right wherever it is shown: sign in, not "go to your page".
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../src/core/i18n.js';
import { oftenMessages } from '../../src/core/forms/often-field.messages.js';

const sentences = (text: string) => text.split(/(?<=[.?!])\s+|\n/).map((s) => s.trim()).filter(Boolean);

it('"how often stays" says one idea a sentence, 25 words at most, in English, Welsh and easy read, and never "go to your page"', () => {
  for (const locale of ['en-GB', 'cy'] as const) {
    for (const level of ['standard', 'easy-read'] as const) {
      const said = translator(oftenMessages, locale, level)('oftenStays');
      const all = sentences(said);
      assert.ok(all.length >= 4, `${locale} ${level}: said in several sentences: ${said}`);
      for (const sentence of all) assert.ok(sentence.split(/\s+/).length <= 25, `${locale} ${level}: "${sentence}" is ${sentence.split(/\s+/).length} words`);
      assert.doesNotMatch(said, /go to your page|ewch i’ch tudalen/i, `${locale} ${level}`);
      assert.match(said, locale === 'cy' ? /mewngofnodwch/ : /sign in/, `${locale} ${level}: says how to change it`);
    }
  }
});
