import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CoprodApi } from '../../api/api.js';
import type { AccessFeature, Opportunity, OpportunityStatus, ParticipationMode, Payment, Taxonomy } from '../../api/types.js';
import { choiceGroup, errorSummary, fieldId, FormController, formStyles, selectField, textField, type FieldErrors } from '../../core/forms/index.js';
import { heading } from '../../core/heading.js';
import { formatDate, mergeCatalogs } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { emptyView, loadingView } from '../../core/status-views.js';
import { accessFeatures, choicesFrom, label, loadTaxonomy, opportunityStatuses, participationModes, termName } from '../../core/vocabulary.js';
import { lines } from '../../shared/staff/staff-access.js';
import { StaffElement } from '../../shared/staff/staff-element.js';
import { staffCatalog } from '../../shared/staff/staff-shared.messages.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { blankBrief, FIELD_ORDER, fromOpportunity, isRealDate, poundsToPence, toInput, withStatus, type BriefValues } from './brief-values.js';
import { staffOpportunitiesMessages } from './coprod-staff-opportunities.messages.js';
import { staffOpportunitiesStyles } from './coprod-staff-opportunities.styles.js';
import '../opportunity/coprod-opportunity.js';

const STATUSES: readonly OpportunityStatus[] = ['draft', 'open', 'closed', 'filled'];
const EXPENSES = ['travel', 'prep_time', 'care', 'childcare', 'equipment', 'data', 'meals'] as const;
const EXPENSE_KEYS = { travel: 'expTravel', prep_time: 'expPrep', care: 'expCare', childcare: 'expChildcare', equipment: 'expEquipment', data: 'expData', meals: 'expMeals' } as const;
const UNITS = ['hour', 'session', 'day', 'meeting'] as const;
const UNIT_KEYS = { hour: 'unitHour', session: 'unitSession', day: 'unitDay', meeting: 'unitMeeting' } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Action = 'publish' | 'close' | 'filled';
const ACTION_STATUS: Record<Action, OpportunityStatus> = { publish: 'open', close: 'closed', filled: 'filled' };

interface Loaded {
  opportunities: Opportunity[];
  taxonomy: Taxonomy;
}

/**
 * The organisation's co-production opportunities, for staff: listed by status (draft,
 * open, closed, filled), created and edited with a form that asks the recipe's Project
 * Opportunity Brief question by question, with a live preview of the public view and the
 * easy-read view; published, closed or marked filled after a confirm step.
 *
 * Needs a staff token (attribute, provider or `configure()`); without one it shows a
 * "Sign in to see this" state and makes no request.
 *
 * @summary Write, publish, close and fill co-production opportunities.
 * @fires coprod-opportunity-saved - An opportunity was created or edited. Detail: `{ opportunity, created }`.
 * @fires coprod-opportunity-status-changed - Published, closed or marked filled. Detail: `{ opportunity, from, to }`.
 * @fires coprod-error - Loading or saving failed. Detail: `{ action, kind, message }`.
 * @csspart base - The outer wrapper.
 * @csspart sign-in - The "Sign in to see this" panel.
 * @csspart sign-in-link - The sign-in link.
 * @csspart item - One opportunity in the list.
 * @csspart form - The brief form.
 * @csspart preview - The live preview.
 * @csspart error - The panel shown when loading failed.
 * @csspart error-summary - The list of problems at the top of the form.
 */
export class CoprodStaffOpportunities extends StaffElement {
  static override styles = [...StaffElement.styles, formStyles, staffStyles, staffOpportunitiesStyles];
  static override messages = mergeCatalogs(staffCatalog, staffOpportunitiesMessages);

  /** Only this organisation's opportunities (a taxonomy organisation id); new ones belong to it. */
  @property() organisation?: string;

  /** Which status to show first: `draft`, `open` (default), `closed` or `filled`. */
  @property({ attribute: 'initial-status' }) initialStatus: OpportunityStatus = 'open';

  /** The day the preview counts closing dates from. Default: today. Set it for previews and tests. */
  @property({ attribute: false }) now?: Date;

