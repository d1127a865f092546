/**
 * Checks that mirror the contract's request schemas, with plain messages a person can act
 * on (the GOV.UK error message style: say what to do, not what went wrong). The in-memory
 * adapter answers with them, and the widgets run the same checks before sending, so the
 * message at a field is the same whether it came from the browser or the server.
 *
 * Each error carries a stable `code` (`required`, `too_long`, `too_short`, `format`,
 * `enum`, `consent`, `unknown`) so a translation can be chosen by field and code.
 */
import type { ContactMethod, FieldError, Problem } from './types.js';

export const CONTACT_METHODS: readonly ContactMethod[] = ['email', 'phone', 'text', 'post', 'supporter'];
export const PARTICIPATION_MODES = ['online', 'in_person', 'phone'] as const;
export const OPPORTUNITY_STATUSES = ['draft', 'open', 'closed', 'filled'] as const;
export const INTEREST_STATUSES = ['new', 'contacted', 'joined', 'not_this_time'] as const;
export const FEEDBACK_STATUSES = ['received', 'considering', 'changed', 'not_changed'] as const;
export const FEEDBACK_UPDATE_KINDS = ['heard', 'doing', 'changed', 'not_changed'] as const;
export const ACCESS_NEEDS = ['bsl', 'easy_read', 'step_free', 'hearing_loop', 'large_print', 'someone_with_me', 'breaks', 'captions', 'quiet_space', 'extra_time', 'interpreter', 'papers_in_advance'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;
const PICTURE = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;
const SUPPORTER_KEY = /^[A-Za-z0-9_-]{16,64}$/;
const LINK_URL = /^https?:\/\//;

/** The English messages, by purpose. */
export const messages = {
  nameRequired: 'Enter your name',
  nameTooLong: 'Your name must be 200 characters or fewer',
  contactMethodRequired: 'Select how you would like us to contact you',
  contactDetailRequired: {
    email: 'Enter your email address',
    phone: 'Enter your phone number',
    text: 'Enter the mobile number we should text',
    post: 'Enter your postal address',
    supporter: "Enter your supporter's name and how to reach them",
  } satisfies Record<ContactMethod, string>,
  emailFormat: 'Enter an email address in the correct format, like name@example.com',
  phoneFormat: 'Enter a phone number, like 01632 960 001 or 07700 900 982',
  contactDetailTooLong: 'Contact details must be 500 characters or fewer',
  interestConsent: 'Confirm that you agree to be contacted about this opportunity',
  accessNeedsTooLong: 'Access or support needs must be 3,000 characters or fewer',
  messageTooLong: 'Your message must be 3,000 characters or fewer',
  importantToMeRequired: "Enter what's important to you",
  experienceRequired: 'Enter the experience you bring',
  profileConsent: 'Confirm that you agree to us keeping your profile',
  pictureFormat: 'The picture must be a PNG, JPEG or WebP file',
  pictureTooLarge: 'The picture must be smaller than 1 MB',
  pictureDescriptionRequired: 'Describe what the picture shows, for people who cannot see it',
  feedbackTopicRequired: 'Select what your feedback is about',
  feedbackTextRequired: 'Enter what you want to tell us',
  feedbackTextTooShort: 'What you want to tell us must be 3 characters or more',
  feedbackTextTooLong: 'What you want to tell us must be 5,000 characters or fewer',
  consentToPublishRequired: 'Select yes if we may show this on the public board',
  tooLong: (label: string, max: number) => `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`,
  required: (label: string) => `Enter ${label}`,
  select: (label: string) => `Select ${label}`,
} as const;

/** A list of field errors, added to in order so the error summary reads top to bottom. */
class Errors {
  readonly list: FieldError[] = [];
  add(field: string, message: string, code: string): void {
    if (!this.list.some((e) => e.field === field)) this.list.push({ field, message, code });
  }
  /** A required string: present, not blank, no longer than `max`. Returns whether it passed. */
  text(field: string, value: unknown, opts: { required?: string; max: number; tooLong?: string; min?: number; tooShort?: string }): boolean {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (opts.required) this.add(field, opts.required, 'required');
      return !opts.required;
    }
    if (typeof value !== 'string') {
      this.add(field, opts.required ?? `Enter ${field}`, 'type');
      return false;
    }
    if (value.length > opts.max) {
      this.add(field, opts.tooLong ?? messages.tooLong('This', opts.max), 'too_long');
      return false;
    }
    if (opts.min !== undefined && value.trim().length < opts.min) {
      this.add(field, opts.tooShort ?? `Enter at least ${opts.min} characters`, 'too_short');
      return false;
    }
    return true;
  }
  oneOf(field: string, value: unknown, allowed: readonly string[], message: string, required = true): void {
    if (value === undefined || value === null) {
      if (required) this.add(field, message, 'required');
      return;
    }
    if (typeof value !== 'string' || !allowed.includes(value)) this.add(field, message, 'enum');
  }
  arrayOf(field: string, value: unknown, allowed: readonly string[] | undefined, message: string, maxItems = Infinity): void {
    if (value === undefined) return;
    if (!Array.isArray(value) || value.length > maxItems || (allowed && value.some((v) => typeof v !== 'string' || !allowed.includes(v)))) {
      this.add(field, message, 'enum');
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Counts the digits in a phone number written with spaces, brackets, dashes or a leading +. */
export function isPhoneNumber(value: string): boolean {
  if (!PHONE_CHARACTERS.test(value.trim())) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 10 && digits <= 15;
}

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value.trim());
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
    max: 500,
    tooLong: messages.contactDetailTooLong,
  });
  if (ok && typeof detail === 'string') {
    if (known === 'email' && !isEmailAddress(detail)) errors.add(`${field}.detail`, messages.emailFormat, 'format');
    if ((known === 'phone' || known === 'text') && !isPhoneNumber(detail)) errors.add(`${field}.detail`, messages.phoneFormat, 'format');
  }
  return errors.list;
}

