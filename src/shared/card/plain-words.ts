/**
 * An opportunity's key facts in plain words (payment, when, where, time; the closing date: closing-words.ts),
 * in English or Welsh, standard or easy read. Shared by the list's cards, the detail view
 * and the staff widgets' preview, so a fact reads the same wherever it appears.
 */
import type { Opportunity } from '../../api/types.js';
import type { Locale } from '../../core/config.js';
import { formatList, intlLocale } from '../../core/i18n.js';
import { label, participationModes, termName } from '../../core/vocabulary.js';
import { nothing } from 'lit';

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

export function localised(opportunity: Opportunity, locale: Locale): LocalisedBrief {
  const cy = locale === 'cy' ? (opportunity.translations?.cy ?? {}) : {};
  return {
    title: cy.title || opportunity.title,
    summary: cy.summary || opportunity.summary,
    description: cy.description || opportunity.description,
    experienceNeeded: cy.experienceNeeded || opportunity.experienceNeeded,
    timeCommitment: cy.timeCommitment || opportunity.timeCommitment.summary,
    when: cy.when || opportunity.when.summary,
    howToGetInvolved: cy.howToGetInvolved || opportunity.howToGetInvolved,
    easyReadSummary: cy.easyReadSummary || opportunity.easyReadSummary || undefined,
    prepTime: cy.prepTime || opportunity.timeCommitment.prepTime || undefined,
    paymentNotes: cy.paymentNotes || opportunity.payment.notes || undefined,
    supportOffered: cy.supportOffered || opportunity.supportOffered || undefined,
  };
}

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

/** The one-line pay summary for cards, generated from the brief's rates (see `src/shared/pay/`). */
export { payHeadline as paymentInWords } from '../pay/pay-line.js';

/** Online, in person, by phone; with the area or venue when in person. */
export function whereInWords(opportunity: Opportunity, locale: Locale): string {
  const modes = opportunity.where.modes.map((mode, index) => {
    const name = label(participationModes, mode, locale);
    return index === 0 ? name : name.toLocaleLowerCase(intlLocale(locale));
  });
  const ways = formatList(locale, modes, 'disjunction');
  const place = opportunity.where.modes.includes('in_person') ? (termName(opportunity.area, locale) || opportunity.where.venue?.name) : undefined;
  return place ? `${ways}, ${place}` : ways;
}

export function whenInWords(opportunity: Opportunity, locale: Locale): string {
  return localised(opportunity, locale).when;
}

export function timeInWords(opportunity: Opportunity, locale: Locale): string {
  return localised(opportunity, locale).timeCommitment;
}
