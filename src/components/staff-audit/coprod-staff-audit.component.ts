import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AuditEvent, AuditQuery } from '../../api/types.js';
import { BusyController } from '../../core/controllers/busy-controller.js';
import { dateError, dateField, dateFieldStyles, dateMessages, type DateTranslate } from '../../core/forms/date-field.js';
import { errorSummary } from '../../core/forms/error-summary.js';
import { formStyles } from '../../core/forms/form-styles.js';
import { heading } from '../../core/heading.js';
import { formatDate, mergeCatalogs } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { downloadIcon } from '../../core/icons-more.js';
import { emptyView, loadingView } from '../../core/status-views.js';
import { downloadCsv } from '../../shared/staff/csv.js';
import { lines } from '../../shared/staff/staff-access.js';
import { StaffElement } from '../../shared/staff/staff-element.js';
import { staffMessages } from '../../shared/staff/staff-shared.messages.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { AUDIT_ACTIONS, staffAuditMessages } from './coprod-staff-audit.messages.js';
import { staffAuditStyles } from './coprod-staff-audit.styles.js';
import { lookReasonMessages } from '../../shared/staff/look-reasons.messages.js';

/** The filters an auditor chooses; empty strings are "any". */
interface Filters {
  actor: string;
  action: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { actor: '', action: '', from: '', to: '' };
const PAGE = 50;
type Say = (key: string, ...args: unknown[]) => string;

/**
 * The audit trail for an auditor (issue 20): who read or changed which records, when and for
 * what stated reason, newest first. Filter by staff account, by what they did and by days;
 * page back with "Show older events"; download the same events as CSV (the server's export,
 * which is itself recorded). Records are shown by number, never by name.
 *
 * Needs a staff token with the `auditor` role; without one it shows "Sign in to see this",
 * and a token without the role gets "You do not have permission".
 *
 * @summary The audit trail: who looked at or changed people's records, filterable and exportable.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading or the download failed (`action: 'load'`), or showing older events (`'load-more'`). Detail: `{ action, kind, message }`.
 * @csspart sign-in - The "Sign in to see this" panel.
 * @csspart filters - The form that chooses events.
 * @csspart events - The list of events.
 * @csspart event - One event.
 * @csspart older - The "Show older events" button.
 * @csspart export - The CSV download button.
 */
export class CoprodStaffAudit extends StaffElement {
  static override styles = [...StaffElement.styles, formStyles, dateFieldStyles, staffStyles, staffAuditStyles];
  static override messages = mergeCatalogs(mergeCatalogs(mergeCatalogs(staffMessages, staffAuditMessages), dateMessages), lookReasonMessages);

  /** The filters being typed. @internal */
  @state() private draft: Filters = { ...NO_FILTERS };
  /** Whether "What happened, and when" is open as the person left it: clearing a filter never closes it under their hands. */
  private moreOpen = false;
  /** The filters the events shown were chosen with. @internal */
  @state() private applied: Filters = { ...NO_FILTERS };
  /** Older pages, added below the first. @internal */
  @state() private older: { items: AuditEvent[]; next: string | null } | undefined;
  /** @internal */ @state() private olderError = '';
  /** What is wrong with a typed day, by filter (GOV.UK's date input). @internal */
  @state() private dateErrors: Partial<Record<'from' | 'to', string>> = {};
  private readonly busy = new BusyController(this);

  private readonly events = this.loadTask(
    () => JSON.stringify(this.applied),
    async (api, _key, signal) => {
      this.older = undefined;
      this.olderError = '';
      if (!api.listAuditEvents) throw Object.assign(new Error('Not available.'), { kind: 'not-found' });
      return api.listAuditEvents({ ...this.query(), limit: PAGE }, { signal });
    },
  );

  private get say(): Say {
    return this.t as unknown as Say;
  }

