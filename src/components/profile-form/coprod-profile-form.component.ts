import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../../api/errors.js';
import type { ContactMethod, Profile, ProfileCreated } from '../../api/types.js';
import { CONTACT_METHODS } from '../../api/validation.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { choiceGroup, errorSummary, fieldId, FormController, formStyles, textField, type TextFieldOptions } from '../../core/forms/index.js';
import { mergeCatalogs } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { coreMessages } from '../../core/messages.js';
import { errorView, loadingView } from '../../core/status-views.js';
import { accessNeeds, choicesFrom, contactMethods, label, loadTaxonomy, participationModes, termName, weekdays } from '../../core/vocabulary.js';
import { profileFormMessages } from './coprod-profile-form.messages.js';
import { profileFormStyles } from './coprod-profile-form.styles.js';
import { clampHeadingLevel, heading } from '../../core/heading.js';
import { readPicture } from './picture.js';
import { ProfileStorage, storageKeys, type Draft } from './profile-storage.js';
import { emptyValues, FIELD_ALIASES, FIELD_ORDER, fromProfile, TIMES_OF_DAY, toInput, validateProfile, type ProfileValues } from './profile-values.js';
import { profileView } from './profile-view.js';

const messages = mergeCatalogs(coreMessages, profileFormMessages);
type Strings = (typeof messages)['en-GB'];
/** The keys of strings that take no arguments. */
type PlainKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings] & string;
type TextKey = 'name' | 'importantToMe' | 'experience' | 'networks' | 'needsDetails' | 'otherTopics' | 'availabilityNotes' | 'trainingWanted';

/** How long typing pauses before the draft is written. */
const DRAFT_DELAY_MS = 400;

type Mode = 'form' | 'view' | 'deleted';
type SkillProblem = { kind: 'duplicate' | 'tooLong' | 'tooMany'; skill: string };

/** Detail of `coprod-profile-saved`: which profile, never its contents (they are personal data). */
export interface ProfileSavedDetail {
  profileId: string;
  /** True when the profile was created, false when it was changed. */
  created: boolean;
}

export interface ProfileDeletedDetail {
  profileId: string;
}

export interface ProfileErrorDetail {
  action: 'load' | 'save' | 'delete';
  kind: ApiError['kind'];
  message: string;
}

/**
 * @summary The One Page Profile: a person says who they are, what matters to them, the
 * experience they bring and how to help them take part; sees it back as a printable
 * one-page profile; and can change or delete it.
 *
 * Nothing is lost: what is typed is kept in this tab (sessionStorage) and restored with a
 * notice if the page reloads; on the device (localStorage) only when the person ticks
 * "Remember what I type on this device". A failed save keeps everything, and saving again
 * is the same attempt (one idempotency key), so it can never make two profiles.
 *
 * The edit token returned when the profile is created is kept in memory and in this tab's
 * sessionStorage only, never in localStorage; the person is shown it as a private key
 * (like a password, not to be given to anyone) and the profile id as the number they can quote.
 * With a `profile-id` attribute and a host sign-in `token`, the element opens that profile.
 *
 * @slot consent - The council's own consent wording (may hold links, e.g. to a privacy notice). Overrides `consent-text`.
 *
 * @fires coprod-profile-saved - The profile was created or changed. `detail: { profileId, created }`.
 * @fires coprod-profile-deleted - The person deleted their profile. `detail: { profileId }`.
 * @fires coprod-error - Loading, saving or deleting failed. `detail: { action, kind, message }`.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart form - The profile form.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart draft-notice - The notice that a kept draft was restored.
 * @csspart saved-notice - The "your profile is saved" panel with the profile number and private key.
 * @csspart profile - The saved one page profile.
 * @csspart profile-box - Each box of the saved profile.
 * @csspart picture - The person's picture in the saved profile.
 * @csspart chip - Each topic and skill chip.
 * @csspart actions - The print, change and delete buttons.
 * @csspart dialog - The delete confirmation dialog.
 *
 * @cssproperty --coprod-profile-box-border - Border colour of the profile's boxes. Default: the border token.
 * @cssproperty --coprod-profile-picture-size - Size of the picture in the saved profile. Default: 7em.
 */
export class CoprodProfileForm extends CoprodElement {
  static override styles = [...CoprodElement.styles, formStyles, profileFormStyles];
  static override messages = messages;

  /** Opens this profile for viewing and changing, with the host site's sign-in `token`. */
  @property({ attribute: 'profile-id' }) profileId?: string;

  /** The council's consent wording, shown as the consent checkbox's label. The `consent` slot wins when used. */
  @property({ attribute: 'consent-text' }) consentText?: string;

  /** The level of the widget's top heading, 2 to 5. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** A link shown when the service cannot be reached, e.g. the council's own profile page or contact form. */
  @property({ attribute: 'fallback-href' }) fallbackHref?: string;

