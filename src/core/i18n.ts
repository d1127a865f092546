import type { Locale, ReadingLevel } from './config.js';

export { defineMessages, mergeCatalogs, readingsReady, type Catalog, type Message, type MessageSet, type Reading } from './catalogs.js';
import type { Catalog, Message, MessageSet } from './catalogs.js';
import { dateWords } from './date-words.js';
import { nothing } from 'lit';

const WANTS_LOCALE: unique symbol = Symbol('wantsLocale');

/** A message that needs the reader's locale (plurals, dates): the translator passes it first. */
export type LocaleMessage<A extends unknown[]> = ((locale: Locale, ...args: A) => string) & { readonly [WANTS_LOCALE]: true };

/**
 * Marks a message as needing the locale, so callers write `t('count', n)` and the
 * translator supplies the locale: `count: withLocale((locale, n: number) => plural(locale, n, ...))`.
 */
export function withLocale<A extends unknown[]>(message: (locale: Locale, ...args: A) => string): LocaleMessage<A> {
  return Object.assign(message, { [WANTS_LOCALE]: true as const });
}

type Args<M> = M extends LocaleMessage<infer A> ? A : M extends (...args: infer A) => string ? A : [];

export type Translate<T extends MessageSet> = <K extends keyof T & string>(key: K, ...args: Args<T[K]>) => string;

/** Words some widgets' parts share without every widget carrying them (forms/form-words.ts): found under a widget's own. */
const shared: Array<Catalog<MessageSet>> = [];

/** Makes a catalog's words found by every translator, under the catalog it translates (called once, by the module that defines them). */
export function shareWords(catalog: Catalog<MessageSet>): void {
  shared.push(catalog);
}

const find = (catalog: Catalog<MessageSet>, locale: Locale, level: ReadingLevel, key: string): Message | undefined =>
  (level === 'easy-read' ? catalog.easyRead?.[locale]?.[key] : undefined) ?? catalog[locale]?.[key] ?? catalog['en-GB'][key];

export function translator<T extends MessageSet>(catalog: Catalog<T>, locale: Locale, level: ReadingLevel): Translate<T> {
  return (key, ...args) => {
    let message = find(catalog, locale, level, key);
    for (let i = 0; message === undefined && i < shared.length; i++) message = find(shared[i]!, locale, level, key);
    if (message === undefined) return key;
    if (typeof message !== 'function') return message;
    return WANTS_LOCALE in message ? message(locale, ...args) : message(...args);
  };
}

/** The `Intl` locale for formatting. */
export function intlLocale(locale: Locale): string {
  return locale === 'cy' ? 'cy-GB' : 'en-GB';
}

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * CLDR's plural categories, written out for the same reason as `formatDate`: without Welsh
 * ICU data `Intl.PluralRules('cy')` silently applies English rules.
 */
function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  if (locale === 'cy') {
    const welsh: Record<number, Intl.LDMLPluralRule> = { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 6: 'many' };
    return welsh[count] ?? 'other';
  }
  return count === 1 ? 'one' : 'other';
}

/**
 * Welsh has six plural forms (zero, one, two, few, many, other); English two, but a `zero` form
 * given for English is used for 0 too ("No opportunities found", not "0 opportunities found").
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return ((count === 0 && forms.zero) || forms[pluralCategory(locale, count)] || forms.other).replace('{n}', formatNumber(locale, count));
}

// Welsh and English write numbers and pounds the same way, and whole numbers and pence are written
// out here: a page's first Intl formatter loads ICU's data, 10-20 ms of a phone's start-up
// (bench/ab-startup.mjs). Anything else asks Intl, made on first use.
let numbers: Intl.NumberFormat | undefined;
let poundsAndPence: Intl.NumberFormat | undefined;

/** "1,234". */
export function formatNumber(_locale: Locale, value: number): string {
  return Number.isSafeInteger(value) ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : (numbers ??= new Intl.NumberFormat('en-GB')).format(value);
}

/** "£20" or "£7.50": whole pounds without pence. */
export function formatPence(locale: Locale, pence: number): string {
  const whole = Math.abs(pence);
  return Number.isSafeInteger(pence)
    ? `${pence < 0 ? '-' : ''}£${formatNumber(locale, Math.floor(whole / 100))}${whole % 100 ? `.${String(whole % 100).padStart(2, '0')}` : ''}`
    : (poundsAndPence ??= new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 })).format(pence / 100);
}

type DateStyle = 'date' | 'dayDate' | 'time' | 'dateTime';