export function validateInterestInput(input: unknown): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  errors.text('name', body['name'], { required: messages.nameRequired, max: 200, tooLong: messages.nameTooLong });
  validateContact(body['contact'], 'contact', errors);
  errors.text('accessNeeds', body['accessNeeds'], { max: 3000, tooLong: messages.accessNeedsTooLong });
  errors.text('message', body['message'], { max: 3000, tooLong: messages.messageTooLong });
  if (body['consent'] !== true) errors.add('consent', messages.interestConsent, 'consent');
  return errors.list;
}

export function validateInterestUpdate(input: unknown): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  if (body['status'] === undefined && body['note'] === undefined) errors.add('status', 'Select a status or enter a note', 'required');
  errors.oneOf('status', body['status'], INTEREST_STATUSES, 'Select a status from the list', false);
  errors.text('note', body['note'], { max: 3000, tooLong: messages.tooLong('The note', 3000) });
  return errors.list;
}

export function validateProfileInput(input: unknown): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  errors.text('name', body['name'], { required: messages.nameRequired, max: 200, tooLong: messages.nameTooLong });
  const picture = body['picture'];
  if (picture !== undefined && picture !== null) {
    const p = isObject(picture) ? picture : {};
    const dataUrl = p['dataUrl'];
    if (typeof dataUrl !== 'string' || !PICTURE.test(dataUrl)) errors.add('picture.dataUrl', messages.pictureFormat, 'format');
    else if (dataUrl.length > 1_400_000) errors.add('picture.dataUrl', messages.pictureTooLarge, 'too_long');
    errors.text('picture.description', p['description'], { required: messages.pictureDescriptionRequired, max: 300, tooLong: messages.tooLong('The picture description', 300) });
  }
  errors.text('importantToMe', body['importantToMe'], { required: messages.importantToMeRequired, max: 3000, tooLong: messages.tooLong("What's important to you", 3000) });
  errors.text('experience', body['experience'], { required: messages.experienceRequired, max: 3000, tooLong: messages.tooLong('The experience you bring', 3000) });
  errors.text('networks', body['networks'], { max: 3000, tooLong: messages.tooLong('Networks', 3000) });
  const howToHelp = body['howToHelp'];
  if (howToHelp !== undefined) {
    const h = isObject(howToHelp) ? howToHelp : {};
    errors.arrayOf('howToHelp.needs', h['needs'] ?? [], ACCESS_NEEDS, 'Select support needs from the list');
    errors.text('howToHelp.details', h['details'], { max: 3000, tooLong: messages.tooLong('How we can help', 3000) });
  }
  validateContact(body['contact'], 'contact', errors);
  errors.arrayOf('topics', body['topics'], undefined, 'Select up to 30 topics', 30);
  errors.text('otherTopics', body['otherTopics'], { max: 500, tooLong: messages.tooLong('Other topics', 500) });
  const skills = body['skills'];
  if (skills !== undefined && (!Array.isArray(skills) || skills.length > 30 || skills.some((s) => typeof s !== 'string' || s.trim() === '' || s.length > 80))) {
    errors.add('skills', 'Enter up to 30 skills, each 80 characters or fewer', 'format');
  }
  const availability = body['availability'];
  if (availability !== undefined) {
    const a = isObject(availability) ? availability : {};
    errors.arrayOf('availability.days', a['days'], WEEKDAYS, 'Select days from the list');
    errors.arrayOf('availability.times', a['times'], ['morning', 'afternoon', 'evening'], 'Select times of day from the list');
    errors.arrayOf('availability.modes', a['modes'], PARTICIPATION_MODES, 'Select ways to take part from the list');
    errors.text('availability.notes', a['notes'], { max: 1000, tooLong: messages.tooLong('Notes about when you are free', 1000) });
  }
  errors.text('trainingWanted', body['trainingWanted'], { max: 3000, tooLong: messages.tooLong("Training or support you'd like", 3000) });
  if (body['consent'] !== true) errors.add('consent', messages.profileConsent, 'consent');
  return errors.list;
}

