import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CoprodApi } from '../../api/api.js';
import { accessMet } from '../../api/rules.js';
import { ApiError } from '../../api/errors.js';
import type { Interest, Opportunity } from '../../api/types.js';
import { versionOf } from '../../api/versions.js';
import { BusyController } from '../../core/controllers/busy-controller.js';
import { formStyles, type FormController } from '../../core/forms/index.js';
import { heading } from '../../core/heading.js';
import { formatDate, mergeCatalogs } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { markedIn, withEnglish } from '../../core/in-english.js';
import { downloadIcon } from '../../core/icons-more.js';
import { emptyView, loadingView } from '../../core/status-views.js';
import { accessLabels, contactMethods, interestStatuses, label } from '../../core/vocabulary.js';
import { downloadCsv, fileSafe, toCsv } from '../../shared/staff/csv.js';
import { lines } from '../../shared/staff/staff-access.js';
import { StaffElement } from '../../shared/staff/staff-element.js';
import { staffMessages } from '../../shared/staff/staff-shared.messages.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { workingDaysBetween } from '../../shared/staff/working-days.js';
import { ListAddress, listPagingStyles, pagedListView, searchView, type ListPlace } from '../../shared/staff/list-paging.js';
import { listPagingMessages } from '../../shared/staff/list-paging.messages.js';
import { conflictMessages } from '../../shared/conflict/conflict.messages.js';
import { conflictStyles, type ConflictChoice } from '../../shared/conflict/conflict-view.js';
import { staffInterestMessages } from './coprod-staff-interest.messages.js';
import { chooserView } from './internal/chooser.js';
import { answerForm, answerFormView, rowIdOf, type RowDraft } from './internal/answer-form.js';
import { answerConflictView, mergedAnswer, type AnswerConflict } from './internal/answer-conflict.js';
import { staffInterestStyles } from './coprod-staff-interest.styles.js';
import { searchInterests } from './internal/search.js';
import { keepWhole } from '../../core/keep-whole.js';

interface Loaded {
  opportunity: Opportunity;
  interests: Interest[];
}

type RowResult = { kind: 'saved'; text: string } | { kind: 'failed'; text: string };

/**
 * The expressions of interest in one opportunity, for staff: oldest first, with how each
 * person wants to be contacted, their access needs and message, and how many working days
 * (Monday to Friday) they have waited. Anyone waiting past the target is flagged in words,
 * with an icon and a border, never by colour alone. Staff set a status and a note per
 * person and save each row; the whole list downloads as a CSV file built in the browser.
 *
 * Without `opportunity-id` (or with `choose`) it offers a choice of opportunity above the list.
 *
 * Needs a staff token (attribute, provider or `configure()`); without one it shows a
 * "Sign in to see this" state and makes no request.
 *
 * @summary Answer expressions of interest: who is waiting, for how long, and what happened.
 * @fires {CustomEvent<InterestUpdatedDetail>} coprod-interest-updated - A person's status or note was saved. Detail: `{ opportunityId, interestId, status }` (ids and the status only, no personal data).
 * @fires {CustomEvent<OpportunityChosenDetail>} coprod-opportunity-chosen - Staff chose another opportunity from the choice above the list. Detail: `{ opportunityId }`.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading or saving failed. Detail: `{ action: 'load' | 'save', kind, message }`.
 * @csspart base - The outer wrapper.
 * @csspart sign-in - The "Sign in to see this" panel.
 * @csspart sign-in-link - The sign-in link.
 * @csspart export - The CSV download button.
 * @csspart item - One person's card.
 * @csspart error - The panel shown when loading failed.
 */
export class CoprodStaffInterest extends StaffElement {
  static override styles = [...StaffElement.styles, formStyles, staffStyles, staffInterestStyles, conflictStyles, listPagingStyles];
  static override messages = mergeCatalogs(mergeCatalogs(mergeCatalogs(staffMessages, staffInterestMessages), conflictMessages), listPagingMessages);

  /** The words searched and the page, kept in the address (`#interest-q=...&interest-page=2`). */
  private readonly address = new ListAddress(this, 'interest');

