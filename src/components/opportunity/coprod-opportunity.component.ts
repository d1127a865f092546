import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading } from '../../core/heading.js';
import { ApiError } from '../../api/errors.js';
import type { ContactMethod, InterestReceipt, Opportunity } from '../../api/types.js';
import { checkBody, interestRules, type FieldProblem } from '../../api/rules.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { DraftController, draftKey } from '../../core/controllers/draft-controller.js';
import { draftMessages, draftNotice } from '../../core/forms/draft-parts.js';
import { errorSummary } from '../../core/forms/error-summary.js';
import { choiceGroup, textField } from '../../core/forms/fields.js';
import { fieldId, FormController, formSpeech, type FieldErrors } from '../../core/forms/form-controller.js';
import { formStyles } from '../../core/forms/form-styles.js';
import { formatDate, formatList, mergeCatalogs } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { errorMessage, errorView, loadingView } from '../../core/status-views.js';
import { contactMethods, label, termName } from '../../core/vocabulary.js';
import { cardStyles, renderAccessFeatures, renderKeyFacts } from '../../shared/card/opportunity-card.js';
import { closingDatePassed, expenseNames, localised, paymentInWords } from '../../shared/card/plain-words.js';
import { calendarFile, calendarFileName, hasCalendarEvents } from './calendar-file.js';
import { opportunityMessages } from './coprod-opportunity.messages.js';
import { opportunityStyles } from './coprod-opportunity.styles.js';

/** What the "I'm interested" form holds. Each contact method keeps its own detail, so switching back loses nothing. */
export interface InterestValues {
  name: string;
  method: ContactMethod | '';
  details: Partial<Record<ContactMethod, string>>;
  accessNeeds: string;
  message: string;
  consent: boolean;
}

const METHODS: readonly ContactMethod[] = ['email', 'phone', 'text', 'post', 'supporter'];
const FIELD_ORDER = ['name', 'contact.method', 'contact.detail', 'accessNeeds', 'message', 'consent'] as const;

