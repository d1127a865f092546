import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import { ApiError } from '../../../api/errors.js';
import { newIdempotencyKey } from '../../../api/idempotency.js';
import type { Attendance } from '../../../api/types.js';
import type { CoprodErrorAction } from '../../../events/events.js';
import { textField } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import { formatDate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { lines } from '../../../shared/staff/staff-access.js';
import type { ViewContext } from './claim-views.js';

interface QueryRow {
  open: boolean;
  text: string;
  error?: string;
  sending?: boolean;
  sent?: boolean;
  /** The same key for a retry of the same words, so a retry after a lost answer asks once. */
  key?: { text: string; value: string };
}

export interface QueryHost extends ReactiveControllerHost {
  readonly shadowRoot: ShadowRoot | null;
}

export interface QueryDeps {
  api: () => CoprodApi | undefined;
  me: () => MeCallOptions;
  reportError: (action: CoprodErrorAction, error: unknown) => void;
  /** The record as the server now has it, to put in place of the old one. */
  saved: (record: Attendance) => void;
}

const safeId = (id: string) => `query-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * "Your times": every session staff recorded for the person, and a plain way to say it is
 * wrong ("I was there longer", "the hours are wrong") in their own words. Staff answer in
 * `<coprod-staff-claims>`; the answer shows here under the question.
 */
export class AttendanceQueries implements ReactiveController {
  private rows = new Map<string, QueryRow>();

  constructor(
    private readonly host: QueryHost,
    private readonly deps: QueryDeps,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private row(id: string): QueryRow {
    return this.rows.get(id) ?? { open: false, text: '' };
  }

  private set(id: string, patch: Partial<QueryRow>): void {
    this.rows = new Map(this.rows).set(id, { ...this.row(id), ...patch });
    this.host.requestUpdate();
  }

  private async focus(id: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.getElementById(id)?.focus();
  }

  private async open(record: Attendance): Promise<void> {
    this.set(record.id, { open: true, sent: false });
    await this.focus(safeId(record.id));
  }

  /** Closed without sending: focus goes back to the button that opened it. */
  private async cancel(record: Attendance): Promise<void> {
    this.set(record.id, { open: false, error: undefined });
    await this.focus(`${safeId(record.id)}-open`);
  }

  private async send(event: Event, record: Attendance, c: ViewContext): Promise<void> {
    event.preventDefault();
    const api = this.deps.api();
    const row = this.row(record.id);
    if (!api?.queryMyAttendance || row.sending) return;
    if (!row.text.trim()) {
      this.set(record.id, { error: c.t('eQuery') });
      await this.focus(safeId(record.id));
      return;
    }
    const text = row.text.trim();
    const key = row.key?.text === text ? row.key : { text, value: newIdempotencyKey() };
    this.set(record.id, { sending: true, error: undefined, key });
    try {
      const saved = await api.queryMyAttendance(record.id, text, { ...this.deps.me(), idempotencyKey: key.value });
      this.set(record.id, { open: false, text: '', sending: false, sent: true, key: undefined });
      this.deps.saved(saved);
      // The form under focus is gone: focus goes to the line that says it was sent, which a
      // screen reader reads (so no second announcement).
      await this.focus(`${safeId(record.id)}-sent`);
    } catch (error) {
      const kind = error instanceof ApiError ? error.kind : 'server';
      this.set(record.id, { sending: false, error: kind === 'conflict' ? c.t('queryWaiting') : c.t('apiError', kind) });
      this.deps.reportError('send', error);
      await this.focus(safeId(record.id));
    }
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
    const title = (c.locale === 'cy' ? r.opportunityTitle.cy : undefined) || r.opportunityTitle.en;
    const row = this.row(r.id);
    const id = safeId(r.id);
    const q = r.query;
    return html`<li class="item" part="time" data-attendance=${r.id} data-query=${q ? (q.answer ? 'answered' : 'waiting') : 'none'}>
      <p id="${id}-what"><strong>${title}</strong><br />${c.t('session', formatDate(c.locale, r.sessionStart, 'dateTime'), r.activityMinutes, r.prepMinutes, r.feePence)}</p>
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
      ${row.sent ? html`<p class="saved pre-line" id="${id}-sent" tabindex="-1">${icon('check')} ${c.t('querySent')}</p>` : nothing}
      ${row.open
        ? html`<form class="query" novalidate @submit=${(event: Event) => void this.send(event, r, c)}>
            ${textField({
              id,
              label: c.t('fQuery'),
              hint: lines(c.t('fQueryHint')),
              error: row.error,
              errorPrefix: c.t('errorPrefix'),
              value: row.text,
              multiline: true,
              rows: 3,
              maxlength: 2000,
              onInput: (text) => this.set(r.id, { text, error: undefined }),
            })}
            <div class="button-group">
              <button class="button" type="submit" aria-disabled=${row.sending ? 'true' : nothing}>${row.sending ? c.t('sendingQuery') : c.t('sendQuery')}</button>
              <button class="button secondary" type="button" @click=${() => void this.cancel(r)}>${c.t('cancelQuery')}</button>
            </div>
          </form>`
        : !q || q.answer
          ? html`<button class="button secondary" type="button" id="${id}-open" aria-describedby="${id}-what" data-query-open @click=${() => void this.open(r)}>${icon('chat')} ${c.t('openQuery')}</button>`
          : nothing}
    </li>`;
  }
}
