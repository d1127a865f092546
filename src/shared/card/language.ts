/**
 * A Welsh reader sees the council's English where it wrote no Welsh (a title, a summary).
 * That text carries its own `lang="en-GB"`, so a screen reader speaks it with English rules
 * (WCAG 3.1.2), and the card or brief says briefly that it is in English.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/config.js';

export { inEnglishOnly, langOf } from './plain-words.js';

const BUTTON_NAME = /["“]I['’]m interested["”]/g;

/**
 * Text that tells the person to press "I'm interested" names the button they can see: in
 * Welsh that is "Mae gen i ddiddordeb" (marked `lang="cy"` inside English text).
 */
export function namingTheButton(text: string, locale: Locale, welshButton: string): string | TemplateResult {
  if (locale !== 'cy' || !BUTTON_NAME.test(text)) return text;
  BUTTON_NAME.lastIndex = 0;
  const parts = text.split(BUTTON_NAME);
  return html`${parts.map((part, index) => html`${index ? html`“<span lang="cy">${welshButton}</span>”` : nothing}${part}`)}`;
}
