import type { Locale } from '../../../core/config.js';
import type { Translate } from '../../../core/i18n.js';
import { addressWith } from '../../../core/controllers/address-controller.js';
import type { CoreStrings } from '../../../core/messages.js';
import { feedbackMessages } from '../coprod-feedback-loop.messages.js';

/**
 * The feedback loop's own strings; the base class adds the core ones. The form's own words and
 * the draft notice's load with the form (internal/form-part.ts).
 */
export const feedbackCatalog = feedbackMessages;
export type FeedbackTranslate = Translate<CoreStrings & (typeof feedbackCatalog)['en-GB']>;

/** What the internal render functions need from the element. */
export interface ViewContext {
  t: FeedbackTranslate;
  locale: Locale;
  easyRead: boolean;
  /** The level of the widget's top headings (2 unless `heading-level` says otherwise). */
  level: number;
}

/** The current page's address with `?feedback=<id>`: a link that opens that item here. */
export const followHref = (id: string): string => addressWith('feedback', id);

/** The first words of what was said, cut at a word boundary. */
export function shortText(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?]+$/, '')}…`;
}
