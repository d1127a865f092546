import { nothing } from 'lit';
import type { Locale } from './config.js';
import { inEnglish } from './english-mark.js';

/**
 * Data in the reader's language: the council's Welsh (`cy`) on a Welsh page where it wrote some, else its English (`en`),
 * with `lang="en-GB"` when a Welsh reader gets the English (WCAG 3.1.2: a screen reader then says it with English rules).
 * An empty Welsh string counts as none. The one rule for a `{ en, cy? }` text (a title on a claim, a result, a record);
 * a brief's fields: src/shared/card/plain-words.ts `localised` and `langOf`, the same rule. Inside a sentence of ours: `markedIn`.
 * Its own small module, so a widget that needs only this rule does not bring the card's words (plain-words.ts) with it.
 */
export function textIn(locale: Locale, text: { en: string; cy?: string | null | undefined }): { text: string; lang: 'en-GB' | typeof nothing } {
  if (locale !== 'cy') return { text: text.en, lang: nothing };
  return text.cy ? { text: text.cy, lang: nothing } : { text: text.en, lang: 'en-GB' };
}

/** `textIn` for a sentence being made: the text, marked as English where a Welsh reader gets the English (draw the sentence with src/core/in-english.ts withEnglish). */
export function markedIn(locale: Locale, text: { en: string; cy?: string | null | undefined }): string {
  const shown = textIn(locale, text);
  return shown.lang === nothing || !shown.text ? shown.text : inEnglish(shown.text);
}
