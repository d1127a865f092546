/**
 * The contract's field rules of the calls a public page makes: expressing interest, the
 * profile form, the feedback board (and the contact and message preferences inside them).
 * Public widgets import their rules from here, not from rules.ts, so that a public bundle
 * never carries the rules of staff, pay or people calls (rules.ts re-exports these).
 */
import { ACCESS, CONTACT_METHODS, INVITATION_WISHES, LOCALES, MESSAGE_CHANNELS, MESSAGE_FREQUENCIES, PARTICIPATION_MODES, READING_LEVELS, TIMES_OF_DAY, WEEKDAYS, type FieldRule, type Rules } from './rules-vocabularies.js';

export const id: FieldRule = { minLength: 1, maxLength: 64, pattern: 'id' };
export const required = true;

/** Adds `prefix.` to every path of a table (a shared object such as a contact preference). */
export function nest(prefix: string, rules: Rules, options: { required?: boolean } = {}): Rules {
  const nested = Object.fromEntries(Object.entries(rules).map(([path, rule]) => [`${prefix}.${path}`, rule]));
  return options.required ? { [prefix]: { required }, ...nested } : nested;
}

export const contactRules: Rules = {
  method: { required, oneOf: CONTACT_METHODS },
  detail: { required, minLength: 1, maxLength: 500, patternBy: { field: 'method', patterns: { email: 'email', phone: 'phone', text: 'phone' } } },
};

/** How a person wants to hear back (beside a contact, or changed later from a message's link). */
export const messagePreferenceRules: Rules = {
  channel: { oneOf: MESSAGE_CHANNELS },
  language: { oneOf: LOCALES },
  readingLevel: { oneOf: READING_LEVELS },
  frequency: { oneOf: MESSAGE_FREQUENCIES },
};

export const interestRules: Rules = {
  name: { required, minLength: 1, maxLength: 200 },
  ...nest('contact', contactRules, { required }),
  needs: { uniqueItems: true },
  'needs.*': { oneOf: ACCESS },
  accessNeeds: { maxLength: 3000 },
  message: { maxLength: 3000 },
  consent: { required, mustBeTrue: true },
  ...nest('messages', messagePreferenceRules),
};

/** Whether a person wants invitations (all, only about some topics, none). */
export const invitationWishRules: Rules = {
  wanted: { required, oneOf: INVITATION_WISHES },
  topics: { maxItems: 30, uniqueItems: true },
  'topics.*': id,
};

export const profileRules: Rules = {
  name: { required, minLength: 1, maxLength: 200 },
  'picture.dataUrl': { required, maxLength: 1_400_000, pattern: 'picture' },
  'picture.description': { required, minLength: 1, maxLength: 300 },
  importantToMe: { required, minLength: 1, maxLength: 3000 },
  experience: { required, minLength: 1, maxLength: 3000 },
  networks: { maxLength: 3000 },
  'howToHelp.needs': { required, uniqueItems: true },
  'howToHelp.needs.*': { oneOf: ACCESS },
  'howToHelp.details': { maxLength: 3000 },
  ...nest('contact', contactRules, { required }),
  topics: { maxItems: 30, uniqueItems: true },
  'topics.*': id,
  otherTopics: { maxLength: 500 },
  skills: { maxItems: 30, uniqueItems: true },
  'skills.*': { minLength: 1, maxLength: 80 },
  'availability.days': { uniqueItems: true },
  'availability.days.*': { oneOf: WEEKDAYS },
  'availability.times': { uniqueItems: true },
  'availability.times.*': { oneOf: TIMES_OF_DAY },
  'availability.modes': { uniqueItems: true },
  'availability.modes.*': { oneOf: PARTICIPATION_MODES },
  'availability.notes': { maxLength: 1000 },
  trainingWanted: { maxLength: 3000 },
  consent: { required, mustBeTrue: true },
  ...nest('messages', messagePreferenceRules),
  ...nest('invitations', invitationWishRules),
};

export const feedbackRules: Rules = {
  topic: { required, ...id },
  text: { required, minLength: 3, maxLength: 5000 },
  name: { maxLength: 200 },
  ...nest('reply', contactRules),
  consentToPublish: { required },
  ...nest('messages', messagePreferenceRules),
  language: { oneOf: LOCALES },
};

export const supporterRules: Rules = {
  supporterKey: { required, minLength: 16, maxLength: 64, pattern: 'id' },
  ...nest('reply', contactRules),
  ...nest('messages', messagePreferenceRules),
};
