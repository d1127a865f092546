/// <reference types="node" />
// A name a council wrote only in English, inside a Welsh sentence (src/core/in-english.ts):
// Welsh "a" before it keeps the name as it is, and only marked names are drawn lang="en-GB".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatList } from '../../src/core/i18n.js';
import { inEnglish, markEnglish, withEnglish } from '../../src/core/in-english.js';

const shown = (text: string) => text.replace(/\uE000/g, '[').replace(/\uE001/g, ']');

test('Welsh "a" mutates Welsh words but never a name in English: "a Cooking", not "a Chooking"; "ac" before its vowel', () => {
  assert.equal(shown(formatList('cy', ['Listening', 'Cooking'].map(inEnglish))), '[Listening] a [Cooking]');
  assert.equal(shown(formatList('cy', ['Typing', 'Public speaking', 'Art'].map(inEnglish))), '[Typing], [Public speaking] ac [Art]');
  assert.equal(shown(formatList('cy', ['Gofalwyr', inEnglish('Transport')])), 'Gofalwyr a [Transport]');
  // English "Y" and "W" begin with a consonant sound ("Youth work"): "a", where Welsh "y" and "w" take "ac".
  assert.equal(shown(formatList('cy', ['Gofalwyr', inEnglish('Youth work')])), 'Gofalwyr a [Youth work]');
  // "ac" by how English says the name's first sound (needs a Welsh speaker's check): "an hour", "an NHS", "a unit", "a one-day".
  assert.equal(shown(formatList('cy', ['Gofalwyr', inEnglish('Hour of art')])), 'Gofalwyr ac [Hour of art]');
  assert.equal(shown(formatList('cy', ['Gofalwyr', inEnglish('NHS forum')])), 'Gofalwyr ac [NHS forum]');
  assert.equal(shown(formatList('cy', ['Gofalwyr', inEnglish('BBC radio')])), 'Gofalwyr a [BBC radio]');
  assert.equal(shown(formatList('cy', ['Gofalwyr', inEnglish('Unit planning')])), 'Gofalwyr a [Unit planning]');
  assert.equal(shown(formatList('cy', ['Gofalwyr', inEnglish('Under 25s')])), 'Gofalwyr ac [Under 25s]');
  assert.equal(shown(formatList('cy', ['Gofalwyr', inEnglish('One-day course')])), 'Gofalwyr a [One-day course]');
  assert.equal(shown(formatList('cy', ['Gofalwyr', inEnglish('Europe')])), 'Gofalwyr a [Europe]');
  // Welsh words keep their rules.
  assert.equal(formatList('cy', ['gofalwyr', 'pobl ifanc']), 'gofalwyr a phobl ifanc');
});

test('only a Welsh page marks, and a sentence with no mark is drawn as it is', () => {
  assert.equal(markEnglish('en-GB', 'Cooking', true), 'Cooking');
  assert.equal(markEnglish('cy', 'Gofalwyr', false), 'Gofalwyr');
  assert.equal(shown(markEnglish('cy', 'Cooking', true)), '[Cooking]');
  assert.equal(withEnglish('Rydych yn dda am wrando.'), 'Rydych yn dda am wrando.');
  assert.notEqual(typeof withEnglish(`Rydych yn dda am ${inEnglish('Cooking')}.`), 'string');
});

test('textIn: a { en, cy? } text in the reader\'s language, lang="en-GB" where a Welsh reader gets the English (an empty Welsh one too)', async () => {
  const { textIn } = await import('../../src/core/text-in.js');
  const { markedIn } = await import('../../src/core/in-english.js');
  const { nothing } = await import('lit');
  assert.deepEqual(textIn('en-GB', { en: 'Help us', cy: 'Helpwch ni' }), { text: 'Help us', lang: nothing });
  assert.deepEqual(textIn('cy', { en: 'Help us', cy: 'Helpwch ni' }), { text: 'Helpwch ni', lang: nothing });
  assert.deepEqual(textIn('cy', { en: 'Help us' }), { text: 'Help us', lang: 'en-GB' });
  assert.deepEqual(textIn('cy', { en: 'Help us', cy: '' }), { text: 'Help us', lang: 'en-GB' });
  assert.deepEqual(textIn('cy', { en: 'Help us', cy: null }), { text: 'Help us', lang: 'en-GB' });
  // Inside a sentence: marked where English, so Welsh "a" keeps it and withEnglish draws it lang="en-GB".
  assert.equal(shown(markedIn('cy', { en: 'Cooking club', cy: '' })), '[Cooking club]');
  assert.equal(markedIn('cy', { en: 'Cooking club', cy: 'Clwb coginio' }), 'Clwb coginio');
  assert.equal(markedIn('en-GB', { en: 'Cooking club' }), 'Cooking club');
});

