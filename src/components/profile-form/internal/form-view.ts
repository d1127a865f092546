import { html, nothing, type TemplateResult } from 'lit';
import type { ContactMethod } from '../../../api/types.js';
import { CONTACT_METHODS } from '../../../api/rules-vocabularies.js';
import type { DraftController } from '../../../core/controllers/draft-controller.js';
import { draftNotice, rememberChoice } from '../../../core/forms/draft-parts.js';
import { choiceGroup, errorSummary, fieldId, type FormController } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import { icon } from '../../../core/icons.js';
import { accessIcon, heartIcon, starIcon } from '../../../core/icons-more.js';
import { accessLabels, choicesFrom, contactMethods, label, participationModes, weekdays } from '../../../core/vocabulary.js';
import type { ViewContext } from './context.js';
import { consentField, contactDetailField, optionalLabel, pictureField, skillsField, textInput, topicsField, type ConsentView, type TaxonomyTask } from './form-parts.js';
import type { PictureController } from './picture.js';
import type { ProfileDraft } from './profile-storage.js';
import { TIMES_OF_DAY, type ProfileValues } from './profile-values.js';
import type { SkillsController } from './skills.js';

export interface FormView {
  form: FormController<ProfileValues>;
  /** A saved profile is being changed (not a new one made). */
  changing: boolean;
  draft: DraftController<ProfileDraft>;
  /** The kept draft was laid over a profile saved since it began. */
  restoredOver: boolean;
  picture: PictureController;
  skills: SkillsController;
  taxonomy: TaxonomyTask;
  consent: ConsentView;
  onSubmit: (event: Event) => void;
  onStartAgain: () => void;
  onRemember: (checked: boolean) => void;
  onCancel: () => void;
  /** "How often should we tell you?", shown with email or text (loaded on first use). */
  often: () => unknown;
}

/** The one page profile form: every question in short sections, then consent and save. */
export function profileForm(context: ViewContext, view: FormView): TemplateResult {
  const { t, locale, level } = context;
  const { form, draft } = view;
  const sub = level + 1;
  const submitLabel = view.changing ? t('saveChanges') : t('save');
  const submitting = form.submitting;
  const text = textInput.bind(undefined, context, form);
  const section = (iconName: Parameters<typeof icon>[0], title: string): TemplateResult =>
    heading(sub, html`${icon(iconName)} ${title}`, { className: 'section-title' });
  const checkboxes = (path: string, key: 'needs' | 'days' | 'times' | 'modes', choices: { value: string; label: string }[], inline: boolean) =>
    choiceGroup({
      id: fieldId(path),
      type: 'checkbox',
      inline,
      label: optionalLabel(context, key),
      hint: key === 'needs' ? t('needsHint') : undefined,
      error: form.error(path),
      errorPrefix: t('errorPrefix'),
      choices,
      selected: form.values[key],
      onChange: (selected) => form.update({ [key]: selected } as Partial<ProfileValues>),
    });
  return html`<form part="form" novalidate @submit=${view.onSubmit} aria-busy=${submitting ? 'true' : 'false'}>
    ${errorSummary(t('errorSummaryTitle'), form, level)} ${heading(level, t('title'), { id: 'form-title', tabindex: '-1' })}
    <p class="lines">${t('intro')}</p>
    <p class="lines">${t('requiredIntro')}</p>
    ${draft.restored
      ? draftNotice(view.restoredOver ? (key) => t(key === 'draftRestoredBody' ? 'conflictKept' : key) : t, sub, view.onStartAgain)
      : nothing}

    <div class="form-section">
      ${section('person', t('sectionAbout'))} ${text('name', 'name', { hintKey: 'nameHint', autocomplete: 'name', spellcheck: false, required: true })}
      ${pictureField(context, form, view.picture)}
    </div>

    <div class="form-section">
      ${section(heartIcon, t('sectionYou'))} ${text('importantToMe', 'importantToMe', { hintKey: 'importantToMeHint', multiline: true, required: true })}
      ${text('experience', 'experience', { hintKey: 'experienceHint', multiline: true, required: true })}
      ${text('networks', 'networks', { hintKey: 'networksHint', multiline: true, rows: 3, isOptional: true })}
    </div>

    <div class="form-section">
      ${section(accessIcon, t('sectionHelp'))} ${checkboxes('howToHelp.needs', 'needs', choicesFrom(accessLabels, locale), false)}
      ${text('howToHelp.details', 'needsDetails', { hintKey: 'needsDetailsHint', multiline: true, rows: 3, isOptional: true })}
    </div>

    <div class="form-section">
      ${section('mail', t('sectionContact'))}
      ${choiceGroup({
        id: fieldId('contact.method'),
        type: 'radio',
        label: t('contactMethod'),
        hint: t('contactMethodHint'),
        error: form.error('contact.method'),
        errorPrefix: t('errorPrefix'),
        choices: CONTACT_METHODS.map((method) => ({ value: method, label: label(contactMethods, method, locale), reveal: contactDetailField(context, form, method) })),
        selected: form.values.contactMethod ? [form.values.contactMethod] : [],
        onChange: ([method]) => form.update({ contactMethod: (method ?? '') as ContactMethod | '' }),
      })}
      ${form.values.contactMethod === 'email' || form.values.contactMethod === 'text' ? view.often() : nothing}
    </div>

    <div class="form-section">
      ${section(starIcon, t('sectionInterests'))} ${topicsField(context, form, view.taxonomy)} ${text('otherTopics', 'otherTopics', { isOptional: true })}
      ${skillsField(context, form, view.skills)}
    </div>

    <div class="form-section">
      ${section('calendar', t('sectionAvailability'))} ${checkboxes('availability.days', 'days', choicesFrom(weekdays, locale), true)}
      ${checkboxes(
        'availability.times',
        'times',
        TIMES_OF_DAY.map((time) => ({ value: time, label: t('timeOfDay', time) })),
        true,
      )}
      ${checkboxes('availability.modes', 'modes', choicesFrom(participationModes, locale), true)}
      ${text('availability.notes', 'availabilityNotes', { multiline: true, rows: 3, isOptional: true })}
    </div>

    <div class="form-section">
      ${section('book', t('sectionTraining'))} ${text('trainingWanted', 'trainingWanted', { hintKey: 'trainingHint', multiline: true, rows: 3, isOptional: true })}
    </div>

    <div class="form-section">
      ${section('check', t('sectionSave'))} ${consentField(context, form, view.consent)}
      ${rememberChoice({ label: t('remember'), hint: t('rememberHint'), checked: draft.rememberOnDevice, onChange: view.onRemember })}
    </div>

    ${form.status === 'failed' && form.failure
      ? html`<div class="panel error" data-form-failure tabindex="-1" role="alert">
          ${heading(sub, html`${icon('alert')} ${t('saveFailedTitle')}`, { className: 'panel-title' })}
          <p class="lines">${form.failureText}</p>
          <p class="lines">${t('saveFailedWhatToDo', submitLabel)}</p>
        </div>`
      : nothing}

    <div class="button-group">
      <button type="submit" class="button" id="save-button" aria-disabled=${submitting ? 'true' : 'false'}>${submitting ? t('saving') : submitLabel}</button>
      ${view.changing ? html`<button type="button" class="button secondary" @click=${view.onCancel}>${t('cancelEdit')}</button>` : nothing}
    </div>
  </form>`;
}
