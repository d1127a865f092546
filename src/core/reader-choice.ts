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
/** What was chosen in this tab; `linked` when a message's link chose it (every widget follows that), not a switch. */
let remembered: (ReaderChoice & { linked?: boolean }) | undefined;

/** The fragment parts a message's link carries for a person who reads Welsh or easy read: `#…&coprod-lang=cy&coprod-reading=easy-read`. */
const LINK_PART = /^coprod-(lang|reading)=([A-Za-z-]{2,12})$/;

/**
 * A message sent in Welsh or easy read links to the council's page with that reading in the
 * fragment: the page opens in it, whatever the widgets' own `locale` and `reading-level` say (the
 * person reads Welsh: the message was in Welsh), for the rest of the tab's visit, until they use a
 * reading switch. Taken out of the address at once (a reading level says something about a
 * person, and a shared or bookmarked address must not carry it), leaving the rest of the fragment
 * (a sign-in or invitation token) for its widget. Called as each widget connects.
 */
export function takeReadingFromLink(): void {
  if (typeof location === 'undefined' || !location.hash.includes('coprod-')) return;
  const found: Record<string, string> = {};
  const rest = location.hash
    .slice(1)
    .split('&')
    .filter((part) => {
      const match = LINK_PART.exec(part);
      if (match) found[match[1]!] = match[2]!;
      return !match;
    });
  if (!Object.keys(found).length) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest.length ? `#${rest.join('&')}` : ''}`);
  const locale = normaliseLocale(found['lang']);
  const readingLevel = normaliseReadingLevel(found['reading']);
  remember({ ...(locale ? { locale } : {}), ...(readingLevel ? { readingLevel } : {}), linked: true });
}

/** The reading a message's link chose in this tab (nothing when none did, or the person has used a switch since). */
export function linkedReading(): ReaderChoice {
  const chosen = readerChoice();
  return chosen.linked ? chosen : {};
}

/** What the person chose in this tab (nothing until they use a switch or open a message's link). */
export function readerChoice(): ReaderChoice & { linked?: boolean } {
  if (remembered) return remembered;
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    // Storage blocked or not ours: no choice yet.
  }
  const locale = normaliseLocale(typeof stored['locale'] === 'string' ? stored['locale'] : undefined);
  const readingLevel = normaliseReadingLevel(typeof stored['readingLevel'] === 'string' ? stored['readingLevel'] : undefined);
  remembered = { ...(locale ? { locale } : {}), ...(readingLevel ? { readingLevel } : {}), ...(stored['linked'] === true ? { linked: true } : {}) };
  return remembered;
}

/** Records a switch's choice for the tab and tells every switch and widget. */
export function chooseReading(change: ReaderChoice): void {
  // A switch's choice is the person's own: the link's no longer holds for widgets without a switch.
  const { linked: _linked, ...before } = readerChoice();
  remember({ ...before, ...change });
}

function remember(choice: ReaderChoice & { linked?: boolean }): void {
  remembered = choice;
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
