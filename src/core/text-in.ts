/**
 * Data in the reader's language: `textIn(locale, { en, cy? })`, the one rule (written in src/core/i18n.ts, which every
 * widget already carries, so a widget pays no extra module for it; import it from here).
 */
import { nothing } from 'lit';
import type { FeedbackUpdate } from '../api/types.js';
import type { Locale } from './config.js';
import { textIn } from './i18n.js';

export { textIn };

/**
 * A staff update (a reply on a feedback item) in the reader's language, by textIn's rule: written in English, its Welsh
 * version to a Welsh reader where staff gave one, else the English with lang="en-GB" on a Welsh page; written in Welsh,
 * its own words, with lang="cy" on an English page (WCAG 3.1.2). An update without `language` (a server from before it
 * said) counts as English. The board's opened item, my-involvement, the staff inbox and the server's no-JavaScript page.
 */
export function updateIn(locale: Locale, update: Pick<FeedbackUpdate, 'text' | 'language' | 'translations'>): { text: string; lang: 'en-GB' | 'cy' | typeof nothing } {
  if (update.language === 'cy') return { text: update.text, lang: locale === 'cy' ? nothing : 'cy' };
  return textIn(locale, { en: update.text, cy: update.translations?.cy?.text });
}

/**
 * The language a person's own words are in, for their `lang`: the item's `language`, or English
 * where an older server or a council's adapter leaves it out (the contract's rule for feedback
 * given before the server stored it), never `lang=""`.
 */
export function writtenIn(words: { language?: 'en-GB' | 'cy' | null | undefined }): 'en-GB' | 'cy' {
  return words.language ?? 'en-GB';
}
