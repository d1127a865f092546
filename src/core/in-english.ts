/**
 * Data a council wrote only in English (a skill, a topic with no Welsh name, a title) inside a
 * sentence of ours on a Welsh page. `inEnglish(name)` marks the name while the sentence is made
 * (so the Welsh "a" before it keeps the name unmutated: "a Cooking", never "a Chooking"), and
 * `withEnglish(sentence)` draws each marked name as `<span lang="en-GB">`, so a screen reader
 * says it with English rules (WCAG 3.1.2). The marks never reach the page: draw with `withEnglish`.
 * A `{ en, cy? }` text inside a sentence: `markedIn` below (src/core/text-in.ts textIn's rule, marked).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from './config.js';
import { EN_OPEN, inEnglish } from './english-mark.js';
import { textIn } from './text-in.js';

export { EN_OPEN, inEnglish, markEnglish } from './english-mark.js';

const MARKED = /\uE000([^\uE001]*)\uE001/;

/** The sentence with each marked name in `<span lang="en-GB">`; a sentence with none, as it is. */
export function withEnglish(sentence: string): string | TemplateResult {
  if (!sentence.includes(EN_OPEN)) return sentence;
  const parts = sentence.split(MARKED);
  return html`${parts.map((part, index) => (index % 2 ? html`<span lang="en-GB">${part}</span>` : part))}`;
}

/** `textIn` for a sentence being made: the text, marked as English where a Welsh reader gets the English (draw the sentence with withEnglish above). */
export const markedIn = (locale: Locale, text: { en: string; cy?: string | null | undefined }): string => marked(textIn(locale, text));

/** A text shown by textIn's rule (or core/vocabulary.ts termText) for a sentence being made: marked as English where its `lang` says so. */
export function marked(shown: ReturnType<typeof textIn>): string {
  return shown.lang === nothing || !shown.text ? shown.text : inEnglish(shown.text);
}
