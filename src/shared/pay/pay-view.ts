import { html, nothing, type TemplateResult } from 'lit';
import type { Payment } from '../../api/types.js';
import type { Locale, ReadingLevel } from '../../core/config.js';
import { icon } from '../../core/icons.js';
import { payDetails } from './pay-words.js';

/** The full pay account as paragraphs, the first with the money icon (detail view, staff preview). */
export function payLines(payment: Payment, locale: Locale, level: ReadingLevel): TemplateResult {
  return html`${payDetails(payment, locale, level).map((line, index) => html`<p class="pay-line">${index === 0 ? icon('money') : nothing} ${line}</p>`)}`;
}