test('a taxonomy term by the same rule: a topic whose Welsh name is empty is named in English, lang="en-GB" (core/vocabulary.ts termText, core/term-choice.ts termChoice)', async () => {
  const { nothing } = await import('lit');
  const { termText } = await import('../../src/core/vocabulary.js');
  const { termChoice } = await import('../../src/core/term-choice.js');
  const carers = { id: 'topic-carers', name: { en: 'Carers', cy: '' } };
  const housing = { id: 'topic-housing', name: { en: 'Housing', cy: 'Tai' } };
  const topics = [carers, housing];
  assert.deepEqual(termText('cy', topics, 'topic-carers'), { text: 'Carers', lang: 'en-GB' });
  assert.deepEqual(termText('cy', topics, 'topic-housing'), { text: 'Tai', lang: nothing });
  // A topic not in the taxonomy (or none loaded): its id, marked English on a Welsh page only.
  assert.deepEqual(termText('cy', topics, 'topic-gone'), { text: 'topic-gone', lang: 'en-GB' });
  assert.deepEqual(termText('cy', undefined, 'topic-gone'), { text: 'topic-gone', lang: 'en-GB' });
  assert.deepEqual(termText('en-GB', topics, 'topic-gone'), { text: 'topic-gone', lang: nothing });
  assert.deepEqual(termChoice(carers, 'cy'), { value: 'topic-carers', label: 'Carers', lang: 'en-GB' });
  assert.deepEqual(termChoice(housing, 'cy'), { value: 'topic-housing', label: 'Tai', lang: nothing });
  assert.deepEqual(termChoice(carers, 'en-GB'), { value: 'topic-carers', label: 'Carers', lang: nothing });
});

test('staff-people\'s reasons on a Welsh page: English skills marked and never mutated by Welsh "a" (s22 sweep 10)', async () => {
  const { translator } = await import('../../src/core/i18n.js');
  const { staffPeopleMessages } = await import('../../src/components/staff-people/coprod-staff-people.messages.js');
  const { reasonText } = await import('../../src/components/staff-people/internal/words.js');
  const t = translator(staffPeopleMessages, 'cy', 'standard') as unknown as (key: string, ...args: unknown[]) => string;
  assert.equal(shown(reasonText({ t, locale: 'cy', taxonomy: undefined }, { code: 'skill', values: ['Listening', 'Typing'] } as never)), 'Mae ganddynt y sgiliau: [Listening] a [Typing]');
  const taxonomy = { topics: [{ id: 'carers', name: { en: 'Carers', cy: 'Gofalwyr' } }, { id: 'transport', name: { en: 'Transport' } }] } as never;
  assert.equal(shown(reasonText({ t, locale: 'cy', taxonomy }, { code: 'topic', values: ['carers', 'transport'] } as never)), 'Â diddordeb mewn Gofalwyr a [Transport]');
});

test('staff people\'s "why they may suit": a topic the council left with an empty Welsh name is said in English, marked, never as its id', async () => {
  const { reasonText } = await import('../../src/components/staff-people/internal/words.js');
  const taxonomy = { topics: [{ id: 'topic-carers', name: { en: 'Carers', cy: '' } }, { id: 'topic-housing', name: { en: 'Housing', cy: 'Tai' } }] } as unknown as Parameters<typeof reasonText>[0]['taxonomy'];
  const t = (key: string, ...args: unknown[]) => `${key} ${JSON.stringify(args[0])}`;
  const say = (locale: 'cy' | 'en-GB', values: string[]) => shown(reasonText({ t, locale, taxonomy }, { code: 'topic', values } as Parameters<typeof reasonText>[1]));
  assert.equal(say('cy', ['topic-carers', 'topic-housing']), 'reason_topic ["[Carers]","Tai"]');
  assert.equal(say('en-GB', ['topic-carers']), 'reason_topic ["Carers"]');
  // A topic the taxonomy no longer has: its id, marked (it is not Welsh).
  assert.equal(say('cy', ['topic-gone']), 'reason_topic ["[topic-gone]"]');
  // Before the taxonomy has loaded: each id, marked too, as every other place names a topic (core/vocabulary.ts termText).
  assert.equal(shown(reasonText({ t, locale: 'cy', taxonomy: undefined }, { code: 'topic', values: ['topic-carers'] } as Parameters<typeof reasonText>[1])), 'reason_topic ["[topic-carers]"]');
});
