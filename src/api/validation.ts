/**
 * Checks that mirror the contract's request schemas, with plain messages a person can act
 * on (the GOV.UK error message style: say what to do, not what went wrong). The in-memory
 * adapter answers with them, and the widgets run the same checks before sending, so the
 * message at a field is the same whether it came from the browser or the server.
 *
 * Each error carries a stable `code` (see `FIELD_CODES` in rules.ts), the same the server
 * sends, so a widget words it by field and code in the reader's language.
 */
import type { ContactMethod, FieldError, Problem } from './types.js';
import {
  ACCESS,
  CONTACT_METHODS,
  FEEDBACK_STATUSES,
  FEEDBACK_UPDATE_KINDS,
  feedbackRules,
  feedbackUpdateRules,
  INTEREST_STATUSES,
  interestRules,
  LOCALES,
  interestUpdateRules,
  isEmailAddress,
  isPhoneNumber,
  matches,
  OPPORTUNITY_STATUSES,
  opportunityRules,
  PARTICIPATION_MODES,
  PAYMENT_TYPES,
  profileRules,
  supporterRules,
  TIMES_OF_DAY,
  WEEKDAYS,
  type FieldCode,
  type Rules,
} from './rules.js';

export { ACCESS, CONTACT_METHODS, FEEDBACK_STATUSES, FEEDBACK_UPDATE_KINDS, INTEREST_STATUSES, isEmailAddress, isPhoneNumber, OPPORTUNITY_STATUSES, PARTICIPATION_MODES, WEEKDAYS };

/** The longest text a rule allows (every text field in the contract has one). */
function max(rules: Rules, path: string): number {
  const limit = rules[path]?.maxLength;
  if (limit === undefined) throw new Error(`No maxLength for ${path}`);
  return limit;
}
function min(rules: Rules, path: string): number {
  return rules[path]?.minLength ?? 0;
}
const count = (n: number): string => n.toLocaleString('en-GB');

/** The English messages, by purpose. */
export const messages = {
  nameRequired: 'Enter your name',
  nameTooLong: `Your name must be ${count(max(interestRules, 'name'))} characters or fewer`,
  contactMethodRequired: 'Select how you would like us to contact you',
  contactDetailRequired: {
    email: 'Enter your email address',
    phone: 'Enter your phone number',
    text: 'Enter the mobile number we should text',
    post: 'Enter your postal address',
    supporter: 'Enter your supporter’s name and how to reach them',
  } satisfies Record<ContactMethod, string>,
  emailFormat: 'Enter an email address in the correct format, like name@example.com',
  phoneFormat: 'Enter a phone number, like 01632\u00a0960\u00a0001 or 07700\u00a0900\u00a0982',
  contactDetailTooLong: `Contact details must be ${count(max(interestRules, 'contact.detail'))} characters or fewer`,
  interestConsent: 'Confirm that you agree to be contacted about this opportunity',
  accessNeedsTooLong: `Access or support needs must be ${count(max(interestRules, 'accessNeeds'))} characters or fewer`,
  messageTooLong: `Your message must be ${count(max(interestRules, 'message'))} characters or fewer`,
  importantToMeRequired: "Enter what's important to you",
  experienceRequired: 'Enter the experience you bring',
  profileConsent: 'Confirm that you agree to us keeping your profile',
  pictureFormat: 'The picture must be a PNG, JPEG or WebP file',
  pictureTooLarge: 'The picture must be smaller than 1 MB',
  pictureDescriptionRequired: 'Describe what the picture shows, for people who cannot see it',
  feedbackTopicRequired: 'Select what your feedback is about',
  feedbackTextRequired: 'Enter what you want to tell us',
  feedbackTextTooShort: `What you want to tell us must be ${min(feedbackRules, 'text')} characters or more`,
  feedbackTextTooLong: `What you want to tell us must be ${count(max(feedbackRules, 'text'))} characters or fewer`,
  consentToPublishRequired: 'Select yes if we may show this on the public board',
  tooLong: (label: string, limit: number) => `${label} must be ${count(limit)} characters or fewer`,
  required: (label: string) => `Enter ${label}`,
  select: (label: string) => `Select ${label}`,
} as const;