const detailFields: Record<ContactMethod, { label: 'email' | 'phone' | 'textNumber' | 'postalAddress' | 'supporter'; type?: 'email' | 'tel'; autocomplete?: string; inputmode?: 'email' | 'tel'; multiline?: boolean }> = {
  email: { label: 'email', type: 'email', autocomplete: 'email', inputmode: 'email' },
  phone: { label: 'phone', type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  text: { label: 'textNumber', type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  post: { label: 'postalAddress', autocomplete: 'street-address', multiline: true },
  supporter: { label: 'supporter', multiline: true },
};

const blank: InterestValues = { name: '', method: '', details: {}, accessNeeds: '', message: '', consent: false };

const isInterestDraft = (value: unknown): value is InterestValues =>
  typeof (value as InterestValues | undefined)?.name === 'string' && typeof (value as InterestValues).details === 'object';

/**
 * One co-production opportunity: the whole brief under the recipe's questions, "Add to
 * calendar", a link to share, and the "I'm interested" form.
 *
 * @summary One opportunity in full, with "I'm interested".
 *
 * @fires {CustomEvent<InterestSentDetail>} coprod-interest-sent - An expression of interest was accepted. `detail: { opportunityId, interestId, reference }`.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading or sending failed. `detail: { action, kind, message }`.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart facts - The key facts (when, where, time, pay, closing).
 * @csspart interest-form - The "I'm interested" form.
 * @csspart error-summary - The list of problems at the top of the form.
 * @csspart draft-notice - The notice that what was typed before a reload is back, with "Start again".
 * @csspart success - The panel shown once interest is sent.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error panel.
 * @cssproperty --coprod-skeleton-height - Height of each skeleton row while loading. Default 8em.
 */
export class CoprodOpportunity extends CoprodElement {
  static override styles = [...CoprodElement.styles, formStyles, cardStyles, opportunityStyles];
  static override messages = mergeCatalogs(draftMessages, opportunityMessages);

  /** The id of the opportunity to show. */
  @property({ attribute: 'opportunity-id' }) opportunityId?: string;

  /** The opportunity itself, when the page already has it (the list passes it when opening in place). */
  @property({ attribute: false }) opportunity?: Opportunity;

  /** The council's consent wording for the "I'm interested" form. */
  @property({ attribute: 'consent-text' }) consentText?: string;

  /** The link people copy to share. Default: this page with `?opportunity=<id>`. */
  @property({ attribute: 'share-href' }) shareHref?: string;

  /** The day closing dates are counted from. Default: today. @internal */
  @property({ attribute: false }) today?: Date;

  /** @internal */
  receipt: InterestReceipt | undefined;

  private readonly form = new FormController<InterestValues>(this, {
    initial: blank,
    fieldOrder: FIELD_ORDER,
    aliases: { contact: 'contact.method' },
    rules: interestRules,
    validate: (values) => this.validate(values),
    word: (problem) => this.wordProblem(problem),
    onChange: () => this.draft.changed(),
    speech: formSpeech('public', () => this.t('sendingNow'), (facts) => this.t('formFailure', facts)),
  });

  /** The opportunity whose draft the form holds: one draft per opportunity. */
  private draftFor: string | undefined;

  /** What was typed is kept in this tab and restored with a notice after a reload or "Back". */
  private readonly draft = new DraftController<InterestValues>(this, {
    key: () => (this.draftFor ? draftKey('interest', this.id, this.draftFor) : undefined),
    snapshot: () => (this.receipt ? undefined : this.form.values),
    accept: isInterestDraft,
    onRestored: () => this.announce(this.t('draftRestoredTitle')),
  });

  private readonly loadTask = new Task(this, {
    task: async ([api, id, given], { signal }): Promise<Opportunity | undefined> => {
      if (given && (!id || given.id === id)) return given;
      if (!api || !id) return undefined;
      return api.getOpportunity(id, { signal });
    },
    args: () => [this.api, this.opportunityId, this.opportunity] as const,
    onComplete: (opportunity) => {
      if (opportunity) this.restoreDraft(opportunity);
    },
    onError: (error) => this.reportError('load', error),
  });

  private isOpen(opportunity: Opportunity): boolean {
    // Open only while the status says so and the closing date (a UK day) has not passed,
    // so the card never says "Closed" while still offering the form.
    return opportunity.status === 'open' && !closingDatePassed(opportunity.closingDate, this.today);
  }

  /** Brings back what was typed for this opportunity before a reload, once its form is shown. */
  private restoreDraft(opportunity: Opportunity): void {
    if (this.draftFor === opportunity.id) return;
    this.draft.saveNow();
    this.draftFor = opportunity.id;
    const kept = this.isOpen(opportunity) && !this.receipt ? this.draft.read() : undefined;
    if (!kept) return;
    this.form.reset({ ...blank, ...kept });
    this.draft.markRestored();
  }

  private async startAgain(): Promise<void> {
    this.draft.clear();
    this.form.reset(blank);
    await this.updateComplete;
    this.shadowRoot?.getElementById(fieldId('name'))?.focus();
    this.announce(this.t('startedAgain'));
  }

  /** Moves focus to the opportunity's title (used when it is opened in place). */
  async focusHeading(): Promise<void> {
    await this.loadTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const heading = this.shadowRoot?.querySelector<HTMLElement>('.title');
    heading?.focus();
    heading?.scrollIntoView?.({ block: 'start' });
  }

  /** The request body for the values, as typed (trimmed; empty optional text left out). */
  private body(values: InterestValues) {
    const method = values.method as ContactMethod;
    return {
      name: values.name.trim(),
      contact: { method, detail: (values.details[method] ?? '').trim() },
      ...(values.accessNeeds.trim() ? { accessNeeds: values.accessNeeds.trim() } : {}),
      ...(values.message.trim() ? { message: values.message.trim() } : {}),
      consent: values.consent,
    };
  }

  /** The contract's rules for an interest (src/api/rules.ts), worded by this form. */
  private validate(values: InterestValues): FieldErrors {
    const errors = this.form.wordAll(checkBody(interestRules, this.body(values)));
    // Until a way to contact is chosen, there is no detail to ask for.
    if (!values.method) delete errors['contact.detail'];
    return errors;
  }

  /** This form's words for a field problem, from the browser's checks or the server's codes. */
  private wordProblem({ field, code, limit }: FieldProblem): string {
    const t = this.t;
    const n = (limit ?? 0).toLocaleString('en-GB');
    const method = this.form.values.method;
    const detailRequired = { email: 'emailRequired', phone: 'phoneRequired', text: 'textRequired', post: 'postRequired', supporter: 'supporterRequired' } as const;
    switch (`${field}:${code}`) {
      case 'name:required':
        return t('nameRequired');
      case 'name:too-long':
        return t('nameTooLong', n);
      case 'contact.method:required':
      case 'contact.method:not-in-list':
        return t('methodRequired');
      case 'contact.detail:required':
        return method ? t(detailRequired[method]) : t('methodRequired');
      case 'contact.detail:too-long':
        return t('detailTooLong', n);
      case 'contact.detail:invalid-email':
        return t('emailFormat');
      case 'contact.detail:invalid-phone':
        return t('phoneFormat');
      case 'accessNeeds:too-long':
        return t('accessNeedsTooLong', n);
      case 'message:too-long':
        return t('messageTooLong', n);
      case 'consent:required':
        return t('consentRequired');
      default:
        return t('fieldProblem', code, limit);
    }
  }

  private async send(event: Event, opportunity: Opportunity): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (!api) return;
    const receipt = await this.form.submit((values, idempotencyKey) =>
      api.createInterest(
        opportunity.id,
        {
          ...this.body(values),
          consent: true,
          // Answers come back in the language and reading level the person is reading this in.
          messages: { language: this.config.locale, ...(this.config.readingLevel ? { readingLevel: this.config.readingLevel } : {}) },
        },
        { idempotencyKey },
      ),
    );
    if (!receipt) {
      if (this.form.failure) this.reportError('send', this.form.failure);
      return;
    }
    this.receipt = receipt;
    this.draft.clear();
    this.requestUpdate();
    this.emit('coprod-interest-sent', { opportunityId: opportunity.id, interestId: receipt.id, reference: receipt.reference });
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.success-title')?.focus();
  }

  private shareLink(opportunity: Opportunity): string {
    if (this.shareHref) return this.shareHref;
    const url = new URL(location.href);
    url.searchParams.set('opportunity', opportunity.id);
    return url.href;
  }

  private async copyLink(): Promise<void> {
    const input = this.shadowRoot?.querySelector<HTMLInputElement>('#share-link');
    if (!input) return;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
      await navigator.clipboard.writeText(input.value);
      this.announce(this.t('linkCopied'));
    } catch {
      // Without clipboard permission, select the text so the person can copy it themselves.
      input.focus();
      input.select();
      this.announce(this.t('linkSelected'));
    }
  }

  private downloadCalendar(opportunity: Opportunity): void {
    const text = calendarFile(opportunity, {
      locale: this.config.locale,
      url: this.shareLink(opportunity),
      closingLabel: (title) => this.t('closingLabel', title),
    });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = calendarFileName(opportunity);
    link.hidden = true;
    this.shadowRoot!.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.announce(this.t('calendarReady'));
  }

  private goToForm(event: Event): void {
    event.preventDefault();
    const heading = this.shadowRoot?.querySelector<HTMLElement>('#interest-heading');
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  protected override get configured(): boolean {
    return !!this.api || !!this.opportunity;
  }

  protected override notConfiguredText(): { body: string } {
    return { body: this.t('noService') };
  }

  protected override renderContent(): unknown {
    return this.loadTask.render({
      initial: () => loadingView(this.t('loading'), { rows: 4 }),
      pending: () => loadingView(this.t('loading'), { rows: 4 }),
      error: (error) => this.renderError(error),
      complete: (opportunity) => (opportunity ? this.renderOpportunity(opportunity) : nothing),
    });
  }

  private renderError(error: unknown): TemplateResult {
    const notFound = error instanceof ApiError && error.kind === 'not-found';
    return errorView({
      title: notFound ? this.t('notFoundTitle') : this.t('errorTitle'),
      message: notFound ? this.t('notFoundBody') : errorMessage(error, (kind) => this.t('apiError', kind)),
      retryLabel: this.t('retry'),
      onRetry: notFound ? undefined : () => void this.loadTask.run(),
      fallback: this.fallback,
      headingLevel: this.level,
    });
  }

  private renderOpportunity(opportunity: Opportunity): TemplateResult {
    const { locale, readingLevel } = this.config;
    const brief = localised(opportunity, locale);
    const easyRead = this.easyRead;
    const open = this.isOpen(opportunity);
    const paragraphs = (text: string) => text.split(/\n\s*\n/).map((paragraph) => html`<p>${paragraph}</p>`);
    const venue = opportunity.where.venue;
    const sessions = opportunity.when.sessions ?? [];
    const placesLeft = opportunity.places ? Math.max(0, opportunity.places - opportunity.placesTaken) : undefined;
    return html`<article class="opportunity" aria-labelledby="opportunity-title">
      ${heading(this.level, html`${brief.title}`, { id: 'opportunity-title', className: 'title', tabindex: '-1' })}
      ${easyRead && brief.easyReadSummary
        ? html`<div class="easy-read-summary">${brief.easyReadSummary.split('\n').filter(Boolean).map((line) => html`<p>${line}</p>`)}</div>`
        : html`<p class="lead">${brief.summary}</p>`}
      <p class="muted">${termName(opportunity.organisation, locale)}</p>
      ${renderKeyFacts(opportunity, { locale, readingLevel, today: this.today })}
      <div class="button-group actions no-print">
        ${open && !this.receipt ? html`<a class="button" href="#interest-heading" @click=${this.goToForm}>${icon('heart')} ${this.t('imInterested')}</a>` : nothing}
        ${hasCalendarEvents(opportunity)
          ? html`<button type="button" class="button secondary calendar" @click=${() => this.downloadCalendar(opportunity)}>${icon('calendar')} ${this.t('addToCalendar')}</button>`
          : nothing}
      </div>

      <section class="brief-section" aria-labelledby="s-what">
        ${heading(this.subLevel(), html`${this.t('whatIsIt')}`, { id: 's-what' })}
        ${paragraphs(brief.description)}
      </section>
      <section class="brief-section" aria-labelledby="s-experience">
        ${heading(this.subLevel(), html`${this.t('experience')}`, { id: 's-experience' })}
        ${paragraphs(brief.experienceNeeded)}
        ${opportunity.skills?.length
          ? html`<p><strong>${this.t('skills')}</strong></p>
              <ul>
                ${opportunity.skills.map((skill) => html`<li>${skill}</li>`)}
              </ul>`
          : nothing}
      </section>
      <section class="brief-section" aria-labelledby="s-time">
        ${heading(this.subLevel(), html`${this.t('timeCommitment')}`, { id: 's-time' })}
        <p>${icon('clock')} ${brief.timeCommitment}</p>
        ${brief.prepTime ? html`<p><strong>${this.t('prepTime')}:</strong> ${brief.prepTime}</p>` : nothing}
      </section>
      <section class="brief-section" aria-labelledby="s-when">
        ${heading(this.subLevel(), html`${this.t('whenWhere')}`, { id: 's-when' })}
        <p>${icon('calendar')} ${brief.when}</p>
        ${sessions.length
          ? html`<p><strong>${this.t('sessions')}</strong></p>
              <ul class="sessions">
                ${sessions.map(
                  (session) =>
                    html`<li>
                      ${formatDate(locale, session.start, 'dateTime')}${session.end ? html`–${formatDate(locale, session.end, 'time')}` : nothing}${session.label ? html`: ${session.label}` : nothing}${session.venue ? html`, ${session.venue}` : nothing}${session.onlineLink ? html`, ${/^https?:\/\//i.test(session.onlineLink) ? html`<a href=${session.onlineLink}>${session.onlineLink}</a>` : session.onlineLink}` : nothing}
                    </li>`,
                )}
              </ul>`
          : nothing}
        ${venue && opportunity.where.modes.includes('in_person')
          ? html`<p>
              ${icon('location')} <strong>${this.t('venue')}:</strong> ${[venue.name, venue.address, venue.postcode].filter(Boolean).join(', ')}
            </p>
            ${venue.stepFree === undefined ? nothing : html`<p>${icon('access')} ${venue.stepFree ? this.t('stepFree') : this.t('notStepFree')}</p>`}`
          : nothing}
        ${opportunity.where.modes.includes('online') && opportunity.where.onlineDetails
          ? html`<p>${icon('online')} <strong>${this.t('online')}:</strong> ${opportunity.where.onlineDetails}</p>`
          : nothing}
      </section>
      <section class="brief-section" aria-labelledby="s-involved">
        ${heading(this.subLevel(), html`${this.t('howToGetInvolved')}`, { id: 's-involved' })}
        ${paragraphs(brief.howToGetInvolved)}
        ${placesLeft !== undefined ? html`<p>${this.t('places', placesLeft)}</p>` : nothing}
        ${opportunity.contact?.name
          ? html`<p>
              <strong>${this.t('contactPerson')}:</strong> ${opportunity.contact.name}${opportunity.contact.email
                ? html`, <a href="mailto:${opportunity.contact.email}">${opportunity.contact.email}</a>`
                : nothing}${opportunity.contact.phone ? html`, ${opportunity.contact.phone}` : nothing}
            </p>`
          : nothing}
      </section>
      <section class="brief-section" aria-labelledby="s-pay">
        ${heading(this.subLevel(), html`${this.t('payAndSupport')}`, { id: 's-pay' })}
        <p>${icon('money')} ${paymentInWords(opportunity.payment, locale, readingLevel)}</p>
        ${opportunity.payment.expensesCovered.length
          ? html`<p>
              <strong>${this.t('expenses')}:</strong>
              ${formatList(locale, opportunity.payment.expensesCovered.map((expense) => expenseNames[expense]?.[locale] ?? expense))}
            </p>`
          : html`<p>${this.t('noExpenses')}</p>`}
        ${brief.paymentNotes ? html`<p>${brief.paymentNotes}</p>` : nothing}
        ${renderAccessFeatures(opportunity, { locale, readingLevel }, this.subLevel(2))}
        ${brief.supportOffered ? paragraphs(brief.supportOffered) : nothing}
      </section>
      <section class="brief-section share no-print" aria-labelledby="s-share">
        ${heading(this.subLevel(), html`${this.t('shareHeading')}`, { id: 's-share' })}
        <label class="label" for="share-link">${this.t('shareLabel')}</label>
        <div class="share-row">
          <input class="input" id="share-link" type="url" readonly .value=${this.shareLink(opportunity)} />
          <button type="button" class="button secondary copy" @click=${this.copyLink}>${icon('share')} ${this.t('copyLink')}</button>
        </div>
      </section>
      <section class="interest" aria-labelledby="interest-heading">
        ${this.receipt ? this.renderSuccess(opportunity) : open ? this.renderForm(opportunity) : this.renderClosed()}
      </section>
    </article>`;
  }

  private renderClosed(): TemplateResult {
    return html`${heading(this.subLevel(), html`${this.t('formHeading')}`, { id: 'interest-heading', tabindex: '-1' })}
      <p class="panel notice">${this.t('notOpen')}</p>`;
  }

  private renderForm(opportunity: Opportunity): TemplateResult {
    const form = this.form;
    const values = form.values;
    const errorPrefix = this.t('errorPrefix');
    const organisation = termName(opportunity.organisation, this.config.locale);
    const lines = (text: string) => text.split('\n').map((line, index) => html`${index ? html`<br />` : nothing}${line}`);
    const detailField = (method: ContactMethod): TemplateResult => {
      const spec = detailFields[method];
      return textField({
        id: fieldId('contact.detail'),
        label: this.t(spec.label),
        hint: method === 'supporter' ? this.t('supporterHint') : undefined,
        error: form.error('contact.detail'),
        errorPrefix,
        value: values.details[method] ?? '',
        type: spec.type,
        autocomplete: spec.autocomplete,
        inputmode: spec.inputmode,
        multiline: spec.multiline,
        rows: 4,
        spellcheck: spec.type ? false : undefined,
        maxlength: interestRules['contact.detail']?.maxLength,
        onInput: (detail) => form.update({ details: { ...form.values.details, [method]: detail } }),
      });
    };
    return html`${heading(this.subLevel(), html`${this.t('formHeading')}`, { id: 'interest-heading', tabindex: '-1' })}
      <p>${lines(this.t('formIntro'))}</p>
      ${this.draft.restored
        ? draftNotice({
            level: this.subLevel(2),
            title: this.t('draftRestoredTitle'),
            body: this.t('draftRestoredBody'),
            startAgainLabel: this.t('startAgain'),
            onStartAgain: () => void this.startAgain(),
          })
        : nothing}
      <form part="interest-form" novalidate @submit=${(event: Event) => this.send(event, opportunity)}>
        ${errorSummary(this.t('errorSummaryTitle'), form.summary, this.subLevel(2))}
        ${form.failure
          ? html`<div class="panel error" data-form-failure tabindex="-1" role="alert">
              <p class="panel-title"><strong>${icon('alert')} ${this.t('sendFailedTitle')}</strong></p>
              <p>${form.failureText}</p>
              <p>${this.t('keptTyped')}</p>
            </div>`
          : nothing}
        ${textField({
          id: fieldId('name'),
          label: this.t('name'),
          hint: this.t('nameHint'),
          error: form.error('name'),
          errorPrefix,
          value: values.name,
          autocomplete: 'name',
          spellcheck: false,
          maxlength: interestRules['name']?.maxLength,
          onInput: (name) => form.update({ name }),
        })}
        ${choiceGroup({
          id: fieldId('contact.method'),
          type: 'radio',
          label: this.t('contactMethod'),
          error: form.error('contact.method'),
          errorPrefix,
          selected: values.method ? [values.method] : [],
          choices: METHODS.map((method) => ({ value: method, label: label(contactMethods, method, this.config.locale), reveal: detailField(method) })),
          onChange: ([method]) => form.update({ method: (method as ContactMethod | undefined) ?? '' }),
        })}
        ${textField({
          id: fieldId('accessNeeds'),
          label: html`${this.t('accessNeeds')} <span class="muted">${this.t('optional')}</span>`,
          hint: html`${lines(this.t('accessNeedsHint'))}`,
          error: form.error('accessNeeds'),
          errorPrefix,
          value: values.accessNeeds,
          multiline: true,
          rows: 3,
          maxlength: interestRules['accessNeeds']?.maxLength,
          onInput: (accessNeeds) => form.update({ accessNeeds }),
        })}
        ${textField({
          id: fieldId('message'),
          label: html`${this.t('message')} <span class="muted">${this.t('optional')}</span>`,
          error: form.error('message'),
          errorPrefix,
          value: values.message,
          multiline: true,
          rows: 4,
          maxlength: interestRules['message']?.maxLength,
          onInput: (message) => form.update({ message }),
        })}
        ${choiceGroup({
          id: fieldId('consent'),
          type: 'checkbox',
          label: this.t('consentLegend'),
          error: form.error('consent'),
          errorPrefix,
          selected: values.consent ? ['yes'] : [],
          choices: [{ value: 'yes', label: this.consentText || this.t('consentDefault', organisation) }],
          onChange: (selected) => form.update({ consent: selected.includes('yes') }),
        })}
        <button type="submit" class="button send" aria-disabled=${form.submitting ? 'true' : 'false'}>
          ${form.submitting ? this.t('sendingNow') : this.t('send')}
        </button>
      </form>`;
  }

  private renderSuccess(opportunity: Opportunity): TemplateResult {
    const receipt = this.receipt!;
    const locale = this.config.locale;
    const method = this.form.values.method ? label(contactMethods, this.form.values.method, locale) : '';
    const lines = (text: string) => text.split('\n').map((line, index) => html`${index ? html`<br />` : nothing}${line}`);
    return html`<div class="panel success" part="success">
      ${heading(this.subLevel(), html`${icon('check')} ${this.t('sentTitle')}`, { id: 'interest-heading', className: 'success-title', tabindex: '-1' })}
      <p>${this.t('reference')}:</p>
      <p class="reference">${receipt.reference}</p>
      ${heading(this.subLevel(2), html`${this.t('whatNext')}`)}
      <p>${this.t('nextSteps', termName(opportunity.organisation, locale), method, receipt.respondWithinDays)}</p>
      <p>${lines(this.t('quoteReference'))}</p>
    </div>`;
  }
}
