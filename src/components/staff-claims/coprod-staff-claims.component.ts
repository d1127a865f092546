import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import type { Attendance, Claim, ClaimQueue, Interest, MissingSession, Opportunity } from '../../api/types.js';
import { versionOf } from '../../api/versions.js';
import { BusyController } from '../../core/controllers/busy-controller.js';
import { dateError, dateFieldStyles, dateMessages, type DateTranslate } from '../../core/forms/date-field.js';
import { FormController, formStyles } from '../../core/forms/index.js';
import { heading } from '../../core/heading.js';
import { mergeCatalogs } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { downloadIcon } from '../../core/icons-more.js';
import { emptyView, loadingView } from '../../core/status-views.js';
import { downloadCsv } from '../../shared/staff/csv.js';
import { lines } from '../../shared/staff/staff-access.js';
import { StaffElement } from '../../shared/staff/staff-element.js';
import { staffMessages } from '../../shared/staff/staff-shared.messages.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { ListAddress, listPagingStyles, pagedListView, searchView, type ListPlace } from '../../shared/staff/list-paging.js';
import { listPagingMessages } from '../../shared/staff/list-paging.messages.js';
import { staffClaimsMessages } from './coprod-staff-claims.messages.js';
import { staffClaimsStyles } from './coprod-staff-claims.styles.js';
import { answerId, ATTENDANCE_ORDER, attendanceView, blankAttendance, type AnswerRow, hoursOpen, minutes, toAttendanceInput, validateAttendance, type AttendanceValues } from './internal/attendance-view.js';
import { claimCard, type Action, type RowState } from './internal/queue-view.js';
import { searchClaims } from './internal/search.js';
import { MissingQueue } from './internal/missing-queue.js';
import { missingQueueMessages } from './internal/missing-queue.messages.js';

interface AttendanceData {
  opportunity: Opportunity;
  interests: Interest[];
  records: Attendance[];
}

/**
 * Staff's side of "valued and paid": the claims queue for finance (overdue first, against the
 * council's target; approve, ask a question, refuse with a reason, mark paid with a date; the
 * CSV export for finance) and, for the opportunity named by `opportunity-id`, who took part in
 * each session (accepted interests, or someone added by hand) with hours and preparation.
 * Each part needs its role (`finance`, `attendance`) and says so plainly when the signed-in
 * member of staff does not have it; the other part still works.
 *
 * @summary Record who took part; decide, pay and export claims.
 * @fires {CustomEvent<ClaimDecidedDetail>} coprod-claim-decided - A claim was approved, queried, refused or marked paid. Detail: `{ claimId, action }`.
 * @fires {CustomEvent<AttendanceRecordedDetail>} coprod-attendance-recorded - Someone was recorded as taking part. Detail: `{ opportunityId, attendanceId }`.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading or an action failed. Detail: `{ action, kind, message }`.
 * @csspart sign-in - The "Sign in to see this" panel.
 * @csspart claim - One claim in the queue.
 * @csspart export - The CSV download button.
 * @csspart attendance - The list of who took part.
 * @csspart record-form - The form that records someone taking part.
 * @csspart missing - People who say they took part but are not on the list, each to record or decline with a reason.
 */
export class CoprodStaffClaims extends StaffElement {
  static override styles = [...StaffElement.styles, formStyles, dateFieldStyles, staffStyles, staffClaimsStyles, listPagingStyles];
  static override messages = mergeCatalogs(mergeCatalogs(mergeCatalogs(mergeCatalogs(staffMessages, staffClaimsMessages), dateMessages), missingQueueMessages), listPagingMessages);

  /** The words searched in the claims queue and its page, kept in the address (`#claims-q=...&claims-page=2`). */
  private readonly address = new ListAddress(this, 'claims');

  /** The opportunity whose attendance to record. Without it only the claims queue shows. */
  @property({ attribute: 'opportunity-id' }) opportunityId?: string;

  /** The day "Mark paid" suggests. Default: today. Set it for previews and tests. */
  @property({ attribute: false }) now?: Date;

  /** @internal */ @state() private rows = new Map<string, RowState>();
  /** @internal */ @state() private decided = new Map<string, Claim>();
  /** @internal */ @state() private recordedText: string | undefined;
  /** @internal */ @state() private answers = new Map<string, AnswerRow>();
  private readonly busy = new BusyController(this);

  private get say(): (key: string, ...args: unknown[]) => string {
    return this.t as unknown as (key: string, ...args: unknown[]) => string;
  }

  private readonly queue = this.loadTask(
    () => 0,
    async (api, _key, signal): Promise<ClaimQueue | Error> => {
      if (!api.listClaims) return new ApiError('not-found', 'Not available.');
      this.decided = new Map();
      return api.listClaims({}, { signal }).catch((error: unknown) => (error instanceof ApiError && error.kind === 'forbidden' ? error : Promise.reject(error)));
    },
  );

