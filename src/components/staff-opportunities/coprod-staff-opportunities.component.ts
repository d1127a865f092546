import { html, nothing, type TemplateResult } from 'lit';
import { opportunityRules } from '../../api/rules.js';
import { wordBriefProblem } from './internal/brief-problems.js';
import { property, state } from 'lit/decorators.js';
import { versionOf } from '../../api/versions.js';
import type { Opportunity, OpportunityStatus, Taxonomy } from '../../api/types.js';
import { FormController } from '../../core/forms/index.js';
import { heading } from '../../core/heading.js';
import { mergeCatalogs } from '../../core/i18n.js';
import { loadingView } from '../../core/status-views.js';
import { loadTaxonomy } from '../../core/vocabulary.js';
import { StaffElement } from '../../shared/staff/staff-element.js';
import { dateFieldStyles, dateMessages } from '../../core/forms/date-field.js';
import { staffMessages } from '../../shared/staff/staff-shared.messages.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { formStyles } from '../../core/forms/index.js';
import { briefForm } from './internal/brief-form.js';
import { briefMessages } from './internal/brief-messages.js';
import { briefRatesMessages } from './internal/brief-rates.messages.js';
import { isBriefDraft, type BriefDraft } from './internal/brief-draft.js';
import { DraftController, draftKey } from '../../core/controllers/draft-controller.js';
import { draftMessages, draftNotice } from '../../core/forms/draft-parts.js';
import { conflictMessages } from '../../shared/conflict/conflict.messages.js';
import { conflictStyles } from '../../shared/conflict/conflict-view.js';
import { briefPreview, PreviewController, previewApi } from './internal/brief-preview.js';
import { loadOpportunities, saveBrief, withChanges } from './internal/brief-saving.js';
import { conflictView, merged, type Conflict, type ConflictChoice } from './internal/conflict.js';
import { fieldOrderFor, validateBrief } from './internal/brief-validation.js';
import { blankBrief, FIELD_ORDER, fromOpportunity, type BriefValues } from './internal/brief-values.js';
import { listView, pageWith, searchBar, STATUSES } from './internal/list-view.js';
import { ListActions } from './internal/list-actions.js';
import { staffOpportunitiesMessages } from './coprod-staff-opportunities.messages.js';
import { staffOpportunitiesStyles } from './coprod-staff-opportunities.styles.js';
import { ListAddress, listPagingStyles, type ListPlace } from '../../shared/staff/list-paging.js';
import { listPagingMessages } from '../../shared/staff/list-paging.messages.js';
import '../opportunity/coprod-opportunity.js';

interface Loaded {
  opportunities: Opportunity[];
  taxonomy: Taxonomy;
}

