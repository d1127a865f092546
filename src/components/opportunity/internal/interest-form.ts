import { html, nothing, type TemplateResult } from 'lit';
import { interestRules } from '../../../api/rules-public.js';
import { ACCESS, accessMet, accessToArrange } from '../../../api/rules-vocabularies.js';
import type { Access, ContactMethod, InterestReceipt, Opportunity } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { draftNotice } from '../../../core/forms/draft-parts.js';
import { errorSummary } from '../../../core/forms/error-summary.js';
import { choiceGroup, textField } from '../../../core/forms/fields.js';
import { frequencyOf, offStays, oftenField, oftenStays } from '../../../core/forms/often-field.js';
import { fieldId, type FormController } from '../../../core/forms/form-controller.js';
import { heading } from '../../../core/heading.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { printIcon } from '../../../core/icons-more.js';
import { markedIn, withEnglish } from '../../../core/in-english.js';
import { textIn } from '../../../core/text-in.js';
import { accessLabels, contactMethods, label } from '../../../core/vocabulary.js';
import { detailFields, METHODS, type InterestValues } from './interest-values.js';

export interface InterestViewOptions {
  opportunity: Opportunity;
  t: Translate<MessageSet>;
  locale: Locale;
  /** The level of the "I'm interested" heading. */
  level: number;
}

export interface InterestFormOptions extends InterestViewOptions {
  form: FormController<InterestValues>;
  /** The council's consent wording, when it has its own. */
  consentText: string | undefined;
  draftRestored: boolean;
  onStartAgain: () => void;
  onSubmit: (event: Event) => void;
  easyRead: boolean;
  /** Called when the reader's words for a part of the form have loaded. */
  refresh: () => void;
}

const lines = (text: string) => text.split('\n').map((line, index) => html`${index ? html`<br />` : nothing}${line}`);

/** Staff cancelled it: that it will not happen, and why (the council's English only: lang="en-GB" on a Welsh page, as the server's page). Shown under the title, before the brief. */
export function cancelledNotice(opportunity: Opportunity, t: Translate<MessageSet>, locale: Locale): TemplateResult | typeof nothing {
  if (opportunity.status !== 'cancelled') return nothing;
  const reason = textIn(locale, { en: opportunity.cancelledReason?.trim() ?? '' });
  return html`<div class="panel notice" part="cancelled">
    <p>${lines(t('cancelledNotice'))}</p>
    ${reason.text ? html`<p>${t('cancelledWhy')} <span lang=${reason.lang}>${reason.text}</span></p>` : nothing}
  </div>`;
}

/** The opportunity is no longer open: the heading stays, so the "I'm interested" link target is kept. */
export function closedView({ t, level }: InterestViewOptions): TemplateResult {
  return html`${heading(level, html`${t('formHeading')}`, { id: 'interest-heading', tabindex: '-1' })}
    <p class="panel notice">${t('notOpen')}</p>`;
}

/**
 * Interest sent: the reference to quote and what happens next; asked "How often" (email or text), that a choice made
 * on the person's own page or from a message's link stays, and that messages turned off before stay off (the same
 * words whoever the address is), and "Print or save as PDF" to keep the reference.
 */
export function sentView({ opportunity, t, locale, level }: InterestViewOptions, receipt: InterestReceipt, method: ContactMethod | '', onPrint: () => void, easyRead = false): TemplateResult {
  return html`<div class="panel success" part="success">
    ${heading(level, html`${icon('check')} ${t('sentTitle')}`, { id: 'interest-heading', className: 'success-title', tabindex: '-1' })}
    <p>${t('reference')}:</p>
    <p class="reference">${receipt.reference}</p>
    ${heading(level + 1, html`${t('whatNext')}`)}
    ${receipt.waitingList ? html`<p>${lines(t('onWaitingList'))}</p>` : nothing}
    <p>${withEnglish(t('nextSteps', markedIn(locale, opportunity.organisation.name), method ? label(contactMethods, method, locale) : '', receipt.respondWithinDays))}</p>
    <p>${lines(t('quoteReference'))}</p>
    ${method === 'email' || method === 'text' ? html`<p data-often-stays>${lines(oftenStays(locale, easyRead))}</p><p data-off-stays>${lines(offStays(locale, easyRead))}</p>` : nothing}
    <!-- Something to keep the reference with; also the next stop for Tab: from the focused heading, the last thing
    in the element, Chromium went back to "Add to calendar" (session 28). -->
    <button type="button" class="button secondary print no-print" @click=${onPrint}>${icon(printIcon)} ${t('printReceipt')}</button>
  </div>`;
}

/**
 * What the person ticked, set against what the opportunity offers: the needs it already meets
 * and the ones the team will be told about. Nothing when nothing is ticked.
 */
function needsMetView(o: InterestFormOptions): TemplateResult | typeof nothing {
  const { t, locale } = o;
  const needs = o.form.values.needs ?? [];
  const met = accessMet(needs, o.opportunity.accessibility);
  const arrange = accessToArrange(needs, o.opportunity.accessibility);
  if (!needs.length) return nothing;
  const list = (ids: readonly Access[], mark: 'check' | 'info') =>
    html`<ul class="needs-list">${ids.map((id) => html`<li>${icon(mark)} ${label(accessLabels, id, locale)}</li>`)}</ul>`;
  return html`<div class="needs-met" part="needs-met">
    ${met.length ? html`<p>${t('needsMet')}</p>${list(met, 'check')}` : nothing}
    ${arrange.length ? html`<p>${t('needsToArrange')}</p>${list(arrange, 'info')}` : nothing}
  </div>`;
}

