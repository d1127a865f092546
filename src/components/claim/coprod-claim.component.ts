import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MeCallOptions } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import type { Attendance, Claim, MyPay, Payment } from '../../api/types.js';
import { focusIsFree } from '../../core/focus-free.js';
import { DraftController, draftKey } from '../../core/controllers/draft-controller.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { draftMessages, draftNotice } from '../../core/forms/draft-parts.js';
import { choiceGroup, errorSummary, fieldId, FormController, formSpeech, formStyles, textField } from '../../core/forms/index.js';
import { fileFieldStyles, fileMessages } from '../../core/forms/file-field.js';
import { heading } from '../../core/heading.js';
import { mergeCatalogs } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { emptyView, errorView, loadingView } from '../../core/status-views.js';
import { sessionDate, sessionMessages } from '../../shared/pay/session.messages.js';
import { lines } from '../../shared/staff/staff-access.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { claimMessages } from './coprod-claim.messages.js';
import { claimStyles } from './coprod-claim.styles.js';
import { blankClaim, blankExpense, claimable, claimOrder, expensePath, isClaimDraft, patchExpense, toClaimInput, toPence, validateClaim, type ClaimValues } from './internal/claim-values.js';
import { attachReceipt, withOrder } from './internal/claim-receipt.js';
import { AttendanceQueries } from './internal/attendance-queries.js';
import { MissingSessions } from './internal/missing-sessions.js';
import { missingMessages } from './internal/missing-sessions.messages.js';
import { ClaimAnswers } from './internal/claim-answers.js';
import { textIn } from '../../core/text-in.js';
import { benefitsView, claimsList, expenseRow, totalsView, type ViewContext } from './internal/claim-views.js';

interface Loaded {
  pay: MyPay;
  /** Each claimable opportunity's rates, for the expense types and the mileage rate. */
  payments: Map<string, Payment>;
}

const CHOICES = ['bank_transfer', 'vouchers', 'declined'] as const;

/**
 * A person's claims for their time and costs, usually inside `<coprod-my-involvement>`,
 * which hands it the sign-in. The fees come from the attendance staff recorded (never typed);
 * expenses are added by type with miles, an amount and a receipt (its type and size checked
 * in the page before it is sent); the person chooses bank transfer, vouchers or not to be
 * paid. A plain "This may affect your benefits" panel shows this week's and this month's fees
 * against a limit the person may set, with the council's link to benefits advice. What is
 * typed is kept in the tab until it is sent. Below, the times staff recorded, each with a
 * plain "Something wrong?" question to staff and their answer; then every claim with where it
 * has got to; a question from staff is answered in place.
 *
 * @fires {CustomEvent<ClaimSentDetail>} coprod-claim-sent - A claim was sent. Detail: `{ claimId, reference }` (no personal data, no money).
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - A call failed. Detail: `{ action, kind, message }`.
 * @csspart benefits - The "This may affect your benefits" panel.
 * @csspart over-limit - The warning that this claim goes past the person's limit.
 * @csspart advice-link - The council's link to benefits advice.
 * @csspart totals - What the claim comes to.
 * @csspart times - The sessions staff recorded for the person, with their questions and staff's answers.
 * @csspart time - One recorded session.
 * @csspart missing - "Not on the list?": the sessions the person says they took part in that staff had not recorded, and the way to tell them.
 * @csspart missing-form - The form that tells staff about such a session.
 * @csspart claims - The list of the person's claims.
 * @csspart claim - One claim in the list.
 * @csspart overdue - On a claim past the council’s target day: the day, an apology and who to ask.
 * @csspart draft-notice - The notice that what was typed before a reload is back.
 */
export class CoprodClaim extends CoprodElement {
  static override styles = [...CoprodElement.styles, formStyles, fileFieldStyles, staffStyles, claimStyles];
  static override messages = mergeCatalogs(mergeCatalogs(mergeCatalogs(mergeCatalogs(fileMessages, draftMessages), sessionMessages), claimMessages), missingMessages);

  /**
   * The person's sign-in token from their own page (`<coprod-my-involvement>` sets it). Never an
   * attribute. Every request uses it; the inherited `token` is ignored on purpose, so a page's
   * staff or single-sign-on token can never claim money for a person.
   */
  @property({ attribute: false }) meToken?: string;

  /**
   * One attendance record to open the claim at (the person's page sets it from `?attendance=<id>`, where "thank you for
   * taking part" links): once loaded, the claim opens for that session's activity with the focus on its heading, or says
   * plainly that the session is not one the person can claim for (not theirs, or in a claim already).
   */
  @property({ attribute: false }) openAttendance?: string;

