import type { Locale, ReadingLevel } from './config.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);
export type MessageSet = Record<string, Message>;

/**
 * One component's strings: English and Welsh for every key, and easy-read
 * versions (short sentences, one idea per line) for the keys that need them.
 *
 * @lit/localize keeps one locale per page; a page here may hold an English list and a
 * Welsh form side by side, so each element resolves its own locale.
 */
export interface Catalog<T extends MessageSet> {
  'en-GB': T;
  cy: { [K in keyof T]: T[K] };
  easyRead?: {
    'en-GB'?: { [K in keyof T]?: T[K] };
    cy?: { [K in keyof T]?: T[K] };
  };
  /**
   * Keys whose standard words already are easy read ("Yes", "Choose one"): reviewed, so they
   * need no easy-read copy. test/node/i18n.test.ts tells these from forgotten keys.
   */
  easyReadSame?: ReadonlyArray<keyof T & string>;
  /**
   * In the built bundles only (scripts/lazy-readings.mjs): `cy` and `easyRead` are left out
   * and load on first use, Welsh (with Welsh easy read) and English easy read apart.
   * @internal
   */
  readings?: Record<Reading, () => Promise<Partial<Catalog<T>>>>;
}

/** A part of the strings that the built bundles load on first use. */
export type Reading = 'cy' | 'easy';

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

/** Catalogs whose Welsh or easy-read strings load on first use, with what each has loaded (or is loading). */
const lazyCatalogs = new Map<Catalog<MessageSet>, Partial<Record<Reading, Promise<void> | true>>>();
/** Merged catalogs, rebuilt (in the order they were made) when a part of one of theirs arrives. */
const merged: Array<() => void> = [];
/** Whether every lazy catalog has loaded a reading: the common case, checked on every render. */
const complete: Partial<Record<Reading, boolean>> = {};

export function defineMessages<T extends MessageSet>(catalog: Catalog<T>): Catalog<T> {
  if (catalog.readings) {
    lazyCatalogs.set(catalog as Catalog<MessageSet>, {});
    complete.cy = complete.easy = false;
  }
  return catalog;
}

/** The reading a locale and reading level need beyond the English in the bundle, if any. */
function readingFor(locale: Locale, level: ReadingLevel): Reading | undefined {
  return locale === 'cy' ? 'cy' : level === 'easy-read' ? 'easy' : undefined;
}

/**
 * Undefined when every catalog loaded so far has the strings `locale` and `level` need (always,
 * outside the built bundles); otherwise a promise that settles when they have arrived (or failed
 * to, when English stands in). A widget waits in its skeleton meanwhile, so a Welsh reader never
 * sees English flash by.
 */
export function readingsReady(locale: Locale, level: ReadingLevel): Promise<void> | undefined {
  const reading = readingFor(locale, level);
  if (!reading || complete[reading]) return undefined;
  const waits: Array<Promise<void>> = [];
  for (const [catalog, state] of lazyCatalogs) {
    if (state[reading] === true) continue;
    state[reading] ??= catalog.readings![reading]().then(
      (part) => {
        if (part.cy) catalog.cy = part.cy;
        catalog.easyRead = { ...catalog.easyRead, ...part.easyRead };
        state[reading] = true;
        for (const rebuild of merged) rebuild();
      },
      (error: unknown) => {
        // English stands in rather than a widget waiting for ever; the next page load tries again.
        state[reading] = true;
        console.warn('coprod-widgets: could not load strings', error);
      },
    );
    waits.push(state[reading]);
  }
  if (waits.length === 0) {
    complete[reading] = true;
    return undefined;
  }
  return Promise.all(waits).then(() => undefined);
}

/** Merges catalogs so a component can use the shared strings and its own through one `t`. */
export function mergeCatalogs<A extends MessageSet, B extends MessageSet>(a: Catalog<A>, b: Catalog<B>): Catalog<A & B> {
  const catalog = { 'en-GB': { ...a['en-GB'], ...b['en-GB'] } } as Catalog<A & B>;
  const rebuild = (): void => {
    catalog.cy = { ...a.cy, ...b.cy } as Catalog<A & B>['cy'];
    catalog.easyRead = {
      'en-GB': { ...a.easyRead?.['en-GB'], ...b.easyRead?.['en-GB'] },
      cy: { ...a.easyRead?.cy, ...b.easyRead?.cy },
    } as Catalog<A & B>['easyRead'];
  };
  rebuild();
  if (a.easyReadSame || b.easyReadSame) catalog.easyReadSame = [...(a.easyReadSame ?? []), ...(b.easyReadSame ?? [])];
  if (a.readings || b.readings || lazyCatalogs.size > 0) merged.push(rebuild);
  return catalog;
}

