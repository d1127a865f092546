import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import { newIdempotencyKey } from '../../api/idempotency.js';
import { versionOf } from '../../api/versions.js';
import { feedbackUpdateRules } from '../../api/rules.js';
import type { FeedbackChange, FeedbackItem, FeedbackStatus, FeedbackUpdateInput, Taxonomy } from '../../api/types.js';
import { DraftController, draftKey, forgetDraft } from '../../core/controllers/draft-controller.js';
import { draftMessages } from '../../core/forms/draft-parts.js';
import { fieldId, FormController, formStyles, type FieldErrors } from '../../core/forms/index.js';
import { heading } from '../../core/heading.js';
import { mergeCatalogs } from '../../core/i18n.js';
import { emptyView, loadingView } from '../../core/status-views.js';
import { feedbackStatuses, label, loadTaxonomy } from '../../core/vocabulary.js';
import { lines } from '../../shared/staff/staff-access.js';
import { StaffElement } from '../../shared/staff/staff-element.js';
import { staffMessages } from '../../shared/staff/staff-shared.messages.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { staffFeedbackMessages } from './coprod-staff-feedback.messages.js';
import { staffFeedbackStyles } from './coprod-staff-feedback.styles.js';
import { conflictMessages } from '../../shared/conflict/conflict.messages.js';
import { conflictStyles, type ConflictChoice } from '../../shared/conflict/conflict-view.js';
import { changeConflictView, type ChangeConflict } from './internal/change-conflict.js';
import { itemView, loadInbox, manageView, rank, type ActionResult } from './internal/item-view.js';
import { inboxSearchView } from './internal/inbox-search.js';
import { addLink, emptyUpdate, isUpdateDraft, removeLink, UPDATE_FIELD_ORDER, updateFormView, updateInput, validateUpdate, wordUpdateProblem, type UpdateValues } from './internal/update-form.js';
import { refocusIfDropped } from './internal/keep-focus.js';
import { ListAddress, listPagingStyles, pagedListView, type ListPlace } from '../../shared/staff/list-paging.js';
import { listPagingMessages } from '../../shared/staff/list-paging.messages.js';

interface Loaded {
  items: FeedbackItem[];
  /** Items that merged ones point to, when the search left them out. */
  targets: FeedbackItem[];
  taxonomy: Taxonomy;
}

/**
 * The feedback inbox for staff: new feedback first, then what has waited longest for an
 * answer, with how long since each was last answered. Staff publish an item on the public
 * board or keep it private (publishing is off, with the reason, when the giver did not
 * agree), change its status, write a dated update ("we heard", "what we are doing",
 * "we did", or "why we could not") with links, and merge an item into one that says the
 * same, after confirming.
 *
 * Needs a staff token (attribute, provider or `configure()`); without one it shows a
 * "Sign in to see this" state and makes no request.
 *
 * @summary Close the feedback loop: answer, publish and merge feedback.
 * @fires {CustomEvent<FeedbackUpdatedDetail>} coprod-feedback-updated - Status, publishing or a dated update was saved. Detail: `{ id, status, published, change, updateKind? }` (ids and the change only, no personal data).
 * @fires {CustomEvent<FeedbackMergedDetail>} coprod-feedback-merged - An item was merged into another. Detail: `{ id, intoId }`.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading or an action failed. Detail: `{ action, kind, message }`.
 * @csspart base - The outer wrapper.
 * @csspart sign-in - The "Sign in to see this" panel.
 * @csspart sign-in-link - The sign-in link.
 * @csspart item - One feedback item.
 * @csspart error - The panel shown when loading failed.
 * @csspart error-summary - The error summary of the update form.
 * @csspart draft-notice - The notice that an update being written before a reload is back, with "Start again".
 */
export class CoprodStaffFeedback extends StaffElement {
  static override styles = [...StaffElement.styles, formStyles, staffStyles, staffFeedbackStyles, conflictStyles, listPagingStyles];
  static override messages = mergeCatalogs(mergeCatalogs(mergeCatalogs(mergeCatalogs(staffMessages, draftMessages), staffFeedbackMessages), conflictMessages), listPagingMessages);

  /** Working days within which feedback should get a first answer; items past it are flagged. Default 20. */
  @property({ attribute: 'respond-within-days', type: Number }) respondWithinDays = 20;

  /** Show only feedback with this status (`received`, `considering`, `changed`, `not_changed`); empty shows all. */
  @property() status = '';

  /** The time "how long since" is counted to. Default: now. Set it for previews and tests. */
  @property({ attribute: false }) now?: Date;

