/**
 * Data a council wrote only in English (a skill, a topic with no Welsh name, a title) inside a
 * sentence of ours on a Welsh page. `inEnglish(name)` marks the name while the sentence is made
 * (so the Welsh "a" before it keeps the name unmutated: "a Cooking", never "a Chooking"), and
 * `withEnglish(sentence)` draws each marked name as `<span lang="en-GB">`, so a screen reader
 * says it with English rules (WCAG 3.1.2). The marks never reach the page: draw with `withEnglish`.
 */
import { html, type TemplateResult } from 'lit';

/** U+E000 and U+E001 (private use): around a name in English while its sentence is made. */
export const EN_OPEN = '\uE000';
const EN_CLOSE = '\uE001';
const MARKED = /\uE000([^\uE001]*)\uE001/;

/** `name` marked as English inside a sentence being made. */
export const inEnglish = (name: string): string => `${EN_OPEN}${name}${EN_CLOSE}`;

/** `name` marked as English where the page is Welsh and the name is `english` (has no Welsh); otherwise as it is. */
export const markEnglish = (locale: string, name: string, english: boolean): string => (locale === 'cy' && english && name ? inEnglish(name) : name);

/** The sentence with each marked name in `<span lang="en-GB">`; a sentence with none, as it is. */
export function withEnglish(sentence: string): string | TemplateResult {
  if (!sentence.includes(EN_OPEN)) return sentence;
  const parts = sentence.split(MARKED);
  return html`${parts.map((part, index) => (index % 2 ? html`<span lang="en-GB">${part}</span>` : part))}`;
}