  /** @internal */ @state() private mode: Mode = 'form';
  /** @internal */ @state() private profile: Profile | undefined;
  /** @internal */ @state() private loadTarget: { profileId: string } | undefined;
  /** @internal */ @state() private justSaved: 'created' | 'updated' | undefined;
  /** @internal */ @state() private reference: string | undefined;
  /** @internal */ @state() private editing = false;
  /** @internal */ @state() private draftRestored = false;
  /** @internal */ @state() private rememberOnDevice = false;
  /** @internal */ @state() private pictureProblem: 'type' | 'size' | 'unreadable' | undefined;
  /** @internal */ @state() private skillProblem: SkillProblem | undefined;
  /** @internal */ @state() private deleting = false;
  /** @internal */ @state() private deleteError: ApiError | undefined;
  /** @internal */ @state() private hasConsentSlot = false;

  /** @internal */ @query('#delete-dialog') private dialog?: HTMLDialogElement;

  private editToken: string | undefined;
  private storage: ProfileStorage | undefined;
  private initialised = false;
  private dirty = false;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingEditDraft: Draft | undefined;

  /** @internal */
  readonly form = new FormController<ProfileValues>(this, {
    initial: emptyValues,
    fieldOrder: FIELD_ORDER,
    aliases: FIELD_ALIASES,
    // A refused picture file is never attached, so its message stays at the field without blocking the save.
    validate: (values) => validateProfile(values, this.t),
    onChange: () => {
      this.dirty = true;
      this.scheduleDraft();
    },
  });

  private readonly taxonomy = new Task(this, {
    args: () => [this.api] as const,
    task: ([api], { signal }) => (api ? loadTaxonomy(api, signal) : Promise.resolve(undefined)),
  });

  private readonly loader = new Task(this, {
    args: () => [this.api, this.loadTarget] as const,
    task: async ([api, target], { signal }) => {
      if (!api || !target) return undefined;
      return api.getProfile(target.profileId, { signal, profileToken: await this.profileToken() });
    },
    onComplete: (profile) => {
      if (profile) this.showLoaded(profile);
    },
    onError: (error) => this.reportError('load', error),
  });

