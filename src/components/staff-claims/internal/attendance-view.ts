import { html, nothing, type TemplateResult } from 'lit';
import type { Attendance, AttendanceInput, Interest, Opportunity } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { errorSummary, fieldId, selectField, textField, type FieldErrors, type FormController } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import { formatDate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';

type Say = (key: string, ...args: unknown[]) => string;

export interface AttendanceValues {
  sessionStart: string;
  who: string;
  name: string;
  email: string;
  hours: string;
  prepHours: string;
  role: string;
}

export const blankAttendance = (): AttendanceValues => ({ sessionStart: '', who: '', name: '', email: '', hours: '', prepHours: '', role: '' });

export const ATTENDANCE_ORDER = ['sessionStart', 'interestId', 'person.name', 'person.contact.detail', 'activityMinutes', 'prepMinutes', 'role'];

/** Hours as typed to whole minutes ("1.5" is 90); undefined when it is not a number of hours up to 24. */
export const minutes = (hours: string): number | undefined => {
  const text = hours.trim();
  if (!/^\d{1,2}(?:\.\d{1,2})?$/.test(text)) return undefined;
  const value = Math.round(Number(text) * 60);
  return value <= 1440 ? value : undefined;
};

export function validateAttendance(v: AttendanceValues, t: Say): FieldErrors {
  const e: FieldErrors = {};
  if (!v.sessionStart) e['sessionStart'] = t('eSession');
  if (!v.who) e['interestId'] = t('eWho');
  if (v.who === 'other' && !v.name.trim()) e['person.name'] = t('eName');
  if (v.who === 'other' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) e['person.contact.detail'] = t('eEmail');
  if (minutes(v.hours) === undefined) e['activityMinutes'] = t('eHours');
  if (v.prepHours.trim() && minutes(v.prepHours) === undefined) e['prepMinutes'] = t('eHours');
  // 0 hours taking part: they prepared, but the session did not go ahead for them (pay-logic.ts noTimeProblem).
  else if (minutes(v.hours) === 0 && !minutes(v.prepHours)) e['activityMinutes'] = t('eNoTime');
  return e;
}

export function toAttendanceInput(v: AttendanceValues): AttendanceInput {
  return {
    sessionStart: v.sessionStart,
    ...(v.who === 'other' ? { person: { name: v.name.trim(), contact: { method: 'email', detail: v.email.trim() } } } : { interestId: v.who }),
    activityMinutes: minutes(v.hours)!,
    ...(v.prepHours.trim() ? { prepMinutes: minutes(v.prepHours)! } : {}),
    ...(v.role.trim() ? { role: v.role.trim() } : {}),
  };
}

export interface AttendanceViewOptions {
  t: Say;
  locale: Locale;
  level: number;
  opportunity: Opportunity;
  interests: readonly Interest[];
  records: readonly Attendance[];
  form: FormController<AttendanceValues>;
  done: string | undefined;
  onSubmit: (event: Event) => void;
  /** What is typed in the answer to each record's open query, and how sending it went. */
  answer: (record: Attendance) => AnswerRow;
  onAnswerInput: (record: Attendance, patch: Partial<AnswerRow>) => void;
  onAnswer: (event: Event, record: Attendance) => void;
}

export interface AnswerRow {
  text: string;
  error?: string;
  /** The hours as corrected in the same control (undefined: as recorded). */
  hours?: string;
  prepHours?: string;
  hoursError?: string;
  prepError?: string;
  sending?: boolean;
  done?: string;
}

export const answerId = (record: Attendance) => `answer-${record.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
export const hoursText = (mins: number): string => String(Math.round((mins / 60) * 100) / 100);
/** The hours can still change: not in a claim that is approved or paid. */
export const hoursOpen = (r: Attendance): boolean => r.claimStatus !== 'approved' && r.claimStatus !== 'paid';

/** The person's question about a record ("the hours are wrong"), and the control that answers it (they are told). */
function queryView(o: AttendanceViewOptions, r: Attendance): TemplateResult | typeof nothing {
  const { t } = o;
  const row = o.answer(r);
  const done = row.done ? html`<p class="saved" id="${answerId(r)}-sent" tabindex="-1">${icon('check')} ${row.done}</p>` : nothing;
  if (!r.query) return done;
  if (r.query.answer) {
    return html`<dl class="conversation" data-query="answered">
        <dt>${t('theyAskedOn', formatDate(o.locale, r.query.askedAt))}</dt>
        <dd class="pre-line">${r.query.text}</dd>
        <dt>${t('youAnsweredOn', formatDate(o.locale, r.query.answeredAt ?? r.query.askedAt))}</dt>
        <dd class="pre-line">${r.query.answer}</dd>
      </dl>
      ${done}`;
  }
  const id = answerId(r);
  return html`<br /><span class="overdue">${icon('chat')} ${t('theirQuery', r.query.text)}</span>
    <form class="query-answer" novalidate data-query="waiting" @submit=${(event: Event) => o.onAnswer(event, r)}>
      ${textField({ id, label: t('fQueryAnswer', r.name), hint: t('fQueryAnswerHint'), error: row.error, errorPrefix: t('errorPrefix'), value: row.text, multiline: true, rows: 3, maxlength: 2000, onInput: (text) => o.onAnswerInput(r, { text }) })}
      ${hoursOpen(r)
        ? html`<fieldset class="correct-hours">
            <legend class="label">${t('correctHoursLegend')}</legend>
            <p class="hint">${t('correctHoursHint')}</p>
            ${textField({ id: `${id}-hours`, label: t('fHours'), error: row.hoursError, errorPrefix: t('errorPrefix'), value: row.hours ?? hoursText(r.activityMinutes), narrow: true, onInput: (hours) => o.onAnswerInput(r, { hours }) })}
            ${textField({ id: `${id}-prep`, label: t('fPrepHours'), error: row.prepError, errorPrefix: t('errorPrefix'), value: row.prepHours ?? hoursText(r.prepMinutes), narrow: true, onInput: (prepHours) => o.onAnswerInput(r, { prepHours }) })}
          </fieldset>`
        : html`<p class="hint">${t('hoursClosed')}</p>`}
      <button class="button" type="submit" aria-disabled=${row.sending ? 'true' : nothing}>${t('sendQueryAnswer')}</button>
    </form>`;
}

/** Who took part in each session, and the form that records one more (an accepted interest, or someone added by hand). */
export function attendanceView(o: AttendanceViewOptions): TemplateResult {
  const { t, locale, form } = o;
  const v = form.values;
  const prefix = t('errorPrefix');
  const accepted = o.interests.filter((i) => i.status === 'joined');
  const sessions = o.opportunity.when.sessions ?? [];
  const text = (path: string, label: string, key: keyof AttendanceValues, options: { narrow?: boolean; type?: 'email' } = {}) =>
    textField({ id: fieldId(path), label, error: form.error(path), errorPrefix: prefix, value: v[key], onInput: (value) => form.update({ [key]: value } as Partial<AttendanceValues>), ...options });
  return html`${o.records.length
      ? html`<ul class="attendance-list" part="attendance">
          ${o.records.map(
            (r) => html`<li>
              ${t('attended', r.name, formatDate(locale, r.sessionStart, 'dateTime'), r.activityMinutes, r.prepMinutes, r.feePence)}
              ${queryView(o, r)}
            </li>`,
          )}
        </ul>`
      : html`<p>${t('noneRecorded')}</p>`}
    <form class="record" novalidate part="record-form" @submit=${o.onSubmit}>
      ${heading(o.level, t('recordTitle'))}
      ${errorSummary(t('errorSummaryTitle'), form, o.level + 1)}
      ${form.failureText ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${icon('alert')} ${form.failureText}</p>` : nothing}
      ${o.done ? html`<p class="saved" role="status">${icon('check')} ${o.done}</p>` : nothing}
      ${selectField({
        id: fieldId('sessionStart'),
        label: t('fSession'),
        error: form.error('sessionStart'),
        errorPrefix: prefix,
        value: v.sessionStart,
        options: [{ value: '', label: t('chooseSession') }, ...sessions.map((s) => ({ value: new Date(s.start).toISOString(), label: `${formatDate(locale, s.start, 'dateTime')}${s.label ? `: ${s.label}` : ''}` }))],
        onChange: (sessionStart) => form.update({ sessionStart }),
      })}
      ${selectField({
        id: fieldId('interestId'),
        label: t('fWho'),
        error: form.error('interestId'),
        errorPrefix: prefix,
        value: v.who,
        options: [{ value: '', label: t('choosePerson') }, ...accepted.map((i) => ({ value: i.id, label: i.name })), { value: 'other', label: t('someoneElse') }],
        onChange: (who) => form.update({ who }),
      })}
      ${v.who === 'other' ? html`${text('person.name', t('fName'), 'name')} ${text('person.contact.detail', t('fEmail'), 'email', { type: 'email' })}` : nothing}
      ${text('activityMinutes', t('fHours'), 'hours', { narrow: true })} ${text('prepMinutes', t('fPrepHours'), 'prepHours', { narrow: true })}
      ${text('role', t('fRole'), 'role')}
      <button class="button" type="submit" aria-disabled=${form.submitting ? 'true' : nothing}>${t('record')}</button>
    </form>`;
}
