import { checkBody, type FieldProblem } from '../../../api/rules-check.js';
import { feedbackRules } from '../../../api/rules-public.js';
import type { ContactMethod, FeedbackInput } from '../../../api/types.js';
import type { FieldErrors } from '../../../core/forms/index.js';
import type { Locale } from '../../../core/config.js';
import { frequencyOf, type Frequency } from '../../../core/forms/often-field.js';
import type { FormTranslate } from './form.messages.js';
import { wordReplyProblem } from './reply.messages.js';

export interface FeedbackValues {
  topic: string;
  text: string;
  name: string;
  wantsReply: '' | 'yes' | 'no';
  replyMethod: '' | ContactMethod;
  replyDetail: string;
  /** How often to hear back by email or text (issue 15 item 4); a draft from an older page has none. */
  often?: Frequency;
  consent: '' | 'yes' | 'no';
}

export const emptyValues: FeedbackValues = { topic: '', text: '', name: '', wantsReply: '', replyMethod: '', replyDetail: '', consent: '' };

/** Field paths as the contract names them, top to bottom, so server errors land on the same fields. */
export const FIELD_ORDER = ['topic', 'text', 'name', 'wantsReply', 'reply.method', 'reply.detail', 'consentToPublish'] as const;

export const TEXT_MAX = feedbackRules['text']?.maxLength ?? 5000;

/** The body the form would send, as typed, for the contract's rules (src/api/rules.ts). */
function bodyToCheck(values: FeedbackValues, pinnedTopic: string | undefined): Record<string, unknown> {
  return {
    topic: pinnedTopic || values.topic,
    text: values.text,
    name: values.name,
    ...(values.wantsReply === 'yes' ? { reply: { method: values.replyMethod, detail: values.replyDetail } } : {}),
    ...(values.consent ? { consentToPublish: values.consent === 'yes' } : {}),
  };
}

/** The rules on the body, worded by `word`, plus the one question that is the form's own (whether to reply). */
export function validateFeedback(values: FeedbackValues, word: (problem: FieldProblem) => string, t: FormTranslate, pinnedTopic: string | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of checkBody(feedbackRules, bodyToCheck(values, pinnedTopic))) errors[problem.field] ??= word(problem);
  if (!values.wantsReply) errors['wantsReply'] = t('errorWantsReply');
  if (!values.replyMethod) delete errors['reply.detail'];
  return errors;
}

/** This form's words for a field problem, whether the browser found it or the server sent its code (how to tell you: reply.messages.ts). */
export function wordFeedbackProblem(problem: FieldProblem, t: FormTranslate, replyMethod: ContactMethod | ''): string {
  switch (`${problem.field}:${problem.code}`) {
    case 'topic:required':
    case 'topic:not-in-list':
      return t('errorTopic');
    case 'text:required':
      return t('errorText');
    case 'text:too-short':
      return t('errorTextShort');
    case 'text:too-long':
      return t('errorTextLong');
    case 'name:too-long':
      return t('errorNameLong');
    case 'consentToPublish:required':
      return t('errorConsent');
    default:
      return wordReplyProblem(problem, t, replyMethod);
  }
}

/**
 * The body to send. What they wrote is in the language they are reading the form in (`language`: a page in the other
 * language marks their words with it), and a person who asks for a reply hears back in that language and reading
 * level (they can change it later on their own page). Welsh easy read is Welsh: the element's root says `lang="cy"`.
 */
export function toInput(values: FeedbackValues, pinnedTopic: string | undefined, reader?: { locale: Locale; readingLevel?: 'standard' | 'easy-read' | undefined }): FeedbackInput {
  const input: FeedbackInput = {
    topic: pinnedTopic || values.topic,
    text: values.text.trim(),
    consentToPublish: values.consent === 'yes',
    ...(reader && { language: reader.locale }),
  };
  const name = values.name.trim();
  if (name) input.name = name;
  if (values.wantsReply === 'yes' && values.replyMethod) {
    input.reply = { method: values.replyMethod, detail: values.replyDetail.trim() };
    if (reader) input.messages = { language: reader.locale, ...(reader.readingLevel ? { readingLevel: reader.readingLevel } : {}), frequency: frequencyOf(values.often) };
  }
  return input;
}

export function characterCountText(t: FormTranslate, length: number): string {
  return length <= TEXT_MAX ? t('charactersLeft', TEXT_MAX - length) : t('charactersOver', length - TEXT_MAX);
}

/** Whether a kept draft has the form's shape (it may come from an older version of the page). */
export const isFeedbackDraft = (value: unknown): value is FeedbackValues =>
  typeof (value as FeedbackValues | undefined)?.text === 'string' && typeof (value as FeedbackValues).topic === 'string';
