import { Task } from '@lit/task';
import { nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import type { InterestReceipt, Opportunity } from '../../api/types.js';
import { checkBody } from '../../api/rules-check.js';
import { interestRules } from '../../api/rules-public.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { DraftController, draftKey } from '../../core/controllers/draft-controller.js';
import { draftMessages } from '../../core/forms/draft-parts.js';
import { fieldId, FormController, formSpeech, type FieldErrors } from '../../core/forms/form-controller.js';
import { formStyles } from '../../core/forms/form-styles.js';
import { mergeCatalogs, readingsReady } from '../../core/i18n.js';
import { errorMessage, errorView, loadingView } from '../../core/status-views.js';
import { printAlone } from '../../core/print-alone.js';
import { cardStyles } from '../../shared/card/opportunity-card.js';
import { closingDatePassed } from '../../shared/card/closing-words.js';
import { briefView } from './internal/brief-view.js';
import { calendarFile, calendarFileName } from './internal/calendar-file.js';
import { closedView, interestForm, sentView } from './internal/interest-form.js';
import { frequencyOf } from '../../core/forms/often-field.js';
import { blankInterest, FIELD_ORDER, interestBody, isInterestDraft, wordInterestProblem, type InterestValues } from './internal/interest-values.js';
import { opportunityMessages } from './coprod-opportunity.messages.js';
import { opportunityStyles } from './coprod-opportunity.styles.js';

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
 * @csspart needs-met - The needs a person ticked, set against what the opportunity already offers.
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
    initial: blankInterest,
    fieldOrder: FIELD_ORDER,
    aliases: { contact: 'contact.method' },
    rules: interestRules,
    validate: (values) => this.validate(values),
    word: (problem): string => wordInterestProblem(this.t, this.form.values.method, problem),
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
    // A filled one still takes interest, onto its waiting list (the receipt says so).
    return (opportunity.status === 'open' || opportunity.status === 'filled') && !closingDatePassed(opportunity.closingDate, this.today);
  }

  /** Brings back what was typed for this opportunity before a reload, once its form is shown. */
  private restoreDraft(opportunity: Opportunity): void {
    if (this.draftFor === opportunity.id) return;
    this.draft.saveNow();
    this.draftFor = opportunity.id;
    const kept = this.isOpen(opportunity) && !this.receipt ? this.draft.read() : undefined;
    if (!kept) return;
    this.form.reset({ ...blankInterest, ...kept });
    this.draft.markRestored();
  }

  private async startAgain(): Promise<void> {
    this.draft.clear();
    this.form.reset(blankInterest);
    await this.updateComplete;
    this.shadowRoot?.getElementById(fieldId('name'))?.focus();
    this.announce(this.t('startedAgain'));
  }

  /** Moves focus to the opportunity's title (used when it is opened in place). */
  async focusHeading(): Promise<void> {
    await this.loadTask.taskComplete.catch(() => undefined);
    // Its Welsh or easy-read words may still be on their way (a skeleton, no heading yet).
    await readingsReady(this.config.locale, this.config.readingLevel);
    await this.updateComplete;
    const heading = this.shadowRoot?.querySelector<HTMLElement>('.title');
    heading?.focus();
    heading?.scrollIntoView?.({ block: 'start' });
  }

  /** The contract's rules for an interest (src/api/rules.ts), worded by this form. */
  private validate(values: InterestValues): FieldErrors {
    const errors = this.form.wordAll(checkBody(interestRules, interestBody(values)));
    // Until a way to contact is chosen, there is no detail to ask for.
    if (!values.method) delete errors['contact.detail'];
    return errors;
  }

  private async send(event: Event, opportunity: Opportunity): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (!api) return;
    const receipt = await this.form.submit((values, idempotencyKey) =>
      api.createInterest(
        opportunity.id,
        {
          ...interestBody(values),
          consent: true,
          // Answers come back in the language and reading level the person is reading this in.
          messages: { language: this.config.locale, ...(this.config.readingLevel ? { readingLevel: this.config.readingLevel } : {}), frequency: frequencyOf(values.often) },
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
    const open = this.isOpen(opportunity);
    const view = { opportunity, t: this.t, locale, level: this.subLevel() };
    return briefView({
      opportunity,
      t: this.t,
      locale,
      readingLevel,
      level: this.level,
      today: this.today,
      offerInterest: open && !this.receipt,
      shareLink: this.shareLink(opportunity),
      interest: this.receipt
        ? sentView(view, this.receipt, this.form.values.method, () => printAlone(this), readingLevel === 'easy-read')
        : open
          ? interestForm({
              ...view,
              form: this.form,
              consentText: this.consentText,
              draftRestored: this.draft.restored,
              onStartAgain: () => void this.startAgain(),
              onSubmit: (event) => void this.send(event, opportunity),
              easyRead: this.config.readingLevel === 'easy-read',
              refresh: () => this.requestUpdate(),
            })
          : closedView(view),
      onGoToForm: (event) => this.goToForm(event),
      onCalendar: () => this.downloadCalendar(opportunity),
      onCopyLink: () => void this.copyLink(),
    });
  }
}