/**
 * The organisation's co-production opportunities, for staff: listed by status (draft,
 * open, closed, filled), created and edited with a form that asks the recipe's Project
 * Opportunity Brief question by question (dated sessions and the Welsh version included),
 * with a live preview of the public view and the easy-read view; published, closed or
 * marked filled after a confirm step.
 *
 * Needs a staff token (attribute, provider or `configure()`); without one it shows a
 * "Sign in to see this" state and makes no request.
 *
 * @summary Write, publish, close and fill co-production opportunities.
 * @fires {CustomEvent<OpportunitySavedDetail>} coprod-opportunity-saved - An opportunity was created or edited. Detail: `{ opportunity, created }`.
 * @fires {CustomEvent<OpportunityStatusChangedDetail>} coprod-opportunity-status-changed - Published, closed or marked filled. Detail: `{ opportunity, from, to }`.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading or saving failed. Detail: `{ action, kind, message }`.
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
  static override styles = [...StaffElement.styles, formStyles, dateFieldStyles, staffStyles, staffOpportunitiesStyles, conflictStyles, listPagingStyles];
  static override messages = mergeCatalogs(mergeCatalogs(mergeCatalogs(mergeCatalogs(mergeCatalogs(mergeCatalogs(mergeCatalogs(staffMessages, draftMessages), staffOpportunitiesMessages), briefMessages), briefRatesMessages), conflictMessages), dateMessages), listPagingMessages);

  /** Only this organisation's opportunities (a taxonomy organisation id); new ones belong to it. */
  @property() organisation?: string;

  /** Which status to show first: `draft`, `open` (default), `closed` or `filled`. */
  @property({ attribute: 'initial-status' }) initialStatus: OpportunityStatus = 'open';

  /** A link for each opportunity to the people interested in it, `{id}` standing for its id (the workspace sets it). Without it, no link. */
  @property({ attribute: 'interest-href' }) interestHref?: string;

  /** The day the preview counts closing dates from. Default: today. Set it for previews and tests. */
  @property({ attribute: false }) now?: Date;

  /** The words searched, the status tab and the page, kept in the address (`#opportunities-q=...`). */
  private readonly address = new ListAddress(this, 'opportunities');
  @state() private mode: 'list' | 'create' | 'edit' = 'list';
  /** The opportunity being edited, as it was loaded: what the form's changes are laid over. */
  @state() private editing: Opportunity | undefined;
  /** The version `editing` was read at, sent back as If-Match. */
  private version: string | undefined;
  /** Someone else saved after the form was opened: both versions, until the person chooses. */
  @state() private conflict: Conflict | undefined;
  /** What the last conflict choice did, shown above the form. */
  @state() private notice: string | undefined;
  @state() private changed = new Map<string, Opportunity>();
  /** Publish, close, fill and cancel from the list (internal/list-actions.ts). */
  private readonly actions = new ListActions(this, {
    api: () => this.api,
    t: () => this.t,
    open: (id) => this.address.open(id, true),
    saved: (o, updated, to, text) => {
      this.changed = new Map(this.changed).set(o.id, updated);
      this.announce(text);
      this.emit('coprod-opportunity-status-changed', { opportunity: updated, from: o.status, to });
    },
    failed: (error) => {
      this.reportError('status', error);
      return this.actionError(error);
    },
  });
  /** The live preview: rebuilt a moment after typing stops. */
  private readonly preview = new PreviewController(this, async () => {
    const loaded = this.data.value;
    if (this.mode === 'list' || !loaded || !customElements.get('coprod-opportunity')) return undefined;
    return previewApi(this.form.values, this.t('previewUntitled'), loaded.taxonomy, this.editing, this.now);
  });
  /** The form's field paths in order; the sessions' paths change as sessions come and go. */
  private readonly fieldOrder: string[] = [...FIELD_ORDER];

  private readonly form = new FormController<BriefValues>(this, {
    initial: blankBrief(),
    validate: (values) => validateBrief(values, this.t, (problem) => wordBriefProblem(problem, this.t)),
    rules: opportunityRules,
    word: (problem) => wordBriefProblem(problem, this.t),
    fieldOrder: this.fieldOrder,
    speech: this.formSpeech('saving'),
    aliases: { 'where.venue': 'where.venue.name', payment: 'payment.type', timeCommitment: 'timeCommitment.summary', when: 'when.summary', where: 'where.modes' },
    onChange: (values) => {
      this.orderSessions(values);
      this.preview.schedule();
      this.draft.changed();
    },
  });

  /** What is typed into the brief, kept in this tab until it is saved or the form is left. */
  private readonly draft = new DraftController<BriefDraft>(this, {
    key: () => draftKey('staff-brief', this.id),
    snapshot: () => (this.mode === 'list' ? undefined : { values: this.form.values, ...(this.editing ? { editing: this.editing, version: this.version } : {}) }),
    accept: isBriefDraft,
    onRestored: () => this.announce(this.t('draftRestoredTitle')),
  });
  private draftChecked = false;

  private readonly data = this.loadTask(
    () => `${this.organisation ?? ''}\n${this.address.place.q}\n${this.address.place.topic ?? ''}`,
    async (api, key, signal): Promise<Loaded> => {
      this.changed = new Map();
      const [organisation, q, topic] = key.split('\n') as [string, string, string];
      const opportunities = await loadOpportunities(api, organisation || undefined, q, topic, signal);
      const taxonomy = await loadTaxonomy(api, signal);
      void this.updateComplete.then(() => this.restoreDraft());
      return { opportunities, taxonomy };
    },
  );

  protected override renderSignedIn(): unknown {
    return this.data.render({
      initial: () => this.renderLoading(),
      pending: () => (this.data.value ? this.renderLoaded(this.data.value) : this.renderLoading()),
      error: (error) =>
        html`${heading(this.level, this.t('title'), { className: 'widget-title' })}${this.renderSearch()}
        ${this.renderLoadError(error, () => void this.data.run())}`,
      complete: (loaded) => (loaded ? this.renderLoaded(loaded) : nothing),
    });
  }

  private renderLoading(): TemplateResult {
    return html`${heading(this.level, this.t('title'), { className: 'widget-title' })}${loadingView(this.t('loadingLabel'))}`;
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    if (this.mode !== 'list') return this.renderForm(loaded.taxonomy);
    return listView({
      t: this.t,
      locale: this.config.locale,
      level: this.level,
      all: withChanges(loaded.opportunities, this.changed),
      shown: this.shownStatus,
      address: this.address,
      search: this.renderSearch(),
      topics: loaded.taxonomy.topics,
      onPage: (page) => this.moveList({ page }),
      result: this.actions.result,
      confirming: this.actions.confirming,
      busyId: this.actions.busyId,
      interestHref: this.interestHref,
      onCreate: () => void this.openForm(),
      onShow: (status) => {
        this.address.go({ status, page: 1 });
        this.actions.set({ confirming: undefined });
      },
      onEdit: (o) => void this.openForm(o),
      onAsk: (o, action) => void this.actions.ask(o, action),
      onConfirm: (o, action, reason) => void this.actions.setStatus(o, action, reason),
      onCancel: (o) => void this.actions.cancel(o),
    });
  }

  private renderForm(taxonomy: Taxonomy): TemplateResult {
    const editing = this.editing;
    return briefForm({
      form: this.form,
      t: this.t,
      locale: this.config.locale,
      level: this.level,
      taxonomy,
      editing,
      organisation: this.organisation,
      failureText: this.form.failure ? this.actionError(this.form.failure) : undefined,
      conflict: this.renderConflict(),
      preview: briefPreview({
        t: this.t,
        locale: this.config.locale,
        level: this.level,
        values: this.form.values,
        taxonomy,
        previewLevel: this.preview.level,
        onLevel: (level) => this.preview.show(level),
        previewApi: this.preview.api,
        now: this.now,
      }),
      onSubmit: (event) => void this.save(event),
      onBack: () => void this.backToList(editing ? `opp-${editing.id}` : undefined),
      onSessionsChanged: (index, announcement) => void this.focusSession(index, announcement),
    });
  }

  private renderConflict(): TemplateResult | typeof nothing {
    if (this.conflict) {
      return conflictView({
        t: this.t,
        locale: this.config.locale,
        level: this.subLevel(),
        conflict: this.conflict,
        onPrefer: (path, side) => (this.conflict = { ...this.conflict!, prefer: { ...this.conflict!.prefer, [path]: side } }),
        onChoose: (choice) => void this.resolve(choice),
      });
    }
    if (this.draft.restored) {
      return draftNotice(this.t, this.subLevel(), () => void this.startAgain());
    }
    return this.notice ? html`<p class="saved" id="notice" role="status" tabindex="-1">${this.notice}</p>` : nothing;
  }

  // The list

  private renderSearch(): TemplateResult {
    return searchBar(this.t, this.config.locale, this.address.place, this.data.value?.taxonomy.topics ?? [], (next) => this.moveList(next));
  }

  private get shownStatus(): OpportunityStatus {
    const wanted = this.address.place.status as OpportunityStatus | undefined;
    return wanted && STATUSES.includes(wanted) ? wanted : this.initialStatus;
  }

  private moveList(next: Partial<ListPlace>): void {
    this.actions.set({ confirming: undefined });
    void this.address.move(next, () => this.data.taskComplete);
  }

  // The form

  private async openForm(listed?: Opportunity): Promise<void> {
    // Edit the brief as it is now, and note the version it was read at.
    const o = listed ? await this.api?.getOpportunity(listed.id).catch(() => listed) : undefined;
    this.edit(o);
    this.mode = o ? 'edit' : 'create';
    this.actions.set({ result: undefined, confirming: undefined });
    this.notice = undefined;
    this.conflict = undefined;
    this.setValues(o ? fromOpportunity(o) : blankBrief(this.organisation ?? ''));
    this.draft.forget();
    this.preview.schedule(0);
    await this.updateComplete;
    this.shadowRoot?.getElementById('form-title')?.focus();
  }

  /** After a reload or "Back": the brief that was being written comes back, with a notice. */
  private async restoreDraft(): Promise<void> {
    if (this.draftChecked || this.mode !== 'list') return;
    this.draftChecked = true;
    const kept = this.draft.read();
    if (!kept) return;
    this.editing = kept.editing;
    this.version = kept.version;
    this.mode = kept.editing ? 'edit' : 'create';
    this.setValues(kept.values);
    this.draft.markRestored();
    this.preview.schedule(0);
    await this.updateComplete;
    this.shadowRoot?.getElementById('draft-notice')?.focus();
  }

  /** "Start again": the form as it was opened, and no kept draft. */
  private async startAgain(): Promise<void> {
    this.draft.clear();
    this.setValues(this.editing ? fromOpportunity(this.editing) : blankBrief(this.organisation ?? ''));
    this.announce(this.t('startedAgain'));
    await this.updateComplete;
    this.shadowRoot?.getElementById('form-title')?.focus();
  }

  private edit(o: Opportunity | undefined): void {
    this.editing = o;
    this.version = o ? versionOf(o) : undefined;
  }

  private setValues(values: BriefValues): void {
    this.orderSessions(values);
    this.form.reset(values);
  }

  private async backToList(focusId?: string): Promise<void> {
    // Leaving the form (saved, or back to the list on purpose) forgets what was kept of it.
    this.draft.clear();
    this.mode = 'list';
    this.edit(undefined);
    this.conflict = undefined;
    this.preview.stop();
    await this.updateComplete;
    // The item left, else the list's title, else (the title left out under the staff workspace's
    // own heading, `data-heading-outside`) the list itself: never something not drawn, which
    // would drop focus to the page's top.
    const shown = [focusId, 'staff-opportunities-title', 'staff-opportunities-list']
      .map((id) => (id ? this.shadowRoot?.getElementById(id) : null))
      .find((el) => el && el.getClientRects().length > 0);
    shown?.focus();
  }

  /** Keeps the error summary's order in step with the sessions on the form. */
  private orderSessions(values: BriefValues): void {
    this.fieldOrder.splice(0, this.fieldOrder.length, ...fieldOrderFor(values));
  }

  /** After a session was added or removed: focus its date, the next session, or the add button. */
  private async focusSession(index: number, announcement?: string): Promise<void> {
    await this.updateComplete;
    const root = this.shadowRoot;
    if (index < 0) root?.getElementById('add-session')?.focus();
    else if (announcement) root?.querySelector<HTMLElement>(`[data-session="${index}"] legend`)?.focus();
    else root?.querySelector<HTMLElement>(`[data-session="${index}"] input`)?.focus();
    if (announcement) this.announce(announcement);
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    await this.send();
  }

  /** The person's choice after someone else saved first. */
  private async resolve(choice: ConflictChoice): Promise<void> {
    const conflict = this.conflict;
    if (!conflict || this.form.submitting) return;
    this.conflict = undefined;
    // From now on the form's changes are laid over their version, and sent with its version.
    this.edit(conflict.theirs);
    if (choice === 'theirs') {
      this.setValues(fromOpportunity(conflict.theirs));
      this.notice = this.t('tookTheirs');
      this.announce(this.notice);
      await this.updateComplete;
      this.shadowRoot?.getElementById('notice')?.focus();
      return;
    }
    // Keep mine: the form as it is, over their version. Merge: both sets of changes on the form.
    if (choice === 'merge') this.setValues(fromOpportunity(merged(conflict)));
    await this.send();
  }

  private async send(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const editing = this.editing;
    this.notice = undefined;
    const saved = await this.form.submit((values, idempotencyKey) =>
      saveBrief(api, { values, editing, version: this.version, idempotencyKey, onConflict: (conflict) => (this.conflict = conflict) }),
    );
    if (!saved) {
      if (this.conflict) {
        this.announce(this.t('conflictTitle'));
        await this.updateComplete;
        this.shadowRoot?.getElementById('conflict')?.focus();
      } else if (this.form.failure) this.reportError('save', this.form.failure);
      return;
    }
    this.changed = new Map(this.changed).set(saved.id, saved);
    const text = editing ? this.t('savedChanges', saved.title) : this.t('savedDraft', saved.title);
    this.actions.set({ result: { kind: 'done', text } });
    this.address.open(saved.id, true);
    this.address.go({ status: saved.status, page: pageWith(withChanges(this.data.value?.opportunities ?? [], this.changed), saved) });
    this.announce(text);
    this.emit('coprod-opportunity-saved', { opportunity: saved, created: !editing });
    await this.backToList(`opp-${saved.id}`);
  }
}
