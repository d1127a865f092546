import { dateError, type DateTranslate } from '../../../core/forms/date-field.js';
import type { FieldErrors } from '../../../core/forms/index.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { checkBody, opportunityRules, type FieldProblem } from '../../../api/rules.js';
import { answersToInput, FIELD_ORDER, isRealDate, poundsToPence, type BriefValues } from './brief-values.js';
import { fromUkLocal } from './sessions.js';
import { validateRates } from './brief-rates.js';

const TIME = /^\d{2}:\d{2}$/;

/** The paths of one session's fields, in the order the form asks them. */
export const sessionPaths = (index: number): string[] =>
  ['date', 'start', 'end', 'label', 'venue', 'onlineLink'].map((field) => `when.sessions.${index}.${field}`);

/** The form's field paths in order, with each session's fields where the sessions are asked. */
export function fieldOrderFor(values: BriefValues): string[] {
  const at = FIELD_ORDER.indexOf('when.sessions');
  return [...FIELD_ORDER.slice(0, at + 1), ...values.sessions.flatMap((_, i) => sessionPaths(i)), ...FIELD_ORDER.slice(at + 1)];
}

/**
 * The brief's checks before sending. Every limit, pattern and required field is the rules
 * module's (`opportunityRules`, checked against the contract), run on the body the form would
 * send; the form adds only what a body cannot show (a date or time as typed, pounds, a venue for
 * an in-person brief). The server checks again and its field errors are worded the same way.
 */
export function validateBrief(v: BriefValues, t: Translate<MessageSet>, word: (problem: FieldProblem) => string): FieldErrors {
  const e: FieldErrors = {};
  v.sessions.forEach((session, index) => Object.assign(e, validateSession(session, index, t)));
  if (v.modes.includes('in_person') && !v.venueName.trim()) e['where.venue.name'] = t('eVenue');
  const closing = dateError(t as unknown as DateTranslate, t('fClosing'), v.closingDate.trim());
  if (closing) e['closingDate'] = closing;
  else if (v.closingDate.trim() && !isRealDate(v.closingDate.trim())) e['closingDate'] = t('eClosing');
  const places = v.places.trim();
  if (places && !/^\d+$/.test(places)) e['places'] = t('ePlaces');
  if (!v.paymentType) e['payment.type'] = t('ePayType');
  if ((v.paymentType === 'paid' || v.paymentType === 'voucher') && poundsToPence(v.amount) === undefined) e['payment.amountPence'] = t('eAmount');
  Object.assign(e, validateRates(v.rates, v.paymentType === 'paid' || v.paymentType === 'voucher', t));
  for (const problem of checkBody(opportunityRules, answersToInput(v, 'draft'))) {
    // A session's start and end are worded by the form from the date and times as typed.
    if (/^when\.sessions\.\d+\.(start|end)$/.test(problem.field)) continue;
    // Each skill is a line of one box: a problem with a line is the box's.
    if (problem.field.startsWith('skills.')) e['skills'] ??= t('eTooLong', t('fSkills'), problem.limit ?? 0);
    else e[problem.field] ??= word(problem);
  }
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
