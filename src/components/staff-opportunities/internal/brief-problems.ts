import type { FieldProblem } from '../../../api/rules.js';
import type { Translate } from '../../../core/i18n.js';
import type { CoreStrings } from '../../../core/messages.js';
import type { staffOpportunitiesMessages } from '../coprod-staff-opportunities.messages.js';
import type { briefRatesMessages } from './brief-rates.messages.js';

type BriefTranslate = Translate<(typeof staffOpportunitiesMessages)['en-GB'] & (typeof briefRatesMessages)['en-GB'] & CoreStrings>;

/** The brief's own sentence for each field and code; anything else gets the shared words for the code. */
const sentences: Record<string, Parameters<BriefTranslate>[0] & `e${string}`> = {
  'title:required': 'eTitle',
  'title:too-short': 'eTitleShort',
  'summary:required': 'eSummary',
  'summary:too-short': 'eSummaryShort',
  'summary:too-long': 'eSummaryLong',
  'description:required': 'eDescription',
  'description:too-short': 'eDescriptionShort',
  'experienceNeeded:required': 'eExperience',
  'timeCommitment.summary:required': 'eTime',
  'when.summary:required': 'eWhen',
  'where.modes:required': 'eModes',
  'where.modes:too-few': 'eModes',
  'where.venue.name:required': 'eVenue',
  'howToGetInvolved:required': 'eHow',
  'closingDate:invalid-date': 'eClosing',
  'places:too-small': 'ePlaces',
  'places:too-big': 'ePlaces',
  'places:wrong-type': 'ePlaces',
  'contact.email:invalid-email': 'eEmail',
  'payment.type:required': 'ePayType',
  'payment.type:not-in-list': 'ePayType',
  'payment.amountPence:too-small': 'eAmount',
  'payment.amountPence:too-big': 'eAmount',
  'payment.amountPence:wrong-type': 'eAmount',
  'payment.expenses.mileagePence:too-small': 'eMileage',
  'payment.expenses.mileagePence:too-big': 'eMileage',
  'payment.expenses.mileagePence:wrong-type': 'eMileage',
  'payment.expenses.dataPence:too-big': 'eDataSum',
  'payment.prep.expectedMinutes:too-big': 'ePrepHours',
  'payment.prep.paid:required': 'ePrepPaid',
  'payment.payWithinWorkingDays:too-small': 'ePayWithin',
  'payment.payWithinWorkingDays:too-big': 'ePayWithin',
  'payment.costCode:too-long': 'eCostCode',
  'topics:required': 'eTopics',
  'topics:too-few': 'eTopics',
  'topics:too-many': 'eTopicsMax',
  'skills:too-many': 'eSkillsMax',
  'organisationId:required': 'eOrganisation',
  'organisationId:not-in-list': 'eOrganisation',
};

/** Words a field problem of the brief, whether the browser found it or the server sent its code. */
export function wordBriefProblem({ field, code, limit }: FieldProblem, t: BriefTranslate): string {
  const key = sentences[`${field}:${code}`];
  // A sentence that names the limit (eSkillsMax) takes it from the rule, like the shared words.
  return key ? (t as (k: string, limit?: number) => string)(key, limit) : t('fieldProblem', code, limit);
}
