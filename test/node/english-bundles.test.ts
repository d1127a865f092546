/// <reference types="node" />
/**
 * The English bundles keep only English (and no form words at all: they load with a form): the Welsh and easy-read field-problem words, the
 * Ladder of Co-production's words, the Welsh names of the fixed lists (vocabulary.ts) and of months and days (date-words.ts) and the card's Welsh words (card.messages.ts) load with the reader's other words (scripts/lazy-readings.mjs),
 * so neither the all-in-one nor a page with one list (the autoloader and the list's module)
 * carries them in what it loads before anything renders. A static import of one of those
 * tables (e.g. from a shared module that the English also calls) puts them back: this fails.
 * Runs over dist/ (the build comes first in `npm test`; scripts/build.mjs runs it too).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { FIELD_CODES } from '../../src/api/field-codes.js';
import type { LadderRung } from '../../src/api/types.js';
import { LADDER, promiseInWords } from '../../src/core/ladder.js';
import { feltInWords } from '../../src/core/ladder-felt.js';
import { formWords } from '../../src/core/forms/form-words.js';
import { dateWords } from '../../src/core/date-words.js';
import { accessLabels, contactMethods, feedbackStatuses, interestStatuses, opportunityStatuses, participationModes, weekdays, type Labels } from '../../src/core/vocabulary.js';
import { cardMessages } from '../../src/shared/card/card.messages.js';
import { lookReasonMessages } from '../../src/shared/staff/look-reasons.messages.js';
import { closure } from '../../scripts/closure.mjs';

const BUNDLES: Record<string, string[]> = {
  'the all-in-one (dist/coprod-widgets.js)': ['dist/coprod-widgets.js'],
  'a page with one list (autoloader and list)': ['dist/coprod-autoload.js', 'dist/elements/coprod-opportunity-list.js'],
};

/** A bundle's static closure as text, with the escapes a minifier writes in strings read back. */
function loadedText(entries: string[]): string {
  const files = new Set<string>();
  for (const entry of entries) closure(entry, files);
  return [...files]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
    .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, a: string | undefined, b: string | undefined) => String.fromCodePoint(parseInt(a ?? b ?? '0', 16)))
    .replace(/\\n/g, '\n')
    .replace(/\\(['"`\\])/g, '$1');
}

const LIMIT = 1234;
const LIMIT_TEXT = LIMIT.toLocaleString('en-GB');

/** The pieces of a message that are its own words (a limit in it is the bundle's `${n}`), long enough to mean something. */
const pieces = (message: string): string[] =>
  message
    .split(LIMIT_TEXT)
    .flatMap((part) => part.split('\n'))
    .map((part) => part.trim())
    .filter((part) => part.length >= 10);

/** Every Welsh and easy-read word of the field problems and the ladder that is not also the standard English. */
function otherReadings(): Array<{ what: string; words: string }> {
  const found: Array<{ what: string; words: string }> = [];
  const add = (what: string, message: string, english: string): void => {
    if (message === english) return; // an easy read that falls back to the standard English
    for (const words of pieces(message)) if (!english.includes(words)) found.push({ what, words });
  };
  const core = formWords as unknown as {
    'en-GB': { fieldProblem: (code: string, limit?: number) => string };
    cy: { fieldProblem: (code: string, limit?: number) => string };
    easyRead: Record<'en-GB' | 'cy', { fieldProblem: (code: string, limit?: number) => string }>;
  };
  for (const code of FIELD_CODES) {
    const english = core['en-GB'].fieldProblem(code, LIMIT);
    add(`field problem "${code}" in Welsh`, core.cy.fieldProblem(code, LIMIT), english);
    add(`field problem "${code}" in easy read`, core.easyRead['en-GB'].fieldProblem(code, LIMIT), english);
    add(`field problem "${code}" in Welsh easy read`, core.easyRead.cy.fieldProblem(code, LIMIT), core.cy.fieldProblem(code, LIMIT));
  }
  for (const rung of LADDER as readonly LadderRung[]) {
    for (const [kind, words] of [['promise', promiseInWords], ['felt', feltInWords]] as const) {
      const english = words(rung, 'en-GB', 'standard');
      add(`ladder ${kind} "${rung}" in Welsh`, words(rung, 'cy', 'standard'), english);
      add(`ladder ${kind} "${rung}" in easy read`, words(rung, 'en-GB', 'easy-read'), english);
      add(`ladder ${kind} "${rung}" in Welsh easy read`, words(rung, 'cy', 'easy-read'), english);
    }
  }
  // The fixed lists' names (src/core/vocabulary.ts), and the month and day names of dates (src/core/date-words.ts).
  const lists: Record<string, Labels<string>> = { participationModes, accessLabels, contactMethods, weekdays, opportunityStatuses, feedbackStatuses, interestStatuses } as never;
  add('the Welsh month names', dateWords.cy.months, dateWords['en-GB'].months);
  add('the Welsh day names', dateWords.cy.days, dateWords['en-GB'].days);
  for (const [list, labels] of Object.entries(lists)) {
    for (const [key, english] of Object.entries(labels['en-GB'])) add(`${list} "${key}" in Welsh`, labels.cy[key] as string, english as string);
  }
  // The card's words (src/shared/card/card.messages.ts), the closing date's among them ("Yn cau mewn 3 diwrnod").
  const said = (message: unknown): string => (typeof message === 'function' ? (message as (arg: string) => string)(LIMIT_TEXT) : (message as string));
  for (const [key, english] of Object.entries(cardMessages['en-GB'])) add(`the card's "${key}" in Welsh`, said(cardMessages.cy[key as keyof typeof cardMessages.cy]), said(english));
  return found;
}

const built = existsSync('dist/coprod-widgets.js') && existsSync('dist/elements/coprod-opportunity-list.js');

test('the words this test looks for are there to find (the source catalogs hold them)', () => {
  const words = otherReadings();
  assert.ok(words.length > 60, `only ${words.length} pieces of Welsh and easy read found`);
  assert.ok(words.some((w) => w.words === 'Atebwch y cwestiwn hwn'));
  assert.ok(words.some((w) => w.words === 'Byddwn yn penderfynu gyda’n gilydd'));
  assert.ok(words.some((w) => w.words === 'We decide together.'));
  assert.ok(words.some((w) => w.words === 'Dehonglydd Iaith Arwyddion Prydain'));
  assert.ok(words.some((w) => w.words === 'Dydd\u00a0Mercher'));
  assert.ok(words.some((w) => w.words === 'Yn cau mewn'));
});

for (const [name, entries] of Object.entries(BUNDLES)) {
  test(`${name} holds no Welsh or easy-read field-problem, ladder or fixed-list or date words`, { skip: built ? false : 'no dist/: run the build first' }, () => {
    const text = loadedText(entries);
    // The English is there, so the search reads the strings as the bundle writes them.
    assert.ok(text.includes('We will decide together'), 'the English ladder words are in the bundle');
    const inBundle = otherReadings().filter(({ words }) => text.includes(words));
    assert.deepEqual(inBundle, [], `${name} carries words that should load on first use`);
  });

  // The words only forms use (src/core/forms/form-words.ts) load with a form: neither bundle shows one before a person opens it.
  test(`${name} holds none of the form words (a field problem by code, a form's failure)`, { skip: built ? false : 'no dist/: run the build first' }, () => {
    const text = loadedText(entries);
    const english = formWords['en-GB'];
    const words = [english.fieldProblem('required'), english.fieldProblem('unknown-field'), english.keptTyped, english.formFailure({ kind: 'forbidden', audience: 'public' })];
    assert.deepEqual(words.filter((w) => text.includes(w)), [], `${name} carries form words`);
  });
}

// The reasons staff give for looking at a person's records (src/shared/staff/look-reasons.messages.ts) are one catalog
// shared by two staff widgets: its Welsh and easy read load on first use as a component's own catalog's do.
for (const tag of ['coprod-staff-audit', 'coprod-staff-people']) {
  const file = `dist/elements/${tag}.js`;
  test(`${tag} holds the look reasons in English only (Welsh and easy read load on first use)`, { skip: existsSync(file) ? false : 'no dist/: run the build first' }, () => {
    const text = loadedText([file]);
    const catalog = lookReasonMessages as unknown as { 'en-GB': Record<string, string>; cy: Record<string, string>; easyRead: Record<'en-GB' | 'cy', Record<string, string>> };
    for (const english of Object.values(catalog['en-GB'])) assert.ok(text.includes(english), `${tag} lacks "${english}"`);
    const others = [...Object.values(catalog.cy), ...Object.values(catalog.easyRead['en-GB']), ...Object.values(catalog.easyRead.cy)];
    assert.ok(others.length >= 7);
    assert.deepEqual(others.filter((words) => text.includes(words)), [], `${tag} carries look reasons that should load on first use`);
  });
}
