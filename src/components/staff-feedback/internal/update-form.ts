import { html, nothing, type TemplateResult } from 'lit';
import { checkBody, feedbackUpdateRules, type FieldProblem } from '../../../api/rules.js';
import type { FeedbackUpdateInput, FeedbackUpdateKind, WrittenIn } from '../../../api/types.js';
import { choiceGroup, errorSummary, fieldId, textField, type FieldErrors, type FormController } from '../../../core/forms/index.js';
import { draftNotice } from '../../../core/forms/draft-parts.js';
import { heading } from '../../../core/heading.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { trashIcon } from '../../../core/icons-more.js';

const KINDS: readonly FeedbackUpdateKind[] = ['heard', 'doing', 'changed', 'not_changed'];
export const MAX_LINKS = 10;
const HTTPS_URL = /^https?:\/\/[^\s]+\.[^\s]+$/;

/** Adds a link (a title and an address) to the update, with focus on its title. */
export async function addLink(form: FormController<UpdateValues>, host: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  const links = [...form.values.links, { title: '', url: '' }];
  form.update({ links });
  await host.updateComplete;
  host.shadowRoot?.getElementById(fieldId(`links.${links.length - 1}.title`))?.focus();
}

/** Removes a link, with focus on the last link left or else the add button. */
export async function removeLink(form: FormController<UpdateValues>, host: HTMLElement & { updateComplete: Promise<boolean> }, index: number): Promise<void> {
  form.update({ links: form.values.links.filter((_, i) => i !== index) });
  form.errors = {};
  await host.updateComplete;
  host.shadowRoot?.querySelector<HTMLElement>('.link-pair:last-of-type input, fieldset .button.secondary')?.focus();
}

/** What the dated update form holds. */
export interface UpdateValues {
  kind: FeedbackUpdateKind | '';
  text: string;
  /** The language `text` is written in (a draft from before it was asked: English). */
  language?: WrittenIn;
  /** The Welsh version of an update written in English (optional; kept while Welsh is chosen, not sent). */
  welsh?: string;
  links: { title: string; url: string }[];
}

const LANGUAGES: readonly WrittenIn[] = ['en-GB', 'cy'];
/** The field the Welsh version is checked and named by, as the contract names it. */
export const WELSH_FIELD = 'translations.cy.text';

/** A new update, written in the page's language unless staff say otherwise (a Welsh staff page: Welsh). */
export const emptyUpdate = (language: WrittenIn): UpdateValues => ({ kind: '', text: '', language, welsh: '', links: [] });
export const isUpdateDraft = (value: unknown): value is UpdateValues =>
  typeof (value as UpdateValues | undefined)?.text === 'string' && Array.isArray((value as UpdateValues).links);

export const UPDATE_FIELD_ORDER = ['kind', 'text', 'language', WELSH_FIELD, ...Array.from({ length: MAX_LINKS }, (_, i) => [`links.${i}.title`, `links.${i}.url`]).flat()];

/** The request body, as typed (trimmed); the Welsh version only beside an update written in English, and only when typed. */
export function updateInput(values: UpdateValues): FeedbackUpdateInput {
  const language = values.language ?? 'en-GB';
  const welsh = language === 'en-GB' ? values.welsh?.trim() : '';
  return {
    kind: values.kind as FeedbackUpdateKind,
    text: values.text.trim(),
    language,
    links: values.links.map((link) => ({ title: link.title.trim(), url: link.url.trim() })),
    ...(welsh ? { translations: { cy: { text: welsh } } } : {}),
  };
}

/** The contract's rules for an update (src/api/rules.ts), on the body it sends; a web address must also name a host with a dot. */
export function validateUpdate(values: UpdateValues, form: FormController<UpdateValues>, t: Translate<MessageSet>): FieldErrors {
  const errors = form.wordAll(checkBody(feedbackUpdateRules, updateInput(values)));
  values.links.forEach((link, i) => {
    const url = link.url.trim();
    if (url && !HTTPS_URL.test(url)) errors[`links.${i}.url`] ??= wordUpdateProblem(t, { field: `links.${i}.url`, code: 'invalid-url' });
  });
  return errors;
}

