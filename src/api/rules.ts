/**
 * Every field rule of the contract, written once as data: the limits, patterns, required
 * fields and vocabularies of each request body. The client validation, every form's
 * validator and the server read them from here, and `test/node/contract-rules.test.ts`
 * checks them against `api/openapi.yaml` both ways, so the two cannot drift.
 *
 * Self-contained on purpose (no imports, nothing browser- or Node-specific): the server
 * imports this file as it is, and it can move into a shared package unchanged.
 *
 * Paths are dotted, as field errors name them (`contact.detail`); `*` stands for each item
 * of a list (`links.*.url`). `required` means required within its parent object.
 */

/** What went wrong with a field: the server's field errors carry one, and a widget words it in the reader's language. */
export const FIELD_CODES = [
  'required',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'too-small',
  'too-big',
  'duplicate',
  'invalid-email',
  'invalid-phone',
  'invalid-date',
  'invalid-url',
  'invalid-picture',
  'invalid-format',
  'not-in-list',
  'wrong-type',
  'unknown-field',
  'not-allowed',
  'not-found',
  'no-places-left',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

// Vocabularies.
export const CONTACT_METHODS = ['email', 'phone', 'text', 'post', 'supporter'] as const;
export const PARTICIPATION_MODES = ['online', 'in_person', 'phone'] as const;
export const OPPORTUNITY_STATUSES = ['draft', 'open', 'closed', 'filled', 'cancelled'] as const;
export const INTEREST_STATUSES = ['new', 'contacted', 'joined', 'not_this_time'] as const;
export const FEEDBACK_STATUSES = ['received', 'considering', 'changed', 'not_changed'] as const;
export const FEEDBACK_UPDATE_KINDS = ['heard', 'doing', 'changed', 'not_changed'] as const;
/**
 * The one access vocabulary: what an opportunity offers (`accessibility`), what a profile needs
 * (`howToHelp.needs`) and what an interest asks for (`needs`) share these ids.
 */
export const ACCESS = ['easy_read', 'bsl', 'step_free', 'hearing_loop', 'large_print', 'captions', 'quiet_space', 'carer_or_supporter', 'transport', 'interpreter', 'breaks', 'extra_time', 'papers_in_advance'] as const;
export type AccessId = (typeof ACCESS)[number];

/** The needs a person stated that an opportunity already offers, in the vocabulary's order. */
export function accessMet(needs: readonly string[], offered: readonly string[]): AccessId[] {
  return ACCESS.filter((id) => needs.includes(id) && offered.includes(id));
}

/** The needs a person stated that an opportunity does not offer yet: what the council must arrange. */
export function accessToArrange(needs: readonly string[], offered: readonly string[]): AccessId[] {
  return ACCESS.filter((id) => needs.includes(id) && !offered.includes(id));
}
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const PAYMENT_TYPES = ['paid', 'voucher', 'unpaid'] as const;
export const PAYMENT_UNITS = ['hour', 'session', 'day', 'meeting'] as const;
export const EXPENSES = ['travel', 'prep_time', 'care', 'childcare', 'equipment', 'data', 'meals'] as const;
export const SIGN_IN_CHANNELS = ['email', 'text'] as const;
export const LOCALES = ['en-GB', 'cy'] as const;
export const READING_LEVELS = ['standard', 'easy-read'] as const;
export const MESSAGE_CHANNELS = ['email', 'text', 'none'] as const;
export const MESSAGE_FREQUENCIES = ['each_time', 'weekly'] as const;
export const INVITATION_WISHES = ['all', 'some', 'none'] as const;
/** Why staff changed, deleted or erased what a person gave (the contract's ChangeReasonCode). */
export const CHANGE_REASONS = ['person-asked', 'records', 'duplicate'] as const;
export const INVITATION_ANSWERS = ['interested', 'not_this_time'] as const;
/** TLAP's Ladder of Co-production, from the bottom rung. */
export const LADDER_RUNGS = ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co_design', 'co_production'] as const;
export const EXPENSE_TYPES = ['mileage', 'ticket', 'taxi', 'care', 'childcare', 'data', 'overnight'] as const;
export const PAYMENT_CHOICES = ['bank_transfer', 'vouchers', 'declined'] as const;
export const CLAIM_STATUSES = ['submitted', 'queried', 'approved', 'refused', 'paid'] as const;
export const CLAIM_ACTIONS = ['approve', 'query', 'refuse', 'pay'] as const;
/** A receipt's largest size: 10 MB. */
export const RECEIPT_MAX_BYTES = 10 * 1024 * 1024;
/** The recipe's ten ingredients of co-production, in the recipe's order. */
export const INGREDIENTS = ['centre', 'power', 'clarity', 'relationships', 'voice', 'diversity', 'valued', 'accessible', 'leadership', 'outcomes'] as const;
/** The five-point answer to an ingredient, and "not for this activity". */
export const AGREEMENTS = ['strongly_disagree', 'disagree', 'neither', 'agree', 'strongly_agree', 'not_for_this'] as const;
/** Which rung it felt like, or not sure. */
export const FELT_ANSWERS = [...LADDER_RUNGS, 'not_sure'] as const;

/** Named patterns: the contract writes the same source, and a failure gets the pattern's code. */
export const PATTERNS = {
  /** Something@something.something, no spaces, at most 254 characters (RFC 5321). */
  email: { source: '^(?=.{3,254}$)[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', code: 'invalid-email' },
  /** 10 to 15 digits, written with spaces, brackets, dots, dashes or a leading +. */
  phone: { source: '^(?=(?:\\D*\\d){10,15}\\D*$)\\+?[\\d\\s().-]+$', code: 'invalid-phone' },
  id: { source: '^[A-Za-z0-9_-]+$', code: 'invalid-format' },
  picture: { source: '^data:image/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$', code: 'invalid-picture' },
  web: { source: '^https?://', code: 'invalid-url' },
  signInCode: { source: '^[0-9]{6}$', code: 'invalid-format' },
} as const satisfies Record<string, { source: string; code: FieldCode }>;
export type PatternName = keyof typeof PATTERNS;

/** One field's rule, in the contract's own terms. */
export interface FieldRule {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: PatternName;
  /** A pattern chosen by a sibling field's value: `contact.detail` follows `contact.method`. */
  patternBy?: { field: string; patterns: Readonly<Record<string, PatternName>> };
  format?: 'date' | 'date-time' | 'uri' | 'email';
  oneOf?: readonly string[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  /** A box that must be ticked (`const: true`). */
  mustBeTrue?: boolean;
}
export type Rules = Readonly<Record<string, FieldRule>>;

const id: FieldRule = { minLength: 1, maxLength: 64, pattern: 'id' };
const required = true;

/** Adds `prefix.` to every path of a table (a shared object such as a contact preference). */
function nest(prefix: string, rules: Rules, options: { required?: boolean } = {}): Rules {
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

export const interestUpdateRules: Rules = {
  status: { oneOf: INTEREST_STATUSES },
  note: { maxLength: 3000 },
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
};

export const feedbackUpdateRules: Rules = {
  kind: { required, oneOf: FEEDBACK_UPDATE_KINDS },
  text: { required, minLength: 3, maxLength: 5000 },
  links: { maxItems: 10 },
  'links.*.title': { required, minLength: 1, maxLength: 200 },
  'links.*.url': { required, maxLength: 2000, pattern: 'web', format: 'uri' },
};

export const feedbackChangeRules: Rules = {
  status: { oneOf: FEEDBACK_STATUSES },
  published: {},
  topic: id,
};

export const supporterRules: Rules = {
  supporterKey: { required, minLength: 16, maxLength: 64, pattern: 'id' },
  ...nest('reply', contactRules),
  ...nest('messages', messagePreferenceRules),
};

export const mergeRules: Rules = {
  intoId: { required, ...id },
};

/** Minutes in a day: hours of activity or preparation in one session. */
const minutes: FieldRule = { minimum: 0, maximum: 1440 };

/** The Welsh text of a brief: any field left out falls back to English. */
const translationRules: Rules = {
  title: { maxLength: 200 },
  summary: { maxLength: 300 },
  description: { maxLength: 10000 },
  experienceNeeded: { maxLength: 3000 },
  timeCommitment: { maxLength: 300 },
  when: { maxLength: 500 },
  howToGetInvolved: { maxLength: 3000 },
  easyReadSummary: { maxLength: 1000 },
  prepTime: { maxLength: 300 },
  paymentNotes: { maxLength: 500 },
  supportOffered: { maxLength: 3000 },
};

export const opportunityRules: Rules = {
  title: { required, minLength: 3, maxLength: 200 },
  summary: { required, minLength: 10, maxLength: 300 },
  description: { required, minLength: 10, maxLength: 10000 },
  easyReadSummary: { maxLength: 1000 },
  experienceNeeded: { required, minLength: 1, maxLength: 3000 },
  skills: { maxItems: 20 },
  'skills.*': { minLength: 1, maxLength: 80 },
  timeCommitment: { required },
  'timeCommitment.summary': { required, minLength: 1, maxLength: 300 },
  'timeCommitment.prepTime': { maxLength: 300 },
  when: { required },
  'when.summary': { required, minLength: 1, maxLength: 500 },
  'when.sessions': { maxItems: 50 },
  'when.sessions.*.start': { required, format: 'date-time' },
  'when.sessions.*.end': { format: 'date-time' },
  'when.sessions.*.label': { maxLength: 200 },
  'when.sessions.*.venue': { maxLength: 200 },
  'when.sessions.*.onlineLink': { maxLength: 500 },
  where: { required },
  'where.modes': { required, minItems: 1, uniqueItems: true },
  'where.modes.*': { oneOf: PARTICIPATION_MODES },
  'where.venue.name': { required, minLength: 1, maxLength: 200 },
  'where.venue.address': { maxLength: 500 },
  'where.venue.postcode': { maxLength: 10 },
  'where.venue.stepFree': {},
  'where.areaId': id,
  'where.onlineDetails': { maxLength: 500 },
  howToGetInvolved: { required, minLength: 1, maxLength: 3000 },
  closingDate: { format: 'date' },
  topics: { required, minItems: 1, maxItems: 10, uniqueItems: true },
  'topics.*': id,
  organisationId: { required, ...id },
  accessibility: { required, uniqueItems: true },
  'accessibility.*': { oneOf: ACCESS },
  supportOffered: { maxLength: 3000 },
  payment: { required },
  'payment.type': { required, oneOf: PAYMENT_TYPES },
  'payment.amountPence': { minimum: 0, maximum: 1_000_000 },
  'payment.unit': { oneOf: PAYMENT_UNITS },
  'payment.expensesCovered': { required, uniqueItems: true },
  'payment.expensesCovered.*': { oneOf: EXPENSES },
  'payment.notes': { maxLength: 500 },
  'payment.prep.paid': { required },
  'payment.prep.expectedMinutes': minutes,
  'payment.prep.ratePence': { minimum: 0, maximum: 1_000_000 },
  'payment.expenses.mileagePence': { minimum: 0, maximum: 1000 },
  'payment.expenses.dataPence': { minimum: 0, maximum: 10000 },
  'payment.payWithinWorkingDays': { minimum: 1, maximum: 60 },
  'payment.costCode': { maxLength: 40 },
  places: { minimum: 1, maximum: 10000 },
  'contact.name': { maxLength: 200 },
  'contact.email': { maxLength: 254, pattern: 'email' },
  'contact.phone': { maxLength: 40 },
  status: { required, oneOf: OPPORTUNITY_STATUSES },
  cancelledReason: { maxLength: 500 },
  promise: { oneOf: LADDER_RUNGS },
  ...nest('translations.cy', translationRules),
};

export const signInRules: Rules = {
  channel: { required, oneOf: SIGN_IN_CHANNELS },
  address: { required, minLength: 3, maxLength: 254 },
  locale: { oneOf: LOCALES },
  readingLevel: { oneOf: READING_LEVELS },
};

/** One of three proofs (a link's token; a code with its address; a profile number with its key), merged. */
export const signInProofRules: Rules = {
  link: { required, minLength: 1, maxLength: 200 },
  address: { required, minLength: 3, maxLength: 254 },
  code: { required, pattern: 'signInCode' },
  profileId: { required, ...id },
  key: { required, minLength: 1, maxLength: 200 },
};

/** A profile number, or an address the person gave (alternatives, merged). */
export const erasureRules: Rules = {
  profileId: { required, ...id },
  address: { required, minLength: 3, maxLength: 254 },
  reason: { oneOf: CHANGE_REASONS },
};

// Valued and paid (issue 16): attendance, claims, the person's benefits limit.

export const attendanceRules: Rules = {
  sessionStart: { required, format: 'date-time' },
  interestId: id,
  'person.name': { required, minLength: 1, maxLength: 200 },
  ...nest('person.contact', contactRules, { required }),
  role: { maxLength: 200 },
  activityMinutes: { required, ...minutes },
  prepMinutes: minutes,
  note: { maxLength: 1000 },
};

export const attendanceChangeRules: Rules = {
  role: { maxLength: 200 },
  activityMinutes: minutes,
  prepMinutes: minutes,
  note: { maxLength: 1000 },
  answer: { minLength: 1, maxLength: 2000 },
};

export const attendanceQueryRules: Rules = {
  text: { required, minLength: 1, maxLength: 2000 },
};

/** One expense line of a claim. */
export const expenseRules: Rules = {
  type: { required, oneOf: EXPENSE_TYPES },
  amountPence: { minimum: 1, maximum: 500_000 },
  miles: { minimum: 1, maximum: 2000 },
  note: { maxLength: 500 },
  receiptId: id,
};

export const claimRules: Rules = {
  opportunityId: { required, ...id },
  attendanceIds: { required, minItems: 1, maxItems: 50, uniqueItems: true },
  'attendanceIds.*': id,
  expenses: { maxItems: 30 },
  ...nest('expenses.*', expenseRules),
  paymentChoice: { required, oneOf: PAYMENT_CHOICES },
  note: { maxLength: 1000 },
};

export const claimDecisionRules: Rules = {
  action: { required, oneOf: CLAIM_ACTIONS },
  text: { minLength: 1, maxLength: 2000 },
  paidOn: { format: 'date' },
};

export const claimAnswerRules: Rules = {
  text: { required, minLength: 1, maxLength: 2000 },
  expenses: { maxItems: 30 },
  ...nest('expenses.*', expenseRules),
};

export const benefitsLimitRules: Rules = {
  weeklyPence: { minimum: 0, maximum: 10_000_000 },
  monthlyPence: { minimum: 0, maximum: 10_000_000 },
};

/** Staff invite chosen people to an opportunity. */
export const invitationRules: Rules = {
  profileIds: { required, minItems: 1, maxItems: 50, uniqueItems: true },
  'profileIds.*': id,
};

/** A person's one-click answer to an invitation. */
export const invitationAnswerRules: Rules = {
  token: { required, minLength: 1, maxLength: 300 },
  answer: { required, oneOf: INVITATION_ANSWERS },
};

const evaluationToken: FieldRule = { required, minLength: 16, maxLength: 100, pattern: 'id' };

/** Opening an invitation to say how an activity went (issue 17). */
export const evaluationTokenRules: Rules = { token: evaluationToken };

/** How an activity went: any ingredient may be left out. */
export const evaluationRules: Rules = {
  token: evaluationToken,
  ratings: { required },
  ...Object.fromEntries(INGREDIENTS.map((ingredient) => [`ratings.${ingredient}`, { oneOf: AGREEMENTS }])),
  felt: { oneOf: FELT_ANSWERS },
  change: { maxLength: 1000 },
};

/** The rules of each operation's request body, by the contract's operationId. Where a body is one of several shapes, their fields are merged. */
export const requestRules: Readonly<Record<string, Rules>> = {
  createOpportunity: opportunityRules,
  updateOpportunity: opportunityRules,
  createInterest: interestRules,
  updateInterest: interestUpdateRules,
  createProfile: profileRules,
  updateProfile: profileRules,
  createFeedback: feedbackRules,
  updateFeedback: feedbackChangeRules,
  supportFeedback: supporterRules,
  addFeedbackUpdate: feedbackUpdateRules,
  mergeFeedback: mergeRules,
  requestSignIn: signInRules,
  startMySession: signInProofRules,
  updateMyProfile: profileRules,
  erasePerson: erasureRules,
  updateMessagePreferences: messagePreferenceRules,
  recordAttendance: attendanceRules,
  updateAttendance: attendanceChangeRules,
  queryMyAttendance: attendanceQueryRules,
  createClaim: claimRules,
  decideClaim: claimDecisionRules,
  answerClaimQuery: claimAnswerRules,
  setMyBenefitsLimit: benefitsLimitRules,
  invitePeople: invitationRules,
  answerInvitation: invitationAnswerRules,
  openEvaluationInvitation: evaluationTokenRules,
  sendEvaluation: evaluationRules,
};

/** Tests a value against a named pattern. */
export function matches(pattern: PatternName, value: string): boolean {
  return new RegExp(PATTERNS[pattern].source, 'u').test(value);
}

export function isEmailAddress(value: string): boolean {
  return matches('email', value.trim());
}

export function isPhoneNumber(value: string): boolean {
  return matches('phone', value.trim());
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * What is wrong with one value under its rule, or nothing. Text is measured as typed, after
 * trimming (the widgets trim before sending). `siblings` is the object holding the value,
 * for rules that depend on another field (`patternBy`).
 */
export function check(rule: FieldRule, value: unknown, siblings: Readonly<Record<string, unknown>> = {}): FieldCode | undefined {
  if (rule.mustBeTrue) return value === true ? undefined : 'required';
  if (blank(value) || (Array.isArray(value) && value.length === 0 && rule.minItems)) return rule.required ? 'required' : undefined;
  if (Array.isArray(value)) {
    if (rule.minItems !== undefined && value.length < rule.minItems) return 'too-few';
    if (rule.maxItems !== undefined && value.length > rule.maxItems) return 'too-many';
    if (rule.uniqueItems && new Set(value).size !== value.length) return 'duplicate';
    return undefined;
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'wrong-type';
    if (rule.minimum !== undefined && value < rule.minimum) return 'too-small';
    if (rule.maximum !== undefined && value > rule.maximum) return 'too-big';
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (rule.oneOf && !rule.oneOf.includes(text)) return 'not-in-list';
  if (rule.maxLength !== undefined && text.length > rule.maxLength) return 'too-long';
  if (rule.minLength !== undefined && text.length < rule.minLength) return 'too-short';
  const pattern = rule.pattern ?? (rule.patternBy ? rule.patternBy.patterns[String(siblings[rule.patternBy.field])] : undefined);
  if (pattern && !matches(pattern, text)) return PATTERNS[pattern].code;
  if (rule.format === 'date' && (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text)))) return 'invalid-date';
  return undefined;
}

/** The rule for a concrete path: `links.2.url` finds `links.*.url`. */
export function ruleFor(rules: Rules, path: string): FieldRule | undefined {
  return rules[path] ?? rules[path.replace(/\.\d+(?=\.|$)/g, '.*')];
}

export function isFieldCode(code: unknown): code is FieldCode {
  return typeof code === 'string' && (FIELD_CODES as readonly string[]).includes(code);
}

/** The number a message about `code` needs: the limit the rule sets (`too-long` -> `maxLength`). */
export function limitFor(rule: FieldRule | undefined, code: FieldCode): number | undefined {
  if (!rule) return undefined;
  switch (code) {
    case 'too-long':
      return rule.maxLength;
    case 'too-short':
      return rule.minLength;
    case 'too-many':
      return rule.maxItems;
    case 'too-few':
      return rule.minItems;
    case 'too-small':
      return rule.minimum;
    case 'too-big':
      return rule.maximum;
    default:
      return undefined;
  }
}

export interface FieldProblem {
  /** The field's dotted path (`contact.detail`, `links.0.url`). */
  field: string;
  code: FieldCode;
  /** The rule's limit, when the code is about one. */
  limit?: number;
}

/**
 * Checks a request body against a rules table: one problem per failing field, in the
 * table's order. A field inside an object that is not there is not checked (its rules are
 * "required within its parent"); a path with `*` is checked for each item of the list.
 */
export function checkBody(rules: Rules, body: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const visit = (segments: string[], node: unknown, path: string[], rule: FieldRule): void => {
    const [head, ...rest] = segments;
    if (head === undefined) return;
    if (!node || typeof node !== 'object') return;
    if (head === '*') {
      if (Array.isArray(node)) node.forEach((_, index) => visit([String(index), ...rest], node, path, rule));
      return;
    }
    const parent = node as Record<string, unknown>;
    if (rest.length === 0) {
      const code = check(rule, parent[head], parent);
      const limit = code && limitFor(rule, code);
      if (code) problems.push({ field: [...path, head].join('.'), code, ...(limit !== undefined ? { limit } : {}) });
      return;
    }
    visit(rest, parent[head], [...path, head], rule);
  };
  for (const [path, rule] of Object.entries(rules)) visit(path.split('.'), body, [], rule);
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.field) && seen.add(p.field));
}

/**
 * The feedback references a search names ("FB-8M2D", "fb 8m2d", "FB8M2D"), in their stored
 * form. The board (`GET /feedback?q=`) finds an item by the reference its giver was sent,
 * instead of by the words of what was said; the server and the in-memory adapter share this.
 */
export function feedbackReferencesIn(q: string | undefined): string[] {
  const found = [...(q ?? '').matchAll(/(?<![\p{L}\p{N}])FB[-\s]?([A-Z0-9]{4})(?![\p{L}\p{N}])/giu)].map((match) => `FB-${match[1]!.toUpperCase()}`);
  return [...new Set(found)];
}