  /** @internal */ @state() private reloads = 0;
  /** @internal */ @state() private chosen = '';
  /** @internal */ @state() private sentClaim: Claim | undefined;
  /** @internal */ @state() private checking = new Set<number>();
  /** @internal */ @state() private limitOpen = false;
  /** @internal */ @state() private limitSaved = false;
  /** @internal The attendance asked for (`openAttendance`) is not one to claim for. */
  @state() private attendanceGone = false;
  /** The attendance asked for, once looked for; `#focusAsked`: its claim is to take the focus once drawn. */
  #looked: string | undefined;
  #focusAsked = false;
  /** @internal */
  private readonly answers = new ClaimAnswers(this, {
    api: () => this.api,
    me: () => this.me(),
    t: (key, ...args) => this.say(key, ...args),
    announce: (text) => this.announce(text),
    reportError: (action, error) => this.reportError(action, error),
  });
  private readonly times = new AttendanceQueries(this, {
    api: () => this.api,
    me: () => this.me(),
    t: (key, ...args) => this.say(key, ...args),
    reportError: (action, error) => this.reportError(action, error),
    saved: (record) => {
      const pay = this.data.value?.pay;
      if (pay) pay.attendance = pay.attendance.map((a) => (a.id === record.id ? record : a));
    },
  });

  /** "I came but I am not on the list": a session with no attendance record, for staff to add. */
  private readonly missing = new MissingSessions(this, {
    api: () => this.api,
    me: () => this.me(),
    t: (key, ...args) => this.say(key, ...args),
    word: (problem) => this.t('fieldProblem', problem.code, problem.limit),
    announce: (text) => this.announce(text),
    reportError: (action, error) => this.reportError(action, error),
  });

  private get say(): (key: string, ...args: unknown[]) => string {
    return this.t as unknown as (key: string, ...args: unknown[]) => string;
  }

  /** @internal */
  readonly form: FormController<ClaimValues> = new FormController<ClaimValues>(this, withOrder(() => claimOrder(this.form.values), {
    initial: blankClaim(),
    validate: (values) => validateClaim(values, this.data.value?.payments.get(values.opportunityId), this.say),
    word: (problem) => this.t('fieldProblem', problem.code, problem.limit),
    onChange: () => this.draft.changed(),
    // A failure naming no field, in the reader's words (not the error's own English).
    speech: formSpeech('public', () => this.t('sending'), (facts) => this.t('formFailure', facts)),
  }));

  /** @internal */
  readonly limitForm = new FormController<{ weekly: string; monthly: string }>(this, {
    initial: { weekly: '', monthly: '' },
    fieldOrder: ['weeklyPence', 'monthlyPence'],
    validate: (v) => {
      const bad = (text: string) => text.trim() !== '' && toPence(text) === undefined;
      return { ...(bad(v.weekly) ? { weeklyPence: this.t('eLimit') } : {}), ...(bad(v.monthly) ? { monthlyPence: this.t('eLimit') } : {}) };
    },
    word: (problem) => this.t('fieldProblem', problem.code, problem.limit),
  });

  private readonly draft = new DraftController<ClaimValues>(this, {
    key: () => (this.chosen ? draftKey('claim', this.id, this.chosen) : undefined),
    snapshot: () => (this.sentClaim ? undefined : this.form.values),
    accept: isClaimDraft,
    onRestored: () => this.announce(this.t('draftRestoredTitle')),
  });

  private readonly data = new Task(this, {
    args: () => [this.api, this.meToken, this.reloads] as const,
    task: async ([api, meToken], { signal }): Promise<Loaded | undefined> => {
      if (!api?.getMyPay || !meToken) return undefined;
      try {
        const pay = await api.getMyPay({ meToken, signal });
        void this.missing.load(signal);
        const open = claimable(pay);
        const payments = new Map<string, Payment>();
        await Promise.all([...open.keys()].map(async (id) => payments.set(id, (await api.getOpportunity(id, { signal })).payment)));
        const asked = this.askedRecord(pay);
        this.choose(asked?.opportunityId ?? (this.chosen && open.has(this.chosen) ? this.chosen : ([...open.keys()][0] ?? '')), open);
        return { pay, payments };
      } catch (error) {
        if (!signal.aborted) this.reportError('load', error);
        throw error;
      }
    },
  });