  @state() private shown: OpportunityStatus | undefined;
  @state() private mode: 'list' | 'create' | 'edit' = 'list';
  @state() private editing: Opportunity | undefined;
  @state() private changed = new Map<string, Opportunity>();
  @state() private confirming: { id: string; action: Action } | undefined;
  @state() private busyId: string | undefined;
  @state() private result: { kind: 'done' | 'failed'; text: string } | undefined;
  @state() private previewLevel: 'standard' | 'easy-read' = 'standard';
  @state() private previewApi: CoprodApi | undefined;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly form = new FormController<BriefValues>(this, {
    initial: blankBrief(),
    validate: (values) => this.validate(values),
    fieldOrder: FIELD_ORDER,
    aliases: { 'where.venue': 'where.venue.name', payment: 'payment.type', 'timeCommitment': 'timeCommitment.summary', when: 'when.summary', where: 'where.modes' },
    onChange: () => this.schedulePreview(),
  });

  private readonly data = this.loadTask(
    () => this.organisation,
    async (api, organisation, signal): Promise<Loaded> => {
      this.changed = new Map();
      const opportunities: Opportunity[] = [];
      let cursor: string | undefined;
      // Staff lists are short, but follow the cursor so nothing is silently left out.
      for (let page = 0; page < 10; page += 1) {
        const result = await api.listOpportunities({ status: [...STATUSES], sort: 'newest', limit: 100, ...(organisation ? { organisation } : {}), ...(cursor ? { cursor } : {}) }, { signal });
        opportunities.push(...result.items);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      const taxonomy = await loadTaxonomy(api, signal);
      return { opportunities, taxonomy };
    },
  );

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  protected override renderSignedIn(): unknown {
    return this.data.render({
      initial: () => this.renderLoading(),
      pending: () => (this.data.value ? this.renderLoaded(this.data.value) : this.renderLoading()),
      error: (error) =>
        html`${heading(this.level, this.t('title'))}
        ${this.renderLoadError(error, () => void this.data.run())}`,
      complete: (loaded) => (loaded ? this.renderLoaded(loaded) : nothing),
    });
  }

  private renderLoading(): TemplateResult {
    return html`${heading(this.level, this.t('title'))}${loadingView(this.t('loadingLabel'))}`;
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    return this.mode === 'list' ? this.renderList(loaded) : this.renderForm(loaded.taxonomy);
  }

  // The list

  private all(loaded: Loaded): Opportunity[] {
    const seen = new Set<string>();
    const merged = loaded.opportunities.map((o) => {
      seen.add(o.id);
      return this.changed.get(o.id) ?? o;
    });
    const added = [...this.changed.values()].filter((o) => !seen.has(o.id));
    return [...added, ...merged];
  }

  private renderList(loaded: Loaded): TemplateResult {
    const { locale } = this.config;
    const all = this.all(loaded);
    const shown = this.shown ?? this.initialStatus;
    const items = all.filter((o) => o.status === shown);
    const statusName = label(opportunityStatuses, shown, locale);
    return html`<section aria-labelledby="staff-opportunities-title">
      ${heading(this.level, html`<span id="staff-opportunities-title">${this.t('title')}</span>`)}
      ${this.renderResult()}
      <div class="button-group">
        <button type="button" class="button" @click=${() => this.openForm()}>${icon('edit')} ${this.t('create')}</button>
      </div>
      <div role="group" aria-labelledby="status-tabs-label">
        <p id="status-tabs-label" class="label">${this.t('showStatus')}</p>
        <ul class="tabs">
          ${STATUSES.map(
            (status) => html`<li>
              <button type="button" class="button secondary" aria-pressed=${status === shown ? 'true' : 'false'} @click=${() => this.show(status)}>
                ${this.t('tab', label(opportunityStatuses, status, locale), all.filter((o) => o.status === status).length)}
              </button>
            </li>`,
          )}
        </ul>
      </div>
      ${items.length === 0
        ? emptyView(this.t('emptyTitle'), this.t('emptyBody', statusName), undefined, this.level + 1)
        : html`<ol class="items">
            ${items.map((o) => this.renderItem(o))}
          </ol>`}
    </section>`;
  }

  private renderResult(): TemplateResult {
    const result = this.result;
    return html`<p class="result" id="result" tabindex="-1" role=${result?.kind === 'failed' ? 'alert' : 'status'}>
      ${result?.kind === 'done' ? html`<span class="saved">${icon('check')} ${result.text}</span>` : nothing}
      ${result?.kind === 'failed' ? html`<span class="inline-error">${icon('alert')} ${result.text}</span>` : nothing}
    </p>`;
  }

  private show(status: OpportunityStatus): void {
    this.shown = status;
    this.confirming = undefined;
  }

  private renderItem(o: Opportunity): TemplateResult {
    const { locale } = this.config;
    const actions: Action[] = o.status === 'draft' ? ['publish'] : o.status === 'open' ? ['close', 'filled'] : o.status === 'closed' ? ['publish', 'filled'] : [];
    const confirming = this.confirming?.id === o.id ? this.confirming.action : undefined;
    const busy = this.busyId === o.id;
    return html`<li class="item" part="item" aria-labelledby="opp-${o.id}">
      ${heading(this.level + 1, html`<span id="opp-${o.id}" tabindex="-1">${o.title}</span>`)}
      <p><span class="tag">${label(opportunityStatuses, o.status, locale)}</span> <span class="subtle">${termName(o.organisation, locale)}</span></p>
      <dl class="facts">
        <dt>${this.t('closes')}</dt>
        <dd>${o.closingDate ? formatDate(locale, o.closingDate) : this.t('noClosingDate')}</dd>
        <dt>${this.t('interested')}</dt>
        <dd>${this.t('people', locale, o.interestCount ?? 0)}</dd>
        <dt>${this.t('places')}</dt>
        <dd>${this.t('placesTaken', o.placesTaken, o.places)}</dd>
        <dt>${this.t('updated')}</dt>
        <dd>${formatDate(locale, o.updatedAt)}</dd>
      </dl>
      ${confirming
        ? this.renderConfirm(o, confirming, busy)
        : html`<div class="button-group">
            <button type="button" class="button secondary" @click=${() => this.openForm(o)}>${icon('edit')} ${this.t('edit')}<span class="visually-hidden"> ${o.title}</span></button>
            ${actions.map(
              (action) =>
                html`<button type="button" class="button ${action === 'publish' ? '' : 'secondary'}" aria-disabled=${busy ? 'true' : nothing} @click=${() => this.ask(o, action)}>
                  ${this.t(action === 'publish' ? 'publish' : action === 'close' ? 'close' : 'markFilled')}<span class="visually-hidden"> ${o.title}</span>
                </button>`,
            )}
          </div>`}
    </li>`;
  }

  private renderConfirm(o: Opportunity, action: Action, busy: boolean): TemplateResult {
    const question = action === 'publish' ? this.t('confirmPublish', o.title) : action === 'close' ? this.t('confirmClose', o.title) : this.t('confirmFilled', o.title);
    const body = action === 'publish' ? this.t('confirmPublishBody') : action === 'close' ? this.t('confirmCloseBody') : this.t('confirmFilledBody');
    const yes = action === 'publish' ? this.t('yesPublish') : action === 'close' ? this.t('yesClose') : this.t('yesFilled');
    return html`<div class="confirm" tabindex="-1" role="group" aria-labelledby="confirm-${o.id}">
      <p id="confirm-${o.id}"><strong>${question}</strong></p>
      <p>${lines(body)}</p>
      <div class="button-group">
        <button type="button" class="button ${action === 'publish' ? '' : 'warning'}" aria-disabled=${busy ? 'true' : nothing} @click=${() => this.setStatus(o, action)}>${busy ? this.t('saving') : yes}</button>
        <button type="button" class="button secondary" aria-disabled=${busy ? 'true' : nothing} @click=${() => this.cancelConfirm(o)}>${this.t('cancel')}</button>
      </div>
    </div>`;
  }

  // Buttons are marked aria-disabled while saving (so focus stays on them), and these guards stop them acting.
  private async ask(o: Opportunity, action: Action): Promise<void> {
    if (this.busyId) return;
    this.confirming = { id: o.id, action };
    this.result = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.confirm')?.focus();
  }

  private async cancelConfirm(o: Opportunity): Promise<void> {
    if (this.busyId) return;
    this.confirming = undefined;
    await this.updateComplete;
    this.shadowRoot?.getElementById(`opp-${o.id}`)?.focus();
  }

  private async setStatus(o: Opportunity, action: Action): Promise<void> {
    const api = this.api;
    if (!api || this.busyId) return;
    const to = ACTION_STATUS[action];
    this.busyId = o.id;
    try {
      const updated = await api.updateOpportunity(o.id, withStatus(o, to));
      this.changed = new Map(this.changed).set(o.id, updated);
      this.confirming = undefined;
      const text = action === 'publish' ? this.t('published', o.title) : action === 'close' ? this.t('closed', o.title) : this.t('filled', o.title);
      this.result = { kind: 'done', text };
      this.announce(text);
      this.emit('coprod-opportunity-status-changed', { opportunity: updated, from: o.status, to });
    } catch (error) {
      this.result = { kind: 'failed', text: `${this.t('actionFailed', o.title)} ${this.actionError(error)}` };
      this.confirming = undefined;
      this.reportError('status', error);
    } finally {
      this.busyId = undefined;
    }
    await this.updateComplete;
    this.shadowRoot?.getElementById('result')?.focus();
  }

  // The form

  private async openForm(o?: Opportunity): Promise<void> {
    this.editing = o;
    this.mode = o ? 'edit' : 'create';
    this.result = undefined;
    this.confirming = undefined;
    this.form.reset(o ? fromOpportunity(o) : blankBrief(this.organisation ?? ''));
    this.schedulePreview(0);
    await this.updateComplete;
    this.shadowRoot?.getElementById('form-title')?.focus();
  }

  private async backToList(focusId?: string): Promise<void> {
    this.mode = 'list';
    this.editing = undefined;
    this.previewApi = undefined;
    clearTimeout(this.previewTimer);
    await this.updateComplete;
    this.shadowRoot?.getElementById(focusId ?? 'staff-opportunities-title')?.focus();
  }

  private renderForm(taxonomy: Taxonomy): TemplateResult {
    const t = this.t;
    const { locale } = this.config;
    const form = this.form;
    const v = form.values;
    const editing = this.editing;
    const err = (path: string) => form.error(path);
    const prefix = t('errorPrefix');
    const optional = (text: string) => html`${text} <span class="subtle">${t('optional')}</span>`;
    const text = (path: string, labelText: string | TemplateResult, key: keyof BriefValues, options: { hint?: string; multiline?: boolean; rows?: number; maxlength?: number; type?: 'text' | 'email' | 'tel'; autocomplete?: string; narrow?: boolean } = {}) =>
      textField({
        id: fieldId(path),
        label: labelText,
        hint: options.hint,
        error: err(path),
        errorPrefix: prefix,
        value: String(v[key] ?? ''),
        multiline: options.multiline,
        rows: options.rows,
        maxlength: options.maxlength,
        type: options.type,
        autocomplete: options.autocomplete,
        narrow: options.narrow,
        onInput: (value) => form.update({ [key]: value } as Partial<BriefValues>),
      });
    const question = (title: string, content: TemplateResult) => html`<fieldset class="question"><legend class="question-title">${title}</legend>${content}</fieldset>`;
    const paid = v.paymentType === 'paid' || v.paymentType === 'voucher';
    const fixedOrganisation = this.organisation ? taxonomy.organisations.find((o) => o.id === this.organisation) : undefined;
    return html`<section aria-labelledby="form-title" class="brief">
      ${heading(this.level, html`<span id="form-title" tabindex="-1">${editing ? t('formTitleEdit', editing.title) : t('formTitleNew')}</span>`)}
      <p>${lines(t('formIntro'))}</p>
      <div class="button-group">
        <button type="button" class="button link" @click=${() => this.backToList(editing ? `opp-${editing.id}` : undefined)}>${icon('arrowLeft')} ${t('backToList')}</button>
      </div>
      <form part="form" novalidate @submit=${(event: Event) => this.save(event)}>
        ${errorSummary(t('errorSummaryTitle'), form.summary, this.level + 1)}
        ${form.failure
          ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${icon('alert')} ${this.actionError(form.failure)} ${t('keptTyped')}</p>`
          : nothing}
        ${question(
          t('qWhat'),
          html`${text('title', t('fTitle'), 'title', { hint: t('fTitleHint'), maxlength: 200 })}
          ${text('summary', t('fSummary'), 'summary', { hint: t('fSummaryHint'), multiline: true, rows: 2, maxlength: 300 })}
          ${text('description', t('fDescription'), 'description', { hint: t('fDescriptionHint'), multiline: true, rows: 8, maxlength: 10000 })}
          ${text('easyReadSummary', optional(t('fEasyRead')), 'easyReadSummary', { hint: t('fEasyReadHint'), multiline: true, rows: 5, maxlength: 1000 })}`,
        )}
        ${question(
          t('qExperience'),
          html`${text('experienceNeeded', t('fExperience'), 'experienceNeeded', { hint: t('fExperienceHint'), multiline: true, rows: 4, maxlength: 3000 })}
          ${text('skills', optional(t('fSkills')), 'skills', { hint: t('fSkillsHint'), multiline: true, rows: 3 })}`,
        )}
        ${question(
          t('qTime'),
          html`${text('timeCommitment.summary', t('fTime'), 'timeSummary', { hint: t('fTimeHint'), maxlength: 300 })}
          ${text('timeCommitment.prepTime', optional(t('fPrep')), 'prepTime', { hint: t('fPrepHint'), maxlength: 300 })}`,
        )}
        ${question(
          t('qWhenWhere'),
          html`${text('when.summary', t('fWhen'), 'whenSummary', { hint: t('fWhenHint'), multiline: true, rows: 2, maxlength: 500 })}
          ${choiceGroup({
            id: fieldId('where.modes'),
            type: 'checkbox',
            label: t('fModes'),
            hint: t('fModesHint'),
            error: err('where.modes'),
            errorPrefix: prefix,
            selected: v.modes,
            onChange: (modes) => form.update({ modes: modes as ParticipationMode[] }),
            choices: choicesFrom(participationModes, locale).map((choice) => ({
              ...choice,
              reveal:
                choice.value === 'in_person'
                  ? html`${text('where.venue.name', t('fVenue'), 'venueName', { maxlength: 200 })}
                    ${text('where.venue.address', optional(t('fAddress')), 'venueAddress', { multiline: true, rows: 3, maxlength: 500 })}
                    ${text('where.venue.postcode', optional(t('fPostcode')), 'venuePostcode', { narrow: true, maxlength: 10 })}
                    ${choiceGroup({
                      id: fieldId('where.venue.stepFree'),
                      type: 'checkbox',
                      label: html`<span class="visually-hidden">${t('fStepFree')}</span>`,
                      errorPrefix: prefix,
                      selected: v.venueStepFree ? ['yes'] : [],
                      onChange: (selected) => form.update({ venueStepFree: selected.includes('yes') }),
                      choices: [{ value: 'yes', label: t('fStepFree') }],
                    })}`
                  : choice.value === 'online'
                    ? text('where.onlineDetails', optional(t('fOnline')), 'onlineDetails', { hint: t('fOnlineHint'), maxlength: 500 })
                    : undefined,
            })),
          })}
          ${selectField({
            id: fieldId('where.areaId'),
            label: optional(t('fArea')) as unknown as string,
            error: err('where.areaId'),
            errorPrefix: prefix,
            value: v.areaId,
            options: [{ value: '', label: t('noArea') }, ...taxonomy.areas.map((a) => ({ value: a.id, label: termName(a, locale) }))],
            onChange: (areaId) => form.update({ areaId }),
          })}`,
        )}
        ${question(
          t('qInvolved'),
          html`${text('howToGetInvolved', t('fHow'), 'howToGetInvolved', { hint: t('fHowHint'), multiline: true, rows: 4, maxlength: 3000 })}
          ${this.dateField('closingDate', optional(t('fClosing')), t('fClosingHint'))}
          ${text('places', optional(t('fPlaces')), 'places', { hint: t('fPlacesHint'), narrow: true })}
          ${text('contact.name', optional(t('fContactName')), 'contactName', { maxlength: 200, autocomplete: 'off' })}
          ${text('contact.email', optional(t('fContactEmail')), 'contactEmail', { type: 'email', maxlength: 254, autocomplete: 'off' })}
          ${text('contact.phone', optional(t('fContactPhone')), 'contactPhone', { type: 'tel', maxlength: 40, autocomplete: 'off' })}`,
        )}
        ${question(
          t('qPay'),
          html`${choiceGroup({
            id: fieldId('payment.type'),
            type: 'radio',
            label: t('fPayType'),
            error: err('payment.type'),
            errorPrefix: prefix,
            selected: v.paymentType ? [v.paymentType] : [],
            onChange: ([type]) => form.update({ paymentType: (type as Payment['type']) ?? '' }),
            choices: [
              { value: 'paid', label: t('payPaid') },
              { value: 'voucher', label: t('payVoucher') },
              { value: 'unpaid', label: t('payUnpaid') },
            ],
          })}
          ${paid
            ? html`<div class="amount-row">
                ${text('payment.amountPence', t('fAmount'), 'amount', { hint: t('fAmountHint'), narrow: true })}
                ${selectField({
                  id: fieldId('payment.unit'),
                  label: t('fUnit'),
                  errorPrefix: prefix,
                  value: v.unit,
                  options: UNITS.map((unit) => ({ value: unit, label: t(UNIT_KEYS[unit]) })),
                  onChange: (unit) => form.update({ unit: unit as BriefValues['unit'] }),
                })}
              </div>`
            : nothing}
          ${choiceGroup({
            id: fieldId('payment.expensesCovered'),
            type: 'checkbox',
            label: t('fExpenses'),
            error: err('payment.expensesCovered'),
            errorPrefix: prefix,
            inline: true,
            selected: v.expenses,
            onChange: (expenses) => form.update({ expenses: expenses as BriefValues['expenses'] }),
            choices: EXPENSES.map((expense) => ({ value: expense, label: t(EXPENSE_KEYS[expense]) })),
          })}
          ${text('payment.notes', optional(t('fPayNotes')), 'paymentNotes', { hint: t('fPayNotesHint'), multiline: true, rows: 2, maxlength: 500 })}
          ${choiceGroup({
            id: fieldId('accessibility'),
            type: 'checkbox',
            label: t('fAccess'),
            error: err('accessibility'),
            errorPrefix: prefix,
            inline: true,
            selected: v.accessibility,
            onChange: (accessibility) => form.update({ accessibility: accessibility as AccessFeature[] }),
            choices: choicesFrom(accessFeatures, locale),
          })}
          ${text('supportOffered', optional(t('fSupport')), 'supportOffered', { hint: t('fSupportHint'), multiline: true, rows: 3, maxlength: 3000 })}`,
        )}
        ${question(
          t('qTopics'),
          html`${choiceGroup({
            id: fieldId('topics'),
            type: 'checkbox',
            label: t('fTopics'),
            hint: t('fTopicsHint'),
            error: err('topics'),
            errorPrefix: prefix,
            inline: true,
            selected: v.topics,
            onChange: (topics) => form.update({ topics }),
            choices: taxonomy.topics.map((topic) => ({ value: topic.id, label: termName(topic, locale) })),
          })}
          ${fixedOrganisation
            ? html`<p><strong>${t('fOrganisation')}:</strong> ${termName(fixedOrganisation, locale)}</p>`
            : selectField({
                id: fieldId('organisationId'),
                label: t('fOrganisation'),
                error: err('organisationId'),
                errorPrefix: prefix,
                value: v.organisationId,
                options: [{ value: '', label: t('chooseOrganisation') }, ...taxonomy.organisations.map((o) => ({ value: o.id, label: termName(o, locale) }))],
                onChange: (organisationId) => form.update({ organisationId }),
              })}`,
        )}
        ${question(
          t('qWelsh'),
          html`<p class="hint">${t('qWelshHint')}</p>
          ${text('translations.cy.title', optional(t('fCyTitle')), 'cyTitle', { maxlength: 200 })}
          ${text('translations.cy.summary', optional(t('fCySummary')), 'cySummary', { multiline: true, rows: 2, maxlength: 300 })}`,
        )}
        <div class="button-group">
          <button type="submit" class="button" aria-disabled=${form.submitting ? 'true' : nothing}>${form.submitting ? t('saving') : editing ? t('saveChanges') : t('saveDraft')}</button>
          <button type="button" class="button secondary" @click=${() => this.backToList(editing ? `opp-${editing.id}` : undefined)}>${t('cancel')}</button>
        </div>
      </form>
      ${this.renderPreview(taxonomy)}
    </section>`;
  }

  private dateField(path: string, labelText: TemplateResult, hint: string): TemplateResult {
    const id = fieldId(path);
    const error = this.form.error(path);
    return html`<div class="form-group ${error ? 'has-error' : ''}">
      <label class="label" for=${id}>${labelText}</label>
      <span class="hint" id="${id}-hint">${hint}</span>
      ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${this.t('errorPrefix')}</span> ${error}</p>` : nothing}
      <input
        class="input date-input"
        type="date"
        id=${id}
        name=${id}
        aria-describedby=${ifDefined(error ? `${id}-hint ${id}-error` : `${id}-hint`)}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(this.form.values.closingDate)}
        @input=${(event: Event) => this.form.update({ closingDate: (event.target as HTMLInputElement).value })}
        @change=${(event: Event) => this.form.update({ closingDate: (event.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  private renderPreview(taxonomy: Taxonomy): TemplateResult {
    const t = this.t;
    const element = customElements.get('coprod-opportunity');
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      ${heading(this.level + 1, html`<span id="preview-title">${t('preview')}</span>`)}
      <p class="hint">${t('previewHint')}</p>
      <ul class="tabs" aria-label=${t('preview')}>
        ${(['standard', 'easy-read'] as const).map(
          (level) =>
            html`<li>
              <button type="button" class="button secondary" aria-pressed=${this.previewLevel === level ? 'true' : 'false'} @click=${() => (this.previewLevel = level)}>
                ${level === 'standard' ? t('previewStandard') : t('previewEasyRead')}
              </button>
            </li>`,
        )}
      </ul>
      ${element && this.previewApi
        ? html`<coprod-opportunity
            .adapter=${this.previewApi}
            .today=${this.now}
            opportunity-id=${PREVIEW_ID}
            reading-level=${this.previewLevel}
            locale=${this.config.locale}
            heading-level=${String(Math.min(6, this.level + 2))}
          ></coprod-opportunity>`
        : this.renderOwnPreview(taxonomy)}
    </section>`;
  }