/** A list of field errors, added to in order so the error summary reads top to bottom. */
class Errors {
  readonly list: FieldError[] = [];
  add(field: string, message: string, code: FieldCode): void {
    if (!this.list.some((e) => e.field === field)) this.list.push({ field, message, code });
  }
  /** A required string: present, not blank, no longer than `max`. Returns whether it passed. */
  text(field: string, value: unknown, opts: { required?: string; max: number; tooLong?: string; min?: number; tooShort?: string }): boolean {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (opts.required) this.add(field, opts.required, 'required');
      return !opts.required;
    }
    if (typeof value !== 'string') {
      this.add(field, opts.required ?? `Enter ${field}`, 'wrong-type');
      return false;
    }
    if (value.length > opts.max) {
      this.add(field, opts.tooLong ?? messages.tooLong('This', opts.max), 'too-long');
      return false;
    }
    if (opts.min !== undefined && value.trim().length < opts.min) {
      this.add(field, opts.tooShort ?? `Enter at least ${opts.min} characters`, 'too-short');
      return false;
    }
    return true;
  }
  oneOf(field: string, value: unknown, allowed: readonly string[], message: string, required = true): void {
    if (value === undefined || value === null) {
      if (required) this.add(field, message, 'required');
      return;
    }
    if (typeof value !== 'string' || !allowed.includes(value)) this.add(field, message, 'not-in-list');
  }
  arrayOf(field: string, value: unknown, allowed: readonly string[] | undefined, message: string, maxItems = Infinity): void {
    if (value === undefined) return;
    if (!Array.isArray(value) || value.length > maxItems || (allowed && value.some((v) => typeof v !== 'string' || !allowed.includes(v)))) {
      this.add(field, message, 'not-in-list');
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a contact preference; `field` is its path, e.g. `contact` or `reply`. */
export function validateContact(value: unknown, field = 'contact', errors = new Errors()): FieldError[] {
  if (!isObject(value)) {
    errors.add(`${field}.method`, messages.contactMethodRequired, 'required');
    return errors.list;
  }
  const method = value['method'];
  errors.oneOf(`${field}.method`, method, CONTACT_METHODS, messages.contactMethodRequired);
  const known = CONTACT_METHODS.includes(method as ContactMethod) ? (method as ContactMethod) : undefined;
  const detail = value['detail'];
  const ok = errors.text(`${field}.detail`, detail, {
    required: known ? messages.contactDetailRequired[known] : 'Enter how we can contact you',
    max: max(interestRules, 'contact.detail'),
    tooLong: messages.contactDetailTooLong,
  });
  if (ok && typeof detail === 'string') {
    if (known === 'email' && !isEmailAddress(detail)) errors.add(`${field}.detail`, messages.emailFormat, 'invalid-email');
    if ((known === 'phone' || known === 'text') && !isPhoneNumber(detail)) errors.add(`${field}.detail`, messages.phoneFormat, 'invalid-phone');
  }
  return errors.list;
}

export function validateInterestInput(input: unknown): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  errors.text('name', body['name'], { required: messages.nameRequired, max: max(interestRules, 'name'), tooLong: messages.nameTooLong });
  validateContact(body['contact'], 'contact', errors);
  if (body['needs'] !== undefined) errors.arrayOf('needs', body['needs'], ACCESS, 'Select support needs from the list');
  errors.text('accessNeeds', body['accessNeeds'], { max: max(interestRules, 'accessNeeds'), tooLong: messages.accessNeedsTooLong });
  errors.text('message', body['message'], { max: max(interestRules, 'message'), tooLong: messages.messageTooLong });
  if (body['consent'] !== true) errors.add('consent', messages.interestConsent, 'required');
  return errors.list;
}

export function validateInterestUpdate(input: unknown): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  if (body['status'] === undefined && body['note'] === undefined) errors.add('status', 'Select a status or enter a note', 'required');
  errors.oneOf('status', body['status'], INTEREST_STATUSES, 'Select a status from the list', false);
  errors.text('note', body['note'], { max: max(interestUpdateRules, 'note'), tooLong: messages.tooLong('The note', max(interestUpdateRules, 'note')) });
  return errors.list;
}