  private query(): AuditQuery {
    const { actor, action, from, to } = this.applied;
    return { ...(actor.trim() ? { actor: actor.trim() } : {}), ...(action ? { action } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.t as unknown as DateTranslate;
    const wrong = (name: 'from' | 'to', label: string) => dateError(t, label, this.draft[name]);
    this.dateErrors = Object.fromEntries(
      ([['from', wrong('from', this.t('fromLabel'))], ['to', wrong('to', this.t('toLabel'))]] as const).filter(([, error]) => error),
    );
    if (this.dateErrors.from || this.dateErrors.to) {
      // Nothing is asked of the server with a half-typed day; focus goes to "There is a problem" (GOV.UK's error
      // summary, as the other staff forms), whose links go to the first wrong part of each day.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.filters .error-summary')?.focus();
      return;
    }
    this.applied = { ...this.draft };
    // Say how many events the filters found, once they have loaded.
    await this.updateComplete;
    await this.events.taskComplete.catch(() => undefined);
    if (this.events.value) this.announce(this.t('shown', this.shownCount()));
  }

  private clear(): void {
    this.dateErrors = {};
    this.draft = { ...NO_FILTERS };
    this.applied = { ...NO_FILTERS };
  }

  private async showOlder(before: string): Promise<void> {
    const api = this.api;
    if (!api?.listAuditEvents) return;
    try {
      const page = await api.listAuditEvents({ ...this.query(), limit: PAGE, before });
      const shown = this.shownCount();
      this.older = { items: [...(this.older?.items ?? []), ...page.items], next: page.next };
      this.olderError = '';
      this.announce(this.t('shown', this.shownCount()));
      // Focus moves to the first event just added: on the last page the button itself goes,
      // and focus would otherwise fall back to the page.
      await this.updateComplete;
      this.renderRoot.querySelectorAll<HTMLElement>('.events > li')[shown]?.focus();
    } catch (error) {
      this.reportError('load-more', error);
      this.olderError = this.actionError(error);
    }
  }

  private shownCount(): number {
    return (this.events.value?.items.length ?? 0) + (this.older?.items.length ?? 0);
  }

  private async download(): Promise<void> {
    const api = this.api;
    if (!api?.exportAuditEvents) return;
    try {
      const csv = await api.exportAuditEvents(this.query());
      // The server's file starts with a byte order mark; downloadCsv adds its own.
      downloadCsv(`audit-${new Date().toISOString().slice(0, 10)}.csv`, csv.replace(/^\uFEFF/, ''));
      this.announce(this.t('downloaded'));
    } catch (error) {
      this.reportError('load', error);
      this.olderError = this.actionError(error);
    }
  }

  protected override renderSignedIn(): unknown {
    const body = this.events.render({
      initial: () => loadingView(this.t('loading'), { rows: 4 }),
      pending: () => loadingView(this.t('loading'), { rows: 4 }),
      error: (error) => this.renderLoadError(error, () => void this.events.run()),
      complete: (page) => (page ? this.renderEvents(page.items, this.older ? this.older.next : page.next) : nothing),
    });
    return html`<section aria-labelledby="staff-audit-title">
      ${heading(this.level, html`<span id="staff-audit-title">${this.t('title')}</span>`, { className: 'widget-title' })}
      <p>${lines(this.t('intro'))}</p>
      ${this.renderFilters()} ${body}
    </section>`;
  }

  private renderFilters(): TemplateResult {
    const field = (name: 'from' | 'to', label: string) =>
      dateField({
        id: `audit-${name}`,
        legend: label,
        error: this.dateErrors[name],
        value: this.draft[name],
        onInput: (value) => (this.draft = { ...this.draft, [name]: value }),
        scope: this,
        t: this.t as unknown as DateTranslate,
      });
    const summary = (['from', 'to'] as const).flatMap((name) => (this.dateErrors[name] ? [{ fieldId: `audit-${name}`, message: this.dateErrors[name] }] : []));
    return html`<form class="filters" part="filters" role="search" aria-labelledby="audit-filters-title" @submit=${this.onSubmit}>
      ${heading(this.level + 1, this.t('filtersTitle'), { id: 'audit-filters-title' })}
      ${errorSummary(this.t('errorSummaryTitle'), { id: 'audit-filters', summary }, this.level + 2)}
      <div class="toolbar">
        <div class="form-group">
          <label class="label" for="audit-actor">${this.t('actorLabel')}</label>
          <span class="hint" id="audit-actor-hint">${this.t('actorHint')}</span>
          <input class="input" id="audit-actor" name="actor" type="text" autocomplete="off" spellcheck="false" maxlength="200" aria-describedby="audit-actor-hint"
            .value=${live(this.draft.actor)} @input=${(e: Event) => (this.draft = { ...this.draft, actor: (e.target as HTMLInputElement).value })} />
        </div>
      </div>
      <details class="more" ?open=${Boolean(this.draft.action || this.draft.from || this.draft.to || this.dateErrors.from || this.dateErrors.to) || this.moreOpen}
        @toggle=${(e: Event) => (this.moreOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${this.t('moreFilters')}</summary>
        <div class="toolbar">
          <div class="form-group">
            <label class="label" for="audit-action">${this.t('actionLabel')}</label>
            <select class="select" id="audit-action" name="action" @change=${(e: Event) => (this.draft = { ...this.draft, action: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${this.draft.action === ''}>${this.t('anyAction')}</option>
              ${AUDIT_ACTIONS.map((a) => html`<option value=${a} ?selected=${this.draft.action === a}>${this.actionWords(a)}</option>`)}
            </select>
          </div>
          ${field('from', this.t('fromLabel'))} ${field('to', this.t('toLabel'))}
        </div>
      </details>
      <div class="actions">
        <button type="submit" class="button" part="apply">${this.t('show')}</button>
        <button type="button" class="button link" @click=${this.clear}>${this.t('clear')}</button>
      </div>
    </form>`;
  }

  private renderEvents(first: AuditEvent[], next: string | null): TemplateResult {
    const items = [...first, ...(this.older?.items ?? [])];
    if (!items.length) return emptyView(this.t('emptyTitle'), this.t('emptyBody'), undefined, this.level + 1);
    return html`<p class="subtle">${this.t('shown', items.length)}</p>
      <ul class="items events" part="events">
        ${items.map((e) => this.renderEvent(e))}
      </ul>
      ${this.olderError ? html`<p class="inline-error" role="alert">${this.olderError}</p>` : nothing}
      <div class="actions">
        ${next
          ? html`<button type="button" class="button secondary" part="older" aria-disabled=${this.busy.ariaDisabled('older')} @click=${() => void this.busy.run('older', () => this.showOlder(next))}>
              ${this.t('older')}
            </button>`
          : nothing}
        <button type="button" class="button secondary" part="export" aria-disabled=${this.busy.ariaDisabled('export')} @click=${() => void this.busy.run('export', () => this.download())}>
          ${icon(downloadIcon)} ${this.t('download')}
        </button>
      </div>`;
  }

  private actionWords(action: string): string {
    return (AUDIT_ACTIONS as readonly string[]).includes(action) ? this.say(`action_${action}`) : this.t('action_other');
  }

  private renderEvent(event: AuditEvent): TemplateResult {
    const actor = event.actor === 'self' ? this.t('self') : event.actor;
    const reason = event.reason && ['find-people', 'person-asked', 'contact', 'records', 'duplicate'].includes(event.reason) ? this.say(`reason_${event.reason}`) : event.reason;
    return html`<li class="item" part="event" tabindex="-1">
      <p class="what"><strong class="actor">${actor}</strong> ${this.actionWords(event.action)}</p>
      <dl class="facts">
        <dt>${this.t('when')}</dt>
        <dd><time datetime=${event.at}>${formatDate(this.config.locale, event.at, 'dateTime')}</time></dd>
        <dt>${this.t('records')}</dt>
        <dd class="records">${event.subjectIds.length ? event.subjectIds.join(', ') : this.t('noRecords')}</dd>
        ${reason
          ? html`<dt>${this.t('reason')}</dt>
              <dd>${reason}</dd>`
          : nothing}
      </dl>
    </li>`;
  }
}
