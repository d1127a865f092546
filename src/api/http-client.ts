import { abortedError, sleep } from './abortable.js';
import type { AuditCalls, CallOptions, CoprodApi, MeCallOptions, MessageLogCalls, MyInvolvementCalls, PayCalls, PeopleCalls, ProfileCallOptions, StaffSummaryCalls, Upload, UpdateOptions, WriteOptions } from './api.js';
import { ApiError, kindForStatus } from './errors.js';
import { newIdempotencyKey } from './idempotency.js';
import { isFieldCode } from './rules.js';
import { noteVersion } from './versions.js';
import type {
  AuditEventPage,
  AuditExportQuery,
  AuditQuery,
  MyProfileViews,
  StaffSummary,
  Attendance,
  AttendanceChange,
  AttendanceInput,
  BenefitsLimit,
  Claim,
  ClaimAnswer,
  ClaimDecision,
  ClaimExportQuery,
  ClaimInput,
  ClaimQuery,
  ClaimQueue,
  ErasureRequest,
  ErasureSummary,
  EvaluationInput,
  EvaluationInvitation,
  EvaluationReceipt,
  EvaluationResults,
  EvaluationRound,
  FeedbackChange,
  FeedbackInput,
  FeedbackItem,
  FeedbackPage,
  FeedbackQuery,
  FeedbackReceipt,
  FeedbackUpdateInput,
  Id,
  InvolvementRecord,
  Interest,
  InterestInput,
  InterestReceipt,
  InterestUpdate,
  MessageLog,
  MessageLogQuery,
  MessagePreferences,
  ToldMessage,
  MessagePreferencesState,
  MyInvolvement,
  MyPay,
  MySession,
  Opportunity,
  OpportunityInput,
  OpportunityPage,
  OpportunityQuery,
  Problem,
  Profile,
  ProfileCreated,
  ProfileInput,
  ProfileQuery,
  Receipt,
  SignInProof,
  SignInRequest,
  SignInRequested,
  SupportResult,
  Taxonomy,
  InvitationAnswer,
  InvitationAnswered,
  InvitationList,
  InvitationRequest,
  InvitationResult,
  MySuggestionList,
  PeopleQuery,
  PeoplePage,
  PersonRecord,
  ReadReasonCode,
  SuggestionPage,
  SuggestionQuery,
} from './types.js';

export type TokenSource = string | (() => string | undefined | null | Promise<string | undefined | null>);

