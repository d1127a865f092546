import { html, nothing, type TemplateResult } from 'lit';
import type { ContactMethod, FeedbackReceipt, Taxonomy } from '../../../api/types.js';
import { choiceGroup, errorSummary, fieldId, selectField, textField, type FormController } from '../../../core/forms/index.js';
import { oftenField, frequencyOf } from '../../../core/forms/often-field.js';
import { heading } from '../../../core/heading.js';
import { icon } from '../../../core/icons.js';
import { choicesFrom, contactMethods } from '../../../core/vocabulary.js';
import { termChoice, termSpan } from '../../../core/term-choice.js';
import { characterCountText, type FeedbackValues } from './form-model.js';
import type { FormContext } from './form.messages.js';
import { followHref } from './view-context.js';

const detailInput: Record<ContactMethod, { type?: 'email' | 'tel'; autocomplete: string; multiline?: boolean }> = {
  email: { type: 'email', autocomplete: 'email' },
  phone: { type: 'tel', autocomplete: 'tel' },
  text: { type: 'tel', autocomplete: 'tel' },
  post: { autocomplete: 'street-address', multiline: true },
  supporter: { autocomplete: 'off', multiline: true },
};

export interface FormView {
  form: FormController<FeedbackValues>;
  taxonomy: Taxonomy;
  pinnedTopic: string | undefined;
  onSubmit: (event: Event) => void;
  /** Called when the reader's words for a part of the form have loaded. */
  refresh: () => void;
}

export function feedbackForm(context: FormContext, view: FormView): TemplateResult {
  const { t, locale } = context;
  const { form } = view;
  const values = form.values;
  const errorPrefix = t('errorPrefix');
  const reply = (method: ContactMethod): TemplateResult => {
    const input = detailInput[method];
    return textField({
      id: fieldId('reply.detail'),
      label: t('detailLabel', method),
      error: form.error('reply.detail'),
      errorPrefix,
      value: values.replyDetail,
      onInput: (replyDetail) => form.update({ replyDetail }),
      autocomplete: input.autocomplete,
      ...(input.type ? { type: input.type } : {}),
      ...(input.type === 'email' ? { spellcheck: false, inputmode: 'email' as const } : {}),
      ...(input.type === 'tel' ? { inputmode: 'tel' as const } : {}),
      ...(input.multiline ? { multiline: true, rows: 3 } : {}),
    });
  };
  const methodGroup = choiceGroup({
    id: fieldId('reply.method'),
    type: 'radio',
    label: t('replyMethodField'),
    error: form.error('reply.method'),
    errorPrefix,
    choices: choicesFrom(contactMethods, locale).map((choice) => ({ ...choice, reveal: reply(choice.value) })),
    selected: values.replyMethod ? [values.replyMethod] : [],
    onChange: ([method]) => form.update({ replyMethod: (method ?? '') as ContactMethod | '', replyDetail: '' }),
  });
  const sending = form.submitting;

  return html`<form class="feedback-form" part="form" novalidate @submit=${view.onSubmit}>
    ${errorSummary(t('errorSummaryTitle'), form, context.level + 1)}
    ${form.status === 'failed' && form.failure
      ? html`<div class="panel error send-failed" data-form-failure tabindex="-1" role="alert" part="send-failed">
          ${heading(context.level + 1, html`${icon('alert')} ${t('sendFailedTitle')}`, { className: 'panel-title' })}
          <p>${form.failureText}</p>
          <p class="lines">${t('keptTyped')}</p>
        </div>`
      : nothing}
    ${view.pinnedTopic
      ? html`<p class="pinned-topic">${icon('chat')} ${t('topicPinned')}: <strong>${termSpan(locale, view.taxonomy.topics, view.pinnedTopic)}</strong></p>`
      : selectField({
          id: fieldId('topic'),
          label: t('topicField'),
          error: form.error('topic'),
          errorPrefix,
          value: values.topic,
          options: [{ value: '', label: t('topicChoose') }, ...view.taxonomy.topics.map((term) => termChoice(term, locale))],
          onChange: (topic) => form.update({ topic }),
        })}
    ${textField({
      id: fieldId('text'),
      label: t('textField'),
      hint: html`<span class="lines">${t('textHint')}</span>`,
      error: form.error('text'),
      errorPrefix,
      value: values.text,
      multiline: true,
      rows: 6,
      onInput: (text) => form.update({ text }),
    })}
    <p class="hint character-count ${values.text.length > 5000 ? 'over' : ''}" id="text-count">${characterCountText(t, values.text.length)}</p>
    ${textField({
      id: fieldId('name'),
      label: `${t('nameField')} ${t('optional')}`,
      hint: html`<span class="lines">${t('nameHint')}</span>`,
      error: form.error('name'),
      errorPrefix,
      value: values.name,
      autocomplete: 'name',
      spellcheck: false,
      onInput: (name) => form.update({ name }),
    })}
    ${choiceGroup({
      id: fieldId('wantsReply'),
      type: 'radio',
      label: t('wantsReplyField'),
      error: form.error('wantsReply'),
      errorPrefix,
      legendClass: 'legend',
      choices: [
        {
          value: 'yes',
          label: t('wantsReplyYes'),
          reveal: html`${methodGroup}${values.replyMethod === 'email' || values.replyMethod === 'text'
            ? oftenField({
                id: fieldId('messages.frequency'),
                locale,
                easyRead: context.easyRead,
                value: frequencyOf(values.often),
                errorPrefix,
                onChange: (often) => form.update({ often }),
                refresh: view.refresh,
              })
            : nothing}`,
        },
        { value: 'no', label: t('wantsReplyNo'), hint: t('wantsReplyNoHint') },
      ],
      selected: values.wantsReply ? [values.wantsReply] : [],
      onChange: ([wantsReply]) => form.update({ wantsReply: (wantsReply ?? '') as FeedbackValues['wantsReply'] }),
    })}
    ${choiceGroup({
      id: fieldId('consentToPublish'),
      type: 'radio',
      label: t('consentField'),
      hint: html`<span class="lines">${t('consentHint')}</span>`,
      error: form.error('consentToPublish'),
      errorPrefix,
      choices: [
        { value: 'yes', label: t('consentYes') },
        { value: 'no', label: t('consentNo') },
      ],
      selected: values.consent ? [values.consent] : [],
      onChange: ([consent]) => form.update({ consent: (consent ?? '') as FeedbackValues['consent'] }),
    })}
    <button type="submit" class="button send" part="send-button" aria-disabled=${sending ? 'true' : 'false'}>
      ${sending ? t('sending') : t('send')}
    </button>
  </form>`;
}

