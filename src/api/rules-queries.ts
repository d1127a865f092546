/**
 * The rules of each operation's query parameters, by the contract's operationId, written as
 * data like the request bodies' (the server checks queries against `api/openapi.yaml`, and
 * `test/node/contract-rules.test.ts` checks these rules against the same document both ways).
 * The in-memory adapter checks every query against them and answers the server's problem, so
 * a query the server refuses (five statuses where it takes four, say) fails in a browser test
 * too, not only end to end.
 */
import { checkBody, type FieldProblem } from './rules-check.js';
import {
  ACCESS,
  CHANGE_REASONS,
  CLAIM_STATUSES,
  FEEDBACK_INCLUDES,
  FEEDBACK_SORTS,
  FEEDBACK_STATUSES,
  LOCALES,
  OPPORTUNITY_SORTS,
  OPPORTUNITY_STATUSES,
  PARTICIPATION_MODES,
  READ_REASONS,
  RECORD_FORMATS,
  TIMES_OF_DAY,
  WEEKDAYS,
  type FieldRule,
  type Rules,
} from './rules-vocabularies.js';

const required = true;
const id: FieldRule = { minLength: 1, maxLength: 64, pattern: 'id' };
const search: FieldRule = { maxLength: 200 };
const cursor: FieldRule = { maxLength: 200 };
const limit: FieldRule = { minimum: 1, maximum: 100 };
const day: FieldRule = { format: 'date' };
const weight: FieldRule = { minimum: 0, maximum: 5, decimal: true };
const changeReason: Rules = { reason: { oneOf: CHANGE_REASONS } };
const readReason: Rules = { reason: { required, oneOf: READ_REASONS } };
const claimStatus: Rules = { status: { maxItems: 5 }, 'status.*': { oneOf: CLAIM_STATUSES } };
/** What narrows an opportunity search: `GET /opportunities` and "Only what may suit me" alike. */
const opportunityFilters: Rules = { q: search, topic: { maxItems: 20 }, 'topic.*': id, format: { maxItems: 3 }, 'format.*': { oneOf: PARTICIPATION_MODES }, area: id, organisation: id, paid: {} };
const auditFilters: Rules = { actor: { minLength: 1, maxLength: 200 }, action: { pattern: 'auditAction' }, subjectId: id, from: day, to: day };

/** Each operation's query parameters (a list parameter's items under `name.*`). */
export const queryRules: Readonly<Record<string, Rules>> = {
  listOpportunities: {
    ...opportunityFilters,
    status: { maxItems: 5 },
    'status.*': { oneOf: OPPORTUNITY_STATUSES },
    sort: { oneOf: OPPORTUNITY_SORTS },
    cursor,
    limit,
  },
  listProfiles: { topic: id, skill: { maxLength: 80 }, cursor, limit },
  updateProfile: changeReason,
  deleteProfile: changeReason,
  listFeedback: {
    q: search,
    topic: id,
    status: { maxItems: 4 },
    'status.*': { oneOf: FEEDBACK_STATUSES },
    include: { oneOf: FEEDBACK_INCLUDES },
    sort: { oneOf: FEEDBACK_SORTS },
    cursor,
    limit,
  },
  listMessages: { feedbackId: id, interestId: id, opportunityId: id, profileId: id, reason: { oneOf: READ_REASONS } },
  listMessagesByHand: { ...readReason, cursor, limit },
  listClaims: { ...claimStatus, opportunityId: id },
  exportClaims: { ...claimStatus, from: day, to: day },
  getMyRecord: { format: { oneOf: RECORD_FORMATS }, from: day, to: day },
  listPeople: {
    ...readReason,
    q: search,
    topic: id,
    skill: { maxLength: 80 },
    day: { oneOf: WEEKDAYS },
    time: { oneOf: TIMES_OF_DAY },
    mode: { oneOf: PARTICIPATION_MODES },
    language: { oneOf: LOCALES },
    support: { oneOf: ACCESS },
    training: {},
    cursor,
    limit,
  },
  getPerson: readReason,
  listSuggestions: { weightTopic: weight, weightSkill: weight, weightAvailability: weight, weightMode: weight, weightNewVoice: weight, limit },
  listMySuggestions: { ...opportunityFilters, limit },
  listAuditEvents: { ...auditFilters, before: { pattern: 'auditBefore' }, limit: { minimum: 1, maximum: 500 } },
  exportAuditEvents: auditFilters,
  listMissingSessions: { status: { maxItems: 3 }, 'status.*': { oneOf: ['open', 'recorded', 'declined'] } },
};

/**
 * What the server answers for a query it refuses (before any handler runs): a 400 problem
 * with one field error per bad parameter. The server words its detail from here too.
 */
export const QUERY_PROBLEM = {
  type: 'https://coprod.example/problems/bad-request',
  title: 'The request could not be read',
  status: 400,
  detail: 'Some search options are not ones we understand.',
} as const;

/**
 * Checks a query object (as a client sends it: a list, or one value where the contract takes
 * a list) against an operation's rules: one problem per bad parameter, named by the
 * parameter as the server names it (`status`, not `status.5`).
 */
export function checkQuery(rules: Rules, query: Readonly<Record<string, unknown>> | undefined): FieldProblem[] {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    values[name] = rules[`${name}.*`] && !Array.isArray(value) ? [value] : value;
  }
  const seen = new Set<string>();
  return checkBody(rules, values)
    .map((problem) => ({ ...problem, field: problem.field.split('.')[0]! }))
    .filter((problem) => !seen.has(problem.field) && seen.add(problem.field));
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
