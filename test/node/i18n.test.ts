/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Catalog, MessageSet } from '../../src/core/i18n.js';
import { keepWhole } from '../../src/core/keep-whole.js';
import { defineMessages, formatDate, formatDate as formatDateOf, formatList, formatPence, mergeCatalogs, plural, readingsReady, translator, withLocale } from '../../src/core/i18n.js';

/** Non-breaking spaces written as plain ones, to read the words (a date is held whole by U+00A0: its own test). */
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

test('a day is never cut from its month, nor a Welsh day name in two: non-breaking spaces (the year may wrap)', () => {
  assert.equal(formatDate('cy', '2026-12-15', 'dayDate'), 'Dydd\u00a0Mawrth 15\u00a0Rhagfyr 2026');
  assert.equal(formatDate('en-GB', '2026-12-01T09:00:00Z', 'dateTime'), 'Tuesday 1\u00a0December 2026, 09:00');
  // The council's own words: each date and UK phone number in them held whole, nothing else.
  assert.equal(
    keepWhole('Phone Rhian on 01632 960 220 or text 07700 900123 (+44 7700 900 123) by 10 September 2026, or 12 people.'),
    'Phone Rhian on 01632\u00a0960\u00a0220 or text 07700\u00a0900123 (+44\u00a07700\u00a0900\u00a0123) by 10\u00a0September 2026, or 12 people.',
  );
  assert.equal(keepWhole('ar 3 Mawrth 2027'), 'ar 3\u00a0Mawrth 2027');
});

test('Welsh dates are written out, in UK time, whatever ICU data the browser has', () => {
  const formatDate = (...args: Parameters<typeof formatDateOf>) => plain(formatDateOf(...args));
  assert.equal(formatDate('cy', '2026-12-12'), '12 Rhagfyr 2026');
  assert.equal(formatDate('cy', '2026-12-15', 'dayDate'), 'Dydd Mawrth 15 Rhagfyr 2026');
  // 09:00 UTC in July is 10:00 in London (British Summer Time); in December it is 09:00.
  assert.equal(formatDate('cy', '2026-07-01T09:00:00Z', 'time'), '10:00');
  assert.equal(formatDate('cy', '2026-12-01T09:00:00Z', 'dateTime'), 'Dydd Mawrth 1 Rhagfyr 2026, 09:00');
  // Just before midnight UTC on 31 March is already 1 April in London.
  assert.equal(formatDate('cy', '2026-03-31T23:30:00Z'), '1 Ebrill 2026');
});

test('English dates come from Intl in en-GB', () => {
  const formatDate = (...args: Parameters<typeof formatDateOf>) => plain(formatDateOf(...args));
  assert.equal(formatDate('en-GB', '2026-12-12'), '12 December 2026');
  assert.equal(formatDate('en-GB', '2026-12-15', 'dayDate'), 'Tuesday 15 December 2026');
});

