import type { TimeOfDay } from '../../api/types.js';
import type { Locale } from '../../core/config.js';

const PHRASES: Record<Locale, Record<TimeOfDay, string>> = {
  'en-GB': { morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
  cy: { morning: 'yn y bore', afternoon: 'yn y prynhawn', evening: 'gyda’r nos' },
};

/**
 * Times of day inside a sentence, from their codes: "morning, evening" for "free in the …"; in
 * Welsh "yn y bore", "yn y prynhawn" but "gyda’r nos" (evening as a time of day takes "gyda’r",
 * never "yn y"). The one copy of that rule, for the person's reasons and staff's; it reads codes,
 * so a label's wording or apostrophe cannot break it.
 */
export const timesOfDay = (locale: Locale, codes: readonly string[]): string[] => codes.map((code) => PHRASES[locale][code as TimeOfDay] ?? code);
