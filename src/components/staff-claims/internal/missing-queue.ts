import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import { ApiError } from '../../../api/errors.js';
import type { MissingSession } from '../../../api/types.js';
import { versionOf } from '../../../api/versions.js';
import type { CoprodErrorAction } from '../../../events/events.js';
import { textField } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import { formatDate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { markedIn, withEnglish } from '../../../core/in-english.js';
import type { Locale } from '../../../core/config.js';
import { hoursText, minutes } from './attendance-view.js';

type Say = (key: string, ...args: unknown[]) => string;

interface Row {
  hours?: string;
  prepHours?: string;
  reason: string;
  error?: { field: 'hours' | 'prep' | 'reason'; message: string };
  result?: { ok: boolean; message: string };
  busy?: boolean;
}

export interface MissingQueueDeps {
  api: () => CoprodApi | undefined;
  t: Say;
  actionError: (error: unknown) => string;
  announce: (text: string) => void;
  reportError: (action: CoprodErrorAction, error: unknown) => void;
  /** Someone was added to the list from a report (the attendance part reloads; the widget says so in an event). */
  recorded: (report: MissingSession) => void;
  /** Load the reports again (after a 412: someone else changed one). */
  reload: () => void;
}

const rowId = (r: MissingSession) => `missing-${r.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * Staff's side of "I came but I am not on the list" (issue 16): each open report, with what
 * the person said and the hours they gave, and two answers: record the attendance (hours as
 * given, or corrected here) or decline it with a reason. The server tells the person either way.
 */
export class MissingQueue implements ReactiveController {
  private rows = new Map<string, Row>();
  private resolved = new Map<string, MissingSession>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly deps: MissingQueueDeps,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private row(id: string): Row {
    return this.rows.get(id) ?? { reason: '' };
  }

  private set(id: string, patch: Partial<Row>): void {
    this.rows = new Map(this.rows).set(id, { ...this.row(id), ...patch });
    this.host.requestUpdate();
  }

  private async focus(id: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.getElementById(id)?.focus();
  }

  private async act(report: MissingSession, action: 'record' | 'decline'): Promise<void> {
    const api = this.deps.api();
    const row = this.row(report.id);
    if (!api?.resolveMissingSession || row.busy) return;
    const t = this.deps.t;
    const id = rowId(report);
    const activity = row.hours === undefined ? report.activityMinutes : minutes(row.hours);
    const prep = row.prepHours === undefined ? report.prepMinutes : row.prepHours.trim() ? minutes(row.prepHours) : 0;
    const error =
      action === 'decline'
        ? row.reason.trim() ? undefined : { field: 'reason' as const, message: t('eMissingReason') }
        : activity === undefined ? { field: 'hours' as const, message: t('eHours') } : prep === undefined ? { field: 'prep' as const, message: t('eHours') } : undefined;
    if (error) {
      this.set(report.id, { error, result: undefined });
      return this.focus(`${id}-${error.field}`);
    }
    this.set(report.id, { busy: true, error: undefined, result: undefined });
    try {
      const decision = action === 'record' ? { action, activityMinutes: activity!, prepMinutes: prep! } : { action, reason: row.reason.trim() };
      const saved = await api.resolveMissingSession(report.id, decision, { ifMatch: versionOf(report) });
      this.resolved = new Map(this.resolved).set(report.id, saved);
      const message = t(action === 'record' ? 'missingRecorded' : 'missingDeclined', report.name);
      this.set(report.id, { busy: false, result: { ok: true, message } });
      this.deps.announce(message);
      if (action === 'record') this.deps.recorded(saved);
      await this.focus(`${id}-result`);
    } catch (failure) {
      const atField = this.fieldError(failure);
      if (atField) {
        // The server's 422 about the hours or the reason: said at that field, as the page's own check does.
        this.set(report.id, { busy: false, error: atField });
        this.deps.reportError('save', failure);
        return this.focus(`${id}-${atField.field}`);
      }
      const stale = failure instanceof ApiError && failure.status === 412;
      const words = stale ? t('missingStale') : failure instanceof ApiError && failure.kind === 'conflict' ? t('missingConflict') : this.deps.actionError(failure);
      this.set(report.id, { busy: false, result: { ok: false, message: `${t('missingFailed', report.name)} ${words}` } });
      this.deps.reportError('save', failure);
      await this.focus(`${id}-result`);
      if (stale) this.deps.reload();
    }
  }

  /** A 422 about a field of this row (activityMinutes, prepMinutes, reason), in the page's words. */
  private fieldError(failure: unknown): Row['error'] {
    if (!(failure instanceof ApiError) || failure.status !== 422) return undefined;
    const fields = { activityMinutes: 'hours', prepMinutes: 'prep', reason: 'reason' } as const;
    const found = failure.problem?.errors?.find((e) => e.field in fields);
    if (!found) return undefined;
    const field = fields[found.field as keyof typeof fields];
    const t = this.deps.t;
    return { field, message: field === 'reason' ? (found.code === 'required' ? t('eMissingReason') : t('fieldProblem', found.code)) : t('eHours') };
  }

  view(c: { t: Say; locale: Locale; level: number }, reports: readonly MissingSession[]): TemplateResult {
    const { t } = c;
    return html`<section class="part" aria-labelledby="missing-title" part="missing">
      ${heading(c.level, t('missingTitle'), { id: 'missing-title' })}
      <p>${t('missingIntro')}</p>
      ${reports.length === 0
        ? html`<p data-missing-none>${t('missingNone')}</p>`
        : html`<ol class="items">
            ${reports.map((r) => this.item(c, this.resolved.get(r.id) ?? r))}
          </ol>`}
    </section>`;
  }

  private item(c: { t: Say; locale: Locale; level: number }, r: MissingSession): TemplateResult {
    const { t } = c;
    const row = this.row(r.id);
    const id = rowId(r);
    const title = markedIn(c.locale, r.opportunityTitle);
    const err = (field: 'hours' | 'prep' | 'reason') => (row.error?.field === field ? row.error.message : undefined);
    const prefix = t('errorPrefix');
    return html`<li class="item" data-missing-report=${r.status} aria-labelledby="${id}-who">
      ${heading(c.level + 1, html`<span id="${id}-who">${withEnglish(t('missingWho', r.name, title))}</span>`)}
      <p>${t('missingWhen', formatDate(c.locale, r.sessionStart, 'dateTime'), r.activityMinutes, r.prepMinutes)}</p>
      <p class="pre-line"><strong>${t('missingTheySaid')}</strong> ${r.text}</p>
      ${row.result ? html`<p class=${row.result.ok ? 'saved' : 'inline-error'} id="${id}-result" tabindex="-1">${icon(row.result.ok ? 'check' : 'alert')} ${row.result.message}</p>` : nothing}
      ${r.status === 'open'
        ? html`<div class="missing-actions">
            ${textField({ id: `${id}-hours`, label: t('fHours'), error: err('hours'), errorPrefix: prefix, value: row.hours ?? hoursText(r.activityMinutes), narrow: true, onInput: (hours) => this.set(r.id, { hours, error: undefined }) })}
            ${textField({ id: `${id}-prep`, label: t('fPrepHours'), error: err('prep'), errorPrefix: prefix, value: row.prepHours ?? hoursText(r.prepMinutes), narrow: true, onInput: (prepHours) => this.set(r.id, { prepHours, error: undefined }) })}
            <button class="button" type="button" data-missing-record aria-disabled=${row.busy ? 'true' : nothing} @click=${() => void this.act(r, 'record')}>${t('missingRecord')}</button>
            ${textField({ id: `${id}-reason`, label: t('fMissingReason'), hint: t('fMissingReasonHint'), error: err('reason'), errorPrefix: prefix, value: row.reason, multiline: true, rows: 2, maxlength: 2000, onInput: (reason) => this.set(r.id, { reason, error: undefined }) })}
            <button class="button secondary" type="button" data-missing-decline aria-disabled=${row.busy ? 'true' : nothing} @click=${() => void this.act(r, 'decline')}>${t('missingDecline')}</button>
          </div>`
        : html`<p><span class="tag">${t(`missingStatus_${r.status}`)}</span></p>`}
    </li>`;
  }
}
