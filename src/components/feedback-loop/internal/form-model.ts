import type { ContactMethod, FeedbackInput } from '../../../api/types.js';
import type { FieldErrors } from '../../../core/forms/index.js';
import type { Locale } from '../../../core/config.js';
import type { FeedbackTranslate } from './view-context.js';

export interface FeedbackValues {
  topic: string;
  text: string;
  name: string;
  wantsReply: '' | 'yes' | 'no';
  replyMethod: '' | ContactMethod;
  replyDetail: string;
  consent: '' | 'yes' | 'no';
}

export const emptyValues: FeedbackValues = { topic: '', text: '', name: '', wantsReply: '', replyMethod: '', replyDetail: '', consent: '' };

/** Field paths as the contract names them, top to bottom, so server errors land on the same fields. */
export const FIELD_ORDER = ['topic', 'text', 'name', 'wantsReply', 'reply.method', 'reply.detail', 'consentToPublish'] as const;

export const TEXT_MAX = 5000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isPhone(value: string): boolean {
  const digits = value.replace(/[\s()+.-]/g, '');
  return /^\d{10,15}$/.test(digits);
}

export function validateFeedback(values: FeedbackValues, t: FeedbackTranslate, pinnedTopic: string | undefined): FieldErrors {
  const errors: FieldErrors = {};
  if (!pinnedTopic && !values.topic) errors['topic'] = t('errorTopic');
  const text = values.text.trim();
  if (!text) errors['text'] = t('errorText');
  else if (text.length < 3) errors['text'] = t('errorTextShort');
  else if (text.length > TEXT_MAX) errors['text'] = t('errorTextLong');
  if (values.name.trim().length > 200) errors['name'] = t('errorNameLong');
  if (!values.wantsReply) errors['wantsReply'] = t('errorWantsReply');
  if (values.wantsReply === 'yes') {
    if (!values.replyMethod) errors['reply.method'] = t('errorReplyMethod');
    else {
      const detail = values.replyDetail.trim();
      if (!detail) errors['reply.detail'] = t('errorReplyDetail', values.replyMethod);
      else if (values.replyMethod === 'email' && !EMAIL.test(detail)) errors['reply.detail'] = t('errorEmail');
      else if ((values.replyMethod === 'phone' || values.replyMethod === 'text') && !isPhone(detail)) errors['reply.detail'] = t('errorPhone');
    }
  }
  if (!values.consent) errors['consentToPublish'] = t('errorConsent');
  return errors;
}

/**
 * The body to send. A person who asks for a reply hears back in the language and reading
 * level they are reading the form in (they can change it later on their own page).
 */
export function toInput(values: FeedbackValues, pinnedTopic: string | undefined, reader?: { locale: Locale; readingLevel?: 'standard' | 'easy-read' | undefined }): FeedbackInput {
  const input: FeedbackInput = {
    topic: pinnedTopic || values.topic,
    text: values.text.trim(),
    consentToPublish: values.consent === 'yes',
  };
  const name = values.name.trim();
  if (name) input.name = name;
  if (values.wantsReply === 'yes' && values.replyMethod) {
    input.reply = { method: values.replyMethod, detail: values.replyDetail.trim() };
    if (reader) input.messages = { language: reader.locale, ...(reader.readingLevel ? { readingLevel: reader.readingLevel } : {}) };
  }
  return input;
}

export function characterCountText(t: FeedbackTranslate, length: number): string {
  return length <= TEXT_MAX ? t('charactersLeft', TEXT_MAX - length) : t('charactersOver', length - TEXT_MAX);
}
