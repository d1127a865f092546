import type { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CoprodApi } from '../../../api/api.js';
import type { ContactMethod, Taxonomy } from '../../../api/types.js';
import { fieldId, textField, type FormController, type TextFieldOptions } from '../../../core/forms/index.js';
import { fileField } from '../../../core/forms/file-field.js';
import { icon } from '../../../core/icons.js';
import { termChoice } from '../../../core/term-choice.js';
import type { PlainKey, ViewContext } from './context.js';
import { PICTURE_TYPES, type PictureController } from './picture.js';
import type { ProfileValues } from './profile-values.js';
import type { SkillsController } from './skills.js';

export type TaxonomyTask = Task<readonly [CoprodApi | undefined], Taxonomy | undefined>;
type TextKey = 'name' | 'importantToMe' | 'experience' | 'networks' | 'needsDetails' | 'otherTopics' | 'availabilityNotes' | 'trainingWanted';

/** A field label with "(optional)" after it. */
export function optionalLabel({ t }: ViewContext, key: PlainKey): TemplateResult {
  return html`${t(key)} <span class="optional">${t('optional')}</span>`;
}

/** A text field bound to one of the form's text values. */
export function textInput(
  context: ViewContext,
  form: FormController<ProfileValues>,
  path: string,
  key: TextKey,
  options: Partial<TextFieldOptions> & { hintKey?: PlainKey; isOptional?: boolean } = {},
): TemplateResult {
  const { t } = context;
  const { hintKey, isOptional, ...rest } = options;
  return textField({
    id: fieldId(path),
    label: isOptional ? optionalLabel(context, key) : t(key),
    hint: hintKey ? t(hintKey) : undefined,
    error: form.error(path),
    errorPrefix: t('errorPrefix'),
    value: String(form.values[key] ?? ''),
    onInput: (value) => form.update({ [key]: value } as Partial<ProfileValues>),
    ...rest,
  });
}

const errorLine = ({ t }: ViewContext, id: string, error: string | undefined): TemplateResult | typeof nothing =>
  error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${t('errorPrefix')}</span> ${error}</p>` : nothing;

export function pictureField(context: ViewContext, form: FormController<ProfileValues>, picture: PictureController): TemplateResult {
  const { t } = context;
  const id = fieldId('picture.dataUrl');
  const error = picture.message;
  const dataUrl = form.values.pictureDataUrl;
  return html`${fileField({
      id,
      label: optionalLabel(context, 'picture'),
      hint: t('pictureHint'),
      error,
      errorPrefix: t('errorPrefix'),
      accept: PICTURE_TYPES.join(','),
      t,
      chosen: dataUrl ? (picture.fileName ?? t('picturePreview')) : undefined,
      onFile: (file) => void picture.choose(file),
    })}
    ${dataUrl
      ? html`<div class="picture-chosen">
          <figure class="picture-preview">
            <img src=${dataUrl} alt=${form.values.pictureDescription} />
            <figcaption>${t('picturePreview')}</figcaption>
          </figure>
          ${textField({
            id: fieldId('picture.description'),
            label: t('pictureDescription'),
            hint: t('pictureDescriptionHint'),
            error: form.error('picture.description'),
            errorPrefix: t('errorPrefix'),
            value: form.values.pictureDescription,
            onInput: (value) => form.update({ pictureDescription: value }),
            multiline: true,
            rows: 2,
            required: true,
          })}
          <button type="button" class="button secondary" @click=${picture.remove}>${icon('cross')} ${t('removePicture')}</button>
        </div>`
      : nothing}`;
}

/** The detail field of one contact method, with the keyboard and autocomplete that suit it. */
export function contactDetailField({ t }: ViewContext, form: FormController<ProfileValues>, method: ContactMethod): TemplateResult {
  const common = {
    id: fieldId('contact.detail'),
    label: t('contactDetail', method),
    error: form.error('contact.detail'),
    errorPrefix: t('errorPrefix'),
    value: form.values.contactDetails[method] ?? '',
    onInput: (value: string) => form.update({ contactDetails: { ...form.values.contactDetails, [method]: value } }),
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

export function topicsField(context: ViewContext, form: FormController<ProfileValues>, taxonomy: TaxonomyTask): TemplateResult {
  const { t, locale } = context;
  const id = fieldId('topics');
  const error = form.error('topics');
  const selected = form.values.topics;
  const toggle = (topic: string, checked: boolean): void =>
    form.update({ topics: checked ? [...selected.filter((value) => value !== topic), topic] : selected.filter((value) => value !== topic) });
  return html`<div class="form-group ${error ? 'has-error' : ''}">
    <fieldset aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}">
      <legend>${optionalLabel(context, 'topics')}</legend>
      <span class="hint" id="${id}-hint">${t('topicsHint')}</span>
      ${errorLine(context, id, error)}
      ${taxonomy.render({
        initial: () => html`<p class="muted">${t('topicsLoading')}</p>`,
        pending: () => html`<p class="muted">${t('topicsLoading')}</p>`,
        error: () => html`<p>${t('topicsFailed')}</p>`,
        complete: (loaded) =>
          html`<div class="chips">
            ${(loaded?.topics ?? []).map((term, index) => {
              const inputId = index === 0 ? id : `${id}-${index}`;
              // The chip's name is the label's text (the tick is hidden): the English where a Welsh reader has no Welsh name, marked.
              const name = termChoice(term, locale);
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
                <label class="chip" part="chip" for=${inputId}>${icon('check', 'chip-tick')} <span lang=${name.lang}>${name.label}</span></label>
              </span>`;
            })}
          </div>`,
      })}
    </fieldset>
  </div>`;
}