export function validateProfileInput(input: unknown): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  errors.text('name', body['name'], { required: messages.nameRequired, max: max(profileRules, 'name'), tooLong: messages.nameTooLong });
  const picture = body['picture'];
  if (picture !== undefined && picture !== null) {
    const p = isObject(picture) ? picture : {};
    const dataUrl = p['dataUrl'];
    if (typeof dataUrl !== 'string' || !matches('picture', dataUrl)) errors.add('picture.dataUrl', messages.pictureFormat, 'invalid-picture');
    else if (dataUrl.length > max(profileRules, 'picture.dataUrl')) errors.add('picture.dataUrl', messages.pictureTooLarge, 'too-long');
    errors.text('picture.description', p['description'], { required: messages.pictureDescriptionRequired, max: max(profileRules, 'picture.description'), tooLong: messages.tooLong('The picture description', max(profileRules, 'picture.description')) });
  }
  errors.text('importantToMe', body['importantToMe'], { required: messages.importantToMeRequired, max: max(profileRules, 'importantToMe'), tooLong: messages.tooLong("What's important to you", max(profileRules, 'importantToMe')) });
  errors.text('experience', body['experience'], { required: messages.experienceRequired, max: max(profileRules, 'experience'), tooLong: messages.tooLong('The experience you bring', max(profileRules, 'experience')) });
  errors.text('networks', body['networks'], { max: max(profileRules, 'networks'), tooLong: messages.tooLong('Networks', max(profileRules, 'networks')) });
  const howToHelp = body['howToHelp'];
  if (howToHelp !== undefined) {
    const h = isObject(howToHelp) ? howToHelp : {};
    errors.arrayOf('howToHelp.needs', h['needs'] ?? [], ACCESS, 'Select support needs from the list');
    errors.text('howToHelp.details', h['details'], { max: max(profileRules, 'howToHelp.details'), tooLong: messages.tooLong('How we can help', max(profileRules, 'howToHelp.details')) });
  }
  validateContact(body['contact'], 'contact', errors);
  errors.arrayOf('topics', body['topics'], undefined, `Select up to ${profileRules['topics']!.maxItems} topics`, profileRules['topics']!.maxItems);
  errors.text('otherTopics', body['otherTopics'], { max: max(profileRules, 'otherTopics'), tooLong: messages.tooLong('Other topics', max(profileRules, 'otherTopics')) });
  const skills = body['skills'];
  if (skills !== undefined && (!Array.isArray(skills) || skills.length > profileRules['skills']!.maxItems! || skills.some((s) => typeof s !== 'string' || s.trim() === '' || s.length > max(profileRules, 'skills.*')))) {
    errors.add('skills', `Enter up to ${profileRules['skills']!.maxItems} skills, each ${max(profileRules, 'skills.*')} characters or fewer`, 'invalid-format');
  }
  const availability = body['availability'];
  if (availability !== undefined) {
    const a = isObject(availability) ? availability : {};
    errors.arrayOf('availability.days', a['days'], WEEKDAYS, 'Select days from the list');
    errors.arrayOf('availability.times', a['times'], TIMES_OF_DAY, 'Select times of day from the list');
    errors.arrayOf('availability.modes', a['modes'], PARTICIPATION_MODES, 'Select ways to take part from the list');
    errors.text('availability.notes', a['notes'], { max: max(profileRules, 'availability.notes'), tooLong: messages.tooLong('Notes about when you are free', max(profileRules, 'availability.notes')) });
  }
  errors.text('trainingWanted', body['trainingWanted'], { max: max(profileRules, 'trainingWanted'), tooLong: messages.tooLong("Training or support you'd like", max(profileRules, 'trainingWanted')) });
  if (body['consent'] !== true) errors.add('consent', messages.profileConsent, 'required');
  return errors.list;
}

export function validateFeedbackInput(input: unknown, knownTopics?: readonly string[]): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  const topic = body['topic'];
  if (typeof topic !== 'string' || topic === '') errors.add('topic', messages.feedbackTopicRequired, 'required');
  else if (knownTopics && !knownTopics.includes(topic)) errors.add('topic', messages.feedbackTopicRequired, 'not-in-list');
  errors.text('text', body['text'], { required: messages.feedbackTextRequired, max: max(feedbackRules, 'text'), tooLong: messages.feedbackTextTooLong, min: min(feedbackRules, 'text'), tooShort: messages.feedbackTextTooShort });
  errors.text('name', body['name'], { max: max(feedbackRules, 'name'), tooLong: messages.nameTooLong });
  if (body['reply'] !== undefined && body['reply'] !== null) validateContact(body['reply'], 'reply', errors);
  if (typeof body['consentToPublish'] !== 'boolean') errors.add('consentToPublish', messages.consentToPublishRequired, 'required');
  errors.oneOf('language', body['language'], LOCALES, 'Select English or Welsh', false);
  return errors.list;
}