  private readonly flushDraft = (): void => this.saveDraftNow();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.flushDraft);
    this.hasConsentSlot = !!this.querySelector(':scope > [slot="consent"]');
    if (this.initialised) return;
    this.initialised = true;
    this.storage = new ProfileStorage(storageKeys(this.id));
    const key = this.storage.readKey();
    if (this.profileId) this.loadTarget = { profileId: this.profileId };
    else if (key) {
      this.editToken = key.editToken;
      this.loadTarget = { profileId: key.profileId };
    }
    if (this.loadTarget) this.mode = 'view';
    const kept = this.storage.readDraft();
    if (!kept) return;
    this.rememberOnDevice = kept.onDevice;
    if (kept.draft.editingId && kept.draft.editingId === this.loadTarget?.profileId) this.pendingEditDraft = kept.draft;
    else if (!kept.draft.editingId && !this.loadTarget) this.restoreDraft(kept.draft);
  }

  override disconnectedCallback(): void {
    this.saveDraftNow();
    window.removeEventListener('pagehide', this.flushDraft);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('profileId') && this.initialised && this.profileId && this.loadTarget?.profileId !== this.profileId) {
      this.loadTarget = { profileId: this.profileId };
      this.profile = undefined;
      this.mode = 'view';
    }
  }

  // Drafts

  private restoreDraft(draft: Draft): void {
    this.form.reset({ ...emptyValues, ...draft.values });
    this.draftRestored = true;
    this.dirty = true;
    this.updateComplete.then(() => this.announce(this.t('draftRestoredTitle')));
  }

  private scheduleDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.saveDraftNow(), DRAFT_DELAY_MS);
  }

  private saveDraftNow(): void {
    clearTimeout(this.draftTimer);
    if (this.mode !== 'form' || !this.dirty || !this.storage) return;
    this.storage.saveDraft({ values: this.form.values, editingId: this.editing ? this.profile?.id : undefined }, this.rememberOnDevice);
  }

  private setRemember(checked: boolean): void {
    this.rememberOnDevice = checked;
    if (checked) this.saveDraftNow();
    else this.storage?.forgetOnDevice();
    this.announce(this.t(checked ? 'rememberOn' : 'rememberOff'));
  }

  private async startAgain(): Promise<void> {
    clearTimeout(this.draftTimer);
    this.storage?.clearDraft();
    this.dirty = false;
    this.draftRestored = false;
    this.pictureProblem = undefined;
    this.skillProblem = undefined;
    this.form.reset(this.editing && this.profile ? fromProfile(this.profile) : emptyValues);
    await this.updateComplete;
    this.shadowRoot?.getElementById(fieldId('name'))?.focus();
    this.announce(this.t('startedAgain'));
  }

  // Picture

  private pictureMessage(): string {
    const problem = this.pictureProblem;
    return problem === 'size' ? this.t('pictureSize') : problem === 'unreadable' ? this.t('pictureUnreadable') : this.t('pictureType');
  }

  private async choosePicture(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = await readPicture(file);
    if ('problem' in result) {
      this.pictureProblem = result.problem;
      input.value = '';
      this.announce(this.pictureMessage());
      return;
    }
    this.pictureProblem = undefined;
    this.form.update({ pictureDataUrl: result.dataUrl });
    this.announce(this.t('pictureAdded'));
  }

  private async removePicture(): Promise<void> {
    this.pictureProblem = undefined;
    this.form.update({ pictureDataUrl: '', pictureDescription: '' });
    await this.updateComplete;
    const input = this.shadowRoot?.getElementById(fieldId('picture.dataUrl')) as HTMLInputElement | null;
    if (input) {
      input.value = '';
      input.focus();
    }
    this.announce(this.t('pictureRemoved'));
  }

  // Skills

  private addSkill(options: { quiet?: boolean } = {}): boolean {
    const skill = this.form.values.newSkill.trim().replace(/\s+/g, ' ');
    if (!skill) return true;
    const skills = this.form.values.skills;
    if (skills.some((existing) => existing.toLowerCase() === skill.toLowerCase())) this.skillProblem = { kind: 'duplicate', skill };
    else if (skill.length > 80) this.skillProblem = { kind: 'tooLong', skill };
    else if (skills.length >= 30) this.skillProblem = { kind: 'tooMany', skill };
    else {
      this.skillProblem = undefined;
      this.form.update({ skills: [...skills, skill], newSkill: '' });
      if (!options.quiet) this.announce(this.t('skillAdded', skill));
      return true;
    }
    if (!options.quiet) this.announce(this.skillMessage()!);
    return false;
  }

  private skillMessage(): string | undefined {
    const problem = this.skillProblem;
    if (!problem) return this.form.error('skills');
    if (problem.kind === 'duplicate') return this.t('skillDuplicate', problem.skill);
    return this.t(problem.kind === 'tooLong' ? 'skillTooLong' : 'skillsTooMany');
  }

  private async removeSkill(index: number): Promise<void> {
    const skills = this.form.values.skills;
    const removed = skills[index];
    if (removed === undefined) return;
    this.form.update({ skills: skills.filter((_, i) => i !== index) });
    await this.updateComplete;
    // Focus goes to the chip that took its place, or the one before, or back to the input.
    const buttons = this.shadowRoot?.querySelectorAll<HTMLButtonElement>('.skill-remove') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)] ?? this.shadowRoot?.getElementById(fieldId('skills'));
    next?.focus();
    this.announce(this.t('skillRemoved', removed));
  }

  private onSkillKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    // Enter adds the skill rather than submitting the whole form.
    event.preventDefault();
    this.addSkill();
  }

  // Saving

  private async profileToken(): Promise<string | undefined> {
    if (this.editToken) return this.editToken;
    const token = this.config.token;
    return (typeof token === 'function' ? await token() : token) ?? undefined;
  }

  /** Server messages are English; the same problems get this widget's words in the person's language. */
  private localised(error: unknown): unknown {
    if (!(error instanceof ApiError) || error.kind !== 'validation' || !error.problem) return error;
    const method = this.form.values.contactMethod as ContactMethod;
    const known: Record<string, string | undefined> = {
      'name:required': this.t('nameRequired'),
      'name:too_long': this.t('nameTooLong'),
      'importantToMe:required': this.t('importantToMeRequired'),
      'experience:required': this.t('experienceRequired'),
      'contact.method:required': this.t('contactMethodRequired'),
      'contact.method:enum': this.t('contactMethodRequired'),
      'contact.detail:required': method ? this.t('contactDetailRequired', method) : undefined,
      'contact.detail:format': method === 'email' ? this.t('emailFormat') : method ? this.t('phoneFormat') : undefined,
      'consent:consent': this.t('consentRequired'),
      'picture.dataUrl:format': this.t('pictureType'),
      'picture.dataUrl:too_long': this.t('pictureSize'),
      'picture.description:required': this.t('pictureDescriptionRequired'),
    };
    const errors = error.fieldErrorList.map((fieldError) => ({ ...fieldError, message: known[`${fieldError.field}:${fieldError.code}`] ?? fieldError.message }));
    return new ApiError(error.kind, error.message, { status: error.status, problem: { ...error.problem, errors }, cause: error });
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (!api || this.form.submitting) return;
    if (this.form.values.newSkill.trim()) this.addSkill({ quiet: true });
    const editingId = this.editing ? this.profile?.id : undefined;
    const saved = await this.form.submit<ProfileCreated | { profile: Profile; editToken?: undefined }>(async (values, idempotencyKey) => {
      this.announce(this.t('saving'));
      try {
        if (editingId) return { profile: await api.updateProfile(editingId, toInput(values), { profileToken: await this.profileToken() }) };
        return await api.createProfile(toInput(values), { idempotencyKey });
      } catch (error) {
        throw this.localised(error);
      }
    });
    if (!saved) {
      if (this.form.failure) this.reportError('save', this.form.failure);
      return;
    }
    clearTimeout(this.draftTimer);
    this.storage?.clearDraft();
    this.dirty = false;
    this.draftRestored = false;
    this.profile = saved.profile;
    if (saved.editToken) {
      this.editToken = saved.editToken;
      this.reference = saved.editToken;
      this.storage?.saveKey({ profileId: saved.profile.id, editToken: saved.editToken });
    }
    this.justSaved = editingId ? 'updated' : 'created';
    this.editing = false;
    this.mode = 'view';
    this.form.reset(emptyValues);
    await this.updateComplete;
    this.focusById('saved-title');
    this.announce(this.t(editingId ? 'updatedTitle' : 'savedTitle'));
    this.emit<ProfileSavedDetail>('coprod-profile-saved', { profileId: saved.profile.id, created: !editingId });
  }

  private reportError(action: ProfileErrorDetail['action'], error: unknown): void {
    const kind = error instanceof ApiError ? error.kind : 'server';
    if (kind === 'aborted') return;
    this.emit<ProfileErrorDetail>('coprod-error', { action, kind, message: this.t('apiError', kind) });
  }

  // Viewing, changing, deleting

  private showLoaded(profile: Profile): void {
    this.profile = profile;
    const draft = this.pendingEditDraft;
    this.pendingEditDraft = undefined;
    if (draft?.editingId === profile.id) {
      this.editing = true;
      this.mode = 'form';
      this.restoreDraft(draft);
    } else this.mode = 'view';
  }

  private async startEdit(): Promise<void> {
    if (!this.profile) return;
    this.form.reset(fromProfile(this.profile));
    this.dirty = false;
    this.justSaved = undefined;
    this.editing = true;
    this.mode = 'form';
    await this.updateComplete;
    this.focusById('form-title');
  }

  private async cancelEdit(): Promise<void> {
    clearTimeout(this.draftTimer);
    this.storage?.clearDraft();
    this.dirty = false;
    this.draftRestored = false;
    this.editing = false;
    this.mode = 'view';
    this.form.reset(emptyValues);
    await this.updateComplete;
    this.focusById('edit-button');
  }

  private openDelete(): void {
    this.deleteError = undefined;
    this.dialog?.showModal();
    this.dialog?.querySelector<HTMLElement>('.keep-button')?.focus();
  }

  private closeDelete(): void {
    this.dialog?.close();
  }

  private onDialogClose(): void {
    if (this.mode === 'view') this.focusById('delete-button');
  }

  private async confirmDelete(): Promise<void> {
    const api = this.api;
    const profile = this.profile;
    if (!api || !profile || this.deleting) return;
    this.deleting = true;
    this.deleteError = undefined;
    try {
      await api.deleteProfile(profile.id, { profileToken: await this.profileToken() });
    } catch (error) {
      this.deleting = false;
      this.deleteError = error instanceof ApiError ? error : new ApiError('server', String(error), { cause: error });
      this.reportError('delete', error);
      return;
    }
    this.deleting = false;
    this.mode = 'deleted';
    this.dialog?.close();
    this.profile = undefined;
    this.editToken = undefined;
    this.reference = undefined;
    this.justSaved = undefined;
    this.loadTarget = undefined;
    this.storage?.clearKey();
    this.storage?.clearDraft();
    await this.updateComplete;
    this.focusById('deleted-title');
    this.announce(this.t('deletedTitle'));
    this.emit<ProfileDeletedDetail>('coprod-profile-deleted', { profileId: profile.id });
  }

  private async startNew(): Promise<void> {
    this.form.reset(emptyValues);
    this.dirty = false;
    this.editing = false;
    this.mode = 'form';
    await this.updateComplete;
    this.focusById('form-title');
  }

  private focusById(id: string): void {
    const target = this.shadowRoot?.getElementById(id);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  private onConsentSlotChange(event: Event): void {
    this.hasConsentSlot = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).some((node) => node.textContent?.trim());
  }

  // Rendering

  private get level(): number {
    // At most h5, leaving room for the boxes one level below.
    return Math.min(5, clampHeadingLevel(this.headingLevel));
  }

  protected override renderContent(): unknown {
    if (!this.api) return this.renderNoApi();
    if (this.mode === 'deleted') return this.renderDeleted();
    if (this.mode === 'view') {
      if (this.profile) return this.renderSaved(this.profile);
      return this.loader.render({
        initial: () => loadingView(this.t('loadingProfile'), { rows: 4 }),
        pending: () => loadingView(this.t('loadingProfile'), { rows: 4 }),
        complete: () => loadingView(this.t('loadingProfile'), { rows: 4 }),
        error: (error) =>
          errorView({
            title: this.t('loadFailedTitle'),
            message: this.t('apiError', error instanceof ApiError ? error.kind : 'server'),
            retryLabel: this.t('retry'),
            onRetry: () => this.loader.run(),
            headingLevel: this.level,
            fallback: this.fallbackHref ? { href: this.fallbackHref, label: this.t('fallbackLink') } : undefined,
          }),
      });
    }
    return this.renderForm();
  }

  private renderNoApi(): TemplateResult {
    return html`<div class="panel notice">
      ${heading(this.level, this.t('noApiTitle'), { className: 'panel-title' })}
      <p>${this.t('noApiBody')}</p>
      ${this.fallbackHref ? html`<p><a href=${this.fallbackHref}>${this.t('fallbackLink')}</a></p>` : nothing}
    </div>`;
  }

  private renderDeleted(): TemplateResult {
    return html`<div class="panel success">
      ${heading(this.level, this.t('deletedTitle'), { id: 'deleted-title', className: 'panel-title', tabindex: '-1' })}
      <p class="lines">${this.t('deletedBody')}</p>
      <button type="button" class="button secondary" @click=${this.startNew}>${this.t('startNew')}</button>
    </div>`;
  }

  private renderSaved(profile: Profile): TemplateResult {
    const level = this.level;
    return html`${this.justSaved
        ? html`<div class="panel success" part="saved-notice">
            ${heading(level, html`${icon('check')} ${this.t(this.justSaved === 'created' ? 'savedTitle' : 'updatedTitle')}`, {
              id: 'saved-title',
              className: 'panel-title',
              tabindex: '-1',
            })}
            <p>${this.t('profileNumberIntro')} <strong class="profile-number">${profile.id}</strong></p>
            <p class="lines">${this.t('profileNumberHint')}</p>
            ${this.reference
              ? html`<p>${this.t('privateKeyIntro')} <strong class="private-key">${this.reference}</strong></p>
                  <p class="lines">${this.t('privateKeyKeep')}</p>
                  <p class="lines">${this.t('privateKeyAfterClose')}</p>`
              : nothing}
          </div>`
        : nothing}
      ${profileView({ profile, t: this.t, locale: this.config.locale, taxonomy: this.taxonomy.value, level })}
      <div class="button-group actions no-print" part="actions">
        <button type="button" class="button secondary" @click=${() => window.print()}>${icon('print')} ${this.t('print')}</button>
        <button type="button" class="button secondary" id="edit-button" @click=${this.startEdit}>${icon('edit')} ${this.t('edit')}</button>
        <button type="button" class="button warning" id="delete-button" @click=${this.openDelete}>${icon('trash')} ${this.t('delete')}</button>
      </div>
      ${this.renderDeleteDialog(level)}`;
  }

  private renderDeleteDialog(level: number): TemplateResult {
    return html`<dialog id="delete-dialog" class="confirm" part="dialog" aria-labelledby="delete-title" aria-describedby="delete-body" @close=${this.onDialogClose}>
      ${heading(level, this.t('deleteTitle'), { id: 'delete-title', className: 'panel-title' })}
      <p id="delete-body" class="lines">${this.t('deleteBody')}</p>
      ${this.deleteError
        ? html`<p class="error-message" role="alert"><span class="visually-hidden">${this.t('errorPrefix')}</span> ${this.t('apiError', this.deleteError.kind)}</p>`
        : nothing}
      <div class="button-group">
        <button type="button" class="button warning" aria-disabled=${this.deleting ? 'true' : 'false'} @click=${this.confirmDelete}>
          ${this.deleting ? this.t('deleting') : this.t('deleteConfirm')}
        </button>
        <button type="button" class="button secondary keep-button" @click=${this.closeDelete}>${this.t('deleteCancel')}</button>
      </div>
    </dialog>`;
  }

  private text(path: string, key: TextKey, options: Partial<TextFieldOptions> & { hintKey?: PlainKey; isOptional?: boolean } = {}): TemplateResult {
    const valueKey: keyof ProfileValues = key;
    const { hintKey, isOptional, ...rest } = options;
    return textField({
      id: fieldId(path),
      label: isOptional ? html`${this.t(key)} <span class="optional">${this.t('optional')}</span>` : this.t(key),
      hint: hintKey ? this.t(hintKey) : undefined,
      error: this.form.error(path),
      errorPrefix: this.t('errorPrefix'),
      value: String(this.form.values[valueKey] ?? ''),
      onInput: (value) => this.form.update({ [valueKey]: value } as Partial<ProfileValues>),
      ...rest,
    });
  }

  private optionalLabel(key: PlainKey): TemplateResult {
    return html`${this.t(key)} <span class="optional">${this.t('optional')}</span>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const level = this.level;
    const sub = level + 1;
    const submitLabel = this.editing ? t('saveChanges') : t('save');
    const submitting = this.form.submitting;
    return html`<form part="form" novalidate @submit=${this.save} aria-busy=${submitting ? 'true' : 'false'}>
      ${errorSummary(t('errorSummaryTitle'), this.form.summary, level)}
      ${heading(level, t('title'), { id: 'form-title', tabindex: '-1' })}
      <p class="lines">${t('intro')}</p>
      <p class="lines">${t('requiredIntro')}</p>
      ${this.draftRestored
        ? html`<div class="panel notice" part="draft-notice" id="draft-notice">
            ${heading(sub, html`${icon('info')} ${t('draftRestoredTitle')}`, { className: 'panel-title' })}
            <p class="lines">${t('draftRestoredBody')}</p>
            <button type="button" class="button secondary" @click=${this.startAgain}>${t('startAgain')}</button>
          </div>`
        : nothing}

      <div class="form-section">
        ${heading(sub, html`${icon('person')} ${t('sectionAbout')}`, { className: 'section-title' })}
        ${this.text('name', 'name', { hintKey: 'nameHint', autocomplete: 'name', spellcheck: false, required: true })} ${this.renderPicture()}
      </div>

      <div class="form-section">
        ${heading(sub, html`${icon('heart')} ${t('sectionYou')}`, { className: 'section-title' })}
        ${this.text('importantToMe', 'importantToMe', { hintKey: 'importantToMeHint', multiline: true, required: true })}
        ${this.text('experience', 'experience', { hintKey: 'experienceHint', multiline: true, required: true })}
        ${this.text('networks', 'networks', { hintKey: 'networksHint', multiline: true, rows: 3, isOptional: true })}
      </div>

      <div class="form-section">
        ${heading(sub, html`${icon('access')} ${t('sectionHelp')}`, { className: 'section-title' })}
        ${choiceGroup({
          id: fieldId('howToHelp.needs'),
          type: 'checkbox',
          label: this.optionalLabel('needs'),
          hint: t('needsHint'),
          error: this.form.error('howToHelp.needs'),
          errorPrefix: t('errorPrefix'),
          choices: choicesFrom(accessNeeds, this.config.locale),
          selected: this.form.values.needs,
          onChange: (needs) => this.form.update({ needs: needs as ProfileValues['needs'] }),
        })}
        ${this.text('howToHelp.details', 'needsDetails', { hintKey: 'needsDetailsHint', multiline: true, rows: 3, isOptional: true })}
      </div>

      <div class="form-section">
        ${heading(sub, html`${icon('mail')} ${t('sectionContact')}`, { className: 'section-title' })}
        ${choiceGroup({
          id: fieldId('contact.method'),
          type: 'radio',
          label: t('contactMethod'),
          hint: t('contactMethodHint'),
          error: this.form.error('contact.method'),
          errorPrefix: t('errorPrefix'),
          choices: CONTACT_METHODS.map((method) => ({ value: method, label: label(contactMethods, method, this.config.locale), reveal: this.renderContactDetail(method) })),
          selected: this.form.values.contactMethod ? [this.form.values.contactMethod] : [],
          onChange: ([method]) => this.form.update({ contactMethod: (method ?? '') as ContactMethod | '' }),
        })}
      </div>

      <div class="form-section">
        ${heading(sub, html`${icon('star')} ${t('sectionInterests')}`, { className: 'section-title' })} ${this.renderTopics()}
        ${this.text('otherTopics', 'otherTopics', { isOptional: true })} ${this.renderSkills()}
      </div>

      <div class="form-section">
        ${heading(sub, html`${icon('calendar')} ${t('sectionAvailability')}`, { className: 'section-title' })}
        ${choiceGroup({
          id: fieldId('availability.days'),
          type: 'checkbox',
          inline: true,
          label: this.optionalLabel('days'),
          error: this.form.error('availability.days'),
          errorPrefix: t('errorPrefix'),
          choices: choicesFrom(weekdays, this.config.locale),
          selected: this.form.values.days,
          onChange: (days) => this.form.update({ days: days as ProfileValues['days'] }),
        })}
        ${choiceGroup({
          id: fieldId('availability.times'),
          type: 'checkbox',
          inline: true,
          label: this.optionalLabel('times'),
          error: this.form.error('availability.times'),
          errorPrefix: t('errorPrefix'),
          choices: TIMES_OF_DAY.map((time) => ({ value: time, label: t('timeOfDay', time) })),
          selected: this.form.values.times,
          onChange: (times) => this.form.update({ times: times as ProfileValues['times'] }),
        })}
        ${choiceGroup({
          id: fieldId('availability.modes'),
          type: 'checkbox',
          inline: true,
          label: this.optionalLabel('modes'),
          error: this.form.error('availability.modes'),
          errorPrefix: t('errorPrefix'),
          choices: choicesFrom(participationModes, this.config.locale),
          selected: this.form.values.modes,
          onChange: (modes) => this.form.update({ modes: modes as ProfileValues['modes'] }),
        })}
        ${this.text('availability.notes', 'availabilityNotes', { multiline: true, rows: 3, isOptional: true })}
      </div>

      <div class="form-section">
        ${heading(sub, html`${icon('book')} ${t('sectionTraining')}`, { className: 'section-title' })}
        ${this.text('trainingWanted', 'trainingWanted', { hintKey: 'trainingHint', multiline: true, rows: 3, isOptional: true })}
      </div>

      <div class="form-section">
        ${heading(sub, html`${icon('check')} ${t('sectionSave')}`, { className: 'section-title' })} ${this.renderConsent()}
        <div class="form-group">
          <div class="choice">
            <input type="checkbox" id="remember-device" aria-describedby="remember-device-hint" .checked=${live(this.rememberOnDevice)} @change=${(event: Event) => this.setRemember((event.target as HTMLInputElement).checked)} />
            <label for="remember-device">${t('remember')} <span class="hint lines" id="remember-device-hint">${t('rememberHint')}</span></label>
          </div>
        </div>
      </div>

      ${this.form.status === 'failed' && this.form.failure
        ? html`<div class="panel error" data-form-failure tabindex="-1" role="alert">
            ${heading(sub, html`${icon('alert')} ${t('saveFailedTitle')}`, { className: 'panel-title' })}
            <p>${t('apiError', this.form.failure.kind)}</p>
            <p class="lines">${t('saveFailedWhatToDo', submitLabel)}</p>
          </div>`
        : nothing}

      <div class="button-group">
        <button type="submit" class="button" id="save-button" aria-disabled=${submitting ? 'true' : 'false'}>${submitting ? t('saving') : submitLabel}</button>
        ${this.editing ? html`<button type="button" class="button secondary" @click=${this.cancelEdit}>${t('cancelEdit')}</button>` : nothing}
      </div>
    </form>`;
  }

  private renderPicture(): TemplateResult {
    const t = this.t;
    const id = fieldId('picture.dataUrl');
    const error = this.pictureProblem ? this.pictureMessage() : this.form.error('picture.dataUrl');
    const dataUrl = this.form.values.pictureDataUrl;
    return html`<div class="form-group ${error ? 'has-error' : ''}">
        <label class="label" for=${id}>${this.optionalLabel('picture')}</label>
        <span class="hint lines" id="${id}-hint">${t('pictureHint')}</span>
        ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${t('errorPrefix')}</span> ${error}</p>` : nothing}
        <input
          type="file"
          class="file-input"
          id=${id}
          name=${id}
          accept="image/png,image/jpeg,image/webp"
          aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
          aria-invalid=${error ? 'true' : 'false'}
          @change=${this.choosePicture}
        />
      </div>
      ${dataUrl
        ? html`<div class="picture-chosen">
            <figure class="picture-preview">
              <img src=${dataUrl} alt=${this.form.values.pictureDescription} />
              <figcaption>${t('picturePreview')}</figcaption>
            </figure>
            ${textField({
              id: fieldId('picture.description'),
              label: t('pictureDescription'),
              hint: t('pictureDescriptionHint'),
              error: this.form.error('picture.description'),
              errorPrefix: t('errorPrefix'),
              value: this.form.values.pictureDescription,
              onInput: (value) => this.form.update({ pictureDescription: value }),
              multiline: true,
              rows: 2,
              required: true,
            })}
            <button type="button" class="button secondary" @click=${this.removePicture}>${icon('cross')} ${t('removePicture')}</button>
          </div>`
        : nothing}`;
  }

  private renderContactDetail(method: ContactMethod): TemplateResult {
    const common = {
      id: fieldId('contact.detail'),
      label: this.t('contactDetail', method),
      error: this.form.error('contact.detail'),
      errorPrefix: this.t('errorPrefix'),
      value: this.form.values.contactDetails[method] ?? '',
      onInput: (value: string) => this.form.update({ contactDetails: { ...this.form.values.contactDetails, [method]: value } }),
      required: true,
    };
    switch (method) {
      case 'email':
        return textField({ ...common, type: 'email', autocomplete: 'email', inputmode: 'email', spellcheck: false });
      case 'phone':
        return textField({ ...common, type: 'tel', autocomplete: 'tel', inputmode: 'tel', narrow: true });
      case 'text':
        return textField({ ...common, type: 'tel', autocomplete: 'mobile tel', inputmode: 'tel', narrow: true });
      case 'post':
        return textField({ ...common, multiline: true, rows: 4, autocomplete: 'street-address' });
      case 'supporter':
        return textField({ ...common, multiline: true, rows: 3 });
    }
  }

  private renderTopics(): TemplateResult {
    const t = this.t;
    const id = fieldId('topics');
    const error = this.form.error('topics');
    const selected = this.form.values.topics;
    const toggle = (topic: string, checked: boolean): void =>
      this.form.update({ topics: checked ? [...selected.filter((value) => value !== topic), topic] : selected.filter((value) => value !== topic) });
    return html`<div class="form-group ${error ? 'has-error' : ''}">
      <fieldset aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}">
        <legend>${this.optionalLabel('topics')}</legend>
        <span class="hint" id="${id}-hint">${t('topicsHint')}</span>
        ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${t('errorPrefix')}</span> ${error}</p>` : nothing}
        ${this.taxonomy.render({
          initial: () => html`<p class="muted">${t('topicsLoading')}</p>`,
          pending: () => html`<p class="muted">${t('topicsLoading')}</p>`,
          error: () => html`<p>${t('topicsFailed')}</p>`,
          complete: (taxonomy) =>
            html`<div class="chips">
              ${(taxonomy?.topics ?? []).map((term, index) => {
                const inputId = index === 0 ? id : `${id}-${index}`;
                return html`<span class="chip-choice">
                  <input
                    type="checkbox"
                    class="chip-input"
                    id=${inputId}
                    name=${id}
                    .value=${term.id}
                    .checked=${live(selected.includes(term.id))}
                    @change=${(event: Event) => toggle(term.id, (event.target as HTMLInputElement).checked)}
                  />
                  <label class="chip" part="chip" for=${inputId}>${icon('check', 'chip-tick')} ${termName(term, this.config.locale)}</label>
                </span>`;
              })}
            </div>`,
        })}
      </fieldset>
    </div>`;
  }

  private renderSkills(): TemplateResult {
    const t = this.t;
    const id = fieldId('skills');
    const error = this.skillMessage();
    const skills = this.form.values.skills;
    return html`<div class="form-group ${error ? 'has-error' : ''}">
      <label class="label" for=${id}>${this.optionalLabel('skills')}</label>
      <span class="hint lines" id="${id}-hint">${t('skillsHint')}</span>
      ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${t('errorPrefix')}</span> ${error}</p>` : nothing}
      <div class="add-row">
        <input
          class="input"
          type="text"
          id=${id}
          name=${id}
          enterkeyhint="done"
          aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
          aria-invalid=${error ? 'true' : 'false'}
          .value=${live(this.form.values.newSkill)}
          @input=${(event: Event) => {
            this.skillProblem = undefined;
            this.form.update({ newSkill: (event.target as HTMLInputElement).value });
          }}
          @keydown=${this.onSkillKey}
        />
        <button type="button" class="button secondary" id="add-skill" @click=${() => this.addSkill()}>${t('addSkill')}</button>
      </div>
      ${skills.length
        ? html`<ul class="chips skill-list" aria-label=${t('skillsAdded')}>
            ${skills.map(
              (skill, index) =>
                html`<li class="chip skill-chip" part="chip">
                  <span>${skill}</span>
                  <button type="button" class="skill-remove" @click=${() => this.removeSkill(index)}>
                    ${icon('cross')}<span class="visually-hidden">${t('removeSkill', skill)}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderConsent(): TemplateResult {
    const t = this.t;
    const id = fieldId('consent');
    const error = this.form.error('consent');
    const describedBy = [this.hasConsentSlot ? 'consent-wording' : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="form-group ${error ? 'has-error' : ''}">
      <div id="consent-wording" class="consent-wording" ?hidden=${!this.hasConsentSlot}><slot name="consent" @slotchange=${this.onConsentSlotChange}></slot></div>
      ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${t('errorPrefix')}</span> ${error}</p>` : nothing}
      <div class="choice">
        <input
          type="checkbox"
          id=${id}
          name=${id}
          aria-describedby=${ifDefined(describedBy || undefined)}
          aria-invalid=${error ? 'true' : 'false'}
          .checked=${live(this.form.values.consent)}
          @change=${(event: Event) => this.form.update({ consent: (event.target as HTMLInputElement).checked })}
        />
        <label for=${id} class="lines">${this.hasConsentSlot ? t('consentAgree') : this.consentText || t('consentDefault')}</label>
      </div>
    </div>`;
  }
}
