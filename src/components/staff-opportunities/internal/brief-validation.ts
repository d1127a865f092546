import { dateError, type DateTranslate } from '../../../core/forms/date-field.js';
import type { FieldErrors } from '../../../core/forms/index.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { FIELD_ORDER, isRealDate, poundsToPence, type BriefValues } from './brief-values.js';
import { fromUkLocal } from './sessions.js';
import { validateRates } from './brief-rates.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TIME = /^\d{2}:\d{2}$/;

/** The paths of one session's fields, in the order the form asks them. */
export const sessionPaths = (index: number): string[] =>
  ['date', 'start', 'end', 'label', 'venue', 'onlineLink'].map((field) => `when.sessions.${index}.${field}`);

/** The form's field paths in order, with each session's fields where the sessions are asked. */
export function fieldOrderFor(values: BriefValues): string[] {
  const at = FIELD_ORDER.indexOf('when.sessions');
  return [...FIELD_ORDER.slice(0, at + 1), ...values.sessions.flatMap((_, i) => sessionPaths(i)), ...FIELD_ORDER.slice(at + 1)];
}

/** The brief's checks before sending; the server checks again and its field errors show the same way. */
export function validateBrief(v: BriefValues, t: Translate<MessageSet>): FieldErrors {
  const e: FieldErrors = {};
  const need = (path: string, value: string, message: string) => {
    if (!value.trim()) e[path] = message;
  };
  need('title', v.title, t('eTitle'));
  if (!e['title'] && v.title.trim().length < 3) e['title'] = t('eTitleShort');
  need('summary', v.summary, t('eSummary'));
  if (!e['summary'] && v.summary.trim().length < 10) e['summary'] = t('eSummaryShort');
  if (!e['summary'] && v.summary.trim().length > 300) e['summary'] = t('eSummaryLong');
  need('description', v.description, t('eDescription'));
  if (!e['description'] && v.description.trim().length < 10) e['description'] = t('eDescriptionShort');
  need('experienceNeeded', v.experienceNeeded, t('eExperience'));
  if (v.skills.split('\n').some((s) => s.trim().length > 80)) e['skills'] = t('eTooLong', t('fSkills'), 80);
  need('timeCommitment.summary', v.timeSummary, t('eTime'));
  need('when.summary', v.whenSummary, t('eWhen'));
  v.sessions.forEach((session, index) => Object.assign(e, validateSession(session, index, t)));
  if (v.modes.length === 0) e['where.modes'] = t('eModes');
  if (v.modes.includes('in_person') && !v.venueName.trim()) e['where.venue.name'] = t('eVenue');
  need('howToGetInvolved', v.howToGetInvolved, t('eHow'));
  const closing = dateError(t as unknown as DateTranslate, t('fClosing'), v.closingDate.trim());
  if (closing) e['closingDate'] = closing;
  else if (v.closingDate.trim() && !isRealDate(v.closingDate.trim())) e['closingDate'] = t('eClosing');
  const places = v.places.trim();
  if (places && (!/^\d+$/.test(places) || Number(places) < 1 || Number(places) > 10000)) e['places'] = t('ePlaces');
  if (v.contactEmail.trim() && !EMAIL.test(v.contactEmail.trim())) e['contact.email'] = t('eEmail');
  if (!v.paymentType) e['payment.type'] = t('ePayType');
  if ((v.paymentType === 'paid' || v.paymentType === 'voucher') && poundsToPence(v.amount) === undefined) e['payment.amountPence'] = t('eAmount');
  Object.assign(e, validateRates(v.rates, v.paymentType === 'paid' || v.paymentType === 'voucher', t));
  if (v.topics.length === 0) e['topics'] = t('eTopics');
  else if (v.topics.length > 10) e['topics'] = t('eTopicsMax');
  if (!v.organisationId) e['organisationId'] = t('eOrganisation');
  return e;
}

function validateSession(session: BriefValues['sessions'][number], index: number, t: Translate<MessageSet>): FieldErrors {
  const e: FieldErrors = {};
  const n = index + 1;
  const [date, start, end, , , link] = sessionPaths(index) as [string, string, string, string, string, string];
  const day = session.date.trim();
  if (!day) e[date] = t('eSessionDate', n);
  else if (!isRealDate(day)) e[date] = dateError(t as unknown as DateTranslate, t('sessionDateName', n), day) ?? t('eSessionDate', n);
  const startTime = session.start.trim();
  if (!TIME.test(startTime) || (!e[date] && !fromUkLocal(day, startTime))) e[start] = t('eSessionStart', n);
  const endTime = session.end.trim();
  if (endTime && (!TIME.test(endTime) || (!e[start] && endTime <= startTime))) e[end] = t('eSessionEnd', n);
  const onlineLink = session.onlineLink.trim();
  if (onlineLink && !/^https?:\/\/\S+$/i.test(onlineLink)) e[link] = t('eSessionLink', n);
  return e;
}