  /** The words searched, the status shown and the page, kept in the address (`#feedback-q=FB-8M2D`). */
  private readonly address = new ListAddress(this, 'feedback');
  @state() private openId: string | undefined;
  @state() private changed = new Map<string, FeedbackItem>();
  /** A change refused because someone else changed the item first (412): theirs beside it, until the person chooses. */
  @state() private changeConflicts = new Map<string, ChangeConflict>();
  @state() private results = new Map<string, ActionResult>();
  @state() private statusChoice = new Map<string, FeedbackStatus>();
  /** "Change status" pressed with the item's own status, by item: said at the select. @internal */
  @state() private statusErrors = new Map<string, string>();
  @state() private mergeChoice = '';
  @state() private confirmingMerge = false;
  private mergeAttempt: { pair: string; key: string } | undefined;
  /** The update being written for each item, kept when its panel is closed and reopened. */
  private readonly updateDrafts = new Map<string, UpdateValues>();
  /** ...and in this tab through a reload or "Back", restored with a notice when the panel is opened again. */
  private readonly draft = new DraftController<UpdateValues>(this, {
    key: () => (this.openId ? this.draftKeyOf(this.openId) : undefined),
    snapshot: () => this.updateForm.values,
    accept: isUpdateDraft,
    onRestored: () => this.announce(this.t('draftRestoredTitle')),
  });

  private readonly updateForm: FormController<UpdateValues> = new FormController<UpdateValues>(this, {
    initial: emptyUpdate(this.config.locale),
    rules: feedbackUpdateRules,
    validate: (values): FieldErrors => validateUpdate(values, this.updateForm, this.t),
    word: (problem) => wordUpdateProblem(this.t, problem),
    onChange: (values) => {
      if (this.openId) this.updateDrafts.set(this.openId, structuredClone(values));
      this.draft.changed();
    },
    fieldOrder: UPDATE_FIELD_ORDER,
    speech: this.formSpeech('sending'),
  });

  private readonly data = this.loadTask(
    () => `${this.shownStatus}\n${this.address.place.q}`,
    async (api, key, signal): Promise<Loaded> => {
      this.changed = new Map();
      this.results = new Map();
      const [status, q] = key.split('\n') as [string, string];
      const [found, taxonomy] = await Promise.all([loadInbox(api, status, q, signal), loadTaxonomy(api, signal)]);
      // New feedback first; the server's order (longest unanswered first) within each group.
      const items = [...found.items].sort((a, b) => rank(a) - rank(b));
      return { items, targets: found.targets, taxonomy };
    },
  );

  protected override renderSignedIn(): unknown {
    return html`<section aria-labelledby="staff-feedback-title">
      ${heading(this.level, html`<span id="staff-feedback-title">${this.t('title')}</span>`, { className: 'widget-title' })}
      <p>${lines(this.t('intro'))}</p>
      ${inboxSearchView(this.t, this.config.locale, this.address.place.q, this.shownStatus, (next) => this.moveList(next))}
      ${this.data.render({
        initial: () => loadingView(this.t('loadingLabel')),
        pending: () => loadingView(this.t('loadingLabel')),
        error: (error) => this.renderLoadError(error, () => void this.data.run()),
        complete: (loaded) => (loaded ? this.renderItems(loaded) : nothing),
      })}
    </section>`;
  }

  private current(item: FeedbackItem): FeedbackItem {
    return this.changed.get(item.id) ?? item;
  }

  /** The status the address names, else the `status` attribute's. */
  private get shownStatus(): string {
    return this.address.place.status ?? this.status;
  }

  private moveList(next: Partial<ListPlace>): void {
    this.openId = undefined;
    void this.address.move(next, () => this.data.taskComplete);
  }

  private renderItems({ items, targets, taxonomy }: Loaded): unknown {
    const all = items.map((item) => this.current(item));
    return pagedListView({
      t: this.t,
      key: 'feedback',
      address: this.address,
      items: all,
      idOf: (item) => item.id,
      row: (item) => this.renderItem(item, all, targets, taxonomy),
      empty: () => emptyView(this.t('emptyTitle'), this.t('emptyBody'), undefined, this.level + 1),
      onPage: (page) => this.moveList({ page }),
    });
  }

  private renderItem(item: FeedbackItem, all: FeedbackItem[], targets: FeedbackItem[], taxonomy: Taxonomy): TemplateResult {
    return itemView(item, {
      t: this.t,
      locale: this.config.locale,
      level: this.level + 1,
      now: this.now ?? new Date(),
      respondWithinDays: this.respondWithinDays,
      taxonomy,
      all,
      targets,
      openId: this.openId,
      opened: this.address.opened,
      onOpen: (id, open) => this.address.open(id, open),
      onToggle: (chosen) => this.toggle(chosen),
      manage: (open) => this.renderManage(open, all),
    });
  }