export function skillsField(context: ViewContext, form: FormController<ProfileValues>, skills: SkillsController): TemplateResult {
  const { t } = context;
  const id = fieldId('skills');
  const error = skills.message;
  const added = form.values.skills;
  return html`<div class="form-group ${error ? 'has-error' : ''}">
    <label class="label" for=${id}>${optionalLabel(context, 'skills')}</label>
    <span class="hint lines" id="${id}-hint">${t('skillsHint')}</span>
    ${errorLine(context, id, error)}
    <div class="add-row">
      <input
        class="input"
        type="text"
        id=${id}
        name=${id}
        enterkeyhint="done"
        aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(form.values.newSkill)}
        @input=${(event: Event) => skills.type((event.target as HTMLInputElement).value)}
        @keydown=${skills.onKey}
      />
      <button type="button" class="button secondary" id="add-skill" @click=${() => skills.add()}>${t('addSkill')}</button>
    </div>
    ${added.length
      ? html`<ul class="chips skill-list" aria-label=${t('skillsAdded')}>
          ${added.map(
            (skill, index) =>
              html`<li class="chip skill-chip" part="chip">
                <span>${skill}</span>
                <button type="button" class="skill-remove" @click=${() => skills.remove(index)}>
                  ${icon('cross')}<span class="visually-hidden">${t('removeSkill', skill)}</span>
                </button>
              </li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}

export interface ConsentView {
  /** The council's wording is in the `consent` slot. */
  hasSlot: boolean;
  /** The `consent-text` attribute. */
  text: string | undefined;
}

export function consentField(context: ViewContext, form: FormController<ProfileValues>, consent: ConsentView): TemplateResult {
  const { t } = context;
  const id = fieldId('consent');
  const error = form.error('consent');
  const describedBy = [consent.hasSlot ? 'consent-wording' : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="form-group ${error ? 'has-error' : ''}">
    <div id="consent-wording" class="consent-wording" ?hidden=${!consent.hasSlot}><slot name="consent"></slot></div>
    ${errorLine(context, id, error)}
    <div class="choice">
      <input
        type="checkbox"
        id=${id}
        name=${id}
        aria-describedby=${ifDefined(describedBy || undefined)}
        aria-invalid=${error ? 'true' : 'false'}
        .checked=${live(form.values.consent)}
        @change=${(event: Event) => form.update({ consent: (event.target as HTMLInputElement).checked })}
      />
      <label for=${id} class="lines">${consent.hasSlot ? t('consentAgree') : consent.text || t('consentDefault')}</label>
    </div>
  </div>`;
}
