/**
 * The language and reading level a person chose with a reading switch, kept for the tab
 * (sessionStorage, never localStorage) and shared by every switch and widget on the page:
 * a choice made in one switch applies wherever a council turned the switch on.
 */
import { normaliseLocale, normaliseReadingLevel, type Locale, type ReadingLevel } from './config.js';

export interface ReaderChoice {
  locale?: Locale;
  readingLevel?: ReadingLevel;
}

const KEY = 'coprod-reader-choice';
const listeners = new Set<() => void>();
let remembered: ReaderChoice | undefined;

/** What the person chose in this tab (nothing until they use a switch). */
export function readerChoice(): ReaderChoice {
  if (remembered) return remembered;
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    // Storage blocked or not ours: no choice yet.
  }
  const locale = normaliseLocale(typeof stored['locale'] === 'string' ? stored['locale'] : undefined);
  const readingLevel = normaliseReadingLevel(typeof stored['readingLevel'] === 'string' ? stored['readingLevel'] : undefined);
  remembered = { ...(locale ? { locale } : {}), ...(readingLevel ? { readingLevel } : {}) };
  return remembered;
}

/** Records a choice for the tab and tells every switch and widget. */
export function chooseReading(change: ReaderChoice): void {
  remembered = { ...readerChoice(), ...change };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(remembered));
  } catch {
    // Storage full or blocked: the choice holds until the page is left.
  }
  for (const listener of listeners) listener();
}

export function onReaderChoice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** @internal For tests and stories: forgets the choice. */
export function forgetReaderChoice(): void {
  remembered = undefined;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
  for (const listener of listeners) listener();
}