/** This form's words for a field problem, whether the browser found it or the server sent its code. */
export function wordUpdateProblem(t: Translate<MessageSet>, { field, code, limit }: FieldProblem): string {
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
    case 'language:required':
    case 'language:not-in-list':
      return t('languageRequired');
    case `${WELSH_FIELD}:required`:
    case `${WELSH_FIELD}:too-short`:
      return t('welshTooShort');
    case `${WELSH_FIELD}:too-long`:
      return t('welshTooLong');
    case `${WELSH_FIELD}:not-allowed`:
      return t('welshNotAllowed');
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

export interface UpdateFormOptions {
  t: Translate<MessageSet>;
  /** The level of the section's heading. */
  level: number;
  form: FormController<UpdateValues>;
  draftRestored: boolean;
  /** The failure in words, when sending failed. */
  failureText: string;
  onStartAgain: () => void;
  onSubmit: (event: Event) => void;
  onAddLink: () => void;
  onRemoveLink: (index: number) => void;
}

/** "Post an update": its kind, what was done or why not, and up to ten links. */
export function updateFormView(o: UpdateFormOptions): TemplateResult {
  const { form, t, level } = o;
  const values = form.values;
  const setLink = (index: number, change: Partial<{ title: string; url: string }>) =>
    form.update({ links: values.links.map((link, i) => (i === index ? { ...link, ...change } : link)) });
  return html`<section aria-labelledby="update-heading">
    ${heading(level, html`<span id="update-heading">${t('updateHeading')}</span>`)}
    ${o.draftRestored
      ? draftNotice(t, level + 1, o.onStartAgain)
      : nothing}
    <form novalidate @submit=${o.onSubmit}>
      ${errorSummary(t('errorSummaryTitle'), form, level + 1)}
      ${form.failure ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${icon('alert')} ${o.failureText} ${t('keptTyped')}</p>` : nothing}
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
        lang: values.language ?? 'en-GB',
        onInput: (text) => form.update({ text }),
      })}
      ${choiceGroup({
        id: fieldId('language'),
        type: 'radio',
        label: t('language'),
        errorPrefix: t('errorPrefix'),
        error: form.error('language'),
        // An update written in English may carry its Welsh version, shown to a Welsh reader in its place (Welsh Language Standards).
        choices: LANGUAGES.map((language) => ({
          value: language,
          label: t('languageLabel', language),
          ...(language === 'en-GB'
            ? {
                reveal: textField({
                  id: fieldId(WELSH_FIELD),
                  label: t('welshLabel'),
                  hint: t('welshHint'),
                  errorPrefix: t('errorPrefix'),
                  error: form.error(WELSH_FIELD),
                  value: values.welsh ?? '',
                  lang: 'cy',
                  multiline: true,
                  rows: 5,
                  onInput: (welsh) => form.update({ welsh }),
                }),
              }
            : {}),
        })),
        selected: [values.language ?? 'en-GB'],
        onChange: ([language]) => form.update({ language: (language as WrittenIn | undefined) ?? 'en-GB' }),
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
            <button type="button" class="button link" @click=${() => o.onRemoveLink(index)}>${icon(trashIcon)} ${t('removeLink', index + 1)}</button>
          </div>`,
        )}
        ${values.links.length < MAX_LINKS ? html`<button type="button" class="button secondary" @click=${o.onAddLink}>${t('addLink')}</button>` : nothing}
      </fieldset>
      <div class="button-group">
        <button type="submit" class="button" aria-disabled=${form.submitting ? 'true' : nothing}>${form.submitting ? t('sending') : t('postUpdate')}</button>
      </div>
    </form>
  </section>`;
}