  /** The id of the opportunity whose expressions of interest to show. */
  @property({ attribute: 'opportunity-id' }) opportunityId?: string;

  /** Offer the choice of opportunity even when `opportunity-id` is set (the workspace sets it). */
  @property({ attribute: 'choose', type: Boolean }) chooseOpportunity = false;

  /** How many working days people should wait at most for an answer. Default 5 (Reach Volunteering's standard). */
  @property({ attribute: 'respond-within-days', type: Number }) respondWithinDays = 5;

  /** The time waiting is counted to. Default: now. Set it for previews and tests. */
  @property({ attribute: false }) now?: Date;

  @state() private drafts = new Map<string, RowDraft>();
  @state() private saved = new Map<string, Interest>();
  @state() private results = new Map<string, RowResult>();
  /** Rows someone else answered since the list was read: both answers, until the person chooses. */
  @state() private conflicts = new Map<string, AnswerConflict>();
  /** Each row's form controller, made the first time the row changes or is saved: it shows a refusal's field problems. */
  private rowForms = new Map<string, FormController<RowDraft>>();
  /** The row being saved keeps focus on its button (aria-disabled) and ignores a second press. */
  private readonly busy = new BusyController(this);

  /** The person chose an opportunity here: the choice stays above the list. */
  @state() private chosen = false;

  private get offersChoice(): boolean {
    return this.chooseOpportunity || this.chosen || !this.opportunityId;
  }

  private readonly choices = this.loadTask(
    () => this.offersChoice,
    async (api, offers, signal): Promise<Opportunity[] | undefined> =>
      offers ? (await api.listOpportunities({ status: ['open', 'draft', 'closed', 'filled', 'cancelled'], sort: 'newest', limit: 100 }, { signal })).items : undefined,
  );

  private renderChooser(): unknown {
    if (!this.offersChoice) return nothing;
    return chooserView({
      t: this.t,
      locale: this.config.locale,
      opportunities: this.choices.value,
      chosen: this.opportunityId,
      onChoose: (id) => {
        this.chosen = true;
        this.opportunityId = id || undefined;
        // Another opportunity's people: from the first page, with nothing searched.
        if (this.address.place.q || this.address.place.page > 1) this.address.go({ q: '', page: 1 });
        this.emit('coprod-opportunity-chosen', { opportunityId: id || null });
      },
    });
  }

  private readonly data = this.loadTask(
    () => this.opportunityId,
    async (api, id, signal): Promise<Loaded | undefined> => {
      if (!id) return undefined;
      this.drafts = new Map();
      this.saved = new Map();
      this.results = new Map();
      this.conflicts = new Map();
      for (const form of this.rowForms.values()) this.removeController(form);
      this.rowForms = new Map();
      const [opportunity, interests] = await Promise.all([api.getOpportunity(id, { signal }), api.listInterests(id, { signal })]);
      return { opportunity, interests };
    },
  );

