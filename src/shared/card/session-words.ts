/**
 * A session as a reader reads it, and when a Welsh reader's "When" is said from the sessions: one
 * rule for the opportunity's page (opportunity/internal/brief-view.ts) and a list's cards
 * (opportunity-list/internal/when-words.ts, in the list's Welsh reading), so the two never disagree.
 */
import type { Opportunity } from '../../api/types.js';
import type { Locale } from '../../core/config.js';
import { formatDate } from '../../core/i18n.js';
import { inEnglishOnly } from './plain-words.js';

export type Session = NonNullable<Opportunity['when']['sessions']>[number];

/** A session's day, date and times in the reader's language: "Dydd Mawrth 15 Rhagfyr 2026, 10:00–12:30". */
export const sessionWhen = (locale: Locale, session: Session): string =>
  `${formatDate(locale, session.start, 'dateTime')}${session.end ? `–${formatDate(locale, session.end, 'time')}` : ''}`;

/** Whether the reader's "When" is said from the sessions: a Welsh reader, sessions given, no Welsh "when" written. */
export const whenFromSessions = (opportunity: Opportunity, locale: Locale): boolean => !!opportunity.when.sessions?.length && inEnglishOnly(opportunity, locale, 'when');
