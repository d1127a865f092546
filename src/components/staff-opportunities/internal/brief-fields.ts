import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { dateField, type DateTranslate } from '../../../core/forms/date-field.js';
import { fieldId, textField, type FormController } from '../../../core/forms/index.js';
import type { Locale } from '../../../core/config.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import type { BriefValues } from './brief-values.js';

export interface TextOptions {
  hint?: string;
  multiline?: boolean;
  rows?: number;
  maxlength?: number;
  type?: 'text' | 'email' | 'tel' | 'url';
  autocomplete?: string;
  narrow?: boolean;
}

/**
 * The brief's own words: what it says in English, each with a Welsh version beside it (WELSH_INPUTS), and a session's label.
 * Not its names, addresses, links, skills or figures, which may be in either language or in none.
 */
const WORDS = /^(title|summary|description|easyReadSummary|experienceNeeded|timeCommitment\.(summary|prepTime)|when\.summary|when\.sessions\.\d+\.label|howToGetInvolved|payment\.notes|supportOffered)$/;

/**
 * The language of what staff type or read at a brief's path, where it is not the page's (WCAG 3.1.2): a Welsh version
 * (`translations.cy.*`) Welsh; the brief's own words English on a Welsh page; anything else none. One rule for the
 * form's fields and the "someone else changed this" table.
 */
export const briefLang = (path: string, locale: Locale): 'cy' | 'en-GB' | undefined =>
  path.startsWith('translations.cy.') ? 'cy' : locale === 'cy' && WORDS.test(path) ? 'en-GB' : undefined;

/** The field-building helpers of one render of the brief form. */
export function briefFields(form: FormController<BriefValues>, t: Translate<MessageSet>, locale: Locale) {
  const prefix = t('errorPrefix');
  const optional = (text: string) => html`${text} <span class="subtle">${t('optional')}</span>`;
  /**
   * A text field at a contract path, showing `value` and changing it through `onInput`. What staff type is marked with its
   * language for spellcheck and a screen reader (briefLang).
   */
  const input = (path: string, label: string | TemplateResult, value: string, onInput: (value: string) => void, options: TextOptions = {}) =>
    textField({
      id: fieldId(path),
      label,
      error: form.error(path),
      errorPrefix: prefix,
      value,
      onInput,
      lang: briefLang(path, locale),
      ...options,
    });
  /** A text field for one top-level answer. */
  const text = (path: string, label: string | TemplateResult, key: keyof BriefValues, options: TextOptions = {}) =>
    input(path, label, String(form.values[key] ?? ''), (value) => form.update({ [key]: value } as Partial<BriefValues>), options);
  /** A native time input (or date, kept for callers outside this form) with its label, hint and error. */
  const dateOrTime = (path: string, type: 'date' | 'time', label: string | TemplateResult, value: string, onInput: (value: string) => void, hint?: string) => {
    const id = fieldId(path);
    const error = form.error(path);
    const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const changed = (event: Event) => onInput((event.target as HTMLInputElement).value);
    return html`<div class="form-group ${error ? 'has-error' : ''}">
      <label class="label" for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${prefix}</span> ${error}</p>` : nothing}
      <input
        class="input ${type}-input"
        type=${type}
        id=${id}
        name=${id}
        aria-describedby=${ifDefined(described || undefined)}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(value)}
        @input=${changed}
        @change=${changed}
      />
    </div>`;
  };
  /** Day, month and year fields (GOV.UK's date input) for a `YYYY-MM-DD` answer. */
  const date = (path: string, legend: string | TemplateResult, value: string, onInput: (value: string) => void, hint?: string) =>
    dateField({ id: fieldId(path), legend, hint, error: form.error(path), value, onInput, scope: form, t: t as unknown as DateTranslate });
  const question = (title: string, content: TemplateResult) =>
    html`<fieldset class="question"><legend class="question-title">${title}</legend>${content}</fieldset>`;
  return { prefix, optional, input, text, dateOrTime, date, question };
}

export type BriefFields = ReturnType<typeof briefFields>;
