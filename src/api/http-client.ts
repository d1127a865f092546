import type { EqualityCalls, AuditCalls, CallOptions, CoprodApi, EvaluationCalls, MessageLogCalls, MissingSessionCalls, MyInvolvementCalls, PayCalls, PeopleCalls, ProfileCallOptions, StaffSummaryCalls, UpdateOptions, WriteOptions } from './api.js';
import { meCalls } from './http-me.js';
import { payCalls } from './http-pay.js';
import { missingSessionCalls } from './http-missing.js';
import { auditCalls, evaluationCalls, peopleCalls } from './http-people.js';
import { equalityCalls } from './http-equality.js';
import { feedbackVersion, HttpTransport, interestVersion, profileSpec, updateSpec, writeSpec, type HttpApiOptions, type Send } from './http-transport.js';
import type {
  FeedbackChange,
  FeedbackInput,
  FeedbackItem,
  FeedbackPage,
  FeedbackQuery,
  FeedbackReceipt,
  FeedbackUpdateInput,
  Id,
  Interest,
  InterestInput,
  InterestReceipt,
  InterestUpdate,
  MessageLog,
  MessageLogQuery,
  Opportunity,
  OpportunityInput,
  OpportunityPage,
  OpportunityQuery,
  Profile,
  ProfileCreated,
  ProfileInput,
  ProfileQuery,
  StaffSummary,
  SupportResult,
  Taxonomy,
  ToldMessage,
} from './types.js';

export { buildUrl, type HttpApiOptions, type QueryObject, type TokenSource } from './http-transport.js';
export { parseRetryAfter, toApiError } from './http-problems.js';