test('lists join with "and"/"or"; Welsh "a" mutates what follows, and becomes "ac" before a vowel', () => {
  assert.equal(formatList('en-GB', ['travel', 'prep time', 'care']), 'travel, prep time and care');
  assert.equal(formatList('en-GB', ['online', 'by phone'], 'disjunction'), 'online or by phone');
  // "ac" before a vowel, w and y included.
  assert.equal(formatList('cy', ['teithio', 'amser paratoi']), 'teithio ac amser paratoi');
  assert.equal(formatList('cy', ['ar-lein', 'wyneb yn wyneb']), 'ar-lein ac wyneb yn wyneb');
  assert.equal(formatList('cy', ['teithio', 'offer']), 'teithio ac offer');
  // The aspirate mutation after "a": c, p, t become ch, ph, th.
  assert.equal(formatList('cy', ['amser paratoi', 'teithio']), 'amser paratoi a theithio');
  assert.equal(formatList('cy', ['gofalwyr', 'pobl ifanc']), 'gofalwyr a phobl ifanc');
  assert.equal(formatList('cy', ['hyfforddiant', 'cyfle i siarad']), 'hyfforddiant a chyfle i siarad');
  assert.equal(formatList('cy', ['Gofalwyr', 'Teuluoedd']), 'Gofalwyr a Theuluoedd');
  assert.equal(formatList('cy', ['teithio', 'amser paratoi', 'prydau bwyd']), 'teithio, amser paratoi a phrydau bwyd');
  // Other letters, words already aspirated, acronyms and "the" keep their form or take "a’r".
  assert.equal(formatList('cy', ['teithio', 'gofal plant']), 'teithio a gofal plant');
  assert.equal(formatList('cy', ['teithio', 'data ffôn']), 'teithio a data ffôn');
  assert.equal(formatList('cy', ['bwyd', 'theatr']), 'bwyd a theatr');
  assert.equal(formatList('cy', ['bwyd', 'TAW']), 'bwyd a TAW');
  assert.equal(formatList('cy', ['y cyngor', 'y bwrdd iechyd']), 'y cyngor a’r bwrdd iechyd');
  assert.equal(formatList('cy', ['ar-lein', 'dros y ffôn'], 'disjunction'), 'ar-lein neu dros y ffôn');
  assert.equal(formatList('cy', ['un']), 'un');
});

test('money and Welsh plural forms', () => {
  assert.equal(formatPence('en-GB', 2000), '£20');
  assert.equal(formatPence('en-GB', 750), '£7.50');
  const forms = { zero: '{n} cyfle', one: '{n} cyfle', two: '{n} gyfle', few: '{n} chyfle', many: '{n} chyfle', other: '{n} cyfle' };
  assert.equal(plural('cy', 2, forms), '2 gyfle');
  assert.equal(plural('cy', 3, forms), '3 chyfle');
  assert.equal(plural('cy', 0, forms), '0 cyfle');
  assert.equal(plural('cy', 6, forms), '6 chyfle');
  assert.equal(plural('cy', 1200, forms), '1,200 cyfle');
  assert.equal(plural('en-GB', 1, { one: '{n} opportunity', other: '{n} opportunities' }), '1 opportunity');
  assert.equal(plural('en-GB', 0, { one: '{n} opportunity', other: '{n} opportunities' }), '0 opportunities');
  // A zero form given for English is used (the list's "No opportunities found" said "0 opportunities found").
  assert.equal(plural('en-GB', 0, { zero: 'No opportunities found', one: '{n} opportunity found', other: '{n} opportunities found' }), 'No opportunities found');
  assert.equal(plural('en-GB', 2, { zero: 'No opportunities found', one: '{n} opportunity found', other: '{n} opportunities found' }), '2 opportunities found');
});

test('the translator passes the reader\'s locale to a message that asks for it, so callers never thread it by hand', () => {
  const messages = defineMessages({
    'en-GB': { count: withLocale((locale, n: number) => plural(locale, n, { one: '{n} item', other: '{n} items' })), label: (name: string) => `Label ${name}` },
    cy: {
      count: withLocale((locale, n: number) => plural(locale, n, { one: '{n} eitem', two: '{n} eitem (2)', other: '{n} eitem' })),
      label: (name: string) => `Label ${name}`,
    },
  });
  assert.equal(translator(messages, 'en-GB', 'standard')('count', 1), '1 item');
  // Welsh "two" is its own plural form: only the locale the translator passes selects it.
  assert.equal(translator(messages, 'cy', 'standard')('count', 2), '2 eitem (2)');
  // A message that does not ask for the locale gets only its own arguments.
  assert.equal(translator(messages, 'cy', 'standard')('label', 'x'), 'Label x');
});

