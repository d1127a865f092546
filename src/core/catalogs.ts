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

