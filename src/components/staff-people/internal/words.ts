/** Wording for the pool: topics, days, times, ways, needs and the ranking's reasons, in the reader's language. */
import type { AccessArrangementShape as AccessArrangement, MatchReasonShape as MatchReason, PersonSummary, Taxonomy, TimeOfDay, Weekday } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { marked, markEnglish } from '../../../core/in-english.js';
import { accessLabels, label, termText, participationModes, weekdays } from '../../../core/vocabulary.js';

export type Say = (key: string, ...args: unknown[]) => string;

export interface Words {
  t: Say;
  locale: Locale;
  taxonomy: Taxonomy | undefined;
}

export const TIMES: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];
export const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const dayName = (w: Words, day: Weekday): string => label(weekdays, day, w.locale);
export const timeName = (w: Words, time: TimeOfDay): string => w.t(`time_${time}`);

/** "Tuesday, Thursday · Morning · In person, Online" */
export function availabilityText(w: Words, a: PersonSummary['availability']): string {
  const parts = [a.days.map((d) => dayName(w, d)).join(', '), a.times.map((x) => timeName(w, x)).join(', '), a.modes.map((m) => label(participationModes, m, w.locale)).join(', ')];
  return parts.filter(Boolean).join(' · ') || w.t('none');
}

/**
 * One reason the ranking gave, as a sentence a person can read; draw it with src/core/in-english.ts withEnglish. On a Welsh
 * page a skill (free text, never Welsh) and a topic with no Welsh name are marked English: lang="en-GB", and the Welsh "a"
 * before them keeps them as they are ("a Cooking", never "a Chooking"), as the person's own page says them (suits-reasons.ts).
 */
export function reasonText(w: Words, reason: MatchReason): string {
  const values = reason.values ?? [];
  switch (reason.code) {
    case 'topic':
      // Each by core/vocabulary.ts termText's rule, marked English inside the sentence where a Welsh reader gets the English.
      return w.t('reason_topic', values.map((v) => marked(termText(w.locale, w.taxonomy?.topics, v))));
    case 'days':
      return w.t('reason_days', values.map((v) => dayName(w, v as Weekday)));
    case 'times':
      return w.t('reason_times', values);
    case 'mode':
      return w.t('reason_mode', values.map((v) => label(participationModes, v as keyof (typeof participationModes)['en-GB'], w.locale)));
    case 'skill':
      return w.t('reason_skill', values.map((skill) => markEnglish(w.locale, skill, true)));
    case 'new-voice':
      return w.t('reason_new-voice', reason.months ?? 3);
    case 'asked-for-training':
      return w.t('reason_asked-for-training');
    default:
      return w.t(`reason_${reason.code}`, reason.count ?? 0, reason.months ?? 3);
  }
}

/** An access need as what the council must arrange. Never a reason to leave someone out. */
export function arrangementText(w: Words, a: AccessArrangement): string {
  const need = label(accessLabels, a.need, w.locale);
  return a.arranged ? w.t('arranged', need) : w.t('notArranged', need);
}