export function validateFeedbackInput(input: unknown, knownTopics?: readonly string[]): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  const topic = body['topic'];
  if (typeof topic !== 'string' || topic === '') errors.add('topic', messages.feedbackTopicRequired, 'required');
  else if (knownTopics && !knownTopics.includes(topic)) errors.add('topic', messages.feedbackTopicRequired, 'enum');
  errors.text('text', body['text'], { required: messages.feedbackTextRequired, max: 5000, tooLong: messages.feedbackTextTooLong, min: 3, tooShort: messages.feedbackTextTooShort });
  errors.text('name', body['name'], { max: 200, tooLong: messages.nameTooLong });
  if (body['reply'] !== undefined && body['reply'] !== null) validateContact(body['reply'], 'reply', errors);
  if (typeof body['consentToPublish'] !== 'boolean') errors.add('consentToPublish', messages.consentToPublishRequired, 'required');
  return errors.list;
}

export function validateFeedbackUpdateInput(input: unknown): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  errors.oneOf('kind', body['kind'], FEEDBACK_UPDATE_KINDS, 'Select what kind of update this is');
  errors.text('text', body['text'], { required: 'Enter the update', max: 5000, tooLong: messages.tooLong('The update', 5000), min: 3, tooShort: 'The update must be 3 characters or more' });
  const links = body['links'];
  if (links !== undefined) {
    if (!Array.isArray(links) || links.length > 10) errors.add('links', 'Add up to 10 links', 'too_long');
    else
      links.forEach((link: unknown, i) => {
        const l = isObject(link) ? link : {};
        errors.text(`links.${i}.title`, l['title'], { required: 'Enter the link text', max: 200, tooLong: messages.tooLong('The link text', 200) });
        const url = l['url'];
        if (typeof url !== 'string' || url.trim() === '') errors.add(`links.${i}.url`, 'Enter the web address', 'required');
        else if (!LINK_URL.test(url) || url.length > 2000) errors.add(`links.${i}.url`, 'Enter a web address starting with https://', 'format');
      });
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
  if (body['published'] !== undefined && typeof body['published'] !== 'boolean') errors.add('published', 'Select whether to publish', 'type');
  const topic = body['topic'];
  if (topic !== undefined && (typeof topic !== 'string' || (knownTopics && !knownTopics.includes(topic)))) errors.add('topic', 'Select a topic from the list', 'enum');
  return errors.list;
}

export function validateSupporterKey(key: unknown): FieldError[] {
  return typeof key === 'string' && SUPPORTER_KEY.test(key) ? [] : [{ field: 'supporterKey', message: 'The supporter key must be 16 to 64 letters, digits, dashes or underscores', code: 'format' }];
}