  private toggle(item: FeedbackItem): void {
    const opening = this.openId !== item.id;
    this.draft.saveNow();
    this.draft.forget();
    this.openId = opening ? item.id : undefined;
    if (opening) {
      const kept = this.updateDrafts.get(item.id);
      const stored = kept ? undefined : this.draft.read();
      this.updateForm.reset(kept ?? stored ?? emptyUpdate(this.config.locale));
      if (stored) this.draft.markRestored();
      this.mergeChoice = '';
      this.confirmingMerge = false;
      const results = new Map(this.results);
      results.delete(item.id);
      this.results = results;
    }
  }

  private renderManage(item: FeedbackItem, all: FeedbackItem[]): TemplateResult {
    const form = this.updateForm;
    return manageView(item, {
      t: this.t,
      locale: this.config.locale,
      level: this.level + 2,
      all,
      result: this.results.get(item.id),
      statusChoice: this.statusChoice.get(item.id) ?? item.status,
      statusError: this.statusErrors.get(item.id),
      mergeChoice: this.mergeChoice,
      confirmingMerge: this.confirmingMerge,
      conflict: this.renderChangeConflict(item),
      updateForm: updateFormView({
        t: this.t,
        level: this.level + 2,
        form,
        draftRestored: this.draft.restored,
        failureText: form.failure ? this.actionError(form.failure) : '',
        onStartAgain: () => void this.startAgain(item),
        onSubmit: (event) => void this.postUpdate(event, item),
        onAddLink: () => void addLink(form, this),
        onRemoveLink: (index) => void removeLink(form, this, index),
      }),
      onStatusChoice: (status) => {
        this.statusChoice = new Map(this.statusChoice).set(item.id, status);
        this.forgetStatusError(item);
      },
      onChange: (change) => void this.change(item, change),
      onMergeChoice: (value) => {
        this.mergeChoice = value;
        this.confirmingMerge = false;
      },
      onAskMerge: () => void this.askMerge(item),
      onMerge: (target) => void this.merge(item, target),
      onCancelMerge: () => void this.cancelMerge(),
    });
  }

  private draftKeyOf(itemId: string): string {
    return draftKey('staff-feedback-update', this.id, itemId);
  }

  private async startAgain(item: FeedbackItem): Promise<void> {
    this.draft.clear();
    this.updateDrafts.delete(item.id);
    this.updateForm.reset(emptyUpdate(this.config.locale));
    await this.updateComplete;
    this.shadowRoot?.getElementById(fieldId('kind'))?.focus();
    this.announce(this.t('startedAgain'));
  }

