/**
 * An opportunity's key facts in plain words (payment, when, where, time; the closing date: closing-words.ts),
 * in English or Welsh, standard or easy read. Shared by the list's cards, the detail view
 * and the staff widgets' preview, so a fact reads the same wherever it appears.
 */
import type { Opportunity } from '../../api/types.js';
import type { Locale } from '../../core/config.js';
import { formatList, intlLocale } from '../../core/i18n.js';
import { label, participationModes } from '../../core/vocabulary.js';
import { nothing } from 'lit';
import { textIn } from '../../core/text-in.js';

export { expenseNames } from '../pay/pay-line.js';

/**
 * The Welsh fields of an opportunity where the council wrote them, else the English ones: src/core/text-in.ts textIn's rule
 * (an empty Welsh field counts as none), for a whole brief.
 */
export interface LocalisedBrief {
  title: string;
  summary: string;
  description: string;
  experienceNeeded: string;
  timeCommitment: string;
  when: string;
  howToGetInvolved: string;
  easyReadSummary: string | undefined;
  prepTime: string | undefined;
  paymentNotes: string | undefined;
  supportOffered: string | undefined;
}

/** The brief's English for each field a Welsh reader may get instead (src/core/text-in.ts textIn's `en`). */
const english = (o: Opportunity): LocalisedBrief => ({
  title: o.title,
  summary: o.summary,
  description: o.description,
  experienceNeeded: o.experienceNeeded,
  timeCommitment: o.timeCommitment.summary,
  when: o.when.summary,
  howToGetInvolved: o.howToGetInvolved,
  easyReadSummary: o.easyReadSummary,
  prepTime: o.timeCommitment.prepTime,
  paymentNotes: o.payment.notes,
  supportOffered: o.supportOffered,
});

/** One field of the brief in the reader's language: textIn's rule, the one place it is written. */
const briefText = (opportunity: Opportunity, locale: Locale, field: keyof LocalisedBrief, en?: string) =>
  textIn(locale, { en: en ?? '', cy: (opportunity.translations?.cy as Partial<Record<keyof LocalisedBrief, string | null>> | undefined)?.[field] });

export function localised(opportunity: Opportunity, locale: Locale): LocalisedBrief {
  const brief = english(opportunity);
  // Each field by textIn's rule; an optional field neither language gave is '' (every reader of one tests it for truth).
  for (const field of Object.keys(brief) as (keyof LocalisedBrief)[]) brief[field] = briefText(opportunity, locale, field, brief[field]).text;
  return brief;
}

/** Whether `field` of the brief is shown in English to a reader of `locale` (Welsh with no Welsh text). */
export function inEnglishOnly(opportunity: Opportunity, locale: Locale, field: keyof LocalisedBrief): boolean {
  return langOf(opportunity, locale, field) !== nothing;
}

/** The `lang` a brief text needs inside a Welsh widget: `en-GB` where it fell back to English. */
export function langOf(opportunity: Opportunity, locale: Locale, field: keyof LocalisedBrief): 'en-GB' | typeof nothing {
  return briefText(opportunity, locale, field).lang;
}

/** The one-line pay summary for cards, generated from the brief's rates (see `src/shared/pay/`). */
export { payHeadline as paymentInWords } from '../pay/pay-line.js';

/**
 * Online, in person, by phone, in the reader's words; in person, the area or venue too. The area by textIn's rule; a
 * venue's name as the council typed it, with no `lang`: it is one free-text field with no Welsh beside it, so it may be
 * Welsh ("Neuadd y Dref") or English, and we cannot say it is English. `[ways, place]`, so the caller marks the place
 * lang="en-GB" where `place.lang` says (the card: a span; a sentence of ours: markEnglish's marks, suits-part.ts).
 */
export function whereInWords(opportunity: Opportunity, locale: Locale): [ways: string, place?: ReturnType<typeof textIn>] {
  const modes = opportunity.where.modes.map((mode, index) => {
    const name = label(participationModes, mode, locale);
    return index === 0 ? name : name.toLocaleLowerCase(intlLocale(locale));
  });
  const ways = formatList(locale, modes, 'disjunction');
  // No place ('') when in person names neither.
  // A venue read as an English reader gets it: its text, and no `lang`.
  return opportunity.where.modes.includes('in_person') ? [ways, textIn(opportunity.area ? locale : 'en-GB', opportunity.area?.name ?? { en: opportunity.where.venue?.name ?? '' })] : [ways];
}

export function whenInWords(opportunity: Opportunity, locale: Locale): string {
  return localised(opportunity, locale).when;
}

export function timeInWords(opportunity: Opportunity, locale: Locale): string {
  return localised(opportunity, locale).timeCommitment;
}