export function validateFeedbackUpdateInput(input: unknown): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  errors.oneOf('kind', body['kind'], FEEDBACK_UPDATE_KINDS, 'Select what kind of update this is');
  errors.text('text', body['text'], { required: 'Enter the update', max: max(feedbackUpdateRules, 'text'), tooLong: messages.tooLong('The update', max(feedbackUpdateRules, 'text')), min: min(feedbackUpdateRules, 'text'), tooShort: `The update must be ${min(feedbackUpdateRules, 'text')} characters or more` });
  const links = body['links'];
  if (links !== undefined) {
    if (!Array.isArray(links) || links.length > feedbackUpdateRules['links']!.maxItems!) errors.add('links', `Add up to ${feedbackUpdateRules['links']!.maxItems} links`, 'too-long');
    else
      links.forEach((link: unknown, i) => {
        const l = isObject(link) ? link : {};
        errors.text(`links.${i}.title`, l['title'], { required: 'Enter the link text', max: max(feedbackUpdateRules, 'links.*.title'), tooLong: messages.tooLong('The link text', max(feedbackUpdateRules, 'links.*.title')) });
        const url = l['url'];
        if (typeof url !== 'string' || url.trim() === '') errors.add(`links.${i}.url`, 'Enter the web address', 'required');
        else if (!matches('web', url) || url.length > max(feedbackUpdateRules, 'links.*.url')) errors.add(`links.${i}.url`, 'Enter a web address starting with https://', 'invalid-url');
      });
  }
  errors.oneOf('language', body['language'], LOCALES, 'Select English or Welsh', false);
  const translations = body['translations'];
  if (translations !== undefined) {
    const cy = isObject(translations) ? translations['cy'] : undefined;
    if (!isObject(translations)) errors.add('translations', 'Give the Welsh version as translations.cy.text', 'wrong-type');
    else if (cy !== undefined) {
      const welsh = isObject(cy) ? cy : {};
      const rule = 'translations.cy.text';
      // Beside an update written in Welsh it is refused once the item is found and not merged (rules.ts updateProblems), as the server does.
      errors.text(rule, welsh['text'], { required: 'Enter the update in Welsh', max: max(feedbackUpdateRules, rule), tooLong: messages.tooLong('The update in Welsh', max(feedbackUpdateRules, rule)), min: min(feedbackUpdateRules, rule), tooShort: `The update in Welsh must be ${min(feedbackUpdateRules, rule)} characters or more` });
    }
  }
  return errors.list;
}

export function validateFeedbackChange(input: unknown, knownTopics?: readonly string[]): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  if (body['status'] === undefined && body['published'] === undefined && body['topic'] === undefined) {
    errors.add('status', 'Select a status, a topic or whether to publish', 'required');
  }
  errors.oneOf('status', body['status'], FEEDBACK_STATUSES, 'Select a status from the list', false);
  if (body['published'] !== undefined && typeof body['published'] !== 'boolean') errors.add('published', 'Select whether to publish', 'wrong-type');
  const topic = body['topic'];
  if (topic !== undefined && (typeof topic !== 'string' || (knownTopics && !knownTopics.includes(topic)))) errors.add('topic', 'Select a topic from the list', 'not-in-list');
  return errors.list;
}

export function validateSupporterKey(key: unknown): FieldError[] {
  return typeof key === 'string' && matches('id', key) && key.length >= min(supporterRules, 'supporterKey') && key.length <= max(supporterRules, 'supporterKey') ? [] : [{ field: 'supporterKey', message: `The supporter key must be ${min(supporterRules, 'supporterKey')} to ${max(supporterRules, 'supporterKey')} letters, digits, dashes or underscores`, code: 'invalid-format' }];
}

