/**
 * An opportunity's closing date in plain words ("Closes in 3 days"), and whether it is near or has passed, counted
 * in UK calendar days. Its own module because its words are the card's (card.messages.ts, so the Welsh loads with the
 * reader's other Welsh words): a widget that takes only the brief's words (plain-words.ts) does not carry the card's.
 */
import type { Locale } from '../../core/config.js';
import { formatDate, parseDate, translator, ukTime } from '../../core/i18n.js';
import { cardMessages } from './card.messages.js';

/**
 * Today's date in the UK as YYYY-MM-DD. Closing dates are UK calendar days, so
 * "today" must be the UK day, not the UTC one (they differ just after midnight in summer).
 */
export function ukDate(today: Date = new Date()): string {
  // Every card of a list asks for the same moment (or the same millisecond): worked out once for it.
  const time = today.getTime();
  if (lastDay?.[0] !== time) lastDay = [time, ukTime(today).slice(0, 10)];
  return lastDay[1];
}
let lastDay: [number, string] | undefined;

/** Whole days from today (UK) to the closing date; negative once it has passed. (Here, not in core/i18n.ts: only cards count days.) */
function daysToClose(closingDate: string, today: Date): number {
  return Math.round((parseDate(closingDate).getTime() - parseDate(ukDate(today)).getTime()) / 86_400_000);
}

/** Whether the closing date has passed (in the UK). False when there is no closing date. */
export function closingDatePassed(closingDate: string | null | undefined, today: Date = new Date()): boolean {
  return !!closingDate && daysToClose(closingDate, today) < 0;
}

/** How many days before closing we say "Closes in 3 days" instead of the date. */
const NEAR_DAYS = 7;

/**
 * "Closes 12 December 2026", "Closes in 3 days", "Closes tomorrow", "Closes today",
 * "Closed"; undefined when there is no closing date. The words are the card's (card.messages.ts),
 * so the Welsh loads with the reader's other Welsh words instead of riding in every English page.
 */
export function closingInWords(closingDate: string | null | undefined, locale: Locale, today: Date = new Date()): string | undefined {
  if (!closingDate) return undefined;
  const t = translator(cardMessages, locale, 'standard');
  const days = daysToClose(closingDate, today);
  return days < 0 ? t('closed') : days < 1 ? t('closesToday') : days < 2 ? t('closesTomorrow') : days <= NEAR_DAYS ? t('closesIn', days) : t('closes', formatDate(locale, closingDate));
}

/** Whether the closing date is near enough to flag. */
export function closingSoon(closingDate: string | null | undefined, today: Date = new Date()): boolean {
  if (!closingDate) return false;
  const days = daysToClose(closingDate, today);
  return days >= 0 && days <= NEAR_DAYS;
}
