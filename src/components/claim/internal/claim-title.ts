import { nothing } from 'lit';
import type { LocalisedText } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';

/**
 * An opportunity's title as the person's pay, claims and reports carry it (`{ en, cy? }`), in the reader's language, with
 * `lang="en-GB"` where a Welsh reader's council wrote no Welsh title (WCAG 3.1.2: a screen reader then says it in English),
 * as src/shared/card/plain-words.ts langOf does for a whole brief. The one rule for claim's titles: the new claim's heading,
 * its activity choice, "Your times", "Not on the list" (its activities and reports) and past claims.
 */
export function titleIn(locale: Locale, title: LocalisedText): { text: string; lang: string | typeof nothing } {
  const welsh = locale === 'cy' ? title.cy : undefined;
  return { text: welsh || title.en, lang: locale === 'cy' && !welsh ? 'en-GB' : nothing };
}
