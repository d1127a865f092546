/**
 * A Welsh reader sees the council's English where it wrote no Welsh (a title, a summary).
 * That text carries its own `lang="en-GB"`, so a screen reader speaks it with English rules
 * (WCAG 3.1.2), and the card or brief says briefly that it is in English.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Opportunity } from '../../api/types.js';
import type { Locale } from '../../core/config.js';
import type { LocalisedBrief } from './plain-words.js';

/** Whether `field` of the brief is shown in English to a reader of `locale` (Welsh with no Welsh text). */
export function inEnglishOnly(opportunity: Opportunity, locale: Locale, field: keyof LocalisedBrief): boolean {
  if (locale !== 'cy') return false;
  const welsh = opportunity.translations?.cy as Partial<Record<keyof LocalisedBrief, string | null>> | undefined;
  return !welsh?.[field];
}

/** The `lang` a brief text needs inside a Welsh widget: `en-GB` where it fell back to English. */
export function langOf(opportunity: Opportunity, locale: Locale, field: keyof LocalisedBrief): string | typeof nothing {
  return inEnglishOnly(opportunity, locale, field) ? 'en-GB' : nothing;
}

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
