/**
 * Every field rule of the contract, written once as data: the limits, patterns, required
 * fields and vocabularies of each request body. The client validation, every form's
 * validator and the server read them from here, and `test/node/contract-rules.test.ts`
 * checks them against `api/openapi.yaml` both ways, so the two cannot drift.
 *
 * Self-contained on purpose (nothing browser- or Node-specific; it imports only its own
 * parts): the server imports it as it is, and it can move into a shared package unchanged.
 * The terms (codes, vocabularies, patterns) are in rules-vocabularies.ts, the checking in
 * rules-check.ts, the query parameters' rules in rules-queries.ts, the rules of the calls a
 * public page makes in rules-public.ts (so public bundles carry no others); this file re-exports them.
 *
 * Paths are dotted, as field errors name them (`contact.detail`); `*` stands for each item
 * of a list (`links.*.url`). `required` means required within its parent object.
 */
import { EQUALITY_QUESTIONS, ACCESS, CHANGE_REASONS, CLAIM_ACTIONS, EXPENSES, EXPENSE_TYPES, FEEDBACK_STATUSES, FEEDBACK_UPDATE_KINDS, FELT_ANSWERS, AGREEMENTS, INGREDIENTS, INTEREST_STATUSES, INVITATION_ANSWERS, LADDER_RUNGS, LOCALES, OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, PARTICIPATION_MODES, PAYMENT_CHOICES, PAYMENT_TYPES, PAYMENT_UNITS, READING_LEVELS, SIGN_IN_CHANNELS, type FieldRule, type Rules } from './rules-vocabularies.js';

export * from './rules-vocabularies.js';
export { contactRules, feedbackRules, interestRules, invitationWishRules, messagePreferenceRules, profileRules, supporterRules } from './rules-public.js';
export * from './rules-check.js';
export * from './rules-queries.js';
import { contactRules, feedbackRules, id, interestRules, messagePreferenceRules, nest, profileRules, required, supporterRules } from './rules-public.js';
import type { FieldProblem } from './rules-check.js';

export const interestUpdateRules: Rules = {
  status: { oneOf: INTEREST_STATUSES },
  note: { maxLength: 3000 },
};

export const feedbackUpdateRules: Rules = {
  kind: { required, oneOf: FEEDBACK_UPDATE_KINDS },
  text: { required, minLength: 3, maxLength: 5000 },
  links: { maxItems: 10 },
  'links.*.title': { required, minLength: 1, maxLength: 200 },
  'links.*.url': { required, maxLength: 2000, pattern: 'web', format: 'uri' },
  language: { oneOf: LOCALES },
  'translations.cy.text': { required, minLength: 3, maxLength: 5000 },
};

/**
 * What a staff update's lengths in the contract cannot say, said alike by the server and the in-memory adapter:
 * its text and its Welsh version count without their outer spaces (a Welsh version of spaces would show a Welsh
 * reader an empty reply), and a Welsh version sits only beside an update written in English. Checked after the item
 * is found and is not merged (a 404 or 409 comes first), so both answer a request the same way.
 */
/** The API's English for them (the server's 422 and the in-memory adapter's); widgets word them from the code. */
export const UPDATE_PROBLEM_WORDS: Record<string, string> = {
  required: 'Enter some words, not only spaces',
  'too-short': 'Enter at least 3 characters, not counting spaces at either end',
  'not-allowed': 'An update written in Welsh has no other Welsh version: leave it out, or give the English as the update',
};
export function updateProblems(update: { text?: unknown; language?: unknown; translations?: { cy?: { text?: unknown } } }): FieldProblem[] {
  const texts: [string, unknown][] = [['text', update.text], ['translations.cy.text', update.translations?.cy?.text]];
  const problems: FieldProblem[] = texts.flatMap(([field, value]): FieldProblem[] => {
    if (typeof value !== 'string') return [];
    const length = value.trim().length;
    return length === 0 ? [{ field, code: 'required' }] : length < (feedbackUpdateRules[field]!.minLength ?? 1) ? [{ field, code: 'too-short' }] : [];
  });
  if (!problems.length && update.language === 'cy' && update.translations?.cy) problems.push({ field: 'translations.cy.text', code: 'not-allowed' });
  return problems;
}

export const feedbackChangeRules: Rules = {
  status: { oneOf: FEEDBACK_STATUSES },
  published: {},
  topic: id,
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
  kind: { oneOf: OPPORTUNITY_KINDS },
  ...nest('translations.cy', translationRules),
};

