import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import type { MissingSession, MissingSessionActivity } from '../../../api/types.js';
import type { CoprodErrorAction } from '../../../events/events.js';
import { errorSummary, fieldId, FormController, selectField, textField, type FieldErrors, type SelectOption } from '../../../core/forms/index.js';
import type { FieldProblem } from '../../../api/rules.js';
import { heading } from '../../../core/heading.js';
import { formatDate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { lines } from '../../../shared/staff/staff-access.js';
import type { ViewContext } from './claim-views.js';
import { textIn } from '../../../core/text-in.js';
import { latest } from '../../../core/latest.js';

export interface MissingValues {
  interestId: string;
  sessionStart: string;
  hours: string;
  prepHours: string;
  text: string;
}

const blank = (): MissingValues => ({ interestId: '', sessionStart: '', hours: '', prepHours: '', text: '' });

/** The form's fields, as `missing.<contract field>` so their ids are the form's own in the claim page. */
const ORDER = ['missing.interestId', 'missing.sessionStart', 'missing.activityMinutes', 'missing.prepMinutes', 'missing.text'];
const ALIASES = Object.fromEntries(ORDER.map((path) => [path.slice('missing.'.length), path]));

/** Hours as typed to whole minutes ("1.5" is 90); undefined unless a number of hours up to 24. */
export const minutesOf = (hours: string): number | undefined => {
  const text = hours.trim().replace(',', '.');
  if (!/^\d{1,2}(?:\.\d{1,2})?$/.test(text)) return undefined;
  const value = Math.round(Number(text) * 60);
  return value <= 1440 ? value : undefined;
};

export interface MissingHost extends ReactiveControllerHost, HTMLElement {}

export interface MissingDeps {
  api: () => CoprodApi | undefined;
  me: () => MeCallOptions;
  t: (key: string, ...args: unknown[]) => string;
  word: (problem: FieldProblem) => string;
  announce: (text: string) => void;
  reportError: (action: CoprodErrorAction, error: unknown) => void;
}

/**
 * "I came but I am not on the list" (issue 16): the person says they took part in a session
 * that has no attendance record, choosing one of the activities they expressed interest in
 * and one of its sessions, with the hours and what happened. Staff with `attendance` add it
 * or decline it with a reason; each report shows here with where it has got to.
 */
export class MissingSessions implements ReactiveController {
  reports: MissingSession[] = [];
  private activities: MissingSessionActivity[] = [];
  private open = false;
  private sent = false;
  /** The reports and activities could not be fetched: say so with Try again, not "no activities". */
  private loadFailed = false;
  /** Which load is the newest: an older one's answer (an earlier api or person) arriving late is dropped (src/core/latest.ts). */
  readonly #loads = latest();
  /** The reports are on their way: their place says so (aria-busy), not the section, whose form may hold what the person typed. */
  private loading = false;

  readonly form: FormController<MissingValues>;

  constructor(
    private readonly host: MissingHost,
    private readonly deps: MissingDeps,
  ) {
    host.addController(this);
    this.form = new FormController<MissingValues>(host, {
      initial: blank(),
      fieldOrder: ORDER,
      aliases: ALIASES,
      validate: (v) => this.validate(v),
      word: (problem) => deps.word(problem),
    });
  }

  hostConnected(): void {}

  /** The person's reports and the activities they may report (a failure shows with Try again). */
  async load(signal?: AbortSignal): Promise<void> {
    const current = this.#loads();
    // Late means a newer load has begun, or the claim's load that asked for this one was replaced (an
    // adapter that ignores the signal still answers): the evaluation's #opening rule, for the same reason.
    const late = () => !current() || signal?.aborted === true;
    const api = this.deps.api();
    if (!api?.listMyMissingSessions) {
      // An earlier load's answer is late now, and its busy mark goes with it (else it would stay for good).
      this.loading = false;
      return;
    }
    this.loading = true;
    this.host.requestUpdate();
    try {
      const answer = await api.listMyMissingSessions({ ...this.deps.me(), signal });
      if (late()) return;
      ({ items: this.reports, activities: this.activities } = answer);
      this.loadFailed = false;
    } catch (error) {
      if (late()) return;
      this.loadFailed = true;
      this.deps.reportError('load', error);
    } finally {
      if (current()) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  private async retry(): Promise<void> {
    await this.load();
    if (!this.loadFailed) await this.focus('missing-open');
  }

  private validate(v: MissingValues): FieldErrors {
    const t = this.deps.t;
    const e: FieldErrors = {};
    if (!v.interestId) e['missing.interestId'] = t('mEActivity');
    // No session is asked for until an activity is chosen (its select is not drawn): "Choose the activity" alone.
    if (v.interestId && !v.sessionStart) e['missing.sessionStart'] = t('mESession');
    const activity = minutesOf(v.hours);
    if (!activity) e['missing.activityMinutes'] = t('mEHours');
    if (v.prepHours.trim() && minutesOf(v.prepHours) === undefined) e['missing.prepMinutes'] = t('mEHours');
    if (!v.text.trim()) e['missing.text'] = t('mEText');
    return e;
  }

  private async focus(id: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.getElementById(id)?.focus();
  }

  private async start(): Promise<void> {
    this.open = true;
    this.sent = false;
    const only = this.activities.length === 1 ? this.activities[0] : undefined;
    if (only && !this.form.values.interestId) this.form.update({ interestId: only.interestId });
    this.host.requestUpdate();
    await this.focus(fieldId(only ? 'missing.sessionStart' : 'missing.interestId'));
  }

  private async cancel(): Promise<void> {
    this.open = false;
    this.form.reset(blank());
    await this.focus('missing-open');
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.deps.api();
    if (!api?.reportMissingSession) return;
    const me = this.deps.me();
    const report = await this.form.submit((v, idempotencyKey) =>
      api.reportMissingSession!(
        { interestId: v.interestId, sessionStart: v.sessionStart, activityMinutes: minutesOf(v.hours)!, ...(v.prepHours.trim() ? { prepMinutes: minutesOf(v.prepHours)! } : {}), text: v.text.trim() },
        { ...me, idempotencyKey },
      ),
    );
    if (!report) {
      const failure = this.form.failure;
      if (failure?.kind === 'conflict') {
        // Said at the session, where the person can change it; what they typed stays.
        this.form.failure = undefined;
        this.form.status = 'editing';
        this.form.errors = { 'missing.sessionStart': this.deps.t('mAlready') };
        this.host.requestUpdate();
        await this.host.updateComplete;
        this.host.shadowRoot?.querySelector<HTMLElement>('[data-missing] .error-summary')?.focus();
      } else if (failure) this.deps.reportError('send', failure);
      return;
    }
    this.reports = [report, ...this.reports.filter((r) => r.id !== report.id)];
    this.open = false;
    this.sent = true;
    this.form.reset(blank());
    await this.focus('missing-sent');
  }

  view(c: ViewContext): TemplateResult | typeof nothing {
    const api = this.deps.api();
    if (!api?.reportMissingSession) return nothing;
    return html`<section aria-labelledby="missing-title" part="missing" data-missing>
      ${heading(c.level + 1, c.t('mTitle'), { id: 'missing-title' })}
      <p class="pre-line">${c.t('mIntro')}</p>
      ${this.sent ? html`<p class="saved pre-line" id="missing-sent" tabindex="-1" role="status">${icon('check')} ${c.t('mSent')}</p>` : nothing}
      ${this.loadFailed
        ? html`<p class="inline-error" role="alert" data-missing-failed>${icon('alert')} ${c.t('mLoadFailed')}</p>
            <button class="button secondary" type="button" data-missing-retry @click=${() => void this.retry()}>${c.t('retry')}</button>`
        : this.open
          ? this.renderForm(c)
          : html`<button class="button secondary" type="button" id="missing-open" data-missing-open @click=${() => void this.start()}>${c.t('mOpen')}</button>`}
      <div aria-busy=${this.loading ? 'true' : nothing} data-missing-reports>${this.reports.length
        ? html`${heading(c.level + 2, c.t('mYours'))}
            <ul class="items">
              ${this.reports.map(
                (r) => html`<li class="item" data-missing-report=${r.status}>
                  <p><strong lang=${textIn(c.locale, r.opportunityTitle).lang}>${textIn(c.locale, r.opportunityTitle).text}</strong><br />${c.t('mSummary', formatDate(c.locale, r.sessionStart, 'dateTime'), r.activityMinutes + r.prepMinutes)}</p>
                  <p><span class="tag">${icon(r.status === 'recorded' ? 'check' : r.status === 'declined' ? 'cross' : 'clock')} ${c.t(`mStatus_${r.status}`)}</span></p>
                  ${r.status === 'declined' && r.reason ? html`<p class="pre-line"><strong>${c.t('mWhy')}:</strong> ${r.reason}</p>` : nothing}
                </li>`,
              )}
            </ul>`
        : nothing}</div>
    </section>`;
  }

  private renderForm(c: ViewContext): TemplateResult {
    const f = this.form;
    const v = f.values;
    const prefix = c.t('errorPrefix');
    if (this.activities.length === 0) return html`<p class="pre-line" data-missing-none>${c.t('mNoInterests')}</p>`;
    const activity = this.activities.find((a) => a.interestId === v.interestId);
    const starts = activity?.sessions;
    // Each select starts at "Choose an activity" / "Choose a session" (value ""), as staff-claims' record form: a blank first
    // option said nothing (s21); left there, the form's check says "Choose the activity" / "Choose the session".
    // The session select comes once an activity is chosen (the sessions are that activity's): before, it would offer
    // only "Choose a session" (s22 closing item 6). Rosa with one activity has it chosen for her, so hers is there at once.
    return html`<form novalidate part="missing-form" @submit=${(event: Event) => void this.send(event)}>
      ${errorSummary(c.t('errorSummaryTitle'), f, c.level + 2)}
      ${f.failureText ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${icon('alert')} ${c.t('mFailed')}</p>` : nothing}
      ${selectField({
        id: fieldId('missing.interestId'),
        label: c.t('mActivity'),
        error: f.error('missing.interestId'),
        errorPrefix: prefix,
        value: v.interestId,
        options: [{ value: '', label: c.t('mChooseActivity') }, ...this.activities.map((a): SelectOption => {
            const title = textIn(c.locale, a.opportunityTitle);
            return { value: a.interestId, label: title.text, lang: title.lang };
          })],
        onChange: (interestId) => f.update({ interestId, sessionStart: '' }),
      })}
      ${!starts
        ? nothing
        : starts.length === 0
          ? html`<p class="pre-line" data-no-sessions>${c.t('mNoSessions')}</p>`
          : selectField({
            id: fieldId('missing.sessionStart'),
            label: c.t('mSession'),
            error: f.error('missing.sessionStart'),
            errorPrefix: prefix,
            value: v.sessionStart,
            options: [{ value: '', label: c.t('mChooseSession') }, ...starts.map((start) => ({ value: start, label: formatDate(c.locale, start, 'dateTime') }))],
            onChange: (sessionStart) => f.update({ sessionStart }),
          })}
      ${textField({ id: fieldId('missing.activityMinutes'), label: c.t('mHours'), hint: lines(c.t('mHoursHint')), error: f.error('missing.activityMinutes'), errorPrefix: prefix, value: v.hours, narrow: true, onInput: (hours) => f.update({ hours }) })}
      ${textField({ id: fieldId('missing.prepMinutes'), label: c.t('mPrep'), error: f.error('missing.prepMinutes'), errorPrefix: prefix, value: v.prepHours, narrow: true, onInput: (prepHours) => f.update({ prepHours }) })}
      ${textField({ id: fieldId('missing.text'), label: c.t('mText'), hint: lines(c.t('mTextHint')), error: f.error('missing.text'), errorPrefix: prefix, value: v.text, multiline: true, rows: 3, maxlength: 2000, onInput: (text) => f.update({ text }) })}
      <div class="button-group">
        <button class="button" type="submit" aria-disabled=${f.submitting ? 'true' : nothing}>${f.submitting ? c.t('mSending') : c.t('mSend')}</button>
        <button class="button secondary" type="button" @click=${() => void this.cancel()}>${c.t('mCancel')}</button>
      </div>
    </form>`;
  }
}