export interface HttpApiOptions {
  /** Where the contract's paths live, e.g. `https://council.example/api/v1` or `/api/v1`. */
  baseUrl: string;
  /** A bearer token, or a function asked for one before every request. */
  token?: TokenSource;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Give up on one attempt after this long. Default 15000. */
  timeoutMs?: number;
  /** How many times to try again after the first attempt, for GETs and POSTs. Default 2. */
  retries?: number;
  /** The first retry waits about this long; each further retry about twice as long. Default 300. */
  retryBaseDelayMs?: number;
  /**
   * The longest `Retry-After` we wait for before retrying. When the server asks for longer,
   * the call fails at once with `retryAfter` set, so the widget can tell the person when to
   * try again instead of leaving them looking at a spinner. Default 10000.
   */
  maxRetryAfterMs?: number;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryScalar = string | number | boolean;
type QueryValue = QueryScalar | readonly QueryScalar[] | null | undefined;
export type QueryObject = Record<string, QueryValue>;

/** The contract's operations: the only place a path is written down. */
const operations = {
  listOpportunities: ['GET', '/opportunities'],
  createOpportunity: ['POST', '/opportunities'],
  getOpportunity: ['GET', '/opportunities/{opportunityId}'],
  updateOpportunity: ['PUT', '/opportunities/{opportunityId}'],
  createInterest: ['POST', '/opportunities/{opportunityId}/interests'],
  listInterests: ['GET', '/opportunities/{opportunityId}/interests'],
  updateInterest: ['PATCH', '/opportunities/{opportunityId}/interests/{interestId}'],
  createProfile: ['POST', '/profiles'],
  listProfiles: ['GET', '/profiles'],
  getProfile: ['GET', '/profiles/{profileId}'],
  updateProfile: ['PUT', '/profiles/{profileId}'],
  deleteProfile: ['DELETE', '/profiles/{profileId}'],
  listFeedback: ['GET', '/feedback'],
  createFeedback: ['POST', '/feedback'],
  getFeedback: ['GET', '/feedback/{feedbackId}'],
  updateFeedback: ['PATCH', '/feedback/{feedbackId}'],
  supportFeedback: ['POST', '/feedback/{feedbackId}/supporters'],
  addFeedbackUpdate: ['POST', '/feedback/{feedbackId}/updates'],
  mergeFeedback: ['POST', '/feedback/{feedbackId}/merge'],
  getTaxonomy: ['GET', '/taxonomy'],
  requestSignIn: ['POST', '/me/sign-in-requests'],
  startMySession: ['POST', '/me/sessions'],
  endMySession: ['DELETE', '/me/sessions/current'],
  getMyInvolvement: ['GET', '/me'],
  updateMyProfile: ['PUT', '/me/profiles/{profileId}'],
  deleteMyProfile: ['DELETE', '/me/profiles/{profileId}'],
  eraseMe: ['DELETE', '/me'],
  erasePerson: ['POST', '/erasures'],
  getMessagePreferences: ['GET', '/message-preferences'],
  updateMessagePreferences: ['PATCH', '/message-preferences'],
  listAttendance: ['GET', '/opportunities/{opportunityId}/attendance'],
  recordAttendance: ['POST', '/opportunities/{opportunityId}/attendance'],
  getAttendance: ['GET', '/attendance/{attendanceId}'],
  updateAttendance: ['PATCH', '/attendance/{attendanceId}'],
  listClaims: ['GET', '/claims'],
  getClaim: ['GET', '/claims/{claimId}'],
  decideClaim: ['PATCH', '/claims/{claimId}'],
  exportClaims: ['GET', '/claims/export'],
  getReceipt: ['GET', '/receipts/{receiptId}'],
  getMyPay: ['GET', '/me/pay'],
  setMyBenefitsLimit: ['PUT', '/me/pay/limit'],
  queryMyAttendance: ['POST', '/me/attendance/{attendanceId}/queries'],
  uploadReceipt: ['POST', '/me/receipts'],
  createClaim: ['POST', '/me/claims'],
  answerClaimQuery: ['POST', '/me/claims/{claimId}/answers'],
  getMyRecord: ['GET', '/me/record'],
  getMyRecordCsv: ['GET', '/me/record'],
  openEvaluationInvitation: ['POST', '/evaluations/invitation'],
  sendEvaluation: ['POST', '/evaluations'],
  inviteToEvaluate: ['POST', '/opportunities/{opportunityId}/evaluation-invitations'],
  getActivityEvaluation: ['GET', '/opportunities/{opportunityId}/evaluation-results'],
  getInvolvementResults: ['GET', '/evaluation-results'],
  listPeople: ['GET', '/people'],
  getPerson: ['GET', '/people/{profileId}'],
  listSuggestions: ['GET', '/opportunities/{opportunityId}/suggestions'],
  listInvitations: ['GET', '/opportunities/{opportunityId}/invitations'],
  invitePeople: ['POST', '/opportunities/{opportunityId}/invitations'],
  answerInvitation: ['POST', '/invitation-answers'],
  listMySuggestions: ['GET', '/me/suggestions'],
  getStaffSummary: ['GET', '/staff/summary'],
  listMessages: ['GET', '/messages'],
  markMessageDone: ['POST', '/messages/{messageId}/done'],
  listAuditEvents: ['GET', '/audit-events'],
  exportAuditEvents: ['GET', '/audit-events/export'],
  listMyProfileViews: ['GET', '/me/profile-views'],
} as const satisfies Record<keyof CoprodApi, readonly [Method, string]>;

type OperationId = keyof typeof operations;

/**
 * Builds a request URL from a path template, its path parameters and a query object.
 * Path parameters are always percent-encoded; arrays become repeated parameters
 * (`?topic=a&topic=b`, the contract's `style: form, explode: true`); `undefined`, `null`
 * and empty arrays are left out.
 */
export function buildUrl(baseUrl: string, template: string, params: Record<string, string> = {}, query: QueryObject = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const values: readonly QueryScalar[] = Array.isArray(value) ? value : [value as QueryScalar];
    for (const item of values) search.append(name, String(item));
  }
  const qs = search.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
}

