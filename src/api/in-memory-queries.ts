/**
 * The in-memory adapter checks every query against the contract's query rules
 * (`queryRules` in rules-queries.ts) before the call runs, and refuses a bad one with the
 * server's own 400 problem: a widget that asks for something the server would refuse fails
 * in Storybook and the browser tests too. `server/test/conformance.test.ts` compares the two.
 */
import { ApiError } from './errors.js';
import { checkQuery, QUERY_PROBLEM, queryRules, type FieldProblem } from './rules.js';
import type { FieldError } from './types.js';

interface QueryCall {
  /** The call's arguments -> the query it sends, by the contract's parameter names. */
  query: (args: readonly unknown[]) => unknown;
  /** The server refuses anyone but staff (401) before it reads the query. */
  staff?: true;
  /** The operation whose query rules apply, when the call is not named after it. */
  rules?: string;
}

const periodIn = (args: readonly unknown[]) => ({ from: (args[0] as { from?: unknown }).from, to: (args[0] as { to?: unknown }).to });

const reasonIn = (options: unknown) => ({ reason: (options as { reason?: unknown } | undefined)?.reason });
const first = (args: readonly unknown[]) => args[0];

/** Each adapter call that sends a query, by its operationId (the calls are named after them). */
const QUERY_CALLS: Readonly<Record<string, QueryCall>> = {
  listOpportunities: { query: first },
  listProfiles: { query: first, staff: true },
  updateProfile: { query: (args) => reasonIn(args[2]) },
  deleteProfile: { query: (args) => reasonIn(args[1]) },
  listFeedback: { query: first },
  listMessages: { query: first, staff: true },
  listMessagesByHand: { query: first, staff: true },
  listClaims: { query: first, staff: true },
  listMissingSessions: { query: first, staff: true },
  exportClaims: { query: first, staff: true },
  listPeople: { query: first, staff: true },
  getPerson: { query: (args) => ({ reason: args[1] }), staff: true },
  listSuggestions: { query: (args) => args[1], staff: true },
  getMyRecord: { query: periodIn },
  getMyRecordCsv: { query: periodIn, rules: 'getMyRecord' },
  listMySuggestions: { query: (args) => { const o = args[0] as { limit?: unknown; filters?: object } | undefined; return { ...o?.filters, limit: o?.limit }; } },
  listAuditEvents: { query: first, staff: true },
  exportAuditEvents: { query: first, staff: true },
};

/** Operations with query rules whose query the adapter never takes from its caller, so there is nothing to check. */
export const QUERIES_SET_BY_THE_CLIENT: Readonly<Record<string, string>> = {};

/** The operations whose query the adapter checks. */
export const CHECKED_QUERY_CALLS: readonly string[] = Object.entries(QUERY_CALLS).map(([name, call]) => call.rules ?? name);

/** The server's message for each code, in the same plain English (the widgets word the code themselves). */
function message(problem: FieldProblem): string {
  const limit = problem.limit !== undefined ? ` (${problem.limit})` : '';
  return `Check ${problem.field}: ${problem.code}${limit}.`;
}

/** The 400 the server answers for a query it refuses. */
export function queryRefused(problems: readonly FieldProblem[]): ApiError {
  const errors: FieldError[] = problems.map((p) => ({ field: p.field, code: p.code, message: message(p) }));
  return new ApiError('validation', QUERY_PROBLEM.detail, { status: 400, problem: { ...QUERY_PROBLEM, errors } });
}

/**
 * Wraps each query-sending call of `api` (an in-memory adapter) so that a query the
 * contract refuses rejects as the server would. `staff()` says whether staff calls are
 * allowed: when not, a staff-only call answers its 401 first, as the server does.
 */
export function checkQueries(api: object, staff: () => boolean): void {
  const target = api as Record<string, unknown>;
  for (const [name, call] of Object.entries(QUERY_CALLS)) {
    const original = target[name];
    const rules = queryRules[call.rules ?? name];
    if (typeof original !== 'function' || !rules) continue;
    const checked = async (...args: unknown[]): Promise<unknown> => {
      const problems = call.staff && !staff() ? [] : checkQuery(rules, call.query(args) as Record<string, unknown> | undefined);
      if (problems.length) throw queryRefused(problems);
      return (original as (...a: unknown[]) => Promise<unknown>).apply(api, args);
    };
    Object.defineProperty(api, name, { value: checked, configurable: true, writable: true });
  }
}