  private async postUpdate(event: Event, item: FeedbackItem): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (!api) return;
    let sent: FeedbackUpdateInput | undefined;
    const result = await this.updateForm.submit((values, idempotencyKey) => {
      sent = updateInput(values);
      return api.addFeedbackUpdate(item.id, sent, { idempotencyKey });
    });
    if (!result || !sent) {
      if (this.updateForm.failure) this.reportError('update', this.updateForm.failure);
      return;
    }
    this.changed = new Map(this.changed).set(item.id, result);
    this.updateDrafts.delete(item.id);
    forgetDraft(this.draftKeyOf(item.id));
    if (this.openId === item.id) {
      this.draft.forget();
      this.updateForm.reset(emptyUpdate(this.config.locale));
    }
    const text = this.t('updatePosted', item.reference);
    this.results = new Map(this.results).set(item.id, { kind: 'done', text });
    this.announce(text);
    this.emit('coprod-feedback-updated', {
      id: item.id,
      status: result.status,
      published: result.published,
      change: 'update',
      updateKind: sent.kind,
    });
  }

  private busy(item: FeedbackItem): boolean {
    return this.results.get(item.id)?.kind === 'saving';
  }

  /**
   * Buttons here are marked `aria-disabled` rather than `disabled`, so they keep focus
   * while saving and after the change; this is what stops them acting.
   */
  private async change(item: FeedbackItem, change: FeedbackChange): Promise<void> {
    const api = this.api;
    if (!api || this.busy(item)) return;
    if (change.status !== undefined && change.status === item.status) {
      // A normal button, not a greyed one (GOV.UK): pressed with the status the item has, it says so at the select.
      this.statusErrors = new Map(this.statusErrors).set(item.id, this.t('statusSame', label(feedbackStatuses, item.status, this.config.locale)));
      await this.updateComplete;
      this.shadowRoot?.getElementById(`manage-${item.id}`)?.querySelector<HTMLElement>('#item-status')?.focus();
      return;
    }
    this.forgetStatusError(item);
    if (change.published === true && !item.consentToPublish) return;
    this.results = new Map(this.results).set(item.id, { kind: 'saving' });
    try {
      const updated = await api.updateFeedback(item.id, change, { ifMatch: versionOf(item) });
      this.changed = new Map(this.changed).set(item.id, updated);
      const { locale } = this.config;
      const text =
        change.published === true
          ? this.t('publishedDone', item.reference)
          : change.published === false
            ? this.t('unpublishedDone', item.reference)
            : this.t('statusChanged', item.reference, label(feedbackStatuses, updated.status, locale));
      this.results = new Map(this.results).set(item.id, { kind: 'done', text });
      this.announce(text);
      this.emit('coprod-feedback-updated', {
        id: item.id,
        status: updated.status,
        published: updated.published,
        change: change.published === undefined ? 'status' : 'published',
      });
    } catch (error) {
      const theirs = error instanceof ApiError && error.status === 412 ? await api.getFeedback(item.id).catch(() => undefined) : undefined;
      if (theirs) this.changeConflicts = new Map(this.changeConflicts).set(item.id, { mine: change, theirs });
      this.fail(item, 'status', error);
    }
    await this.keepFocus(item, change.published === undefined ? '[data-status-action]' : '[data-board-action]');
  }

  private forgetStatusError(item: FeedbackItem): void {
    if (!this.statusErrors.has(item.id)) return;
    const errors = new Map(this.statusErrors);
    errors.delete(item.id);
    this.statusErrors = errors;
  }

  /** After an action, focus goes back into the item's panel if it was dropped (internal/keep-focus.ts). */
  private async keepFocus(item: FeedbackItem, selector: string): Promise<void> {
    await this.updateComplete;
    if (this.openId === item.id) refocusIfDropped(this, this.shadowRoot?.getElementById(`manage-${item.id}`), selector);
  }

  private async askMerge(item: FeedbackItem): Promise<void> {
    if (this.busy(item)) return;
    if (!this.mergeChoice) {
      this.results = new Map(this.results).set(item.id, { kind: 'failed', text: this.t('mergeChoose') });
      await this.updateComplete;
      this.shadowRoot?.getElementById('merge-into')?.focus();
      return;
    }
    this.confirmingMerge = true;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.confirm')?.focus();
  }

  private async cancelMerge(): Promise<void> {
    this.confirmingMerge = false;
    await this.updateComplete;
    this.shadowRoot?.getElementById('merge-into')?.focus();
  }

  private async merge(item: FeedbackItem, into: FeedbackItem): Promise<void> {
    const api = this.api;
    if (!api || this.busy(item)) return;
    const pair = `${item.id}>${into.id}`;
    if (this.mergeAttempt?.pair !== pair) this.mergeAttempt = { pair, key: newIdempotencyKey() };
    this.results = new Map(this.results).set(item.id, { kind: 'saving' });
    try {
      const merged = await api.mergeFeedback(item.id, into.id, { idempotencyKey: this.mergeAttempt.key });
      this.mergeAttempt = undefined;
      this.changed = new Map(this.changed).set(into.id, merged).set(item.id, { ...item, mergedInto: into.id });
      this.confirmingMerge = false;
      this.openId = undefined;
      const text = this.t('merged', item.reference, into.reference);
      this.results = new Map(this.results).set(item.id, { kind: 'done', text });
      this.announce(text);
      this.emit('coprod-feedback-merged', { id: item.id, intoId: into.id });
      await this.updateComplete;
      this.shadowRoot?.getElementById(`title-${item.id}`)?.focus();
    } catch (error) {
      this.fail(item, 'merge', error);
    }
  }

  private renderChangeConflict(item: FeedbackItem): unknown {
    const conflict = this.changeConflicts.get(item.id);
    if (!conflict) return undefined;
    const choose = (choice: ConflictChoice): void => {
      const conflicts = new Map(this.changeConflicts);
      conflicts.delete(item.id);
      this.changeConflicts = conflicts;
      // Their item is the one read now; keep mine (or merge: one question) sends this change again from it.
      this.changed = new Map(this.changed).set(item.id, conflict.theirs);
      this.results = new Map(this.results).set(item.id, { kind: 'done', text: choice === 'theirs' ? this.t('tookTheirs') : '' });
      if (choice === 'theirs') this.statusChoice = new Map(this.statusChoice).set(item.id, conflict.theirs.status);
      else void this.change(conflict.theirs, conflict.mine);
    };
    return changeConflictView({ t: this.t, locale: this.config.locale, level: this.level + 2, conflict, onChoose: choose });
  }

  private fail(item: FeedbackItem, action: 'status' | 'merge', error: unknown): void {
    const conflict = this.changeConflicts.has(item.id);
    const text = `${this.t('actionFailed')} ${conflict ? this.t('conflictTitle') : this.actionError(error)}`;
    this.results = new Map(this.results).set(item.id, { kind: 'failed', text });
    this.reportError(action, error);
  }
}