export interface SentView {
  receipt: FeedbackReceipt;
  wantsReply: boolean;
  published: boolean;
  /** A reply by email or text was asked "How often": that a choice made with proof stays (the same words for anyone). */
  oftenStays?: string | undefined;
  /** …and that messages turned off before stay off until turned on from the person's own page (review S0). */
  offStays?: string | undefined;
  onAgain: () => void;
}

export function sentConfirmation(context: FormContext, view: SentView): TemplateResult {
  const { t } = context;
  const days = view.receipt.respondWithinDays ?? 20;
  return html`<div class="panel success confirmation" part="confirmation">
    ${heading(context.level + 1, html`${icon('check')} <span class="lines">${t('sentTitle')}</span>`, { id: 'sent-heading', tabindex: '-1' })}
    <p class="reference-line">${t('sentReference')} <strong class="reference">${view.receipt.reference}</strong></p>
    ${heading(context.level + 2, t('sentNextHeading'))}
    <p class="lines">${view.wantsReply ? t('sentReply', days) : t('sentNoReply', days)}</p>
    <p class="lines">${view.published ? t('sentPublished') : t('sentPrivate')}</p>
    ${view.oftenStays ? html`<p class="lines" data-often-stays>${view.oftenStays}</p>` : nothing}
    ${view.offStays ? html`<p class="lines" data-off-stays>${view.offStays}</p>` : nothing}
    ${view.published
      ? html`<p><a class="follow-link" href=${followHref(view.receipt.id)}>${t('followLink')}</a></p>
          <p class="hint lines">${t('followHint')}</p>`
      : nothing}
    <button type="button" class="button secondary" @click=${view.onAgain}>${t('giveMore')}</button>
  </div>`;
}
