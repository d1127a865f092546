import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import { attendanceQueryRules } from '../../../api/rules.js';
import type { Attendance } from '../../../api/types.js';
import type { CoprodErrorAction } from '../../../events/events.js';
import { errorSummary, fieldId, textField } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import { formatDate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { sessionDate } from '../../../shared/pay/session.messages.js';
import { lines } from '../../../shared/staff/staff-access.js';
import type { ViewContext } from './claim-views.js';
import type { MissingHost } from './missing-sessions.js';
import { TextAnswerForms } from './text-answer.js';
import { textIn } from '../../../core/text-in.js';

export interface QueryDeps {
  api: () => CoprodApi | undefined;
  me: () => MeCallOptions;
  t: (key: string, ...args: unknown[]) => string;
  reportError: (action: CoprodErrorAction, error: unknown) => void;
  /** The record as the server now has it, to put in place of the old one. */
  saved: (record: Attendance) => void;
}

const safeId = (id: string) => `query-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * "Your times": every session staff recorded for the person, and a plain way to say it is
 * wrong ("I was there longer", "the hours are wrong") in their own words. Staff answer in
 * `<coprod-staff-claims>`; the answer shows here under the question.
 * "Something wrong? Tell us" is one form per session, a text answer (text-answer.ts, as the answer to a
 * claim's question): its field is `query.<session>.text`, checked by the contract's rules and worded in
 * the reader's language and reading level at the box and in the form's own error summary, which takes
 * focus; a failure naming no field is a focused alert in the reader's words (a 409: they already asked
 * about it); what was typed stays, through a failure and a cancel; a retry of the same words sends the
 * same idempotency key, so it cannot be asked twice. Once sent, its form is forgotten (off the host too).
 */
export class AttendanceQueries implements ReactiveController {
  /** The sessions whose box is open, and those asked about on this visit. */
  private readonly opened = new Set<string>();
  private readonly sent = new Set<string>();
  private readonly forms: TextAnswerForms;

  constructor(
    private readonly host: MissingHost,
    private readonly deps: QueryDeps,
  ) {
    // A 409: a question about this session already waits for staff.
    this.forms = new TextAnswerForms(host, 'query', () => ({ t: deps.t, rules: attendanceQueryRules, empty: 'eQuery', conflict: 'queryWaiting' }));
    host.addController(this);
  }

  hostConnected(): void {}

  /** The session's question field: its own path, so each session's box and summary have ids of their own. */
  private path(record: Attendance): string {
    return this.forms.path(record.id);
  }

  private form(record: Attendance) {
    return this.forms.form(record.id, safeId(record.id));
  }

  private async focus(id: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.getElementById(id)?.focus();
  }

  private async open(record: Attendance): Promise<void> {
    this.opened.add(record.id);
    this.sent.delete(record.id);
    this.host.requestUpdate();
    await this.focus(fieldId(this.path(record)));
  }

  /** Closed without sending: what was typed stays for the next opening, its errors go; focus goes back to the button that opened it. */
  private async cancel(record: Attendance): Promise<void> {
    const form = this.form(record);
    form.reset(form.values);
    this.opened.delete(record.id);
    this.host.requestUpdate();
    await this.focus(`${safeId(record.id)}-open`);
  }

  private async send(event: Event, record: Attendance): Promise<void> {
    event.preventDefault();
    const api = this.deps.api();
    if (!api?.queryMyAttendance) return;
    const form = this.form(record);
    const saved = await form.submit((values, idempotencyKey) =>
      api.queryMyAttendance!(record.id, values.text.trim(), { ...this.deps.me(), idempotencyKey }).catch((error: unknown) => {
        this.deps.reportError('send', error);
        throw error;
      }),
    );
    if (!saved) return;
    this.forms.forget(record.id);
    this.opened.delete(record.id);
    this.sent.add(record.id);
    this.deps.saved(saved);
    this.host.requestUpdate();
    // The form under focus is gone: focus goes to the line that says it was sent, which a
    // screen reader reads (so no second announcement).
    await this.focus(`${safeId(record.id)}-sent`);
  }

  /** The list, or nothing when staff have recorded nothing for the person yet. */
  view(c: ViewContext, records: readonly Attendance[]): TemplateResult | typeof nothing {
    if (!records.length) return nothing;
    return html`<section aria-labelledby="times-title" part="times">
      ${heading(c.level + 1, c.t('timesTitle'), { id: 'times-title' })}
      <p class="pre-line">${c.t('timesHint')}</p>
      <ul class="items">
        ${records.map((r) => this.item(c, r))}
      </ul>
    </section>`;
  }

  private item(c: ViewContext, r: Attendance): TemplateResult {
    const title = textIn(c.locale, r.opportunityTitle);
    const id = safeId(r.id);
    const q = r.query;
    return html`<li class="item" part="time" data-attendance=${r.id} data-query=${q ? (q.answer ? 'answered' : 'waiting') : 'none'}>
      <p id="${id}-what"><strong lang=${title.lang}>${title.text}</strong><br />${c.t('session', sessionDate(c.locale, r.sessionStart), c.t('sessionTime', r.activityMinutes, r.prepMinutes), r.feePence)}</p>
      ${q
        ? html`<dl class="conversation">
            <dt>${c.t('youAsked', formatDate(c.locale, q.askedAt))}</dt>
            <dd class="pre-line">${q.text}</dd>
            ${q.answer
              ? html`<dt>${c.t('staffAnswered', formatDate(c.locale, q.answeredAt ?? q.askedAt))}</dt>
                  <dd class="pre-line" data-answer>${q.answer}</dd>`
              : html`<dt>${icon('clock')} ${c.t('queryWaitingTitle')}</dt>
                  <dd class="pre-line">${c.t('queryWaitingBody')}</dd>`}
          </dl>`
        : nothing}
      ${this.sent.has(r.id) ? html`<p class="saved pre-line" id="${id}-sent" tabindex="-1">${icon('check')} ${c.t('querySent')}</p>` : nothing}
      ${this.opened.has(r.id)
        ? this.box(c, r)
        : !q || q.answer
          ? html`<button class="button secondary" type="button" id="${id}-open" aria-describedby="${id}-what" data-query-open @click=${() => void this.open(r)}>${icon('chat')} ${c.t('openQuery')}</button>`
          : nothing}
    </li>`;
  }

  /** The open box: its own error summary, a failure naming no field as a focused alert, the words typed. */
  private box(c: ViewContext, r: Attendance): TemplateResult {
    const form = this.form(r);
    const path = this.path(r);
    return html`<form class="query" novalidate @submit=${(event: Event) => void this.send(event, r)}>
      ${errorSummary(c.t('errorSummaryTitle'), form, c.level + 2)}
      ${form.failureText ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${icon('alert')} ${form.failureText}</p>` : nothing}
      ${textField({
        id: fieldId(path),
        label: c.t('fQuery'),
        hint: lines(c.t('fQueryHint')),
        error: form.error(path),
        errorPrefix: c.t('errorPrefix'),
        value: form.values.text,
        multiline: true,
        rows: 3,
        maxlength: 2000,
        onInput: (text) => form.update({ text }),
      })}
      <div class="button-group">
        <button class="button" type="submit" aria-disabled=${form.submitting ? 'true' : nothing}>${form.submitting ? c.t('sendingQuery') : c.t('sendQuery')}</button>
        <button class="button secondary" type="button" @click=${() => void this.cancel(r)}>${c.t('cancelQuery')}</button>
      </div>
    </form>`;
  }
}