  /** A plain preview for pages that have not loaded `<coprod-opportunity>`. */
  private renderOwnPreview(taxonomy: Taxonomy): TemplateResult {
    const v = this.form.values;
    const { locale } = this.config;
    const easy = this.previewLevel === 'easy-read';
    const summary = easy && v.easyReadSummary.trim() ? v.easyReadSummary : v.summary;
    return html`<article class="item">
      ${heading(this.level + 2, v.title.trim() || this.t('previewUntitled'))}
      <p class="pre-line">${summary}</p>
      <dl class="facts">
        <dt>${icon('clock')} ${this.t('fTime')}</dt>
        <dd>${v.timeSummary}</dd>
        <dt>${icon('calendar')} ${this.t('fWhen')}</dt>
        <dd>${v.whenSummary}</dd>
        <dt>${icon('location')} ${this.t('fModes')}</dt>
        <dd>${v.modes.map((m) => label(participationModes, m, locale)).join(', ')}${v.areaId ? ` (${termName(taxonomy.areas.find((a) => a.id === v.areaId), locale)})` : ''}</dd>
        <dt>${icon('money')} ${this.t('fPayType')}</dt>
        <dd>${v.paymentType === 'paid' ? this.t('payPaid') : v.paymentType === 'voucher' ? this.t('payVoucher') : v.paymentType === 'unpaid' ? this.t('payUnpaid') : ''}${paidAmount(v)}</dd>
      </dl>
    </article>`;
  }