interface RequestSpec {
  params?: Record<string, string>;
  query?: QueryObject | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
  /** Sent instead of the configured token (a profile's edit token). */
  tokenOverride?: string | undefined;
  /** Sent as If-Match: the version the record was read at. */
  ifMatch?: string | undefined;
  /** A file sent as it is (a receipt), instead of a JSON body; the server finds its type from its content. */
  upload?: Upload | undefined;
  /** How to read a successful answer: JSON (the default), text (CSV) or a Blob (a file). */
  read?: 'json' | 'text' | 'blob';
}

interface CachedResponse {
  etag: string;
  text: string;
}

const CACHE_LIMIT = 200;

/** The contract over HTTP, with timeouts, safe retries and an ETag cache. */
export class HttpApi implements CoprodApi, MyInvolvementCalls, PayCalls, PeopleCalls, StaffSummaryCalls, MessageLogCalls, AuditCalls {
  readonly #options: Required<Omit<HttpApiOptions, 'token' | 'fetch'>> & Pick<HttpApiOptions, 'token'>;
  readonly #fetch: typeof fetch;
  readonly #cache = new Map<string, CachedResponse>();

  constructor(options: HttpApiOptions) {
    this.#options = {
      baseUrl: options.baseUrl,
      token: options.token,
      headers: options.headers ?? {},
      timeoutMs: options.timeoutMs ?? 15000,
      retries: Math.max(0, options.retries ?? 2),
      retryBaseDelayMs: options.retryBaseDelayMs ?? 300,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 10000,
    };
    // Called unbound, `window.fetch` throws "Illegal invocation" in some browsers.
    const f = options.fetch ?? globalThis.fetch;
    this.#fetch = (input, init) => f(input, init);
  }

  listOpportunities(query?: OpportunityQuery, options?: CallOptions): Promise<OpportunityPage> {
    return this.#call('listOpportunities', { query, signal: options?.signal });
  }

  getOpportunity(id: Id, options?: CallOptions): Promise<Opportunity> {
    return this.#call('getOpportunity', { params: { opportunityId: id }, signal: options?.signal });
  }

  createOpportunity(input: OpportunityInput, options?: WriteOptions): Promise<Opportunity> {
    return this.#call('createOpportunity', { body: input, ...writeSpec(options) });
  }

  updateOpportunity(id: Id, input: OpportunityInput, options?: UpdateOptions): Promise<Opportunity> {
    return this.#call('updateOpportunity', { params: { opportunityId: id }, body: input, ...updateSpec(options) });
  }

  createInterest(opportunityId: Id, input: InterestInput, options?: WriteOptions): Promise<InterestReceipt> {
    return this.#call('createInterest', { params: { opportunityId }, body: input, ...writeSpec(options) });
  }

  async listInterests(opportunityId: Id, options?: CallOptions): Promise<Interest[]> {
    const page = await this.#call<{ items: Interest[] }>('listInterests', { params: { opportunityId }, signal: options?.signal });
    return page.items.map(interestVersion);
  }

  async updateInterest(opportunityId: Id, interestId: Id, change: InterestUpdate, options?: UpdateOptions): Promise<Interest> {
    return interestVersion(await this.#call<Interest>('updateInterest', { params: { opportunityId, interestId }, body: change, ...updateSpec(options) }));
  }

  createProfile(input: ProfileInput, options?: WriteOptions): Promise<ProfileCreated> {
    return this.#call('createProfile', { body: input, ...writeSpec(options) });
  }

  getProfile(id: Id, options?: ProfileCallOptions): Promise<Profile> {
    return this.#call('getProfile', { params: { profileId: id }, ...profileSpec(options) });
  }

  updateProfile(id: Id, input: ProfileInput, options?: ProfileCallOptions): Promise<Profile> {
    return this.#call('updateProfile', { params: { profileId: id }, body: input, ...profileSpec(options) });
  }

  async deleteProfile(id: Id, options?: ProfileCallOptions): Promise<void> {
    await this.#call<undefined>('deleteProfile', { params: { profileId: id }, ...profileSpec(options) });
  }

  listProfiles(query?: ProfileQuery, options?: CallOptions): Promise<{ items: Profile[]; total: number; nextCursor: string | null }> {
    return this.#call('listProfiles', { query, signal: options?.signal });
  }

  async listFeedback(query?: FeedbackQuery, options?: CallOptions): Promise<FeedbackPage> {
    const page = await this.#call<FeedbackPage>('listFeedback', { query, signal: options?.signal });
    page.items.forEach(feedbackVersion);
    return page;
  }

  async getFeedback(id: Id, options?: CallOptions): Promise<FeedbackItem> {
    return feedbackVersion(await this.#call<FeedbackItem>('getFeedback', { params: { feedbackId: id }, signal: options?.signal }));
  }

  createFeedback(input: FeedbackInput, options?: WriteOptions): Promise<FeedbackReceipt> {
    return this.#call('createFeedback', { body: input, ...writeSpec(options) });
  }

  supportFeedback(id: Id, supporterKey: string, options?: WriteOptions): Promise<SupportResult> {
    return this.#call('supportFeedback', { params: { feedbackId: id }, body: { supporterKey }, ...writeSpec(options) });
  }

  async updateFeedback(id: Id, change: FeedbackChange, options?: UpdateOptions): Promise<FeedbackItem> {
    return feedbackVersion(await this.#call<FeedbackItem>('updateFeedback', { params: { feedbackId: id }, body: change, ...updateSpec(options) }));
  }

  async addFeedbackUpdate(id: Id, update: FeedbackUpdateInput, options?: WriteOptions): Promise<FeedbackItem> {
    return feedbackVersion(await this.#call<FeedbackItem>('addFeedbackUpdate', { params: { feedbackId: id }, body: update, ...writeSpec(options) }));
  }

  async mergeFeedback(id: Id, intoId: Id, options?: WriteOptions): Promise<FeedbackItem> {
    return feedbackVersion(await this.#call<FeedbackItem>('mergeFeedback', { params: { feedbackId: id }, body: { intoId }, ...writeSpec(options) }));
  }

  getTaxonomy(options?: CallOptions): Promise<Taxonomy> {
    return this.#call('getTaxonomy', { signal: options?.signal });
  }

  // The person's own page: the token is the one `startMySession` gave, never the configured one.

  requestSignIn(request: SignInRequest, options?: WriteOptions): Promise<SignInRequested> {
    return this.#call('requestSignIn', { body: request, ...writeSpec(options) });
  }

  startMySession(proof: SignInProof, options?: WriteOptions): Promise<MySession> {
    return this.#call('startMySession', { body: proof, ...writeSpec(options) });
  }

  async endMySession(options: MeCallOptions): Promise<void> {
    await this.#call<undefined>('endMySession', meSpec(options));
  }

  getMyInvolvement(options: MeCallOptions): Promise<MyInvolvement> {
    return this.#call('getMyInvolvement', meSpec(options));
  }

  updateMyProfile(id: Id, input: ProfileInput, options: MeCallOptions): Promise<Profile> {
    return this.#call('updateMyProfile', { params: { profileId: id }, body: input, ...meSpec(options) });
  }

  async deleteMyProfile(id: Id, options: MeCallOptions): Promise<void> {
    await this.#call<undefined>('deleteMyProfile', { params: { profileId: id }, ...meSpec(options) });
  }

  eraseMe(options: MeCallOptions): Promise<ErasureSummary> {
    return this.#call('eraseMe', meSpec(options));
  }

  getMessagePreferences(options: MeCallOptions): Promise<MessagePreferencesState> {
    return this.#call('getMessagePreferences', meSpec(options));
  }

  updateMessagePreferences(change: MessagePreferences, options: MeCallOptions): Promise<MessagePreferencesState> {
    return this.#call('updateMessagePreferences', { body: change, ...meSpec(options) });
  }

  erasePerson(request: ErasureRequest, options?: WriteOptions): Promise<ErasureSummary> {
    return this.#call('erasePerson', { body: request, ...writeSpec(options) });
  }

  // Valued and paid (issue 16).

  async listAttendance(opportunityId: Id, options?: CallOptions): Promise<Attendance[]> {
    const page = await this.#call<{ items: Attendance[] }>('listAttendance', { params: { opportunityId }, signal: options?.signal });
    return page.items.map(updatedVersion);
  }

  async recordAttendance(opportunityId: Id, input: AttendanceInput, options?: WriteOptions): Promise<Attendance> {
    return updatedVersion(await this.#call<Attendance>('recordAttendance', { params: { opportunityId }, body: input, ...writeSpec(options) }));
  }

  async getAttendance(id: Id, options?: CallOptions): Promise<Attendance> {
    return updatedVersion(await this.#call<Attendance>('getAttendance', { params: { attendanceId: id }, signal: options?.signal }));
  }

  async updateAttendance(id: Id, change: AttendanceChange, options?: UpdateOptions): Promise<Attendance> {
    return updatedVersion(await this.#call<Attendance>('updateAttendance', { params: { attendanceId: id }, body: change, ...updateSpec(options) }));
  }

  async listClaims(query?: ClaimQuery, options?: CallOptions): Promise<ClaimQueue> {
    const queue = await this.#call<ClaimQueue>('listClaims', { query, signal: options?.signal });
    queue.items.forEach(updatedVersion);
    return queue;
  }

  async getClaim(id: Id, options?: CallOptions): Promise<Claim> {
    return updatedVersion(await this.#call<Claim>('getClaim', { params: { claimId: id }, signal: options?.signal }));
  }

  async decideClaim(id: Id, decision: ClaimDecision, options?: UpdateOptions): Promise<Claim> {
    return updatedVersion(await this.#call<Claim>('decideClaim', { params: { claimId: id }, body: decision, ...updateSpec(options) }));
  }

  exportClaims(query?: ClaimExportQuery, options?: CallOptions): Promise<string> {
    return this.#call('exportClaims', { query, signal: options?.signal, read: 'text' });
  }

  getReceipt(id: Id, options?: Partial<MeCallOptions>): Promise<Blob> {
    return this.#call('getReceipt', { params: { receiptId: id }, signal: options?.signal, tokenOverride: options?.meToken, read: 'blob' });
  }

  async getMyPay(options: MeCallOptions): Promise<MyPay> {
    const pay = await this.#call<MyPay>('getMyPay', meSpec(options));
    pay.attendance.forEach(updatedVersion);
    pay.claims.forEach(updatedVersion);
    return pay;
  }

  setMyBenefitsLimit(limit: BenefitsLimit, options: MeCallOptions): Promise<MyPay> {
    return this.#call('setMyBenefitsLimit', { body: limit, ...meSpec(options) });
  }

  queryMyAttendance(attendanceId: Id, text: string, options: MeCallOptions & WriteOptions): Promise<Attendance> {
    return this.#call('queryMyAttendance', { params: { attendanceId }, body: { text }, ...meSpec(options), idempotencyKey: options.idempotencyKey });
  }

  uploadReceipt(file: Upload, options: MeCallOptions & WriteOptions): Promise<Receipt> {
    return this.#call('uploadReceipt', { upload: file, ...meSpec(options), idempotencyKey: options.idempotencyKey });
  }

  createClaim(input: ClaimInput, options: MeCallOptions & WriteOptions): Promise<Claim> {
    return this.#call('createClaim', { body: input, ...meSpec(options), idempotencyKey: options.idempotencyKey });
  }

  answerClaimQuery(claimId: Id, answer: ClaimAnswer, options: MeCallOptions & WriteOptions): Promise<Claim> {
    return this.#call('answerClaimQuery', { params: { claimId }, body: answer, ...meSpec(options), idempotencyKey: options.idempotencyKey });
  }

  getMyRecord(options: MeCallOptions): Promise<InvolvementRecord> {
    return this.#call('getMyRecord', meSpec(options));
  }

  getMyRecordCsv(options: MeCallOptions): Promise<string> {
    return this.#call('getMyRecordCsv', { query: { format: 'csv' }, ...meSpec(options), read: 'text' });
  }

  // How well did we involve you? (issue 17)

  openEvaluationInvitation(token: string, options?: WriteOptions): Promise<EvaluationInvitation> {
    return this.#call('openEvaluationInvitation', { body: { token }, ...writeSpec(options) });
  }

  sendEvaluation(input: EvaluationInput, options?: WriteOptions): Promise<EvaluationReceipt> {
    return this.#call('sendEvaluation', { body: input, ...writeSpec(options) });
  }

  inviteToEvaluate(opportunityId: Id, options?: WriteOptions): Promise<EvaluationRound> {
    return this.#call('inviteToEvaluate', { params: { opportunityId }, ...writeSpec(options) });
  }

  getActivityEvaluation(opportunityId: Id, options?: CallOptions): Promise<EvaluationResults> {
    return this.#call('getActivityEvaluation', { params: { opportunityId }, signal: options?.signal });
  }

  getInvolvementResults(options?: CallOptions): Promise<EvaluationResults> {
    return this.#call('getInvolvementResults', { signal: options?.signal });
  }

  // The people pool (issue 18).

  listPeople(query: PeopleQuery, options?: CallOptions): Promise<PeoplePage> {
    return this.#call('listPeople', { query, signal: options?.signal });
  }

  getPerson(id: Id, reason: ReadReasonCode, options?: CallOptions): Promise<PersonRecord> {
    return this.#call('getPerson', { params: { profileId: id }, query: { reason }, signal: options?.signal });
  }

  listSuggestions(opportunityId: Id, query?: SuggestionQuery, options?: CallOptions): Promise<SuggestionPage> {
    return this.#call('listSuggestions', { params: { opportunityId }, query, signal: options?.signal });
  }

  listInvitations(opportunityId: Id, options?: CallOptions): Promise<InvitationList> {
    return this.#call('listInvitations', { params: { opportunityId }, signal: options?.signal });
  }

  invitePeople(opportunityId: Id, request: InvitationRequest, options?: WriteOptions): Promise<InvitationResult> {
    return this.#call('invitePeople', { params: { opportunityId }, body: request, ...writeSpec(options) });
  }

  answerInvitation(answer: InvitationAnswer, options?: WriteOptions): Promise<InvitationAnswered> {
    return this.#call('answerInvitation', { body: answer, ...writeSpec(options) });
  }

  listMySuggestions(options: MeCallOptions): Promise<MySuggestionList> {
    return this.#call('listMySuggestions', meSpec(options));
  }

  getStaffSummary(options?: CallOptions): Promise<StaffSummary> {
    return this.#call('getStaffSummary', { signal: options?.signal });
  }

  listMessages(query: MessageLogQuery, options?: CallOptions): Promise<MessageLog> {
    return this.#call('listMessages', { query, signal: options?.signal });
  }

  markMessageDone(messageId: Id, options?: WriteOptions): Promise<ToldMessage> {
    return this.#call('markMessageDone', { params: { messageId }, ...writeSpec(options) });
  }

  // The audit trail (issue 20).
  listAuditEvents(query?: AuditQuery, options?: CallOptions): Promise<AuditEventPage> { return this.#call('listAuditEvents', { query, signal: options?.signal }); }
  exportAuditEvents(query?: AuditExportQuery, options?: CallOptions): Promise<string> { return this.#call('exportAuditEvents', { query, signal: options?.signal, read: 'text' }); }
  listMyProfileViews(options: MeCallOptions): Promise<MyProfileViews> { return this.#call('listMyProfileViews', meSpec(options)); }

  async #call<T>(operationId: OperationId, spec: RequestSpec): Promise<T> {
    const [method, template] = operations[operationId];
    const url = buildUrl(this.#options.baseUrl, template, spec.params, spec.query);
    // GETs are safe and POSTs carry an idempotency key, so both may be repeated;
    // PUT, PATCH and DELETE are sent once.
    const retryable = method === 'GET' || method === 'POST';
    const idempotencyKey = method === 'POST' ? (spec.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const maxAttempts = retryable ? this.#options.retries + 1 : 1;
    const { signal } = spec;

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw abortedError(signal.reason);
      const token = spec.tokenOverride ?? (await this.#resolveToken());
      const cacheKey = method === 'GET' ? `${token ?? ''}\n${url}` : undefined;
      const cached = cacheKey === undefined ? undefined : this.#cache.get(cacheKey);

      const read = spec.read ?? 'json';
      const accept = read === 'json' ? 'application/json' : read === 'text' ? 'text/csv' : 'image/jpeg, image/png, application/pdf';
      const headers: Record<string, string> = { Accept: `${accept}, application/problem+json`, ...this.#options.headers };
      if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
      if (spec.upload !== undefined) headers['Content-Type'] = 'application/octet-stream';
      if (token) headers['Authorization'] = `Bearer ${token}`;
      if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
      if (spec.ifMatch) headers['If-Match'] = spec.ifMatch;
      if (cached) headers['If-None-Match'] = cached.etag;

      let outcome: Outcome;
      try {
        const body = spec.upload !== undefined ? uploadBody(spec.upload) : spec.body === undefined ? null : JSON.stringify(spec.body);
        outcome = await this.#attempt(url, { method, headers, body }, signal, read === 'blob');
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError('network', 'The request could not be sent.', { cause: error });
        if (apiError.kind === 'aborted' || attempt >= maxAttempts) throw apiError;
        await sleep(this.#backoff(attempt), signal);
        continue;
      }

      const { response, text } = outcome;
      if (response.status === 304 && cached) {
        this.#remember(cacheKey!, cached);
        return noteVersion(parseBody<T>(cached.text, response.status), cached.etag);
      }
      if (response.ok && read !== 'json') return (read === 'blob' ? outcome.blob : text) as T;
      if (response.ok) {
        if (response.status === 204 || text === '') return undefined as T;
        const etag = response.headers.get('ETag');
        const body = noteVersion(parseBody<T>(text, response.status), etag);
        if (cacheKey !== undefined) {
          if (etag) this.#remember(cacheKey, { etag, text });
          else this.#cache.delete(cacheKey);
        }
        return body;
      }

      const apiError = toApiError(response, text);
      const transient = response.status >= 500 || response.status === 429;
      if (!retryable || !transient || attempt >= maxAttempts) throw apiError;
      let delay = this.#backoff(attempt);
      if (apiError.retryAfter !== undefined && (response.status === 429 || response.status === 503)) {
        const asked = apiError.retryAfter * 1000;
        if (asked > this.#options.maxRetryAfterMs) throw apiError;
        delay = Math.max(asked, 0);
      }
      await sleep(delay, signal);
    }
  }

  /** One request and its body, under the timeout and the caller's signal. */
  async #attempt(url: string, init: { method: Method; headers: Record<string, string>; body: Blob | ArrayBuffer | string | null }, signal: AbortSignal | undefined, asBlob = false): Promise<Outcome> {
    // The caller may have aborted while the token getter was running.
    if (signal?.aborted) throw abortedError(signal.reason);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#options.timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await this.#fetch(url, { ...init, signal: controller.signal });
      if (asBlob && response.ok) return { response, text: '', blob: await response.blob() };
      const text = response.status === 204 || response.status === 304 ? '' : await response.text();
      return { response, text };
    } catch (error) {
      if (signal?.aborted) throw abortedError(signal.reason);
      if (timedOut) throw new ApiError('timeout', `No answer within ${this.#options.timeoutMs} ms.`, { cause: error });
      throw new ApiError('network', 'The request could not be sent.', { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async #resolveToken(): Promise<string | undefined> {
    const source = this.#options.token;
    if (typeof source !== 'function') return source || undefined;
    try {
      return (await source()) || undefined;
    } catch (error) {
      throw new ApiError('unauthorized', 'Could not get a sign-in token.', { cause: error });
    }
  }

  /** Exponential backoff with jitter: base * 2^(n-1), scaled by a random 50-100%. */
  #backoff(attempt: number): number {
    const ceiling = this.#options.retryBaseDelayMs * 2 ** (attempt - 1);
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  #remember(key: string, entry: CachedResponse): void {
    // Re-inserting keeps the Map in least-recently-used order.
    this.#cache.delete(key);
    this.#cache.set(key, entry);
    if (this.#cache.size > CACHE_LIMIT) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
  }
}

interface Outcome {
  response: Response;
  text: string;
  blob?: Blob;
}

/** Attendance and claims: the version is when the record last changed, in quotes (the contract says so). */
const updatedVersion = <T extends { updatedAt: string }>(record: T): T => noteVersion(record, `"${record.updatedAt}"`);

function uploadBody(upload: Upload): Blob | ArrayBuffer {
  return upload instanceof Uint8Array ? new Blob([upload as Uint8Array<ArrayBuffer>]) : upload;
}


function writeSpec(options: WriteOptions | undefined): Pick<RequestSpec, 'signal' | 'idempotencyKey'> {
  return { signal: options?.signal, idempotencyKey: options?.idempotencyKey };
}

/**
 * An interest's or a feedback item's version is when it last changed, in quotes (the
 * contract says so): items read in a list carry no ETag of their own.
 */
const interestVersion = (interest: Interest): Interest => noteVersion(interest, `"${interest.updatedAt}"`);
const feedbackVersion = (item: FeedbackItem): FeedbackItem => noteVersion(item, `"${item.lastUpdatedAt}"`);

function profileSpec(options: ProfileCallOptions | undefined): Pick<RequestSpec, 'signal' | 'tokenOverride' | 'ifMatch' | 'query'> {
  return { signal: options?.signal, tokenOverride: options?.profileToken, ifMatch: options?.ifMatch, ...(options?.reason ? { query: { reason: options.reason } } : {}) };
}

function updateSpec(options: UpdateOptions | undefined): Pick<RequestSpec, 'signal' | 'ifMatch'> {
  return { signal: options?.signal, ifMatch: options?.ifMatch };
}

function meSpec(options: MeCallOptions): Pick<RequestSpec, 'signal' | 'tokenOverride'> {
  return { signal: options.signal, tokenOverride: options.meToken };
}

function parseBody<T>(text: string, status: number): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ApiError('server', 'The server sent an answer that could not be read.', { status, cause: error });
  }
}

/** Turns a non-2xx answer into an ApiError, reading an RFC 9457 problem or a plain JSON error. */
export function toApiError(response: Response, text: string): ApiError {
  const { status } = response;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let problem: Problem | undefined;
  if (text) {
    try {
      problem = toProblem(JSON.parse(text) as unknown, status);
    } catch {
      // Not JSON (a proxy's HTML error page, say): the status alone tells us enough.
    }
  }
  const message = problem?.detail ?? problem?.title ?? (response.statusText || `HTTP ${status}`);
  return new ApiError(kindForStatus(status), message, {
    status,
    ...(problem ? { problem } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  });
}

function toProblem(json: unknown, status: number): Problem | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const body = json as Record<string, unknown>;
  const title = stringOr(body['title']) ?? stringOr(body['message']) ?? stringOr(body['error']) ?? `HTTP ${status}`;
  const problem: Problem = {
    type: stringOr(body['type']) ?? 'about:blank',
    title,
    status: typeof body['status'] === 'number' ? body['status'] : status,
  };
  const detail = stringOr(body['detail']);
  if (detail !== undefined) problem.detail = detail;
  const instance = stringOr(body['instance']);
  if (instance !== undefined) problem.instance = instance;
  if (typeof body['retryAfter'] === 'number') problem.retryAfter = body['retryAfter'];
  if (Array.isArray(body['errors'])) {
    problem.errors = body['errors'].flatMap((entry: unknown) => {
      if (!entry || typeof entry !== 'object') return [];
      const e = entry as Record<string, unknown>;
      const field = stringOr(e['field']);
      const message = stringOr(e['message']);
      if (field === undefined || message === undefined) return [];
      // A back end that sends no code, or one this version does not know, gets the most general one.
      const code = stringOr(e['code']);
      return [{ field, message, code: isFieldCode(code) ? code : 'invalid-format' }];
    });
  }
  return problem;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `Retry-After` as seconds; it may be a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

