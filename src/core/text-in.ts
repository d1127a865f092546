import { nothing } from 'lit';
import type { Locale } from './config.js';

/**
 * Data in the reader's language: the council's Welsh (`cy`) on a Welsh page where it wrote some, else its English (`en`),
 * with `lang="en-GB"` when a Welsh reader gets the English (WCAG 3.1.2: a screen reader then says it with English rules).
 * An empty Welsh string counts as none. The one rule for a `{ en, cy? }` text (a title on a claim, a result, a record);
 * a brief's fields: src/shared/card/plain-words.ts `localised` and `langOf`, the same rule. Inside a sentence of ours: `markedIn` (src/core/in-english.ts).
 * Its own small module with no imports but lit's, so a widget that needs only this rule (a page of cards: core/vocabulary.ts termName)
 * brings neither the card's words (plain-words.ts) nor the English marks (english-mark.ts) with it.
 */
export function textIn(locale: Locale, text: { en: string; cy?: string | null | undefined }): { text: string; lang: 'en-GB' | typeof nothing } {
  if (locale !== 'cy') return { text: text.en, lang: nothing };
  return text.cy ? { text: text.cy, lang: nothing } : { text: text.en, lang: 'en-GB' };
}
