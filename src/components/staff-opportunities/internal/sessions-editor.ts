import { html, type TemplateResult } from 'lit';
import type { FormController } from '../../../core/forms/index.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import type { BriefFields } from './brief-fields.js';
import type { BriefValues } from './brief-values.js';
import { blankSession, type SessionValues } from './sessions.js';

export interface SessionsEditorOptions {
  form: FormController<BriefValues>;
  t: Translate<MessageSet>;
  fields: BriefFields;
  /** Called after a session was added or removed, with the index that should take focus (or -1 for the add button). */
  onListChanged: (focusIndex: number, announcement?: string) => void;
}

/**
 * The dated sessions of a brief: one group per session (date, start, end, what happens,
 * venue, online link), each removable, and a button to add another.
 */
export function sessionsEditor({ form, t, fields, onListChanged }: SessionsEditorOptions): TemplateResult {
  const sessions = form.values.sessions;
  // Read the values when the event comes, not when the form was drawn: several inputs may arrive between renders.
  const change = (index: number, patch: Partial<SessionValues>) =>
    form.update({ sessions: form.values.sessions.map((session, i) => (i === index ? { ...session, ...patch } : session)) });
  const add = () => {
    form.update({ sessions: [...form.values.sessions, blankSession()] });
    onListChanged(form.values.sessions.length - 1);
  };
  const remove = (index: number) => {
    const before = form.values.sessions;
    form.update({ sessions: before.filter((_, i) => i !== index) });
    onListChanged(index < before.length - 1 ? index : -1, t('sessionRemoved', index + 1));
  };
  return html`<div class="sessions" role="group" aria-labelledby="sessions-label" aria-describedby="sessions-hint">
    <p class="label" id="sessions-label">${t('fSessions')}</p>
    <p class="hint" id="sessions-hint">${t('fSessionsHint')}</p>
    ${sessions.length === 0 ? html`<p class="subtle">${t('noSessions')}</p>` : ''}
    ${sessions.map((session, index) => {
      const path = (field: string) => `when.sessions.${index}.${field}`;
      return html`<fieldset class="session" data-session=${index}>
        <legend class="session-title" tabindex="-1">${t('sessionLegend', index + 1)}</legend>
        <div class="session-times">
          ${fields.date(path('date'), t('fSessionDate'), session.date, (date) => change(index, { date }))}
          ${fields.dateOrTime(path('start'), 'time', t('fSessionStart'), session.start, (start) => change(index, { start }))}
          ${fields.dateOrTime(path('end'), 'time', t('fSessionEnd'), session.end, (end) => change(index, { end }))}
        </div>
        ${fields.input(path('label'), t('fSessionLabel'), session.label, (label) => change(index, { label }), { hint: t('fSessionLabelHint'), maxlength: 200 })}
        ${fields.input(path('venue'), t('fSessionVenue'), session.venue, (venue) => change(index, { venue }), { maxlength: 200 })}
        ${fields.input(path('onlineLink'), t('fSessionLink'), session.onlineLink, (onlineLink) => change(index, { onlineLink }), { type: 'url', maxlength: 500 })}
        <button type="button" class="button secondary" @click=${() => remove(index)}>${t('removeSession', index + 1)}</button>
      </fieldset>`;
    })}
    <div class="button-group">
      <button type="button" class="button secondary" id="add-session" @click=${add}>${icon('calendar')} ${sessions.length ? t('addAnotherSession') : t('addSession')}</button>
    </div>
  </div>`;
}