/**
 * `at` in UK time, written as an ISO string ("2026-07-01T10:00:00.000Z" is 10:00 on 1 July 2026 in the
 * UK): GMT, or BST (GMT+1) from 01:00 GMT on the last Sunday of March to 01:00 GMT on the last Sunday of
 * October, the UK's rule since 1996, older than any moment this data holds (test/node/uk-time.test.ts
 * checks it against Intl's time zone data, 1996-2040). Not asked of Intl: a page's first Intl date
 * format loads ICU's time zone data, 10-20 ms of a phone's start-up (bench/ab-startup.mjs).
 */
export function ukTime(at: Date): string {
  const time = at.getTime();
  const lastSunday = (month: number): number => {
    const last = Date.UTC(at.getUTCFullYear(), month, 0, 1);
    return last - new Date(last).getUTCDay() * 86_400_000;
  };
  return new Date(time + (time >= lastSunday(3) && time < lastSunday(10) ? 3_600_000 : 0)).toISOString();
}

/**
 * A date in words, in UK time: "12 December 2026", "Tuesday 15 December 2026, 10:00", the day
 * held to its month by a non-breaking space (and a Welsh day name whole: "Dydd Mawrth").
 * The words are ours (and the numbers: `ukTime`), because browsers built without
 * full ICU data (Debian's Chromium, some Android builds) answer in English when asked for
 * Welsh, and ICU versions disagree on punctuation.
 */
export function formatDate(locale: Locale, value: string | Date, style: DateStyle = 'date'): string {
  // A day (YYYY-MM-DD, read at noon UTC) is that same day in London.
  const uk = typeof value === 'string' && style !== 'time' && style !== 'dateTime' && /^\d{4}-\d\d-\d\d$/.test(value) ? value : ukTime(typeof value === 'string' ? parseDate(value) : value);
  const [year, month, dayOfMonth] = uk.slice(0, 10).split('-').map(Number) as [number, number, number];
  const words = dateWordsIn(locale);
  const weekday = words.days.split(',')[new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay()];
  // A non-breaking space: a day is never cut from its month ("15 / Rhagfyr") at 320 px; the year may
  // go to the next line, so a narrow table column ("4 February / 2026") still fits.
  const day = `${dayOfMonth}\u00a0${words.months.split(',')[month - 1]} ${year}`;
  const time = uk.slice(11, 16);
  if (style === 'time') return time;
  if (style === 'dayDate') return `${weekday} ${day}`;
  if (style === 'dateTime') return `${weekday} ${day}, ${time}`;
  return day;
}

/** "a, b and c" (or "a, b or c") in the reader's language; written out for the same reason as `formatDate`. */
export function formatList(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (items.length <= 1) return items[0] ?? '';
  const words = dateWordsIn(locale);
  return `${items.slice(0, -1).join(', ')} ${(type === 'conjunction' ? words.and : words.or)(items[items.length - 1]!)}`;
}

/** The month and day names and the "and" of lists in `locale`: the Welsh loads with the reader's other Welsh words (date-words.ts). */
const dateWordsIn = (locale: Locale): (typeof dateWords)['en-GB'] => dateWords[locale] ?? dateWords['en-GB'];

/** A `YYYY-MM-DD` date is a day, not an instant: read it at noon UTC so no time zone moves it. */
export function parseDate(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/**
 * Data in the reader's language: the council's Welsh (`cy`) on a Welsh page where it wrote some, else its English (`en`),
 * with `lang="en-GB"` when a Welsh reader gets the English (WCAG 3.1.2: a screen reader then says it with English rules).
 * An empty Welsh string counts as none. The one rule for a `{ en, cy? }` text (a title on a claim, a result, a record), and
 * the only place it is written: a brief's fields (src/shared/card/plain-words.ts `localised`, `langOf`), a taxonomy term's
 * name (core/vocabulary.ts `termText`, core/term-choice.ts `termChoice`) and, inside a sentence of ours, `markedIn`
 * (src/core/in-english.ts) all call it. Here, in the module every widget carries (re-exported by src/core/text-in.ts),
 * so every widget that names a term pays for the rule and no module seam.
 */
export function textIn(locale: Locale, text: { en: string; cy?: string | null | undefined }): { text: string; lang: 'en-GB' | typeof nothing } {
  const welsh = locale === 'cy';
  return { text: (welsh && text.cy) || text.en, lang: welsh && !text.cy ? 'en-GB' : nothing };
}