/**
 * The contract over HTTP, with timeouts, safe retries and an ETag cache (http-transport.ts).
 * `CoprodApi`'s own calls are methods here; the person's page, pay, people, evaluation and
 * audit calls come from their modules (http-me.ts, http-pay.ts, http-people.ts) and are put
 * on each client by the constructor, like the in-memory adapter's pay calls.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface HttpApi extends MyInvolvementCalls, PayCalls, PeopleCalls, EvaluationCalls, AuditCalls, MissingSessionCalls, EqualityCalls {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class HttpApi implements CoprodApi, StaffSummaryCalls, MessageLogCalls {
  readonly #send: Send;

  constructor(options: HttpApiOptions) {
    const transport = new HttpTransport(options);
    const send: Send = (operationId, spec) => transport.call(operationId, spec);
    this.#send = send;
    for (const calls of [meCalls(send), payCalls(send), peopleCalls(send), evaluationCalls(send), auditCalls(send), missingSessionCalls(send), equalityCalls(send)]) {
      for (const [name, value] of Object.entries(calls)) Object.defineProperty(this, name, { value, writable: true, configurable: true });
    }
  }

  listOpportunities(query?: OpportunityQuery, options?: CallOptions): Promise<OpportunityPage> {
    return this.#send('listOpportunities', { query, signal: options?.signal });
  }

  getOpportunity(id: Id, options?: CallOptions): Promise<Opportunity> {
    return this.#send('getOpportunity', { params: { opportunityId: id }, signal: options?.signal });
  }

  createOpportunity(input: OpportunityInput, options?: WriteOptions): Promise<Opportunity> {
    return this.#send('createOpportunity', { body: input, ...writeSpec(options) });
  }

  updateOpportunity(id: Id, input: OpportunityInput, options?: UpdateOptions): Promise<Opportunity> {
    return this.#send('updateOpportunity', { params: { opportunityId: id }, body: input, ...updateSpec(options) });
  }

  createInterest(opportunityId: Id, input: InterestInput, options?: WriteOptions): Promise<InterestReceipt> {
    return this.#send('createInterest', { params: { opportunityId }, body: input, ...writeSpec(options) });
  }

  async listInterests(opportunityId: Id, options?: CallOptions): Promise<Interest[]> {
    const page = await this.#send<{ items: Interest[] }>('listInterests', { params: { opportunityId }, signal: options?.signal });
    return page.items.map(interestVersion);
  }

  async updateInterest(opportunityId: Id, interestId: Id, change: InterestUpdate, options?: UpdateOptions): Promise<Interest> {
    return interestVersion(await this.#send<Interest>('updateInterest', { params: { opportunityId, interestId }, body: change, ...updateSpec(options) }));
  }

  createProfile(input: ProfileInput, options?: WriteOptions): Promise<ProfileCreated> {
    return this.#send('createProfile', { body: input, ...writeSpec(options) });
  }

  getProfile(id: Id, options?: ProfileCallOptions): Promise<Profile> {
    return this.#send('getProfile', { params: { profileId: id }, ...profileSpec(options) });
  }

  updateProfile(id: Id, input: ProfileInput, options?: ProfileCallOptions): Promise<Profile> {
    return this.#send('updateProfile', { params: { profileId: id }, body: input, ...profileSpec(options) });
  }

  async deleteProfile(id: Id, options?: ProfileCallOptions): Promise<void> {
    await this.#send<undefined>('deleteProfile', { params: { profileId: id }, ...profileSpec(options) });
  }

  listProfiles(query?: ProfileQuery, options?: CallOptions): Promise<{ items: Profile[]; total: number; nextCursor: string | null }> {
    return this.#send('listProfiles', { query, signal: options?.signal });
  }

  async listFeedback(query?: FeedbackQuery, options?: CallOptions): Promise<FeedbackPage> {
    const page = await this.#send<FeedbackPage>('listFeedback', { query, signal: options?.signal });
    page.items.forEach(feedbackVersion);
    return page;
  }

  async getFeedback(id: Id, options?: CallOptions): Promise<FeedbackItem> {
    return feedbackVersion(await this.#send<FeedbackItem>('getFeedback', { params: { feedbackId: id }, signal: options?.signal }));
  }

  createFeedback(input: FeedbackInput, options?: WriteOptions): Promise<FeedbackReceipt> {
    return this.#send('createFeedback', { body: input, ...writeSpec(options) });
  }

  supportFeedback(id: Id, supporterKey: string, options?: WriteOptions): Promise<SupportResult> {
    return this.#send('supportFeedback', { params: { feedbackId: id }, body: { supporterKey }, ...writeSpec(options) });
  }

  async updateFeedback(id: Id, change: FeedbackChange, options?: UpdateOptions): Promise<FeedbackItem> {
    return feedbackVersion(await this.#send<FeedbackItem>('updateFeedback', { params: { feedbackId: id }, body: change, ...updateSpec(options) }));
  }

  async addFeedbackUpdate(id: Id, update: FeedbackUpdateInput, options?: WriteOptions): Promise<FeedbackItem> {
    return feedbackVersion(await this.#send<FeedbackItem>('addFeedbackUpdate', { params: { feedbackId: id }, body: update, ...writeSpec(options) }));
  }

  async mergeFeedback(id: Id, intoId: Id, options?: WriteOptions): Promise<FeedbackItem> {
    return feedbackVersion(await this.#send<FeedbackItem>('mergeFeedback', { params: { feedbackId: id }, body: { intoId }, ...writeSpec(options) }));
  }

  getTaxonomy(options?: CallOptions): Promise<Taxonomy> {
    return this.#send('getTaxonomy', { signal: options?.signal });
  }

  getStaffSummary(options?: CallOptions): Promise<StaffSummary> {
    return this.#send('getStaffSummary', { signal: options?.signal });
  }

  listMessages(query: MessageLogQuery, options?: CallOptions): Promise<MessageLog> {
    return this.#send('listMessages', { query, signal: options?.signal });
  }

  markMessageDone(messageId: Id, options?: WriteOptions): Promise<ToldMessage> {
    return this.#send('markMessageDone', { params: { messageId }, ...writeSpec(options) });
  }
}