/** The "I'm interested" form: name, how to be contacted, access needs, a message and consent. */
export function interestForm(o: InterestFormOptions): TemplateResult {
  const { form, t, level } = o;
  const values = form.values;
  const errorPrefix = t('errorPrefix');
  // Who runs it inside our sentence, marked where a Welsh reader gets its English name (drawn lang="en-GB").
  const organisation = markedIn(o.locale, o.opportunity.organisation.name);
  const detailField = (method: ContactMethod): TemplateResult => {
    const spec = detailFields[method];
    return textField({
      id: fieldId('contact.detail'),
      label: t(spec.label),
      hint: method === 'supporter' ? t('supporterHint') : undefined,
      error: form.error('contact.detail'),
      errorPrefix,
      value: values.details[method] ?? '',
      type: spec.type,
      autocomplete: spec.autocomplete,
      inputmode: spec.inputmode,
      multiline: spec.multiline,
      rows: 4,
      spellcheck: spec.type ? false : undefined,
      maxlength: interestRules['contact.detail']?.maxLength,
      onInput: (detail) => form.update({ details: { ...form.values.details, [method]: detail } }),
    });
  };
  return html`${heading(level, html`${t('formHeading')}`, { id: 'interest-heading', tabindex: '-1' })}
    <p>${lines(t('formIntro'))}</p>
    ${o.draftRestored
      ? draftNotice(t, level + 1, o.onStartAgain)
      : nothing}
    <form part="interest-form" novalidate @submit=${o.onSubmit}>
      ${errorSummary(t('errorSummaryTitle'), form, level + 1)}
      ${form.failure
        ? html`<div class="panel error" data-form-failure tabindex="-1" role="alert">
            <p class="panel-title"><strong>${icon('alert')} ${t('sendFailedTitle')}</strong></p>
            <p>${form.failureText}</p>
            <p>${t('keptTyped')}</p>
          </div>`
        : nothing}
      ${textField({
        id: fieldId('name'),
        label: t('name'),
        hint: t('nameHint'),
        error: form.error('name'),
        errorPrefix,
        value: values.name,
        autocomplete: 'name',
        spellcheck: false,
        maxlength: interestRules['name']?.maxLength,
        onInput: (name) => form.update({ name }),
      })}
      ${choiceGroup({
        id: fieldId('contact.method'),
        type: 'radio',
        label: t('contactMethod'),
        error: form.error('contact.method'),
        errorPrefix,
        selected: values.method ? [values.method] : [],
        choices: METHODS.map((method) => ({
          value: method,
          label: label(contactMethods, method, o.locale),
          reveal: detailField(method),
        })),
        onChange: ([method]) => form.update({ method: (method as ContactMethod | undefined) ?? '' }),
      })}
      ${values.method === 'email' || values.method === 'text'
        ? oftenField({
            id: fieldId('messages.frequency'),
            locale: o.locale,
            easyRead: o.easyRead,
            value: frequencyOf(values.often),
            errorPrefix,
            onChange: (often) => form.update({ often }),
            refresh: o.refresh,
          })
        : nothing}
      ${choiceGroup({
        id: fieldId('needs'),
        type: 'checkbox',
        label: html`${t('needs')} <span class="muted">${t('optional')}</span>`,
        hint: t('needsHint'),
        error: form.error('needs'),
        errorPrefix,
        selected: values.needs ?? [],
        choices: ACCESS.map((id) => ({
          value: id,
          // Words only, as GOV.UK's checkboxes: 13 needs share too few pictures (a book for easy read and large print,
          // a clock for breaks and extra time), and a picture repeated for two needs tells them apart by nothing.
          label: label(accessLabels, id, o.locale),
          hint: o.opportunity.accessibility.includes(id) ? t('offeredHere') : undefined,
        })),
        onChange: (needs) => form.update({ needs: needs as Access[] }),
      })}
      ${needsMetView(o)}
      ${textField({
        id: fieldId('accessNeeds'),
        label: html`${t('accessNeeds')} <span class="muted">${t('optional')}</span>`,
        hint: html`${lines(t('accessNeedsHint'))}`,
        error: form.error('accessNeeds'),
        errorPrefix,
        value: values.accessNeeds,
        multiline: true,
        rows: 3,
        maxlength: interestRules['accessNeeds']?.maxLength,
        onInput: (accessNeeds) => form.update({ accessNeeds }),
      })}
      ${textField({
        id: fieldId('message'),
        label: html`${t('message')} <span class="muted">${t('optional')}</span>`,
        error: form.error('message'),
        errorPrefix,
        value: values.message,
        multiline: true,
        rows: 4,
        maxlength: interestRules['message']?.maxLength,
        onInput: (message) => form.update({ message }),
      })}
      ${choiceGroup({
        id: fieldId('consent'),
        type: 'checkbox',
        label: t('consentLegend'),
        error: form.error('consent'),
        errorPrefix,
        selected: values.consent ? ['yes'] : [],
        choices: [{ value: 'yes', label: o.consentText || withEnglish(t('consentDefault', organisation)) }],
        onChange: (selected) => form.update({ consent: selected.includes('yes') }),
      })}
      <button type="submit" class="button send" aria-disabled=${form.submitting ? 'true' : 'false'}>
        ${form.submitting ? t('sendingNow') : t('send')}
      </button>
    </form>`;
}