/** Checks an opportunity brief; `taxonomy` ids, when given, must name known terms. */
export function validateOpportunityInput(input: unknown, taxonomy?: { topics?: readonly string[] | undefined; areas?: readonly string[] | undefined; organisations?: readonly string[] | undefined }): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  errors.text('title', body['title'], { required: 'Enter a title', max: max(opportunityRules, 'title'), tooLong: messages.tooLong('The title', max(opportunityRules, 'title')), min: min(opportunityRules, 'title'), tooShort: `The title must be ${min(opportunityRules, 'title')} characters or more` });
  errors.text('summary', body['summary'], { required: 'Enter a one-line summary', max: max(opportunityRules, 'summary'), tooLong: messages.tooLong('The summary', max(opportunityRules, 'summary')), min: min(opportunityRules, 'summary'), tooShort: `The summary must be ${min(opportunityRules, 'summary')} characters or more` });
  errors.text('description', body['description'], { required: 'Enter a description', max: max(opportunityRules, 'description'), tooLong: messages.tooLong('The description', max(opportunityRules, 'description')), min: min(opportunityRules, 'description'), tooShort: `The description must be ${min(opportunityRules, 'description')} characters or more` });
  errors.text('easyReadSummary', body['easyReadSummary'], { max: max(opportunityRules, 'easyReadSummary'), tooLong: messages.tooLong('The easy read summary', max(opportunityRules, 'easyReadSummary')) });
  errors.text('experienceNeeded', body['experienceNeeded'], { required: 'Enter the experience or skills needed', max: max(opportunityRules, 'experienceNeeded'), tooLong: messages.tooLong('The experience needed', max(opportunityRules, 'experienceNeeded')) });
  const time = isObject(body['timeCommitment']) ? body['timeCommitment'] : {};
  errors.text('timeCommitment.summary', time['summary'], { required: 'Enter the time commitment', max: max(opportunityRules, 'timeCommitment.summary'), tooLong: messages.tooLong('The time commitment', max(opportunityRules, 'timeCommitment.summary')) });
  const when = isObject(body['when']) ? body['when'] : {};
  errors.text('when.summary', when['summary'], { required: 'Enter when it happens', max: max(opportunityRules, 'when.summary'), tooLong: messages.tooLong('When it happens', max(opportunityRules, 'when.summary')) });
  const where = isObject(body['where']) ? body['where'] : {};
  const modes = where['modes'];
  if (!Array.isArray(modes) || modes.length === 0) errors.add('where.modes', 'Select at least one way to take part', 'required');
  else errors.arrayOf('where.modes', modes, PARTICIPATION_MODES, 'Select ways to take part from the list');
  const areaId = where['areaId'];
  if (areaId !== undefined && taxonomy?.areas && (typeof areaId !== 'string' || !taxonomy.areas.includes(areaId))) errors.add('where.areaId', 'Select an area from the list', 'not-in-list');
  errors.text('howToGetInvolved', body['howToGetInvolved'], { required: 'Enter how to get involved', max: max(opportunityRules, 'howToGetInvolved'), tooLong: messages.tooLong('How to get involved', max(opportunityRules, 'howToGetInvolved')) });
  const closing = body['closingDate'];
  if (closing !== undefined && closing !== null && (typeof closing !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(closing) || Number.isNaN(Date.parse(closing)))) {
    errors.add('closingDate', 'The closing date must be a real date', 'invalid-date');
  }
  const topics = body['topics'];
  if (!Array.isArray(topics) || topics.length === 0) errors.add('topics', 'Select at least one topic', 'required');
  else errors.arrayOf('topics', topics, taxonomy?.topics, `Select up to ${opportunityRules['topics']!.maxItems} topics from the list`, opportunityRules['topics']!.maxItems);
  const org = body['organisationId'];
  if (typeof org !== 'string' || org === '') errors.add('organisationId', 'Select the organisation', 'required');
  else if (taxonomy?.organisations && !taxonomy.organisations.includes(org)) errors.add('organisationId', 'Select an organisation from the list', 'not-in-list');
  if (!Array.isArray(body['accessibility'])) errors.add('accessibility', 'Select the accessible ways to take part', 'required');
  else errors.arrayOf('accessibility', body['accessibility'], ACCESS, 'Select accessible ways to take part from the list');
  const payment = body['payment'];
  if (!isObject(payment)) errors.add('payment.type', 'Select whether it is paid', 'required');
  else {
    errors.oneOf('payment.type', payment['type'], PAYMENT_TYPES, 'Select whether it is paid');
    if (!Array.isArray(payment['expensesCovered'])) errors.add('payment.expensesCovered', 'Select the expenses covered', 'required');
  }
  const places = body['places'];
  if (places !== undefined && places !== null && (!Number.isInteger(places) || (places as number) < opportunityRules['places']!.minimum! || (places as number) > opportunityRules['places']!.maximum!)) {
    errors.add('places', 'Places must be a whole number from 1 to 10,000', 'invalid-format');
  }
  errors.oneOf('status', body['status'], OPPORTUNITY_STATUSES, 'Select a status');
  return errors.list;
}

/** The problem a server sends when fields are not valid. */
export function validationProblem(errors: FieldError[], status = 422): Problem {
  return {
    type: 'https://coprod.example/problems/validation',
    title: 'There is a problem',
    status,
    detail: errors.length === 1 ? errors[0]!.message : `${errors.length} answers need correcting.`,
    errors,
  };
}
