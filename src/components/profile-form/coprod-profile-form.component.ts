import { Task } from '@lit/task';
import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import type { Profile, ProfileCreated } from '../../api/types.js';
import { versionOf } from '../../api/versions.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { DraftController } from '../../core/controllers/draft-controller.js';
import { SlotController } from '../../core/controllers/slot-controller.js';
import { fieldId, FormController, formSpeech, formStyles, type FieldErrors } from '../../core/forms/index.js';
import { fileFieldStyles } from '../../core/forms/file-field.js';
import { loadTaxonomy } from '../../core/vocabulary.js';
import { printAlone } from '../../core/print-alone.js';
import { profileFormStyles } from './coprod-profile-form.styles.js';
import { profileCatalog, type ProfileTranslate, type ViewContext } from './internal/context.js';
import { profileForm } from './internal/form-view.js';
import { profileIdOf, type ProfileMode } from './internal/modes.js';
import { DeleteController } from './internal/delete-controller.js';
import { PictureController } from './internal/picture.js';
import { isProfileDraft, ProfileKeyStore, storageKeys, withoutPicture, type ProfileDraft } from './internal/profile-storage.js';
import { changesFrom, draftBase, emptyValues, FIELD_ALIASES, FIELD_ORDER, fromProfile, messagesFor, toInput, type ProfileValues } from './internal/profile-values.js';
import { deletedView, loadingProfile, savedProfile } from './internal/saved-view.js';
import { SkillsController } from './internal/skills.js';
import { validateProfile, wordProfileProblem } from './internal/validation.js';
import { profileRules } from '../../api/rules-public.js';
import { mergeByField } from '../../shared/conflict/merge.js';

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
 * @fires {CustomEvent<ProfileSavedDetail>} coprod-profile-saved - The profile was created or changed. `detail: { profileId, created }`.
 * @fires {CustomEvent<ProfileDeletedDetail>} coprod-profile-deleted - The person deleted their profile. `detail: { profileId }`.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading, saving or deleting failed. `detail: { action, kind, message }`.
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
  static override styles = [...CoprodElement.styles, formStyles, fileFieldStyles, profileFormStyles];
  static override messages = profileCatalog;

  /** Opens this profile for viewing and changing, with the host site's sign-in `token`. */
  @property({ attribute: 'profile-id' }) profileId?: string;

  /** The council's consent wording, shown as the consent checkbox's label. The `consent` slot wins when used. */
  @property({ attribute: 'consent-text' }) consentText?: string;

  /** @internal */ @state() private mode: ProfileMode = { kind: 'editing' };

  /**
   * @internal The person's page sets this when its sign-in proved the address (a link or code): it says itself
   * what became of a changed "How often". Elsewhere (and there with a profile key) a save proves nothing about
   * the address, so the saved notice says that a choice made on the person's page or from a message's link
   * stays, and that messages turned off stay off (review S0).
   */
  @property({ attribute: false }) hostSaysOften = false;

  /**
   * @internal The person's page sets this when it was opened with the profile key: it shows no preferences, so
   * the saved notice says that a sign-in with the address (or a message's link) turns messages back on, not
   * "go to your page" (the page the person is on).
   */
  @property({ attribute: false }) ownPage = false;

  /** The edit token of the profile saved in this tab (memory and sessionStorage only). */
  private editToken: string | undefined;
  /** The private key of a profile created by this element, shown with the saved notice. */
  private createdKey: string | undefined;
  private keyStore: ProfileKeyStore | undefined;
  /** A kept draft of changes to a saved profile, restored once that profile has loaded. */
  private pendingEditDraft: ProfileDraft | undefined;

  private get strings(): ProfileTranslate {
    return this.t as ProfileTranslate;
  }

  /** @internal */
  readonly form: FormController<ProfileValues> = new FormController<ProfileValues>(this, {
    initial: emptyValues,
    fieldOrder: FIELD_ORDER,
    aliases: FIELD_ALIASES,
    // A refused picture file is never attached, so its message stays at the field without blocking the save.
    rules: profileRules,
    validate: (values): FieldErrors => validateProfile(values, (problem) => this.form.word(problem)),
    word: (problem) => wordProfileProblem(problem, this.strings, this.form.values.contactMethod),
    onChange: () => this.draft.changed(),
    speech: ((s) => ({ ...s, failure: (e: ApiError) => (e.kind === 'conflict' && this.rebased ? this.strings('conflictKept') : s.failure(e)) }))(
      formSpeech('public', () => this.strings('saving'), (facts) => this.strings('formFailure', facts)),
    ),
  });
  /** A 412 was answered by laying the person's changes over what is saved now (the words say so). */
  private rebased = false;
  /** The kept draft came back over a profile saved since it began: its notice says the changes were laid over it. */
  private restoredOver = false;

  private readonly draft = new DraftController<ProfileDraft>(this, {
    key: () => storageKeys(this.id).draft,
    snapshot: () => {
      if (this.mode.kind !== 'editing') return undefined;
      const { profile } = this.mode;
      const values = this.form.values;
      return { values, editingId: profile?.id, base: profile?.updatedAt, ...(profile && changesFrom(fromProfile(profile), values)) };
    },
    accept: isProfileDraft,
    shrink: withoutPicture,
    onRestored: () => this.announce(this.strings('draftRestoredTitle')),
  });

  private readonly slots = new SlotController(this, 'consent');
  private readonly fieldHost = { host: this, form: this.form, t: () => this.strings, announce: (message: string) => this.announce(message) };
  private readonly picture = new PictureController(this.fieldHost);
  private readonly skills = new SkillsController(this.fieldHost);

  private readonly taxonomy = new Task(this, {
    args: () => [this.api] as const,
    task: ([api], { signal }) => (api ? loadTaxonomy(api, signal) : Promise.resolve(undefined)),
  });

  private readonly loader = new Task(this, {
    args: () => [this.api, this.mode.kind === 'loading' ? this.mode.profileId : undefined] as const,
    task: async ([api, profileId], { signal }) => {
      if (!api || !profileId) return undefined;
      return api.getProfile(profileId, { signal, profileToken: await this.profileToken() });
    },
    onComplete: (profile) => {
      if (profile) this.showLoaded(profile);
    },
    onError: (error) => this.reportError('load', error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.keyStore) return;
    this.keyStore = new ProfileKeyStore(storageKeys(this.id).key);
    const key = this.keyStore.read();
    if (!this.profileId && key) this.editToken = key.editToken;
    const target = this.profileId ?? key?.profileId;
    if (target) this.mode = { kind: 'loading', profileId: target };
    const kept = this.draft.read();
    if (kept?.editingId && kept.editingId === target) this.pendingEditDraft = kept;
    else if (kept && !kept.editingId && !target) this.restoreDraft(kept);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('profileId') && this.keyStore && this.profileId && profileIdOf(this.mode) !== this.profileId) {
      this.mode = { kind: 'loading', profileId: this.profileId };
    }
  }

  private restoreDraft(draft: ProfileDraft): void {
    this.form.reset({ ...emptyValues, ...draft.values });
    this.draft.markRestored();
  }

  private readonly startAgain = async (): Promise<void> => {
    this.draft.clear();
    this.picture.reset();
    this.skills.reset();
    this.form.reset(this.mode.kind === 'editing' && this.mode.profile ? fromProfile(this.mode.profile) : emptyValues);
    await this.updateComplete;
    this.shadowRoot?.getElementById(fieldId('name'))?.focus();
    this.announce(this.strings('startedAgain'));
  };

  private readonly setRemember = (checked: boolean): void => {
    this.draft.setRemember(checked);
    this.announce(this.strings(checked ? 'rememberOn' : 'rememberOff'));
  };

  // Saving

  private async profileToken(): Promise<string | undefined> {
    if (this.editToken) return this.editToken;
    const token = this.config.token;
    return (typeof token === 'function' ? await token() : token) ?? undefined;
  }

  private readonly save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const api = this.api;
    if (!api || this.form.submitting || this.mode.kind !== 'editing') return;
    if (this.form.values.newSkill.trim()) this.skills.add({ quiet: true });
    const editingId = this.mode.profile?.id;
    // The version it was read at: a change made in another tab meanwhile is refused (412), not overwritten.
    const readAt = this.mode.profile ? versionOf(this.mode.profile) : undefined;
    const messages = messagesFor(this.mode.profile, this.config, this.form.values);
    // The invitation wish is set on the person's page (issue 18): a save here keeps it as it was.
    const invitations = this.mode.profile?.invitations;
    const kept = invitations ? { invitations } : {};
    const base = this.mode.profile && fromProfile(this.mode.profile);
    this.rebased = false;
    const saved = await this.form.submit<ProfileCreated | { profile: Profile; editToken?: undefined }>(async (values, idempotencyKey) => {
      if (editingId) {
        const profileToken = await this.profileToken();
        try {
          return { profile: await api.updateProfile(editingId, { ...toInput(values), messages, ...kept }, { profileToken, ifMatch: readAt }) };
        } catch (error) {
          // Changed in another place (412): read what is saved now, keep the fields typed here on
          // top of it (the typed value wins where both changed), and save next at its version.
          const now = (error as ApiError).kind === 'conflict' ? await api.getProfile(editingId, { profileToken }).catch(() => undefined) : undefined;
          if (now && base && versionOf(now) !== readAt) {
            this.form.values = mergeByField(base, values, fromProfile(now));
            this.mode = { kind: 'editing', profile: now };
            this.rebased = true;
            this.draft.changed();
          }
          throw error;
        }
      }
      return await api.createProfile({ ...toInput(values), messages }, { idempotencyKey });
    });
    if (!saved) {
      if (this.form.failure) this.reportError('save', this.form.failure);
      return;
    }
    this.draft.clear();
    if (saved.editToken) {
      this.editToken = this.createdKey = saved.editToken;
      this.keyStore?.save({ profileId: saved.profile.id, editToken: saved.editToken });
    }
    // "How often" set where the address is not proved: the same words whether or not its owner chose (they reveal nothing).
    // With them, that messages turned off with proof stay off (review S0): a save here never turns them on.
    const often = messages.frequency && !this.hostSaysOften ? (this.often ?? (await import('../../core/forms/often-field.js'))) : undefined;
    const easyRead = this.config.readingLevel === 'easy-read';
    const stays = often && { oftenStays: often.oftenStays(this.config.locale, easyRead), offStays: often.offStays(this.config.locale, easyRead, this.ownPage) };
    this.mode = { kind: 'viewing', profile: saved.profile, justSaved: editingId ? 'updated' : 'created', ...stays };
    this.form.reset(emptyValues);
    await this.updateComplete;
    this.focusById('saved-title');
    // The heading that takes focus says "saved" (GOV.UK's pattern: focus moved, nothing announced, so it is not said twice);
    // the live region says it only if focus could not move there. The "How often" and "turned off" notices (~400 characters)
    // stay on the page, just under that heading, for the person to read there.
    if (this.shadowRoot?.activeElement?.id !== 'saved-title') this.announce(this.strings(editingId ? 'updatedTitle' : 'savedTitle'));
    this.emit('coprod-profile-saved', { profileId: saved.profile.id, created: !editingId });
  };

  // Viewing, changing, deleting

  private showLoaded(profile: Profile): void {
    const draft = this.pendingEditDraft;
    this.pendingEditDraft = undefined;
    if (draft?.editingId === profile.id) {
      this.mode = { kind: 'editing', profile };
      // Saved again since the draft began (another tab; the person's page signs out on reload, so they
      // may well have): merge the changes into what is saved now, field by field as a 412 does (the
      // one rule, mergeByField), never the whole draft over it, and say so.
      // (A draft kept before drafts recorded this has no `changed`: it comes back whole, as it did.)
      this.restoredOver = draft.base !== profile.updatedAt && !!draft.changed;
      this.restoreDraft(this.restoredOver ? { ...draft, values: mergeByField(draftBase(draft), draft.values, fromProfile(profile)) } : draft);
    } else this.mode = { kind: 'viewing', profile };
  }

  private async changeMode(mode: ProfileMode, values: ProfileValues, focusId: string): Promise<void> {
    this.form.reset(values);
    this.mode = mode;
    await this.updateComplete;
    this.focusById(focusId);
  }

  private readonly startEdit = (): void => {
    if (this.mode.kind !== 'viewing') return;
    this.draft.forget();
    void this.changeMode({ kind: 'editing', profile: this.mode.profile }, fromProfile(this.mode.profile), 'form-title');
  };

  private readonly cancelEdit = (): void => {
    if (this.mode.kind !== 'editing' || !this.mode.profile) return;
    this.draft.clear();
    void this.changeMode({ kind: 'viewing', profile: this.mode.profile }, emptyValues, 'edit-button');
  };

  private readonly startNew = (): void => {
    this.draft.forget();
    void this.changeMode({ kind: 'editing' }, emptyValues, 'form-title');
  };

  private readonly deletion = new DeleteController(this, {
    remove: async () => {
      const api = this.api;
      if (!api || this.mode.kind !== 'viewing') throw new ApiError('server', 'Nothing to delete');
      await api.deleteProfile(this.mode.profile.id, { profileToken: await this.profileToken() });
    },
    onFailed: (error) => this.reportError('delete', error),
    onCancelled: () => this.focusById('delete-button'),
    onDeleted: () => void this.showDeleted(),
  });

  private async showDeleted(): Promise<void> {
    const profileId = profileIdOf(this.mode);
    this.mode = { kind: 'deleted' };
    this.editToken = this.createdKey = undefined;
    this.keyStore?.clear();
    this.draft.clear();
    await this.updateComplete;
    this.focusById('deleted-title');
    this.announce(this.strings('deletedTitle'));
    if (profileId) this.emit('coprod-profile-deleted', { profileId });
  }

  private focusById(id: string): void {
    const target = this.shadowRoot?.getElementById(id);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  // Rendering

  /** "How often should we tell you?" (issue 15), the shared field: loaded the first time email or text is chosen. */
  private often: typeof import('../../core/forms/often-field.js') | undefined;

  private readonly oftenQuestion = (): unknown => {
    if (!this.often) {
      void import('../../core/forms/often-field.js').then((module) => {
        this.often = module;
        this.requestUpdate();
      });
      return nothing;
    }
    return this.often.oftenField({
      id: fieldId('messages.frequency'),
      locale: this.config.locale,
      easyRead: this.config.readingLevel === 'easy-read',
      value: this.form.values.often,
      errorPrefix: this.strings('errorPrefix'),
      onChange: (often) => this.form.update({ often }),
      refresh: () => this.requestUpdate(),
    });
  };

  private get context(): ViewContext {
    return { t: this.strings, locale: this.config.locale, level: this.level };
  }

  protected override notConfiguredText(): { title: string; body: string } {
    return { title: this.strings('noApiTitle'), body: this.strings('noApiBody') };
  }

  protected override renderContent(): unknown {
    const context = this.context;
    const mode = this.mode;
    switch (mode.kind) {
      case 'deleted':
        return deletedView(context, this.startNew);
      case 'loading':
        return loadingProfile(context, this.loader, this.fallbackHref);
      case 'viewing':
        return savedProfile(context, {
          ...mode,
          privateKey: this.createdKey,
          taxonomy: this.taxonomy.value,
          onEdit: this.startEdit,
          onPrint: () => printAlone(this),
          deletion: this.deletion,
        });
      case 'editing':
        return profileForm(context, {
          form: this.form,
          changing: !!mode.profile,
          draft: this.draft,
          restoredOver: this.restoredOver,
          picture: this.picture,
          skills: this.skills,
          taxonomy: this.taxonomy,
          consent: { hasSlot: this.slots.has('consent'), text: this.consentText },
          onSubmit: this.save,
          onStartAgain: this.startAgain,
          onRemember: this.setRemember,
          onCancel: this.cancelEdit,
          often: this.oftenQuestion,
        });
    }
  }
}