test('strings the build loads on first use: a reader waits for them, then a merged catalog has them', async () => {
  // As scripts/lazy-readings.mjs writes a catalog in dist/: English in the bundle, the rest behind `readings`.
  let loads = 0;
  const lazy = defineMessages({
    'en-GB': { title: 'Opportunities' },
    readings: {
      cy: async () => (loads++, { cy: { title: 'Cyfleoedd' }, easyRead: { cy: {} } }),
      easy: async () => (loads++, { easyRead: { 'en-GB': { title: 'Ways to help' } } }),
    },
  } as unknown as Parameters<typeof defineMessages<{ title: string }>>[0]);
  const merged = mergeCatalogs(defineMessages({ 'en-GB': { other: 'Other' }, cy: { other: 'Arall' } }), lazy);
  assert.equal(readingsReady('en-GB', 'standard'), undefined, 'English needs nothing more');
  const waiting = readingsReady('cy', 'standard');
  assert.ok(waiting, 'Welsh must be waited for');
  assert.equal(readingsReady('cy', 'standard') !== undefined, true, 'still loading');
  await waiting;
  assert.equal(readingsReady('cy', 'standard'), undefined);
  assert.equal(translator(merged, 'cy', 'standard')('title'), 'Cyfleoedd');
  assert.equal(translator(merged, 'cy', 'standard')('other'), 'Arall');
  await readingsReady('en-GB', 'easy-read');
  assert.equal(translator(merged, 'en-GB', 'easy-read')('title'), 'Ways to help');
  assert.equal(loads, 2, 'each part loads once');
});

// Issue 13: every key of a person-facing widget has Welsh, and an easy-read version in English
// and Welsh unless it is listed in the catalog's easyReadSame (reviewed: the standard words
// already are easy read). Staff widgets are not in this list yet.
import { listMessages } from '../../src/components/opportunity-list/coprod-opportunity-list.messages.js';
import { opportunityMessages } from '../../src/components/opportunity/coprod-opportunity.messages.js';
import { profileFormMessages } from '../../src/components/profile-form/coprod-profile-form.messages.js';
import { lookedMessages } from '../../src/components/my-involvement/internal/looked.messages.js';
import { suitsMessages } from '../../src/components/my-involvement/internal/suits.messages.js';
import { suitsWords } from '../../src/shared/suits/suits.messages.js';
import { forMeMessages } from '../../src/components/opportunity-list/internal/for-me.messages.js';
import { recordMessages } from '../../src/components/my-involvement/internal/record.messages.js';
import { recordOpenMessages } from '../../src/components/my-involvement/internal/record-open.messages.js';
import { invitationsMessages } from '../../src/components/my-involvement/internal/invitations.messages.js';
import { equalityMessages } from '../../src/components/my-involvement/internal/equality.messages.js';
import { evaluationMessages } from '../../src/components/evaluation/coprod-evaluation.messages.js';
import { involvementResultsMessages } from '../../src/components/involvement-results/coprod-involvement-results.messages.js';
import { moreFiltersMessages } from '../../src/components/opportunity-list/internal/more-filters.messages.js';
import { feedbackMessages } from '../../src/components/feedback-loop/coprod-feedback-loop.messages.js';
import { hearBackMessages } from '../../src/components/feedback-loop/internal/hear-back.messages.js';
import { replyMessages } from '../../src/components/feedback-loop/internal/reply.messages.js';
import { formMessages as feedbackFormMessages } from '../../src/components/feedback-loop/internal/form.messages.js';
import { timelineMessages as feedbackTimelineMessages } from '../../src/components/feedback-loop/internal/timeline.messages.js';
import { claimMessages } from '../../src/components/claim/coprod-claim.messages.js';
import { sessionMessages } from '../../src/shared/pay/session.messages.js';
import { myInvolvementCatalog } from '../../src/components/my-involvement/coprod-my-involvement.messages.js';
import { cardMessages } from '../../src/shared/card/card.messages.js';
import { cardFullMessages } from '../../src/shared/card/card-full.messages.js';
import { listPagingMessages } from '../../src/shared/staff/list-paging.messages.js';
import { formWords } from '../../src/core/forms/form-words.js';
import { staffInsightsMessages } from '../../src/components/staff-insights/coprod-staff-insights.messages.js';
import { contactWords } from '../../src/core/forms/contact-words.js';
import { fileMessages } from '../../src/core/forms/file-field.messages.js';