export function translator<T extends MessageSet>(catalog: Catalog<T>, locale: Locale, level: ReadingLevel): Translate<T> {
  return (key, ...args) => {
    const message: Message | undefined =
      (level === 'easy-read' ? catalog.easyRead?.[locale]?.[key] : undefined) ?? catalog[locale]?.[key] ?? catalog['en-GB'][key];
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

// Welsh and English write numbers and pounds the same way; one formatter each serves both.
const numbers = new Intl.NumberFormat('en-GB');
const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });

export function formatNumber(_locale: Locale, value: number): string {
  return numbers.format(value);
}

/** "£20" or "£7.50": whole pounds without pence. */
export function formatPence(_locale: Locale, pence: number): string {
  const pounds = pence / 100;
  return (Number.isInteger(pounds) ? wholePounds : poundsAndPence).format(pounds);
}

type DateStyle = 'date' | 'dayDate' | 'time' | 'dateTime';

const monthNames = {
  'en-GB': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};
const dayNames = {
  'en-GB': ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  cy: ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'],
};
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A date in words, in UK time: "12 December 2026", "Tuesday 15 December 2026, 10:00".
 * Only the numbers come from `Intl`; the words are ours, because browsers built without
 * full ICU data (Debian's Chromium, some Android builds) answer in English when asked for
 * Welsh, and ICU versions disagree on punctuation.
 */
export function formatDate(locale: Locale, value: string | Date, style: DateStyle = 'date'): string {
  // A day (YYYY-MM-DD, read at noon UTC) is that same day in London: its words need no Intl.
  const parts: Record<string, string> =
    (typeof value === 'string' && style !== 'time' && style !== 'dateTime' && /^(?<year>\d{4})-(?<month>\d\d)-(?<day>\d\d)$/.exec(value)?.groups) ||
    Object.fromEntries(londonParts.formatToParts(typeof value === 'string' ? parseDate(value) : value).map((part) => [part.type, part.value]));
  const [year, month, dayOfMonth] = [Number(parts['year']), Number(parts['month']), Number(parts['day'])];
  const weekday = dayNames[locale][new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay()];
  const day = `${dayOfMonth} ${monthNames[locale][month - 1]} ${year}`;
  const time = `${parts['hour']}:${parts['minute']}`;
  if (style === 'time') return time;
  if (style === 'dayDate') return `${weekday} ${day}`;
  if (style === 'dateTime') return `${weekday} ${day}, ${time}`;
  return day;
}

/** "a, b and c" (or "a, b or c") in the reader's language; written out for the same reason as `formatDate`. */
export function formatList(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1]!;
  if (locale !== 'cy') return `${head} ${type === 'conjunction' ? 'and' : 'or'} ${last}`;
  // "neu" softens nouns, but our "or" lists join ways of taking part ("ar-lein", "wyneb yn
  // wyneb", "dros y ffôn"), which are either unmutable or already softened ("tros" -> "dros").
  if (type === 'disjunction') return `${head} neu ${last}`;
  return `${head} ${welshAnd(last)}`;
}

/**
 * Welsh "and" before a word: "ac" before a vowel ("ac amser paratoi", "ac wyneb yn wyneb"),
 * "a'r" for "and the" ("a'r ffôn"), otherwise "a" with the aspirate mutation it causes:
 * c, p, t become ch, ph, th ("a chyfle", "a phobl", "a theithio"). Acronyms ("TAW") and
 * words that already begin ch, ph or th keep their form.
 */
export function welshAnd(word: string): string {
  const article = /^(y|yr|’r|'r)\s+(.*)$/i.exec(word);
  if (article) return `a’r ${article[2]}`;
  if (/^[aeiouwyâêîôûŵŷáéíóúàèìòù]/i.test(word)) return `ac ${word}`;
  const first = /^\S+/.exec(word)?.[0] ?? '';
  const acronym = first.length > 1 && first === first.toLocaleUpperCase('cy');
  if (acronym || /^(ch|ph|th)/i.test(word)) return `a ${word}`;
  const mutated = word.replace(/^[cpt]/i, (letter) => `${letter}h`);
  return `a ${mutated}`;
}

/** A `YYYY-MM-DD` date is a day, not an instant: read it at noon UTC so no time zone moves it. */
export function parseDate(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/** Whole days from `from` to `to` (negative when `to` is past). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}