  protected override renderSignedIn(): unknown {
    if (!this.opportunityId) return html`${heading(this.level, this.t('titleNoName'), { className: 'widget-title' })}${this.renderChooser()}${emptyView(this.t('noOpportunityTitle'), this.t('noOpportunityBody'), undefined, this.level + 1)}`;
    return this.data.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (error) =>
        html`${heading(this.level, this.t('titleNoName'), { className: 'widget-title' })}${this.renderChooser()}
        ${this.renderLoadError(error, () => void this.data.run())}`,
      complete: (loaded) => (loaded ? this.renderList(loaded) : nothing),
    });
  }

  private renderLoading(): TemplateResult {
    return html`${heading(this.level, this.t('titleNoName'), { className: 'widget-title' })}${this.renderChooser()}${loadingView(this.t('loadingLabel'), { rows: 3 })}`;
  }

  private current(interest: Interest): Interest {
    return this.saved.get(interest.id) ?? interest;
  }

  private waitedDays(interest: Interest): number {
    const until = interest.firstAnsweredAt ? new Date(interest.firstAnsweredAt) : (this.now ?? new Date());
    return workingDaysBetween(new Date(interest.createdAt), until);
  }

  private isOverdue(interest: Interest): boolean {
    return interest.status === 'new' && !interest.firstAnsweredAt && this.waitedDays(interest) > this.respondWithinDays;
  }

  private renderList({ opportunity, interests }: Loaded): TemplateResult {
    const people = interests.map((i) => this.current(i));
    const overdue = people.filter((i) => this.isOverdue(i)).length;
    const title = this.opportunityTitle(opportunity);
    // The list comes straight after the count and the search, so that it starts within one screen
    // of the heading at 320 px; the target and the download follow it.
    return html`<section aria-labelledby="staff-interest-title">
      ${heading(this.level, html`<span id="staff-interest-title">${withEnglish(this.t('title', title))}</span>`, { className: 'widget-title' })} ${this.renderChooser()}
      ${people.length === 0
        ? emptyView(this.t('emptyTitle'), lines(this.t('emptyBody')), undefined, this.level + 1)
        : html`<p>${this.t('summary', people.length, overdue, this.respondWithinDays)}</p>
            ${searchView({ t: this.t, key: 'interest', q: this.address.place.q, hint: this.t('searchInterestHint'), onSearch: (q) => this.moveList({ q, page: 1 }) })}
            ${pagedListView({
              t: this.t,
              key: 'interest',
              address: this.address,
              items: searchInterests(people, this.address.place.q),
              idOf: (interest) => interest.id,
              row: (interest) => this.renderPerson(interest, opportunity),
              empty: () => nothing,
              onPage: (page) => this.moveList({ page }),
            })}
            <p class="subtle">${lines(this.t('target', this.respondWithinDays))}</p>
            <div class="button-group">
              <button type="button" class="button secondary" part="export" @click=${() => this.exportCsv(opportunity, people)}>${icon(downloadIcon)} ${this.t('exportCsv')}</button>
            </div>`}
    </section>`;
  }

  /** A search or another page; focus goes to what the list now shows. */
  private moveList(next: Partial<ListPlace>): void {
    void this.address.move(next, () => Promise.resolve());
  }

  /** The brief's title in the reader's language, marked English where a Welsh reader's council wrote no Welsh (draw with withEnglish). */
  private opportunityTitle(opportunity: Opportunity): string {
    return markedIn(this.config.locale, { en: opportunity.title, cy: opportunity.translations?.cy?.title });
  }

  private renderPerson(interest: Interest, opportunity: Opportunity): TemplateResult {
    const { locale } = this.config;
    const overdue = this.isOverdue(interest);
    const days = this.t('workingDays', this.waitedDays(interest));
    const draft = this.drafts.get(interest.id) ?? { status: interest.status, note: interest.note };
    const result = this.results.get(interest.id);
    const rowId = rowIdOf(interest);
    const titleId = `person-${rowId}`;
    return html`<li class="item ${overdue ? 'attention' : ''}" part="item" aria-labelledby=${titleId}>
      ${heading(this.level + 1, html`<span id=${titleId}>${interest.name}</span>`)}
      ${interest.waitingList ? html`<p><span class="tag">${icon('people')} ${this.t('waitingList')}</span></p>` : nothing}
      <p class="waiting">
        ${interest.firstAnsweredAt || interest.status !== 'new'
          ? html`<span class="tag">${icon('check')} ${this.t('answeredAfter', days)}</span>`
          : overdue
            ? html`<span class="overdue">${icon('alert')} ${this.t('waiting', days)}</span>
                <span class="subtle">${this.t('overdueNote', this.t('workingDays', this.respondWithinDays))}</span>`
            : html`<span class="tag">${icon('clock')} ${this.t('waiting', days)}</span>`}
      </p>
      <dl class="facts">
        <dt>${this.t('contact')}</dt>
        <dd>${label(contactMethods, interest.contact.method, locale)}: ${keepWhole(interest.contact.detail)}</dd>
        <dt>${this.t('accessNeeds')}</dt>
        <dd>${this.renderNeeds(interest, opportunity)}</dd>
        <dt>${this.t('message')}</dt>
        <dd>${interest.message?.trim() || html`<span class="subtle">${this.t('none')}</span>`}</dd>
        <dt>${this.t('received')}</dt>
        <dd>${formatDate(locale, interest.createdAt, 'dayDate')}</dd>
        ${interest.invitedAt ? html`<dt>${this.t('invited')}</dt><dd>${this.t('invitedNote', formatDate(locale, interest.invitedAt, 'dayDate'))}</dd>` : nothing}
        <dt>${this.t('reference')}</dt>
        <dd>${interest.reference}</dd>
      </dl>
      ${this.renderConflict(interest, rowId)}
      ${answerFormView({
        t: this.say,
        locale,
        level: this.level + 2,
        interest,
        draft,
        form: this.rowForms.get(interest.id),
        busy: { ariaDisabled: this.busy.ariaDisabled(interest.id), isBusy: this.busy.isBusy(interest.id) },
        result,
        onChange: (next) => this.setDraft(interest, next),
        onSubmit: (event) => void this.saveRow(event, interest),
      })}
    </li>`;
  }

  private renderConflict(interest: Interest, rowId: string): unknown {
    const conflict = this.conflicts.get(interest.id);
    if (!conflict) return nothing;
    return answerConflictView({
      t: this.t,
      locale: this.config.locale,
      level: this.level + 2,
      rowId,
      conflict,
      onPrefer: (field, side) => (this.conflicts = new Map(this.conflicts).set(interest.id, { ...conflict, prefer: { ...conflict.prefer, [field]: side } })),
      onChoose: (choice) => void this.choose(interest, conflict, choice),
    });
  }

  /** Keep mine saves this person's answer over theirs; take theirs shows theirs; merge puts both in the row to check and save. */
  private async choose(interest: Interest, conflict: AnswerConflict, choice: ConflictChoice): Promise<void> {
    const conflicts = new Map(this.conflicts);
    conflicts.delete(interest.id);
    this.conflicts = conflicts;
    // Their answer is now the one this row was read at (and its version the one to send).
    this.saved = new Map(this.saved).set(interest.id, conflict.theirs);
    const drafts = new Map(this.drafts);
    if (choice === 'theirs') drafts.delete(interest.id);
    else drafts.set(interest.id, choice === 'mine' ? conflict.mine : mergedAnswer(conflict));
    this.drafts = drafts;
    if (choice === 'mine') {
      const api = this.api;
      if (api && this.opportunityId) await this.busy.run(interest.id, () => this.save(api, this.opportunityId!, conflict.theirs));
      return;
    }
    const text = choice === 'theirs' ? this.t('tookTheirs') : this.t('mergedReview');
    this.results = new Map(this.results).set(interest.id, { kind: 'saved', text });
    this.announce(text);
  }

  private get say(): (key: string, ...args: unknown[]) => string {
    return this.t as unknown as (key: string, ...args: unknown[]) => string;
  }

  /** The row's form controller, made on first use. */
  private rowForm(interest: Interest): FormController<RowDraft> {
    let form = this.rowForms.get(interest.id);
    if (!form) this.rowForms.set(interest.id, (form = answerForm(this, interest, this.say, () => this.data.value?.opportunity.places)));
    return form;
  }

  private setDraft(interest: Interest, draft: RowDraft): void {
    // A field answered since a refusal loses its error (the form controller's errors-clear rule):
    // only the key that changed, so a new status keeps a refused note's error.
    const before = this.drafts.get(interest.id) ?? interest;
    this.rowForms.get(interest.id)?.update(Object.fromEntries(Object.entries(draft).filter(([key, value]) => before[key as keyof RowDraft] !== value)));
    this.drafts = new Map(this.drafts).set(interest.id, draft);
    if (this.results.get(interest.id)?.kind === 'saved') {
      const results = new Map(this.results);
      results.delete(interest.id);
      this.results = results;
    }
  }

  private async saveRow(event: Event, interest: Interest): Promise<void> {
    event.preventDefault();
    const api = this.api;
    const opportunityId = this.opportunityId;
    if (!api || !opportunityId) return;
    await this.busy.run(interest.id, () => this.save(api, opportunityId, interest));
  }

  private async save(api: CoprodApi, opportunityId: string, interest: Interest): Promise<void> {
    const draft = this.drafts.get(interest.id) ?? { status: interest.status, note: interest.note };
    const results = new Map(this.results);
    results.delete(interest.id);
    this.results = results;
    const { locale } = this.config;
    const form = this.rowForm(interest);
    form.errors = {};
    try {
      const updated = await api.updateInterest(opportunityId, interest.id, { status: draft.status, note: draft.note }, { ifMatch: versionOf(interest) });
      this.saved = new Map(this.saved).set(interest.id, updated);
      const drafts = new Map(this.drafts);
      drafts.delete(interest.id);
      this.drafts = drafts;
      const text = this.t('saved', updated.name, label(interestStatuses, updated.status, locale));
      this.results = new Map(this.results).set(interest.id, { kind: 'saved', text });
      this.announce(text);
      this.emit('coprod-interest-updated', { opportunityId, interestId: updated.id, status: updated.status });
    } catch (error) {
      if (error instanceof ApiError && error.status === 412 && (await this.showConflict(api, opportunityId, interest, draft))) return;
      this.reportError('save', error);
      // A 422 naming status or note: its words by code at the field and in the row's summary.
      if (form.refused(error)) return;
      const noPlaces = error instanceof ApiError && error.fieldErrorList.some((e) => e.code === 'no-places-left');
      const reason = noPlaces ? this.t('noPlacesLeft', this.data.value?.opportunity.places) : this.actionError(error);
      const text = `${this.t('saveFailed', interest.name)} ${reason}`;
      this.results = new Map(this.results).set(interest.id, { kind: 'failed', text });
    }
  }

  /** What the person ticked, each marked as offered already or to arrange, then their own words. */
  private renderNeeds(interest: Interest, opportunity: Opportunity): TemplateResult {
    const { locale } = this.config;
    const needs = interest.needs ?? [];
    const words = interest.accessNeeds?.trim();
    if (!needs.length && !words) return html`<span class="subtle">${this.t('none')}</span>`;
    const met = accessMet(needs, opportunity.accessibility);
    return html`${needs.length
        ? html`<ul class="needs">
            ${needs.map((id) => html`<li>${label(accessLabels, id, locale)}:
              ${met.includes(id) ? html`<span class="tag">${icon('check')} ${this.t('needOffered')}</span>` : html`<strong>${this.t('needToArrange')}</strong>`}</li>`)}
          </ul>`
        : nothing}${words ? html`<p>${words}</p>` : nothing}`;
  }

  /** Reads their answer and shows it beside this person's; false when it cannot be read. */
  private async showConflict(api: CoprodApi, opportunityId: string, interest: Interest, draft: RowDraft): Promise<boolean> {
    const theirs = await api.listInterests(opportunityId).then((all) => all.find((i) => i.id === interest.id), () => undefined);
    if (!theirs) return false;
    this.conflicts = new Map(this.conflicts).set(interest.id, { base: { status: interest.status, note: interest.note }, mine: draft, theirs, prefer: {} });
    const text = `${this.t('saveFailed', interest.name)} ${this.t('conflictTitle')}`;
    this.results = new Map(this.results).set(interest.id, { kind: 'failed', text });
    this.reportError('save', new ApiError('conflict', 'Changed by someone else', { status: 412 }));
    return true;
  }

  private exportCsv(opportunity: Opportunity, people: Interest[]): void {
    const { locale } = this.config;
    const rows = people.map((i) => [
      i.reference,
      i.name,
      label(contactMethods, i.contact.method, locale),
      i.contact.detail,
      [...(i.needs ?? []).map((id) => label(accessLabels, id, locale)), i.accessNeeds ?? ''].filter(Boolean).join('; '),
      i.message ?? '',
      i.createdAt.slice(0, 10),
      this.waitedDays(i),
      label(interestStatuses, i.status, locale),
      i.note,
    ]);
    const csv = toCsv([this.t('csvHeaders').split(','), ...rows]);
    const day = (this.now ?? new Date()).toISOString().slice(0, 10);
    downloadCsv(`interest-${fileSafe(opportunity.title)}-${day}.csv`, csv);
    this.announce(this.t('exported', rows.length));
  }
}