  /** The attendance `openAttendance` names, looked for once: claimable, it is opened; else the claim says it is not. */
  private askedRecord(pay: MyPay): Attendance | undefined {
    const id = this.openAttendance;
    if (!id || id === this.#looked) return undefined;
    this.#looked = id;
    const record = pay.attendance.find((a) => a.id === id && !a.claimId);
    this.#focusAsked = Boolean(record);
    this.attendanceGone = !record;
    if (!record) this.announce(this.t('attendanceGone'));
    return record;
  }

  /** Opened at one attendance: its claim's heading takes the focus once, only if the focus is nowhere (the page just opened). */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const title = this.#focusAsked ? this.shadowRoot?.getElementById('new-claim-title') : undefined;
    if (!title) return;
    this.#focusAsked = false;
    if (focusIsFree()) title.focus();
    else this.announce(title.textContent!.replace(/\s+/g, ' ').trim());
  }

  private me(): MeCallOptions {
    if (!this.meToken) throw new ApiError('unauthorized', 'Not signed in.');
    return { meToken: this.meToken };
  }

  /** Opens the claim for one opportunity: its kept draft if there is one, else every session ticked. */
  private choose(opportunityId: string, open: Map<string, Attendance[]>): void {
    if (opportunityId === this.form.values.opportunityId && this.chosen === opportunityId) return;
    this.draft.saveNow();
    this.chosen = opportunityId;
    const kept = this.draft.read();
    const ids = (open.get(opportunityId) ?? []).map((a) => a.id);
    if (kept && kept.opportunityId === opportunityId) {
      const still = kept.attendanceIds.filter((id) => ids.includes(id));
      this.form.reset({ ...kept, attendanceIds: still.length ? still : ids });
      this.draft.markRestored();
    } else {
      this.form.reset(blankClaim(opportunityId, ids));
      this.draft.forget();
    }
  }

  protected override renderContent(): TemplateResult {
    return html`<section class="claim-widget" aria-labelledby="claim-title">
      ${heading(this.level, this.t('title'), { id: 'claim-title' })} ${this.renderBody()}
    </section>`;
  }

  private renderBody(): unknown {
    if (!this.meToken || !this.api?.getMyPay) {
      return html`<div class="panel notice" part="sign-in">
        ${heading(this.level + 1, this.t('signInTitle'), { className: 'panel-title' })}
        <p class="pre-line">${this.t('signInBody')} ${this.fallback ? html`<a href=${this.fallback.href}>${this.fallback.label}</a>` : nothing}</p>
      </div>`;
    }
    return this.data.render({
      initial: () => loadingView(this.t('loading'), { rows: 4 }),
      pending: () => (this.data.value ? this.renderLoaded(this.data.value) : loadingView(this.t('loading'), { rows: 4 })),
      error: (error) =>
        errorView({ title: this.t('loadErrorTitle'), message: this.t('apiError', (error as ApiError).kind ?? 'server'), retryLabel: this.t('retry'), onRetry: () => (this.reloads += 1), headingLevel: this.level + 1 }),
      complete: (loaded) => (loaded ? this.renderLoaded(loaded) : nothing),
    });
  }

  private get view(): ViewContext {
    return { t: this.say, locale: this.config.locale, level: this.level };
  }

  private renderLoaded({ pay, payments }: Loaded): TemplateResult {
    const open = claimable(pay);
    const attendance = open.get(this.chosen) ?? [];
    const showForm = !this.sentClaim && open.size > 0;
    return html`${this.attendanceGone ? html`<p class="panel notice pre-line" data-attendance-gone>${this.t('attendanceGone')}</p>` : nothing}
      ${this.sentClaim ? this.renderSent(this.sentClaim, open.size > 0) : nothing}
      ${!this.sentClaim && open.size === 0 && pay.claims.length === 0 ? emptyView(this.t('nothingTitle'), lines(this.t('nothingBody')), undefined, this.level + 1) : nothing}
      ${benefitsView({
        ...this.view,
        pay,
        values: showForm ? this.form.values : undefined,
        attendance,
        limitForm: this.limitForm,
        limitOpen: this.limitOpen,
        limitSaved: this.limitSaved,
        onOpenLimit: () => this.openLimit(pay),
        onSaveLimit: (event) => void this.saveLimit(event),
      })}
      ${showForm ? this.renderForm(pay, open, payments.get(this.chosen)) : nothing}
      ${this.times.view(this.view, pay.attendance)} ${this.missing.view(this.view)} ${claimsList(this.view, pay.claims, (claim) => this.answers.view(claim, this.level + 3), pay.payContact)}`;
  }

