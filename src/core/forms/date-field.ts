import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../i18n.js';
import type { CoreStrings } from '../messages.js';
import type { DateStrings } from './date-field.messages.js';
import './form-words.js';

export { dateMessages, type DateStrings } from './date-field.messages.js';

/** The translator a date field needs: the core strings and `dateMessages` merged into the widget's. */
export type DateTranslate = Translate<CoreStrings & DateStrings>;

/**
 * GOV.UK's date input: a fieldset whose legend is the question, a hint with an example, and
 * three labelled number fields (day, month, year). The value stays the contract's
 * `YYYY-MM-DD` once the three parts make a real date; until then it holds what was typed as
 * `year-month-day` (which no date rule accepts, so a half-typed date can never be sent).
 * Errors say which part is wrong, and only that part is marked (GOV.UK's pattern).
 *
 * Its strings and styles live here, not in the core, so only widgets with a date pay for them:
 * such a widget adds `dateFieldStyles` after `formStyles` and merges `dateMessages`.
 */

export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

type Parts = Record<DatePart, string>;

/** What is wrong with a typed date: a part or parts missing, a year of the wrong length, or no such day. */
export type DateProblem = { kind: 'missing' | 'not-real' | 'year-length'; parts: DatePart[] };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The three parts of a value: a contract date shows without leading zeros (`5`, `3`, `2027`). */
export function dateParts(value: string): Parts {
  const iso = ISO.exec(value);
  if (iso) return { year: iso[1]!, month: String(Number(iso[2])), day: String(Number(iso[3])) };
  if (!value) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = value.split('-');
  return { day, month, year };
}

function isReal(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The value for three typed parts: `YYYY-MM-DD` when they make a real date, '' when all are empty. */
export function joinDate(parts: Parts): string {
  const clean = (text: string) => text.replace(/-/g, '').trim();
  const day = clean(parts.day);
  const month = clean(parts.month);
  const year = clean(parts.year);
  if (!day && !month && !year) return '';
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year) && isReal(Number(year), Number(month), Number(day))) {
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return `${year}-${month}-${day}`;
}

/** What is wrong with a value, or undefined when it is empty or a real date. */
export function dateProblem(value: string): DateProblem | undefined {
  if (!value || ISO.test(value)) {
    const iso = ISO.exec(value);
    return !iso || isReal(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? undefined : { kind: 'not-real', parts: [...DATE_PARTS] };
  }
  const parts = dateParts(value);
  const missing = DATE_PARTS.filter((part) => !parts[part].trim());
  if (missing.length) return { kind: 'missing', parts: missing };
  const notNumber = DATE_PARTS.filter((part) => !/^\d+$/.test(parts[part].trim()));
  if (notNumber.length) return { kind: 'not-real', parts: notNumber };
  if (!/^\d{4}$/.test(parts.year.trim())) return { kind: 'year-length', parts: ['year'] };
  const wrong: DatePart[] = [];
  if (Number(parts.month) < 1 || Number(parts.month) > 12) wrong.push('month');
  if (Number(parts.day) < 1 || Number(parts.day) > 31) wrong.push('day');
  return { kind: 'not-real', parts: wrong.length ? wrong : [...DATE_PARTS] };
}

/**
 * The error for a date field in the reader's words, naming the field (`name`, as in a
 * sentence: "Closing date"), or undefined when it is fine. An empty value is an error only
 * when the question must be answered.
 */
export function dateError(t: DateTranslate, name: string, value: string, required = false): string | undefined {
  if (!value.trim()) return required ? t('required', name) : undefined;
  const problem = dateProblem(value);
  if (!problem) return undefined;
  if (problem.kind === 'missing') return t('dateMissing', name, problem.parts.map((part) => t(`date_${part}` as const).toLowerCase()));
  if (problem.kind === 'year-length') return t('dateYearLength');
  return t('dateNotReal', name);
}

/** The parts typed so far, per form and field, so a half-typed date is shown as typed. */
const typed = new WeakMap<object, Map<string, { value: string; parts: Parts }>>();

export interface DateFieldOptions {
  /** The first part's id (error summary links land on the first wrong part). */
  id: string;
  /** The question, shown as the fieldset's legend. */
  legend: string | TemplateResult;
  /** A hint of the caller's own; the example date follows it. */
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  /** The object that owns the form (its FormController), so typed parts are kept per form. */
  scope: object;
  t: DateTranslate;
  /** A smaller legend, for a date inside a group that already has a heading. */
  plainLegend?: boolean;
}

export function dateField(options: DateFieldOptions): TemplateResult {
  const { id, legend, hint, error, value, t } = options;
  const memory = typed.get(options.scope) ?? new Map<string, { value: string; parts: Parts }>();
  typed.set(options.scope, memory);
  const kept = memory.get(id);
  const parts = kept && kept.value === value ? kept.parts : dateParts(value);
  memory.set(id, { value, parts });
  const wrong = error ? (dateProblem(value)?.parts ?? [...DATE_PARTS]) : [];
  // The first wrong part carries the field's id, so the summary's link focuses it.
  const lead = wrong[0] ?? 'day';
  const partId = (part: DatePart) => (part === lead ? id : `${id}-${part}`);
  const change = (part: DatePart, event: Event) => {
    // Read the parts when the event comes: a second key may arrive before the next render.
    const now = { ...(memory.get(id)?.parts ?? parts), [part]: (event.target as HTMLInputElement).value };
    const next = joinDate(now);
    memory.set(id, { value: next, parts: now });
    options.onInput(next);
  };
  const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="form-group ${error ? 'has-error' : ''}">
    <fieldset class="date-field" role="group" aria-describedby=${described}>
      <legend class=${options.plainLegend ? 'plain' : ''}>${legend}</legend>
      <span class="hint" id="${id}-hint">${hint ? html`${hint} ` : nothing}${t('dateHint')}</span>
      ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${t('errorPrefix')}</span> ${error}</p>` : nothing}
      <div class="date-input">
        ${DATE_PARTS.map(
          (part) => html`<div class="date-item date-${part}">
            <label class="date-label" for=${partId(part)}>${t(`date_${part}` as const)}</label>
            <input
              class="input date-part"
              id=${partId(part)}
              name="${id}-${part}"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              spellcheck="false"
              aria-invalid=${wrong.includes(part) ? 'true' : 'false'}
              .value=${live(parts[part])}
              @input=${(event: Event) => change(part, event)}
            />
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

/** GOV.UK's date input: three labelled number fields side by side, wrapping on a narrow screen. */
export const dateFieldStyles = css`
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
  }
  .date-item {
    margin: 0;
  }
  .date-label {
    display: block;
    margin: 0 0 0.2em;
  }
  /* As GOV.UK's widths for 2 and 4 characters (about 5.4ex and 9ex), so day, month and year
     stay on one line in a 320 px column (with 3.5em, 5.5em and a 1em gap the year wrapped). */
  .date-part {
    width: 3em;
  }
  .date-year .date-part {
    width: 4.5em;
  }
  .has-error .date-part[aria-invalid='false'] {
    border-color: var(--_text);
  }
  legend.plain {
    font-weight: 400;
  }
`;