export const signInRules: Rules = {
  channel: { required, oneOf: SIGN_IN_CHANNELS },
  address: { required, minLength: 3, maxLength: 254 },
  locale: { oneOf: LOCALES },
  readingLevel: { oneOf: READING_LEVELS },
  item: id,
  attendance: id,
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

const reading = { required, minLength: 1, maxLength: 200 };
const readings = (path: string): Rules => ({ [`${path}.en`]: reading, [`${path}.cy`]: reading, [`${path}.easyRead`]: reading, [`${path}.easyReadCy`]: { minLength: 1, maxLength: 200 } });
/** A question of the council's own (issue 17), in English, Welsh and easy read, with 2 to 10 answers. */
export const councilQuestionRules: Rules = {
  text: { required },
  ...readings('text'),
  answers: { required, minItems: 2, maxItems: 10 },
  'answers.*.text': { required },
  ...readings('answers.*.text'),
};

/** A person's one-click answer to an invitation. */
export const invitationAnswerRules: Rules = {
  token: { required, minLength: 1, maxLength: 300 },
  answer: { required, oneOf: INVITATION_ANSWERS },
};

/** The person's answer to an invitation from their own page (issue 15). */
export const myInvitationAnswerRules: Rules = {
  answer: { required, oneOf: INVITATION_ANSWERS },
};

const evaluationToken: FieldRule = { required, minLength: 16, maxLength: 100, pattern: 'id' };

/** Opening an invitation to say how an activity went (issue 17). */
export const evaluationTokenRules: Rules = { token: evaluationToken };

/** How an activity went: any ingredient may be left out. */
const evaluationAnswerRules: Rules = {
  ratings: { required },
  ...Object.fromEntries(INGREDIENTS.map((ingredient) => [`ratings.${ingredient}`, { oneOf: AGREEMENTS }])),
  felt: { oneOf: FELT_ANSWERS },
  change: { maxLength: 1000 },
};
export const evaluationRules: Rules = { token: evaluationToken, ...evaluationAnswerRules };

/** The first question asked: where "answer at least one" is said (nothingAnswered). */
export const FIRST_EVALUATION_QUESTION = `ratings.${INGREDIENTS[0]}`;

/**
 * Answers with nothing in them (no ingredient rated, no rung chosen, no change written) say nothing,
 * and must not count among "N people answered": refused, by the server and the in-memory adapter
 * alike, as `required` on the first question. Each question alone may still be left out.
 */
export function nothingAnswered(answers: { ratings?: Partial<Record<string, unknown>>; felt?: unknown; change?: unknown }): FieldProblem[] {
  const rated = Object.values(answers.ratings ?? {}).some((value) => value !== undefined && value !== null);
  const said = rated || !!answers.felt || (typeof answers.change === 'string' && answers.change.trim() !== '');
  return said ? [] : [{ field: FIRST_EVALUATION_QUESTION, code: 'required' }];
}

/** How answers entered by staff were given (issue 17): on a paper form or over the phone. */
export const GIVEN_BY = ['paper', 'phone'] as const;
/** The same answers from a paper form or a call, entered by staff: the activity and how they came instead of a token. */
export const evaluationByHandRules: Rules = { opportunityId: { required, ...id }, how: { required, oneOf: GIVEN_BY }, ...evaluationAnswerRules };

/** The optional equality questions (issue 17): any may be left out. */
export const equalityRules: Rules = Object.fromEntries(Object.entries(EQUALITY_QUESTIONS).map(([question, answers]) => [question, { oneOf: answers }]));

/** "I came but I am not on the list" (issue 16): the person's report, and staff's decision on it. */
export const MISSING_SESSION_ACTIONS = ['record', 'decline'] as const;

export const missingSessionRules: Rules = {
  interestId: { required, ...id },
  sessionStart: { required, format: 'date-time' },
  activityMinutes: { required, minimum: 1, maximum: 1440 },
  prepMinutes: minutes,
  text: { required, minLength: 1, maxLength: 2000 },
};

export const missingSessionDecisionRules: Rules = {
  action: { required, oneOf: MISSING_SESSION_ACTIONS },
  activityMinutes: minutes,
  prepMinutes: minutes,
  role: { maxLength: 200 },
  reason: { minLength: 1, maxLength: 2000 },
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
  enterEvaluationByHand: evaluationByHandRules,
  reportMissingSession: missingSessionRules,
  resolveMissingSession: missingSessionDecisionRules,
  saveMyEquality: equalityRules,
  // Each question's shares are a map (answer -> percent, 0 to 100): checked by referenceProblems (src/api/equality-reach.ts) on both sides.
  saveEqualityReference: { source: { maxLength: 300 } },
  addEqualityQuestion: councilQuestionRules,
  answerMyInvitation: myInvitationAnswerRules,
};