const personFacing: Record<string, Catalog<MessageSet>> = {
  'opportunity-list': listMessages,
  opportunity: opportunityMessages,
  'profile-form': profileFormMessages,
  evaluation: evaluationMessages,
  'involvement-results': involvementResultsMessages,
  'feedback-loop': feedbackMessages,
  'opportunity-list (more filters)': moreFiltersMessages,
  'feedback-loop (tell me when this changes)': hearBackMessages,
  'feedback-loop (how to tell you: the form and tell me when this changes)': replyMessages,
  'feedback-loop (the give-feedback form)': feedbackFormMessages,
  'feedback-loop (an opened item)': feedbackTimelineMessages,
  claim: claimMessages,
  'a session in words (the claim and the thank-you-for-taking-part email)': sessionMessages,
  'my-involvement': myInvolvementCatalog,
  card: cardMessages,
  'card (what only the opportunity page says; the staff preview draws it)': cardFullMessages,
  'my-involvement (who looked)': lookedMessages,
  'my-involvement (may suit you)': suitsMessages,
  'why it may suit you (shared by my-involvement and opportunity-list)': suitsWords,
  'opportunity-list (only what may suit me)': forMeMessages,
  'my-involvement (involvement record)': recordMessages,
  'my-involvement (involvement record, before it opens)': recordOpenMessages,
  'my-involvement (about you)': equalityMessages,
  'my-involvement (you are invited)': invitationsMessages,
  // Staff: the search and pages of the staff lists, which a staff member reading easy read also sees.
  'staff lists (search and pages)': listPagingMessages,
  // Staff: the insights results' own words ("How they answered", too few to show), which an easy-read staff member sees.
  'staff-insights (results)': staffInsightsMessages,
  // The words only forms use (a field problem by code, a form's failure), apart from the core strings.
  'forms (shared words)': formWords,
  'forms (how to reach you)': contactWords,
  'forms (the file control: claim’s receipt, the profile’s picture)': fileMessages,
};

for (const [widget, catalog] of Object.entries(personFacing)) {
  test(`${widget}: every key has Welsh, and easy read in English and Welsh or a place in easyReadSame`, () => {
    const same = new Set<string>(catalog.easyReadSame ?? []);
    const problems: string[] = [];
    for (const [key, english] of Object.entries(catalog['en-GB'])) {
      if (catalog.cy[key] === undefined) problems.push(`${key}: no Welsh`);
      for (const locale of ['en-GB', 'cy'] as const) {
        const easy = catalog.easyRead?.[locale]?.[key];
        if (same.has(key)) {
          if (easy !== undefined) problems.push(`${key}: in easyReadSame but has easy read (${locale})`);
        } else if (easy === undefined) {
          problems.push(`${key}: no easy read (${locale})`);
        } else if (typeof easy !== typeof english || (typeof easy === 'function' && typeof english === 'function' && easy.length !== english.length)) {
          problems.push(`${key}: easy read (${locale}) is not the same kind of message as the standard one`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
}

import { messages as ruleMessages } from '../../src/api/validation.js';

test('a missing contact detail is asked for in the same words by the forms and by the rules (api/ may not import core/)', () => {
  const methods = Object.keys(ruleMessages.contactDetailRequired) as Array<keyof typeof ruleMessages.contactDetailRequired>;
  const en = translator(contactWords, 'en-GB', 'standard');
  assert.deepEqual(Object.fromEntries(methods.map((method) => [method, en('contactDetailRequired', method)])), ruleMessages.contactDetailRequired);
  for (const locale of ['en-GB', 'cy'] as const) {
    for (const method of methods) assert.doesNotMatch(translator(contactWords, locale, 'standard')('contactDetailRequired', method), /\b(your your|eich eich)\b/i);
  }
});