/** Checks an opportunity brief; `taxonomy` ids, when given, must name known terms. */
export function validateOpportunityInput(input: unknown, taxonomy?: { topics?: readonly string[] | undefined; areas?: readonly string[] | undefined; organisations?: readonly string[] | undefined }): FieldError[] {
  const errors = new Errors();
  const body = isObject(input) ? input : {};
  errors.text('title', body['title'], { required: 'Enter a title', max: 200, tooLong: messages.tooLong('The title', 200), min: 3, tooShort: 'The title must be 3 characters or more' });
  errors.text('summary', body['summary'], { required: 'Enter a one-line summary', max: 300, tooLong: messages.tooLong('The summary', 300), min: 10, tooShort: 'The summary must be 10 characters or more' });
  errors.text('description', body['description'], { required: 'Enter a description', max: 10000, tooLong: messages.tooLong('The description', 10000), min: 10, tooShort: 'The description must be 10 characters or more' });
  errors.text('easyReadSummary', body['easyReadSummary'], { max: 1000, tooLong: messages.tooLong('The easy read summary', 1000) });
  errors.text('experienceNeeded', body['experienceNeeded'], { required: 'Enter the experience or skills needed', max: 3000, tooLong: messages.tooLong('The experience needed', 3000) });
  const time = isObject(body['timeCommitment']) ? body['timeCommitment'] : {};
  errors.text('timeCommitment.summary', time['summary'], { required: 'Enter the time commitment', max: 300, tooLong: messages.tooLong('The time commitment', 300) });
  const when = isObject(body['when']) ? body['when'] : {};
  errors.text('when.summary', when['summary'], { required: 'Enter when it happens', max: 500, tooLong: messages.tooLong('When it happens', 500) });
  const where = isObject(body['where']) ? body['where'] : {};
  const modes = where['modes'];
  if (!Array.isArray(modes) || modes.length === 0) errors.add('where.modes', 'Select at least one way to take part', 'required');
  else errors.arrayOf('where.modes', modes, PARTICIPATION_MODES, 'Select ways to take part from the list');
  const areaId = where['areaId'];
  if (areaId !== undefined && taxonomy?.areas && (typeof areaId !== 'string' || !taxonomy.areas.includes(areaId))) errors.add('where.areaId', 'Select an area from the list', 'enum');
  errors.text('howToGetInvolved', body['howToGetInvolved'], { required: 'Enter how to get involved', max: 3000, tooLong: messages.tooLong('How to get involved', 3000) });
  const closing = body['closingDate'];
  if (closing !== undefined && closing !== null && (typeof closing !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(closing) || Number.isNaN(Date.parse(closing)))) {
    errors.add('closingDate', 'The closing date must be a real date', 'format');
  }
  const topics = body['topics'];
  if (!Array.isArray(topics) || topics.length === 0) errors.add('topics', 'Select at least one topic', 'required');
  else errors.arrayOf('topics', topics, taxonomy?.topics, 'Select up to 10 topics from the list', 10);
  const org = body['organisationId'];
  if (typeof org !== 'string' || org === '') errors.add('organisationId', 'Select the organisation', 'required');
  else if (taxonomy?.organisations && !taxonomy.organisations.includes(org)) errors.add('organisationId', 'Select an organisation from the list', 'enum');
  if (!Array.isArray(body['accessibility'])) errors.add('accessibility', 'Select the accessible ways to take part', 'required');
  const payment = body['payment'];
  if (!isObject(payment)) errors.add('payment.type', 'Select whether it is paid', 'required');
  else {
    errors.oneOf('payment.type', payment['type'], ['paid', 'voucher', 'unpaid'], 'Select whether it is paid');
    if (!Array.isArray(payment['expensesCovered'])) errors.add('payment.expensesCovered', 'Select the expenses covered', 'required');
  }
  const places = body['places'];
  if (places !== undefined && places !== null && (!Number.isInteger(places) || (places as number) < 1 || (places as number) > 10000)) {
    errors.add('places', 'Places must be a whole number from 1 to 10,000', 'format');
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
