import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { newIdempotencyKey } from '../../api/idempotency.js';
import { checkBody, feedbackUpdateRules, type FieldProblem } from '../../api/rules.js';
import type { FeedbackChange, FeedbackItem, FeedbackStatus, FeedbackUpdateInput, FeedbackUpdateKind, Taxonomy } from '../../api/types.js';
import { DraftController, draftKey, forgetDraft } from '../../core/controllers/draft-controller.js';
import { draftMessages, draftNotice } from '../../core/forms/draft-parts.js';
import { choiceGroup, errorSummary, fieldId, FormController, formStyles, selectField, textField, type FieldErrors } from '../../core/forms/index.js';
import { heading } from '../../core/heading.js';
import { formatDate, mergeCatalogs } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { emptyView, loadingView } from '../../core/status-views.js';
import { contactMethods, feedbackStatuses, feedbackStatusIcons, findTerm, label, loadTaxonomy, termName } from '../../core/vocabulary.js';
import { lines } from '../../shared/staff/staff-access.js';
import { StaffElement } from '../../shared/staff/staff-element.js';
import { staffMessages } from '../../shared/staff/staff-shared.messages.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { calendarDaysBetween, workingDaysBetween } from '../../shared/staff/working-days.js';
import { staffFeedbackMessages } from './coprod-staff-feedback.messages.js';
import { staffFeedbackStyles } from './coprod-staff-feedback.styles.js';

const STATUSES: readonly FeedbackStatus[] = ['received', 'considering', 'changed', 'not_changed'];
const KINDS: readonly FeedbackUpdateKind[] = ['heard', 'doing', 'changed', 'not_changed'];
const MAX_LINKS = 10;
const HTTPS_URL = /^https?:\/\/[^\s]+\.[^\s]+$/;

interface UpdateValues {
  kind: FeedbackUpdateKind | '';
  text: string;
  links: { title: string; url: string }[];
}

interface Loaded {
  items: FeedbackItem[];
  taxonomy: Taxonomy;
}