  private schedulePreview(delay = 300): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.buildPreview(), delay);
  }

  /**
   * The draft as an Opportunity in its own in-memory API, so the real public element shows
   * it exactly as people will see it. Loaded on demand: the seed data stays out of pages
   * that never open the form.
   */
  private async buildPreview(): Promise<void> {
    const loaded = this.data.value;
    if (this.mode === 'list' || !loaded || !customElements.get('coprod-opportunity')) return;
    const { InMemoryApi } = await import('../../api/in-memory.js');
    const v = this.form.values;
    const input = toInput({ ...v, title: v.title.trim() || this.t('previewUntitled'), modes: v.modes.length ? v.modes : ['online'] }, 'open');
    const now = (this.now ?? new Date()).toISOString();
    const { organisations, areas } = loaded.taxonomy;
    const organisation = organisations.find((o) => o.id === input.organisationId) ?? { id: input.organisationId || 'organisation', name: { en: input.organisationId || '-' } };
    const opportunity: Opportunity = {
      ...input,
      id: PREVIEW_ID,
      organisation,
      area: areas.find((a) => a.id === input.where.areaId) ?? null,
      placesTaken: this.editing?.placesTaken ?? 0,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
    };
    this.previewApi = new InMemoryApi({ seed: { taxonomy: loaded.taxonomy, opportunities: [opportunity], interests: [], feedback: [], profiles: [] }, ...(this.now ? { now: this.now } : {}) });
  }

  private validate(v: BriefValues): FieldErrors {
    const t = this.t;
    const e: FieldErrors = {};
    const need = (path: string, value: string, message: string) => {
      if (!value.trim()) e[path] = message;
    };
    need('title', v.title, t('eTitle'));
    if (!e['title'] && v.title.trim().length < 3) e['title'] = t('eTitleShort');
    need('summary', v.summary, t('eSummary'));
    if (!e['summary'] && v.summary.trim().length < 10) e['summary'] = t('eSummaryShort');
    if (!e['summary'] && v.summary.trim().length > 300) e['summary'] = t('eSummaryLong');
    need('description', v.description, t('eDescription'));
    if (!e['description'] && v.description.trim().length < 10) e['description'] = t('eDescriptionShort');
    need('experienceNeeded', v.experienceNeeded, t('eExperience'));
    if (v.skills.split('\n').some((s) => s.trim().length > 80)) e['skills'] = t('eTooLong', t('fSkills'), 80);
    need('timeCommitment.summary', v.timeSummary, t('eTime'));
    need('when.summary', v.whenSummary, t('eWhen'));
    if (v.modes.length === 0) e['where.modes'] = t('eModes');
    if (v.modes.includes('in_person') && !v.venueName.trim()) e['where.venue.name'] = t('eVenue');
    need('howToGetInvolved', v.howToGetInvolved, t('eHow'));
    if (v.closingDate.trim() && !isRealDate(v.closingDate.trim())) e['closingDate'] = t('eClosing');
    const places = v.places.trim();
    if (places && (!/^\d+$/.test(places) || Number(places) < 1 || Number(places) > 10000)) e['places'] = t('ePlaces');
    if (v.contactEmail.trim() && !EMAIL.test(v.contactEmail.trim())) e['contact.email'] = t('eEmail');
    if (!v.paymentType) e['payment.type'] = t('ePayType');
    if ((v.paymentType === 'paid' || v.paymentType === 'voucher') && poundsToPence(v.amount) === undefined) e['payment.amountPence'] = t('eAmount');
    if (v.topics.length === 0) e['topics'] = t('eTopics');
    else if (v.topics.length > 10) e['topics'] = t('eTopicsMax');
    if (!v.organisationId) e['organisationId'] = t('eOrganisation');
    return e;
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (!api) return;
    const editing = this.editing;
    const saved = await this.form.submit((values, idempotencyKey) =>
      editing ? api.updateOpportunity(editing.id, toInput(values, editing.status)) : api.createOpportunity(toInput(values, 'draft'), { idempotencyKey }),
    );
    if (!saved) {
      if (this.form.failure) this.reportError('save', this.form.failure);
      return;
    }
    this.changed = new Map(this.changed).set(saved.id, saved);
    const text = editing ? this.t('savedChanges', saved.title) : this.t('savedDraft', saved.title);
    this.result = { kind: 'done', text };
    this.shown = saved.status;
    this.announce(text);
    this.emit('coprod-opportunity-saved', { opportunity: saved, created: !editing });
    await this.backToList(`opp-${saved.id}`);
  }
}

const PREVIEW_ID = 'preview';

function paidAmount(v: BriefValues): string {
  const pence = poundsToPence(v.amount);
  if ((v.paymentType !== 'paid' && v.paymentType !== 'voucher') || pence === undefined) return '';
  return `: £${(pence / 100).toFixed(pence % 100 ? 2 : 0)}`;
}