  private readonly attendance = this.loadTask(
    () => this.opportunityId,
    async (api, id, signal): Promise<AttendanceData | Error | undefined> => {
      if (!id || !api.listAttendance) return undefined;
      try {
        const [opportunity, records, interests] = await Promise.all([api.getOpportunity(id, { signal }), api.listAttendance(id, { signal }), api.listInterests(id, { signal })]);
        return { opportunity, records, interests };
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'forbidden') return error;
        throw error;
      }
    },
  );

  /** "I came but I am not on the list": open reports, for staff with `attendance` (nothing shows without the role). */
  private readonly missingList = this.loadTask(
    () => 0,
    async (api, _key, signal): Promise<MissingSession[] | undefined> =>
      api.listMissingSessions?.({}, { signal }).catch((error: unknown) => (error instanceof ApiError && error.kind === 'forbidden' ? undefined : Promise.reject(error))),
  );

  private readonly missing = new MissingQueue(this, {
    api: () => this.api,
    t: (key, ...args) => this.say(key, ...args),
    actionError: (error) => this.actionError(error),
    announce: (text) => this.announce(text),
    reportError: (action, error) => this.reportError(action, error),
    recorded: (report) => {
      this.emit('coprod-attendance-recorded', { opportunityId: report.opportunityId, attendanceId: report.attendanceId ?? '' });
      if (report.opportunityId === this.opportunityId) void this.attendance.run();
    },
    reload: () => void this.missingList.run(),
  });

  /** @internal */
  readonly record = new FormController<AttendanceValues>(this, {
    initial: blankAttendance(),
    fieldOrder: ATTENDANCE_ORDER,
    validate: (v) => validateAttendance(v, this.say),
    word: (problem) => this.t('fieldProblem', problem.code, problem.limit),
    aliases: { person: 'person.name', 'person.contact': 'person.contact.detail' },
    onChange: () => (this.recordedText = undefined),
    speech: this.formSpeech('saving'),
  });

  protected override renderSignedIn(): unknown {
    return html`<section aria-labelledby="staff-claims-title">
      ${heading(this.level, html`<span id="staff-claims-title">${this.t('title')}</span>`, { className: 'widget-title' })} ${this.opportunityId ? this.renderAttendance() : nothing}
      ${this.missingList.render({
        pending: () => loadingView(this.t('loadingMissing'), { rows: 1 }),
        error: (error) => this.renderLoadError(error, () => void this.missingList.run()),
        complete: (reports) => (reports ? this.missing.view({ t: this.say, locale: this.config.locale, level: this.level + 1 }, reports) : nothing),
      })}
      ${this.renderQueue()}
    </section>`;
  }

  // Attendance

  private renderAttendance(): TemplateResult {
    const body = this.attendance.render({
      initial: () => loadingView(this.t('loadingAttendance'), { rows: 2 }),
      pending: () => loadingView(this.t('loadingAttendance'), { rows: 2 }),
      error: (error) => this.renderLoadError(error, () => void this.attendance.run()),
      complete: (data) => {
        if (!data) return nothing;
        if (data instanceof Error) return this.noRole('noAttendanceTitle', 'noAttendanceBody');
        return attendanceView({
          t: this.say,
          locale: this.config.locale,
          level: this.level + 2,
          ...data,
          form: this.record,
          done: this.recordedText,
          onSubmit: (event) => void this.recordOne(event),
          answer: (r) => this.answers.get(r.id) ?? { text: '' },
          onAnswerInput: (r, patch) => this.setAnswer(r, { ...patch, error: undefined, hoursError: undefined, prepError: undefined, done: undefined }),
          onAnswer: (event, r) => void this.answerQuery(event, r, data),
        });
      },
    });
    return html`<section class="part" aria-labelledby="attendance-title">${heading(this.level + 1, this.t('attendanceTitle'), { id: 'attendance-title' })} ${body}</section>`;
  }

  private noRole(title: 'noAttendanceTitle' | 'noFinanceTitle', body: 'noAttendanceBody' | 'noFinanceBody'): TemplateResult {
    return html`<div class="panel notice" part="no-role">
      ${heading(this.level + 2, html`${icon('info')} ${this.t(title)}`, { className: 'panel-title' })}
      <p>${lines(this.t(body))}</p>
    </div>`;
  }

  private async recordOne(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api;
    const opportunityId = this.opportunityId;
    if (!api?.recordAttendance || !opportunityId) return;
    const saved = await this.record.submit((values, idempotencyKey) => api.recordAttendance!(opportunityId, toAttendanceInput(values), { idempotencyKey }));
    if (!saved) {
      if (this.record.failure?.kind === 'conflict') {
        this.record.failure = undefined;
        this.record.status = 'editing';
        this.record.errors = { interestId: this.t('already') };
        this.requestUpdate();
      } else if (this.record.failure) this.reportError('save', this.record.failure);
      return;
    }
    const data = this.attendance.value;
    if (data && !(data instanceof Error)) data.records = [...data.records, saved];
    this.record.reset({ ...blankAttendance(), sessionStart: this.record.values.sessionStart });
    this.recordedText = this.t('recordedDone', saved.name);
    this.announce(this.recordedText);
    this.emit('coprod-attendance-recorded', { opportunityId, attendanceId: saved.id });
  }

  private setAnswer(record: Attendance, patch: Partial<AnswerRow>): void {
    this.answers = new Map(this.answers).set(record.id, { ...(this.answers.get(record.id) ?? { text: '' }), ...patch });
  }

  /** Answers the person's question about a record, with the hours corrected in the same change when they were wrong; the server tells them. */
  private async answerQuery(event: Event, record: Attendance, data: AttendanceData): Promise<void> {
    event.preventDefault();
    const api = this.api;
    const row = this.answers.get(record.id) ?? { text: '' };
    if (!api?.updateAttendance || row.sending) return;
    const focus = async (suffix = '') => {
      await this.updateComplete;
      this.shadowRoot?.getElementById(`${answerId(record)}${suffix}`)?.focus();
    };
    const activity = row.hours === undefined ? record.activityMinutes : minutes(row.hours);
    const prep = row.prepHours === undefined ? record.prepMinutes : row.prepHours.trim() ? minutes(row.prepHours) : 0;
    const problems = { error: row.text.trim() ? undefined : this.t('eQueryAnswer'), hoursError: activity === undefined ? this.t('eHours') : undefined, prepError: prep === undefined ? this.t('eHours') : undefined };
    if (problems.error || problems.hoursError || problems.prepError) {
      this.setAnswer(record, problems);
      return focus(problems.error ? '' : problems.hoursError ? '-hours' : '-prep');
    }
    const hours = hoursOpen(record) && (activity !== record.activityMinutes || prep !== record.prepMinutes);
    this.setAnswer(record, { sending: true, error: undefined });
    try {
      const change = { answer: row.text.trim(), ...(hours ? { activityMinutes: activity!, prepMinutes: prep! } : {}) };
      const saved = await api.updateAttendance(record.id, change, { ifMatch: versionOf(record) });
      data.records = data.records.map((r) => (r.id === saved.id ? saved : r));
      const done = this.t(hours ? 'queryAnsweredChanged' : 'queryAnswered', record.name);
      this.setAnswer(record, { text: '', hours: undefined, prepHours: undefined, sending: false, done });
      // The answer box is gone: focus goes to the line that says it was sent (read out there).
      await this.updateComplete;
      this.shadowRoot?.getElementById(`${answerId(record)}-sent`)?.focus();
    } catch (error) {
      this.setAnswer(record, { sending: false, error: `${this.t('queryAnswerFailed', record.name)} ${this.actionError(error)}` });
      this.reportError('save', error);
      return focus();
    }
  }

  // Claims

  private renderQueue(): TemplateResult {
    const body = this.queue.render({
      initial: () => loadingView(this.t('loadingClaims'), { rows: 3 }),
      pending: () => loadingView(this.t('loadingClaims'), { rows: 3 }),
      error: (error) => this.renderLoadError(error, () => void this.queue.run()),
      complete: (queue) => {
        if (!queue) return nothing;
        if (queue instanceof Error) return this.noRole('noFinanceTitle', 'noFinanceBody');
        return this.renderClaims(queue);
      },
    });
    return html`<section class="part" aria-labelledby="claims-title">${heading(this.level + 1, this.t('claimsTitle'), { id: 'claims-title' })} ${body}</section>`;
  }

  private renderClaims(queue: ClaimQueue): TemplateResult {
    const claims = queue.items.map((c) => this.decided.get(c.id) ?? c);
    const overdue = claims.filter((c) => c.overdue).length;
    return html`<p>${this.t('target', queue.targetWorkingDays)}</p>
      ${queue.separateApprover ? html`<p class="subtle">${this.t('separateApprover')}</p>` : nothing}
      ${claims.length === 0
        ? emptyView(this.t('noClaimsTitle'), this.t('noClaimsBody'), undefined, this.level + 2)
        : html`<p>${this.t('summary', claims.length, overdue)}</p>
            ${searchView({ t: this.t, key: 'claims', q: this.address.place.q, hint: this.t('searchClaimsHint'), onSearch: (q) => this.moveList({ q, page: 1 }) })}
            ${pagedListView({
              t: this.t,
              key: 'claims',
              address: this.address,
              items: searchClaims(claims, this.address.place.q),
              idOf: (claim) => claim.id,
              row: (claim) =>
                claimCard(
                  {
                    t: this.say,
                    locale: this.config.locale,
                    level: this.level + 2,
                    row: (c) => this.rows.get(c.id) ?? { text: '', paidOn: this.today() },
                    busy: (c, action) => this.busy.ariaDisabled(`${c.id}:${action}`),
                    onChange: (c, patch) => this.setRow(c, { ...patch, result: undefined, error: undefined }),
                    onAct: (c, action) => void this.busy.run(`${c.id}:${action}`, () => this.act(c, action)),
                    onLoadNewer: (c) => void this.busy.run(`${c.id}:newer`, () => this.loadNewer(c)),
                    scope: this,
                  },
                  claim,
                ),
              empty: () => nothing,
              onPage: (page) => this.moveList({ page }),
            })}`}
      <div class="button-group">
        <button type="button" class="button secondary" part="export" aria-disabled=${this.busy.ariaDisabled('export')} @click=${() => void this.busy.run('export', () => this.exportCsv())}>
          ${icon(downloadIcon)} ${this.t('exportCsv')}
        </button>
      </div>`;
  }

  /** A search or another page of the queue; focus goes to what it now shows. */
  private moveList(next: Partial<ListPlace>): void {
    void this.address.move(next, () => Promise.resolve());
  }

  private today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(this.now ?? new Date());
  }

  private setRow(claim: Claim, patch: Partial<RowState>): void {
    const row = this.rows.get(claim.id) ?? { text: '', paidOn: this.today() };
    this.rows = new Map(this.rows).set(claim.id, { ...row, ...patch });
  }

  private async act(claim: Claim, action: Action): Promise<void> {
    const api = this.api;
    if (!api?.decideClaim) return;
    const row = this.rows.get(claim.id) ?? { text: '', paidOn: this.today() };
    const text = row.text.trim();
    if ((action === 'query' || action === 'refuse') && !text) {
      this.setRow(claim, { error: { field: 'text', message: this.t('eText') }, result: undefined });
      await this.updateComplete;
      this.shadowRoot?.getElementById(`text-${claim.id.replace(/[^A-Za-z0-9_-]/g, '-')}`)?.focus();
      return;
    }
    const dateWrong = action === 'pay' ? (row.paidOn.trim() ? dateError(this.t as unknown as DateTranslate, this.t('fPaidOn'), row.paidOn) : this.t('ePaidOn')) : undefined;
    if (dateWrong) {
      const message = dateWrong;
      this.setRow(claim, { error: { field: 'paidOn', message }, result: undefined });
      // The first wrong part carries the field's id (GOV.UK's date input).
      await this.updateComplete;
      this.shadowRoot?.getElementById(`paid-${claim.id.replace(/[^A-Za-z0-9_-]/g, '-')}`)?.focus();
      return;
    }
    try {
      const decision = action === 'pay' ? { action, paidOn: row.paidOn } : action === 'approve' ? { action } : { action, text };
      const current = this.decided.get(claim.id) ?? claim;
      const updated = await api.decideClaim(claim.id, decision, { ifMatch: versionOf(current) });
      this.decided = new Map(this.decided).set(claim.id, updated);
      const message = this.t(`done_${action}`, claim.name);
      this.setRow(claim, { text: '', error: undefined, stale: false, result: { ok: true, message } });
      this.announce(message);
      this.emit('coprod-claim-decided', { claimId: claim.id, action });
    } catch (error) {
      // A 412: someone else decided or changed it meanwhile. What was typed stays; the newer version is offered.
      const stale = error instanceof ApiError && error.status === 412;
      this.setRow(claim, { stale, result: { ok: false, message: `${this.t('failed', claim.name)} ${stale ? this.t('stale') : this.actionError(error)}` } });
      this.reportError('status', error);
    }
  }

  /** After a 412: the claim as it is now, with what was typed kept, so staff can check it and try again. */
  private async loadNewer(claim: Claim): Promise<void> {
    const api = this.api;
    if (!api?.getClaim) return;
    try {
      const fresh = await api.getClaim(claim.id);
      this.decided = new Map(this.decided).set(claim.id, fresh);
      const message = this.t('newerLoaded', claim.name);
      this.setRow(claim, { stale: false, result: { ok: true, message } });
      this.announce(message);
    } catch (error) {
      this.setRow(claim, { result: { ok: false, message: `${this.t('failed', claim.name)} ${this.actionError(error)}` } });
      this.reportError('load', error);
    }
  }

  private async exportCsv(): Promise<void> {
    const api = this.api;
    if (!api?.exportClaims) return;
    try {
      const csv = await api.exportClaims();
      downloadCsv(`claims-${this.today()}.csv`, csv.replace(/^\uFEFF/, ''));
      this.announce(this.t('exported'));
    } catch (error) {
      this.reportError('load', error);
      this.announce(this.actionError(error));
    }
  }
}