type ActionResult = { kind: 'saving' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

const emptyUpdate = (): UpdateValues => ({ kind: '', text: '', links: [] });
const isUpdateDraft = (value: unknown): value is UpdateValues =>
  typeof (value as UpdateValues | undefined)?.text === 'string' && Array.isArray((value as UpdateValues).links);

const linkFieldOrder = Array.from({ length: MAX_LINKS }, (_, i) => [`links.${i}.title`, `links.${i}.url`]).flat();

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
  static override styles = [...StaffElement.styles, formStyles, staffStyles, staffFeedbackStyles];
  static override messages = mergeCatalogs(mergeCatalogs(staffMessages, draftMessages), staffFeedbackMessages);

  /** Working days within which feedback should get a first answer; items past it are flagged. Default 20. */
  @property({ attribute: 'respond-within-days', type: Number }) respondWithinDays = 20;

  /** Show only feedback with this status (`received`, `considering`, `changed`, `not_changed`); empty shows all. */
  @property() status = '';

  /** The time "how long since" is counted to. Default: now. Set it for previews and tests. */
  @property({ attribute: false }) now?: Date;

  @state() private openId: string | undefined;
  @state() private changed = new Map<string, FeedbackItem>();
  @state() private results = new Map<string, ActionResult>();
  @state() private statusChoice = new Map<string, FeedbackStatus>();
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
    initial: emptyUpdate(),
    rules: feedbackUpdateRules,
    validate: (values): FieldErrors => this.validateUpdate(values),
    word: (problem) => this.wordUpdateProblem(problem),
    onChange: (values) => {
      if (this.openId) this.updateDrafts.set(this.openId, structuredClone(values));
      this.draft.changed();
    },
    fieldOrder: ['kind', 'text', ...linkFieldOrder],
  });

  private readonly data = this.loadTask(
    () => this.status,
    async (api, status, signal): Promise<Loaded> => {
      this.changed = new Map();
      this.results = new Map();
      const [page, taxonomy] = await Promise.all([
        api.listFeedback({ include: 'all', sort: 'oldest_unanswered', limit: 100, ...(status ? { status: [status as FeedbackStatus] } : {}) }, { signal }),
        loadTaxonomy(api, signal),
      ]);
      // New feedback first; the server's order (longest unanswered first) within each group.
      const items = [...page.items].sort((a, b) => rank(a) - rank(b));
      return { items, taxonomy };
    },
  );

  protected override renderSignedIn(): unknown {
    return html`<section aria-labelledby="staff-feedback-title">
      ${heading(this.level, html`<span id="staff-feedback-title">${this.t('title')}</span>`)}
      <p>${lines(this.t('intro'))}</p>
      <div class="toolbar">
        ${selectField({
          id: 'status-filter',
          label: this.t('show'),
          errorPrefix: this.t('errorPrefix'),
          value: this.status,
          options: [{ value: '', label: this.t('all') }, ...STATUSES.map((s) => ({ value: s, label: label(feedbackStatuses, s, this.config.locale) }))],
          onChange: (value) => {
            this.status = value;
            this.openId = undefined;
          },
        })}
      </div>
      ${this.data.render({
        initial: () => loadingView(this.t('loadingLabel')),
        pending: () => loadingView(this.t('loadingLabel')),
        error: (error) =>
          this.renderLoadError(error, () => void this.data.run()),
        complete: (loaded) => (loaded ? this.renderItems(loaded) : nothing),
      })}
    </section>`;
  }

  private current(item: FeedbackItem): FeedbackItem {
    return this.changed.get(item.id) ?? item;
  }

  private renderItems({ items, taxonomy }: Loaded): TemplateResult {
    const all = items.map((item) => this.current(item));
    if (all.length === 0) return emptyView(this.t('emptyTitle'), this.t('emptyBody'), undefined, this.level + 1);
    return html`<p role="status">${this.t('count', all.length)}</p>
      <ol class="items">
        ${all.map((item) => this.renderItem(item, all, taxonomy))}
      </ol>`;
  }

  private renderItem(item: FeedbackItem, all: FeedbackItem[], taxonomy: Taxonomy): TemplateResult {
    const { locale } = this.config;
    const now = this.now ?? new Date();
    const topic = termName(findTerm(taxonomy.topics, item.topic), locale) || item.topic;
    const answered = item.lastAnsweredAt ?? null;
    const waitingDays = answered ? 0 : workingDaysBetween(new Date(item.createdAt), now);
    const overdue = !answered && !item.mergedInto && waitingDays > this.respondWithinDays;
    const since = this.t('daysAgo', calendarDaysBetween(new Date(answered ?? item.createdAt), now));
    const latest = item.updates[item.updates.length - 1];
    const open = this.openId === item.id;
    const into = item.mergedInto ? all.find((other) => other.id === item.mergedInto) : undefined;
    return html`<li class="item ${overdue ? 'attention' : ''}" part="item" aria-labelledby="title-${item.id}">
      ${heading(this.level + 1, html`<span id="title-${item.id}" tabindex="-1">${item.reference}: ${topic}</span>`)}
      <p class="waiting">
        ${answered
          ? html`<span class="tag">${icon('check')} ${this.t('answeredAgo', since)}</span>`
          : overdue
            ? html`<span class="overdue">${icon('alert')} ${this.t('waitingLong', this.t('workingDays', waitingDays))}</span>`
            : html`<span class="tag">${icon('clock')} ${this.t('neverAnswered', since)}</span>`}
      </p>
      <p class="said">${item.text}</p>
      <dl class="facts">
        <dt>${this.t('status')}</dt>
        <dd>${icon(feedbackStatusIcons[item.status])} ${label(feedbackStatuses, item.status, locale)}</dd>
        <dt>${this.t('board')}</dt>
        <dd>${item.published ? this.t('published') : this.t('private')}</dd>
        <dt>${this.t('from')}</dt>
        <dd>${item.name || this.t('anonymous')}</dd>
        <dt>${this.t('replyBy')}</dt>
        <dd>${item.reply ? `${label(contactMethods, item.reply.method, locale)}: ${item.reply.detail}` : this.t('noReply')}</dd>
        <dt>${this.t('received')}</dt>
        <dd>${formatDate(locale, item.createdAt)}</dd>
        <dt>${this.t('sameCount')}</dt>
        <dd>${this.t('people', item.supporters)}</dd>
        ${latest
          ? html`<dt>${this.t('latestUpdate')}</dt>
              <dd>${formatDate(locale, latest.createdAt)}: ${latest.text}</dd>`
          : nothing}
      </dl>
      ${item.mergedInto
        ? html`<p class="tag">${icon('share')} ${this.t('mergedNote', into?.reference ?? item.mergedInto)}</p>`
        : html`<button type="button" class="button secondary" aria-expanded=${open ? 'true' : 'false'} aria-controls="manage-${item.id}" @click=${() => this.toggle(item)}>
              ${icon('edit')} ${this.t('manage')}<span class="visually-hidden"> ${item.reference}</span>
            </button>
            <div id="manage-${item.id}" class="manage" ?hidden=${!open}>${open ? this.renderManage(item, all) : nothing}</div>`}
    </li>`;
  }

  private toggle(item: FeedbackItem): void {
    const opening = this.openId !== item.id;
    this.draft.saveNow();
    this.draft.forget();
    this.openId = opening ? item.id : undefined;
    if (opening) {
      const kept = this.updateDrafts.get(item.id);
      const stored = kept ? undefined : this.draft.read();
      this.updateForm.reset(kept ?? stored ?? emptyUpdate());
      if (stored) this.draft.markRestored();
      this.mergeChoice = '';
      this.confirmingMerge = false;
      const results = new Map(this.results);
      results.delete(item.id);
      this.results = results;
    }
  }

  private renderManage(item: FeedbackItem, all: FeedbackItem[]): TemplateResult {
    const { locale } = this.config;
    const result = this.results.get(item.id);
    const busy = result?.kind === 'saving';
    const statusChoice = this.statusChoice.get(item.id) ?? item.status;
    const candidates = all.filter((other) => other.id !== item.id && !other.mergedInto);
    const target = candidates.find((c) => c.id === this.mergeChoice);
    return html`
      <p class="action-result" tabindex="-1" role=${result?.kind === 'failed' ? 'alert' : 'status'}>
        ${result?.kind === 'done' ? html`<span class="saved">${icon('check')} ${result.text}</span>` : nothing}
        ${result?.kind === 'failed' ? html`<span class="inline-error">${icon('alert')} ${result.text}</span>` : nothing}
      </p>
      <section aria-labelledby="status-heading">
        ${heading(this.level + 2, html`<span id="status-heading">${this.t('status')}</span>`)}
        ${selectField({
          id: 'item-status',
          label: this.t('changeStatus'),
          errorPrefix: this.t('errorPrefix'),
          value: statusChoice,
          options: STATUSES.map((s) => ({ value: s, label: label(feedbackStatuses, s, locale) })),
          onChange: (value) => (this.statusChoice = new Map(this.statusChoice).set(item.id, value as FeedbackStatus)),
        })}
        <div class="button-group">
          <button type="button" class="button secondary" data-status-action aria-disabled=${busy || statusChoice === item.status ? 'true' : nothing} @click=${() => this.change(item, { status: statusChoice })}>${this.t('changeStatus')}</button>
        </div>
      </section>
      <section aria-labelledby="board-heading">
        ${heading(this.level + 2, html`<span id="board-heading">${this.t('board')}</span>`)}
        ${item.published
          ? html`<button type="button" class="button secondary" data-board-action aria-disabled=${busy ? 'true' : nothing} @click=${() => this.change(item, { published: false })}>${this.t('unpublish')}</button>`
          : html`<button type="button" class="button secondary" data-board-action aria-disabled=${busy || !item.consentToPublish ? 'true' : nothing} aria-describedby=${item.consentToPublish ? nothing : 'no-consent'} @click=${() => this.change(item, { published: true })}>
                ${this.t('publish')}
              </button>
              ${item.consentToPublish ? nothing : html`<p id="no-consent" class="hint">${icon('info')} ${lines(this.t('noConsent'))}</p>`}`}
      </section>
      ${this.renderUpdateForm(item)}
      <section aria-labelledby="merge-heading">
        ${heading(this.level + 2, html`<span id="merge-heading">${this.t('mergeHeading')}</span>`)}
        ${selectField({
          id: 'merge-into',
          label: this.t('mergeInto'),
          hint: this.t('mergeHint'),
          errorPrefix: this.t('errorPrefix'),
          value: this.mergeChoice,
          options: [{ value: '', label: this.t('chooseItem') }, ...candidates.map((c) => ({ value: c.id, label: `${c.reference}: ${truncate(c.text, 70)}` }))],
          onChange: (value) => {
            this.mergeChoice = value;
            this.confirmingMerge = false;
          },
        })}
        ${this.confirmingMerge && target
          ? html`<div class="confirm" tabindex="-1" role="group" aria-labelledby="confirm-merge-title">
              <p id="confirm-merge-title"><strong>${this.t('confirmMerge', item.reference, target.reference)}</strong></p>
              <p>${this.t('confirmMergeBody')}</p>
              <div class="button-group">
                <button type="button" class="button warning" aria-disabled=${busy ? 'true' : nothing} @click=${() => this.merge(item, target)}>${this.t('confirmYes')}</button>
                <button type="button" class="button secondary" @click=${() => this.cancelMerge()}>${this.t('cancel')}</button>
              </div>
            </div>`
          : html`<div class="button-group">
              <button type="button" class="button secondary" aria-disabled=${busy ? 'true' : nothing} @click=${() => this.askMerge(item)}>${this.t('mergeButton')}</button>
            </div>`}
      </section>
    `;
  }

  private renderUpdateForm(item: FeedbackItem): TemplateResult {
    const form = this.updateForm;
    const values = form.values;
    const t = this.t;
    const setLink = (index: number, change: Partial<{ title: string; url: string }>) =>
      form.update({ links: values.links.map((link, i) => (i === index ? { ...link, ...change } : link)) });
    return html`<section aria-labelledby="update-heading">
      ${heading(this.level + 2, html`<span id="update-heading">${t('updateHeading')}</span>`)}
      ${this.draft.restored
        ? draftNotice({
            level: this.level + 3,
            title: t('draftRestoredTitle'),
            body: t('draftRestoredBody'),
            startAgainLabel: t('startAgain'),
            onStartAgain: () => void this.startAgain(item),
          })
        : nothing}
      <form novalidate @submit=${(event: Event) => this.postUpdate(event, item)}>
        ${errorSummary(t('errorSummaryTitle'), form.summary, this.level + 3)}
        ${form.failure
          ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${icon('alert')} ${this.actionError(form.failure)} ${t('keptTyped')}</p>`
          : nothing}
        ${choiceGroup({
          id: fieldId('kind'),
          type: 'radio',
          label: t('kind'),
          errorPrefix: t('errorPrefix'),
          error: form.error('kind'),
          choices: KINDS.map((kind) => ({ value: kind, label: t('kindLabel', kind) })),
          selected: values.kind ? [values.kind] : [],
          onChange: ([kind]) => form.update({ kind: (kind as FeedbackUpdateKind) ?? '' }),
        })}
        ${textField({
          id: fieldId('text'),
          label: t('textLabel', values.kind),
          hint: t('textHint'),
          errorPrefix: t('errorPrefix'),
          error: form.error('text'),
          value: values.text,
          multiline: true,
          rows: 5,
          onInput: (text) => form.update({ text }),
        })}
        <fieldset class="form-group">
          <legend>${t('links')}</legend>
          <span class="hint">${t('linksHint')}</span>
          ${values.links.map(
            (link, index) => html`<div class="link-pair">
              ${textField({
                id: fieldId(`links.${index}.title`),
                label: t('linkTitle', index + 1),
                errorPrefix: t('errorPrefix'),
                error: form.error(`links.${index}.title`),
                value: link.title,
                onInput: (title) => setLink(index, { title }),
              })}
              ${textField({
                id: fieldId(`links.${index}.url`),
                label: t('linkUrl', index + 1),
                hint: t('linkUrlHint'),
                errorPrefix: t('errorPrefix'),
                error: form.error(`links.${index}.url`),
                value: link.url,
                type: 'url',
                spellcheck: false,
                onInput: (url) => setLink(index, { url }),
              })}
              <button type="button" class="button link" @click=${() => this.removeLink(index)}>${icon('trash')} ${t('removeLink', index + 1)}</button>
            </div>`,
          )}
          ${values.links.length < MAX_LINKS ? html`<button type="button" class="button secondary" @click=${() => this.addLink()}>${t('addLink')}</button>` : nothing}
        </fieldset>
        <div class="button-group">
          <button type="submit" class="button" aria-disabled=${form.submitting ? 'true' : nothing}>${form.submitting ? t('sending') : t('postUpdate')}</button>
        </div>
      </form>
    </section>`;
  }

  private draftKeyOf(itemId: string): string {
    return draftKey('staff-feedback-update', this.id, itemId);
  }

  private async startAgain(item: FeedbackItem): Promise<void> {
    this.draft.clear();
    this.updateDrafts.delete(item.id);
    this.updateForm.reset(emptyUpdate());
    await this.updateComplete;
    this.shadowRoot?.getElementById(fieldId('kind'))?.focus();
    this.announce(this.t('startedAgain'));
  }

  private async addLink(): Promise<void> {
    const links = [...this.updateForm.values.links, { title: '', url: '' }];
    this.updateForm.update({ links });
    await this.updateComplete;
    this.shadowRoot?.getElementById(fieldId(`links.${links.length - 1}.title`))?.focus();
  }

  private async removeLink(index: number): Promise<void> {
    const links = this.updateForm.values.links.filter((_, i) => i !== index);
    this.updateForm.update({ links });
    this.updateForm.errors = {};
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.link-pair:last-of-type input, fieldset .button.secondary')?.focus();
  }

  /** The contract's rules for an update (src/api/rules.ts); a web address must also name a host with a dot. */
  private validateUpdate(values: UpdateValues): FieldErrors {
    const errors = this.updateForm.wordAll(checkBody(feedbackUpdateRules, values));
    values.links.forEach((link, i) => {
      const url = link.url.trim();
      if (url && !HTTPS_URL.test(url)) errors[`links.${i}.url`] ??= this.wordUpdateProblem({ field: `links.${i}.url`, code: 'invalid-url' });
    });
    return errors;
  }

  /** This form's words for a field problem, whether the browser found it or the server sent its code. */
  private wordUpdateProblem({ field, code, limit }: FieldProblem): string {
    const t = this.t;
    const link = /^links\.(\d+)\.(title|url)$/.exec(field);
    const n = link ? Number(link[1]) + 1 : 0;
    switch (link ? `links.*.${link[2]}:${code}` : `${field}:${code}`) {
      case 'kind:required':
      case 'kind:not-in-list':
        return t('kindRequired');
      case 'text:required':
        return t('textRequired');
      case 'text:too-short':
        return t('textTooShort');
      case 'text:too-long':
        return t('textTooLong');
      case 'links.*.title:required':
        return t('linkTitleRequired', n);
      case 'links.*.url:required':
        return t('linkUrlRequired', n);
      case 'links.*.url:invalid-url':
      case 'links.*.url:too-long':
        return t('linkUrlFormat', n);
      default:
        return t('fieldProblem', code, limit);
    }
  }

  private async postUpdate(event: Event, item: FeedbackItem): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (!api) return;
    let sent: FeedbackUpdateInput | undefined;
    const result = await this.updateForm.submit((values, idempotencyKey) => {
      sent = {
        kind: values.kind as FeedbackUpdateKind,
        text: values.text.trim(),
        links: values.links.map((link) => ({ title: link.title.trim(), url: link.url.trim() })),
      };
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
      this.updateForm.reset(emptyUpdate());
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
    if (change.status !== undefined && change.status === item.status) return;
    if (change.published === true && !item.consentToPublish) return;
    this.results = new Map(this.results).set(item.id, { kind: 'saving' });
    try {
      const updated = await api.updateFeedback(item.id, change);
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
      this.fail(item, 'status', error);
    }
    await this.keepFocus(item, change.published === undefined ? '[data-status-action]' : '[data-board-action]');
  }

  /**
   * After an action the button pressed may have been swapped for another (publish for keep
   * private): focus moves to the one now in its place, or to the result message.
   */
  private async keepFocus(item: FeedbackItem, selector: string): Promise<void> {
    await this.updateComplete;
    if (this.openId !== item.id) return;
    const panel = this.shadowRoot?.getElementById(`manage-${item.id}`);
    if (!panel) return;
    // Only when focus was dropped (to the page), never taken from where someone moved it.
    if (this.shadowRoot?.activeElement) return;
    const outer = (this.getRootNode() as Document | ShadowRoot).activeElement;
    if (outer && outer !== document.body && outer !== this) return;
    const target = panel.querySelector<HTMLElement>(selector) ?? panel.querySelector<HTMLElement>('.action-result');
    target?.focus();
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

  private fail(item: FeedbackItem, action: 'status' | 'merge', error: unknown): void {
    const text = `${this.t('actionFailed')} ${this.actionError(error)}`;
    this.results = new Map(this.results).set(item.id, { kind: 'failed', text });
    this.reportError(action, error);
  }
}

function rank(item: FeedbackItem): number {
  if (item.mergedInto) return 2;
  return item.status === 'received' ? 0 : 1;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
