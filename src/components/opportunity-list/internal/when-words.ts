/**
 * A list card's "When" as a Welsh reader reads it, as the opportunity page says it
 * (opportunity/internal/brief-view.ts): where the council wrote no Welsh "when" but gave the
 * sessions, the sessions in Welsh, one a line ("Dydd Mawrth 15 Rhagfyr 2026, 10:00–12:30"), the
 * first three and how many more (the page lists them all). Used only by the list's Welsh words
 * (coprod-opportunity-list.messages.ts `cardWhen`), so in the built bundles it loads with the
 * reader's other Welsh words (and the server awaits them: readingsReady), never in the English
 * first paint, whose `cardWhen` says nothing: an English card says the council's summary.
 */
import type { Opportunity } from '../../../api/types.js';
import { sessionWhen, whenFromSessions } from '../../../shared/card/session-words.js';

/** How many sessions a card names; the rest are counted. */
const SHOWN = 3;

/**
 * A card's "When" for a Welsh reader, where the council gave sessions but wrote no Welsh "when"
 * (the rule the opportunity's page uses, shared/card/session-words.ts); else nothing (the card
 * says the council's own words). The sessions after the first three are counted in a sentence of
 * their own, "Mae 2 sesiwn arall hefyd" ("there are 2 other sessions too"), not "a 2 sesiwn
 * arall": Welsh writes "ac" before a vowel sound, and a number read aloud often starts with one
 * (un, wyth, un ar ddeg, ugain), so a conjunction would be wrong for some counts (review NIT 8).
 * A Welsh numeral takes the singular and "sesiwn" keeps its s after every number, so one form
 * says every count.
 */
export function whenInWelsh(opportunity: Opportunity): string {
  if (!whenFromSessions(opportunity, 'cy')) return '';
  const sessions = opportunity.when.sessions!;
  const lines = sessions.slice(0, SHOWN).map((session) => sessionWhen('cy', session));
  if (sessions.length > SHOWN) lines.push(`Mae ${sessions.length - SHOWN} sesiwn arall hefyd`);
  return lines.join('\n');
}
