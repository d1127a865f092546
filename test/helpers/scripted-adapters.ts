/**
 * Adapters that answer in scripted ways, for named states (loading, error) in Storybook
 * and for tests of retries and error handling.
 */
import type { CallOptions, CoprodApi } from '../../src/api/api.js';
import { ApiError, type ApiErrorKind } from '../../src/api/errors.js';
import { PAY_CALLS } from '../../src/api/pay-calls.js';

/** Every method of `CoprodApi`; the type check below fails if one is missing. */
const METHODS = [
  'listOpportunities',
  'getOpportunity',
  'createOpportunity',
  'updateOpportunity',
  'createInterest',
  'listInterests',
  'updateInterest',
  'createProfile',
  'getProfile',
  'updateProfile',
  'deleteProfile',
  'listProfiles',
  'listFeedback',
  'getFeedback',
  'createFeedback',
  'supportFeedback',
  'updateFeedback',
  'addFeedbackUpdate',
  'mergeFeedback',
  'getTaxonomy',
  'requestSignIn',
  'startMySession',
  'endMySession',
  'getMyInvolvement',
  'updateMyProfile',
  'deleteMyProfile',
  'eraseMe',
  'erasePerson',
  'getMessagePreferences',
  'updateMessagePreferences',
  ...PAY_CALLS,
  'openEvaluationInvitation',
  'sendEvaluation',
  'enterEvaluationByHand',
  'inviteToEvaluate',
  'getActivityEvaluation',
  'getInvolvementResults',
  'listPeople',
  'getPerson',
  'listSuggestions',
  'listInvitations',
  'invitePeople',
  'answerInvitation',
  'listMySuggestions',
  'getStaffSummary',
  'listMessages',
  'markMessageDone',
  'listMessagesByHand',
  'listAuditEvents',
  'exportAuditEvents',
  'listMyProfileViews',
  'listMyMissingSessions',
  'reportMissingSession',
  'listMissingSessions',
  'resolveMissingSession',
  'getMyEquality',
  'saveMyEquality',
  'deleteMyEquality',
  'getEqualityReach',
  'getEqualityReference',
  'saveEqualityReference',
  'getEqualityQuestions',
  'addEqualityQuestion',
  'retireEqualityQuestion',
  'listMyInvitations',
  'answerMyInvitation',
] as const satisfies readonly (keyof CoprodApi)[];

export type ApiMethod = (typeof METHODS)[number];
type AllMethodsListed = Exclude<keyof CoprodApi, ApiMethod> extends never ? true : never;
const allMethodsListed: AllMethodsListed = true;
void allMethodsListed;

const STATUS_FOR_KIND: Record<ApiErrorKind, number> = {
  network: 0,
  timeout: 0,
  aborted: 0,
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  server: 503,
};

const MESSAGE_FOR_KIND: Record<ApiErrorKind, string> = {
  network: 'The request could not be sent.',
  timeout: 'No answer in time.',
  aborted: 'The request was cancelled.',
  validation: 'There is a problem',
  unauthorized: 'Sign in to do this',
  forbidden: 'You cannot do this',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'rate-limited': 'Too many requests',
  server: 'Something went wrong on the server',
};

/** The error a scripted adapter rejects with, shaped as the HTTP client would make it. */
export function scriptedError(kind: ApiErrorKind): ApiError {
  const status = STATUS_FOR_KIND[kind];
  const title = MESSAGE_FOR_KIND[kind];
  return new ApiError(kind, title, {
    status,
    ...(status ? { problem: { type: `https://coprod.example/problems/${kind}`, title, status } } : {}),
    ...(kind === 'rate-limited' ? { retryAfter: 60 } : {}),
  });
}

/** The options argument of a call: the last argument when it is an object with call options. */
type AnyCallOptions = CallOptions & { idempotencyKey?: string; profileToken?: string; meToken?: string };

function callOptionsOf(args: readonly unknown[]): AnyCallOptions | undefined {
  const last = args[args.length - 1];
  const isOptions = !!last && typeof last === 'object' && ('signal' in last || 'idempotencyKey' in last || 'profileToken' in last || 'meToken' in last);
  return isOptions ? (last as AnyCallOptions) : undefined;
}

function buildApi(impl: (method: ApiMethod, args: unknown[]) => Promise<unknown>): CoprodApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of METHODS) api[method] = (...args) => impl(method, args);
  return api as unknown as CoprodApi;
}

/** Every call stays pending (the loading state) until the caller aborts it. */
export function neverSettlingApi(): CoprodApi {
  return buildApi(
    (_method, args) =>
      new Promise((_resolve, reject) => {
        const signal = callOptionsOf(args)?.signal;
        if (signal?.aborted) return reject(scriptedError('aborted'));
        signal?.addEventListener('abort', () => reject(scriptedError('aborted')), { once: true });
      }),
  );
}

/** Every call rejects with an `ApiError` of this kind. */
export function failingApi(kind: ApiErrorKind = 'network'): CoprodApi {
  return buildApi(async () => {
    throw scriptedError(kind);
  });
}

export interface RecordedCall {
  method: ApiMethod;
  args: unknown[];
  /** The idempotency key the call carried, if any. */
  idempotencyKey: string | undefined;
  /** Whether this call was made to fail. */
  failed: boolean;
}

export interface FlakyOptions {
  /** How many calls (of `methods`) fail before calls go through. */
  failures: number;
  kind?: ApiErrorKind;
  /** Only these methods fail; default all. */
  methods?: readonly string[];
}

export type FlakyApi = CoprodApi & { readonly calls: RecordedCall[] };

/**
 * The first `failures` calls of the named methods reject with an `ApiError` of `kind`; the
 * rest go to `inner`. Every call is recorded on `.calls`, with its idempotency key, so a
 * test can check that a retry reused the key.
 */
export function flakyApi(inner: CoprodApi, { failures, kind = 'network', methods }: FlakyOptions): FlakyApi {
  const calls: RecordedCall[] = [];
  let failed = 0;
  const api = buildApi(async (method, args) => {
    const fails = failed < failures && (!methods || methods.includes(method));
    calls.push({ method, args, idempotencyKey: callOptionsOf(args)?.idempotencyKey, failed: fails });
    if (fails) {
      failed += 1;
      throw scriptedError(kind);
    }
    const call = inner[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
    if (!call) throw scriptedError('not-found');
    return call.apply(inner, args);
  });
  return Object.assign(api, { calls });
}
