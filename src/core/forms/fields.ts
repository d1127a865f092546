import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * Field primitives rendered inside the form's own shadow root, so labels, hints, errors and
 * inputs share one tree (axe and assistive tech cannot follow ids across shadow roots).
 * Each input is described by its hint and error through `aria-describedby`, and each
 * error message starts with a hidden "Error:" (GOV.UK's pattern).
 */

interface FieldBase {
  id: string;
  label: string | TemplateResult;
  hint?: string | TemplateResult | undefined;
  error?: string | undefined;
  /** The hidden prefix of error messages, in the widget's language. */
  errorPrefix: string;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'search' | 'url';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'search';
  spellcheck?: boolean;
  multiline?: boolean;
  rows?: number;
  maxlength?: number;
  narrow?: boolean;
  required?: boolean;
  /** The language what is typed is written in (the Welsh version of an English update): spellcheck and a screen reader follow it. */
  lang?: string;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function hintAndError(id: string, hint: FieldBase['hint'], error: string | undefined, errorPrefix: string): TemplateResult {
  return html`${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
  ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${errorPrefix}</span> ${error}</p>` : nothing}`;
}

export function textField(options: TextFieldOptions): TemplateResult {
  const { id, label, hint, error, errorPrefix, value, onInput } = options;
  const described = describedBy(id, hint, error);
  const onEvent = (event: Event): void => onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = options.multiline
    ? html`<textarea
        class="textarea"
        id=${id}
        name=${id}
        rows=${options.rows ?? 5}
        lang=${ifDefined(options.lang)}
        maxlength=${ifDefined(options.maxlength)}
        autocomplete=${ifDefined(options.autocomplete) as never}
        spellcheck=${options.spellcheck === false ? 'false' : 'true'}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${error ? 'true' : 'false'}
        ?required=${options.required}
        .value=${live(value)}
        @input=${onEvent}
      ></textarea>`
    : html`<input
        class="input ${options.narrow ? 'narrow' : ''}"
        id=${id}
        name=${id}
        type=${options.type ?? 'text'}
        lang=${ifDefined(options.lang)}
        maxlength=${ifDefined(options.maxlength)}
        autocomplete=${ifDefined(options.autocomplete) as never}
        inputmode=${ifDefined(options.inputmode)}
        spellcheck=${options.spellcheck === false ? 'false' : ifDefined(options.spellcheck === undefined ? undefined : 'true')}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${error ? 'true' : 'false'}
        ?required=${options.required}
        .value=${live(value)}
        @input=${onEvent}
      />`;
  return html`<div class="form-group ${error ? 'has-error' : ''}">
    <label class="label" for=${id}>${label}</label>
    ${hintAndError(id, hint, error, errorPrefix)} ${control}
  </div>`;
}

export interface Choice {
  value: string;
  label: string | TemplateResult;
  hint?: string;
  /** Shown under the choice while it is selected (GOV.UK conditional reveal). */
  reveal?: TemplateResult;
}

export interface ChoiceGroupOptions extends FieldBase {
  type: 'radio' | 'checkbox';
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  inline?: boolean;
  legendClass?: string;
}

/** A fieldset of radios or checkboxes. The first input's id is `id`, so error links land on it. */
export function choiceGroup(options: ChoiceGroupOptions): TemplateResult {
  const { id, label, hint, error, errorPrefix, choices, selected, type } = options;
  const described = describedBy(id, hint, error);
  const toggle = (value: string, checked: boolean): void => {
    if (type === 'radio') options.onChange(checked ? [value] : []);
    else options.onChange(checked ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value));
  };
  return html`<div class="form-group ${error ? 'has-error' : ''}">
    <fieldset aria-describedby=${ifDefined(described)}>
      <legend class=${options.legendClass ?? ''}>${label}</legend>
      ${hintAndError(id, hint, error, errorPrefix)}
      <div class="choices ${options.inline ? 'inline' : ''}">
        ${choices.map((choice, index) => {
          const inputId = index === 0 ? id : `${id}-${index}`;
          const checked = selected.includes(choice.value);
          // `value` as an attribute, not `.value`: on a checkbox or radio the two are the same, and
          // the server renders the attribute (hydration and a form sent without JavaScript need it).
          /* eslint-disable lit/no-value-attribute */
          return html`<div class="choice">
              <input
                type=${type}
                id=${inputId}
                name=${id}
                value=${choice.value}
                .checked=${live(checked)}
                aria-describedby=${ifDefined(choice.hint ? `${inputId}-hint` : undefined)}
                @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
              />
              <label for=${inputId}>
                ${choice.label}
                ${choice.hint ? html`<span class="hint" id="${inputId}-hint">${choice.hint}</span>` : nothing}
              </label>
            </div>
            ${checked && choice.reveal ? html`<div class="conditional">${choice.reveal}</div>` : nothing}`;
          /* eslint-enable lit/no-value-attribute */
        })}
      </div>
    </fieldset>
  </div>`;
}

/** One option of a select; `lang` where its words are in another language than the page's (an English-only title on a Welsh page). */
export interface SelectOption {
  value: string;
  label: string;
  lang?: string | typeof nothing;
}

export interface SelectFieldOptions extends FieldBase {
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
}

export function selectField(options: SelectFieldOptions): TemplateResult {
  const { id, label, hint, error, errorPrefix, value } = options;
  return html`<div class="form-group ${error ? 'has-error' : ''}">
    <label class="label" for=${id}>${label}</label>
    ${hintAndError(id, hint, error, errorPrefix)}
    <select
      class="select"
      id=${id}
      name=${id}
      aria-describedby=${ifDefined(describedBy(id, hint, error))}
      aria-invalid=${error ? 'true' : 'false'}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      ${options.options.map((option) => html`<option value=${option.value} lang=${option.lang ?? nothing} ?selected=${option.value === value}>${option.label}</option>`)}
    </select>
  </div>`;
}