  private renderSent(claim: Claim, more: boolean): TemplateResult {
    return html`<div class="panel success" role="status" part="sent">
      ${heading(this.level + 1, html`${icon('check')} <span id="sent-title" tabindex="-1">${this.t('sentTitle')}</span>`, { className: 'panel-title' })}
      <p class="pre-line">${this.t('sentBody', claim.reference)}</p>
      ${more ? html`<button class="button secondary" type="button" @click=${() => (this.sentClaim = undefined)}>${this.t('claimAnother')}</button>` : nothing}
    </div>`;
  }

  /** The brief's title, marked English where a Welsh reader's council wrote no Welsh title. */
  private titleLine(record: Attendance): TemplateResult {
    const title = textIn(this.config.locale, record.opportunityTitle);
    return html`<span lang=${title.lang}>${title.text}</span>`;
  }

  private renderForm(pay: MyPay, open: Map<string, Attendance[]>, payment: Payment | undefined): TemplateResult {
    const f = this.form;
    const v = f.values;
    const t = this.say;
    const attendance = open.get(this.chosen) ?? [];
    // The brief's title on a line of its own, under "Claim for:" (s19 look defect 8: "Get paid for Help us write…" read as one
    // sentence); marked English where a Welsh reader's council wrote no Welsh title.
    const title = attendance[0] ? textIn(this.config.locale, attendance[0].opportunityTitle) : { text: '', lang: nothing };
    const prefix = this.t('errorPrefix');
    return html`<section aria-labelledby="new-claim-title" part="form-section">
      ${heading(this.level + 1, html`<span class="caption">${this.t('newClaimTitle')}</span> <span lang=${title.lang} data-claim-for>${title.text}</span>`, { id: 'new-claim-title', tabindex: '-1' })}
      ${this.draft.restored
        ? draftNotice(this.t, this.level + 2, () => this.startAgain(open))
        : nothing}
      <form novalidate part="form" @submit=${(event: Event) => void this.send(event)}>
        ${errorSummary(this.t('errorSummaryTitle'), f, this.level + 2)}
        ${f.failureText ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${icon('alert')} ${f.failureText}</p>` : nothing}
        ${open.size > 1
          ? choiceGroup({
              id: 'field-opportunity',
              type: 'radio',
              label: this.t('chooseActivity'),
              errorPrefix: prefix,
              selected: [this.chosen],
              onChange: ([id]) => id && this.choose(id, open),
              choices: [...open.values()].map((records) => ({ value: records[0]!.opportunityId, label: this.titleLine(records[0]!) })),
            })
          : nothing}
        ${choiceGroup({
          id: fieldId('attendanceIds'),
          type: 'checkbox',
          label: this.t('sessionsLegend'),
          hint: lines(this.t('sessionsHint')),
          error: f.error('attendanceIds'),
          errorPrefix: prefix,
          selected: v.attendanceIds,
          onChange: (attendanceIds) => f.update({ attendanceIds }),
          choices: attendance.map((a) => ({ value: a.id, label: this.t('session', sessionDate(this.config.locale, a.sessionStart), this.t('sessionTime', a.activityMinutes, a.prepMinutes), a.feePence) })),
        })}
        <fieldset class="expenses">
          <legend class="label">${this.t('expensesTitle')}</legend>
          ${payment && (payment.expenses ? Object.keys(payment.expenses).length : 0) > 0
            ? html`<p class="hint lines">${lines(this.t('expensesHint'))}</p>
                ${v.expenses.map((expense, index) =>
                  expenseRow({ ...this.view, form: f, payment, checking: this.checking.has(index), onReceipt: (i, file) => void this.receipt(i, file), onRemoveReceipt: (i) => void this.removeReceipt(i), onRemove: (i) => void this.removeExpense(i) }, expense, index),
                )}
                <button type="button" class="button secondary" data-add-expense @click=${() => void this.addExpense()}>${v.expenses.length ? this.t('addAnotherExpense') : this.t('addExpense')}</button>`
            : html`<p class="pre-line">${this.t('noExpenses')}</p>`}
        </fieldset>
        ${choiceGroup({
          id: fieldId('paymentChoice'),
          type: 'radio',
          label: this.t('choiceLegend'),
          error: f.error('paymentChoice'),
          errorPrefix: prefix,
          selected: v.paymentChoice ? [v.paymentChoice] : [],
          onChange: ([choice]) => f.update({ paymentChoice: (choice as ClaimValues['paymentChoice']) ?? '' }),
          choices: CHOICES.filter((c) => c !== 'vouchers' || payment?.vouchersOffered || payment?.type === 'voucher').map((c) => ({ value: c, label: t(`choice_${c}`), hint: t(`choice_${c}Hint`) })),
        })}
        ${textField({ id: fieldId('note'), label: this.t('fNote'), error: f.error('note'), errorPrefix: prefix, value: v.note, multiline: true, rows: 3, maxlength: 1000, onInput: (note) => f.update({ note }) })}
        ${totalsView(this.view, v, attendance, payment)}
        <button class="button" type="submit" aria-disabled=${f.submitting ? 'true' : nothing}>${f.submitting ? this.t('sending') : this.t('send')}</button>
      </form>
    </section>`;
  }

  // Actions

  private async addExpense(): Promise<void> {
    this.form.update({ expenses: [...this.form.values.expenses, blankExpense()] });
    await this.updateComplete;
    this.shadowRoot?.getElementById(fieldId(expensePath(this.form.values.expenses.length - 1, 'type')))?.focus();
  }

  private async removeExpense(index: number): Promise<void> {
    this.form.update({ expenses: this.form.values.expenses.filter((_, i) => i !== index) });
    this.announce(this.t('expenseRemoved', index + 1));
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[data-add-expense]')?.focus();
  }

  /** Checks the file in the page, then uploads it; a problem is the form's error at this receipt (internal/claim-receipt.ts). */
  private async receipt(index: number, file: File | undefined): Promise<void> {
    const api = this.api;
    if (!file || !api?.uploadReceipt) return;
    this.checking = new Set(this.checking).add(index);
    try {
      await attachReceipt(this.form, index, file, { t: this.say, upload: (chosen) => api.uploadReceipt!(chosen, this.me()), reportError: (error) => this.reportError('send', error) });
    } finally {
      const checking = new Set(this.checking);
      checking.delete(index);
      this.checking = checking;
    }
    // Attached: the file control that had focus is gone (replaced by "Receipt attached" and its Remove button), so focus
    // goes to that button rather than to the page's start; a refusal's error summary has already taken it.
    if (!this.form.values.expenses[index]?.receiptId) return;
    await this.updateComplete;
    if (!this.shadowRoot?.activeElement) this.shadowRoot?.querySelector<HTMLElement>(`[data-expense="${index}"] [data-remove-receipt]`)?.focus();
  }

  /** "Remove the receipt": the file control comes back, with focus, in place of the button just pressed. */
  private async removeReceipt(index: number): Promise<void> {
    const path = expensePath(index, 'receipt');
    patchExpense(this.form, index, { receiptId: '', receiptName: '' }, path);
    await this.updateComplete;
    this.shadowRoot?.getElementById(fieldId(path))?.focus();
  }

  private startAgain(open: Map<string, Attendance[]>): void {
    this.draft.clear();
    this.form.reset(blankClaim(this.chosen, (open.get(this.chosen) ?? []).map((a) => a.id)));
    this.announce(this.t('startedAgain'));
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (!api?.createClaim || !this.meToken) return;
    const options = this.me();
    const claim = await this.form.submit((values, idempotencyKey) => api.createClaim!(toClaimInput(values), { ...options, idempotencyKey }));
    if (!claim) return;
    this.draft.clear();
    this.sentClaim = claim;
    // What the person came for is done: "that session is not one you can claim for" no longer applies.
    this.attendanceGone = false;
    this.chosen = '';
    this.form.reset(blankClaim());
    this.emit('coprod-claim-sent', { claimId: claim.id, reference: claim.reference });
    this.announce(this.t('sentTitle'));
    this.reloads += 1;
    await this.data.taskComplete.catch(() => undefined);
    await this.updateComplete;
    this.shadowRoot?.getElementById('sent-title')?.focus();
  }

  private openLimit(pay: MyPay): void {
    const text = (pence: number | null) => (pence === null ? '' : (pence / 100).toFixed(pence % 100 ? 2 : 0));
    this.limitForm.reset({ weekly: text(pay.limit.weeklyPence), monthly: text(pay.limit.monthlyPence) });
    this.limitOpen = true;
    this.limitSaved = false;
  }

  private async saveLimit(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (!api?.setMyBenefitsLimit) return;
    const options = this.me();
    const pence = (text: string) => (text.trim() ? toPence(text)! : null);
    const saved = await this.limitForm.submit((v) => api.setMyBenefitsLimit!({ weeklyPence: pence(v.weekly), monthlyPence: pence(v.monthly) }, options));
    if (!saved || !this.data.value) return;
    this.data.value.pay = saved;
    this.limitOpen = false;
    this.limitSaved = true;
    this.announce(this.t('limitSaved'));
  }
}
