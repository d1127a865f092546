import type { CallOptions, CoprodApi, EqualityCalls, AuditCalls, EvaluationCalls, MissingSessionCalls, MyInvolvementCalls, PayCalls, PeopleCalls, ProfileCallOptions, SupportOptions, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import type { StaffCalls } from './http-staff.js';
import { feedbackVersion, HttpTransport, loadWritePath, profileSpec, route, type HttpApiOptions, type Operations, type Send } from './http-transport.js';
import type { PublicWrites } from './http-write.js';
import { PAY_CALLS } from './pay-calls.js';
import type {
  FeedbackInput,
  FeedbackItem,
  FeedbackPage,
  FeedbackQuery,
  FeedbackReceipt,
  Id,
  InterestInput,
  InterestReceipt,
  Opportunity,
  OpportunityPage,
  OpportunityQuery,
  Profile,
  ProfileCreated,
  ProfileInput,
  SupportResult,
  Taxonomy,
} from './types.js';

export { buildUrl, type HttpApiOptions, type QueryObject, type TokenSource } from './http-transport.js';

/** The calls a public page reads with (the list, an opportunity, the feedback board, the profile form); its writes are in http-write.ts. */
type PublicReads = Pick<CoprodApi, 'listOpportunities' | 'getOpportunity' | 'getProfile' | 'listFeedback' | 'getFeedback' | 'getTaxonomy'>;

const operations = {
  listOpportunities: ['GET', '/opportunities'],
  getOpportunity: ['GET', '/opportunities/{opportunityId}'],
  getProfile: ['GET', '/profiles/{profileId}'],
  listFeedback: ['GET', '/feedback'],
  getFeedback: ['GET', '/feedback/{feedbackId}'],
  getTaxonomy: ['GET', '/taxonomy'],
} as const satisfies Operations<PublicReads>;

/** Every call of a module, as a list checked complete against its interface. */
type AllOf<Calls, Names extends readonly (keyof Calls)[]> = [Exclude<keyof Calls, Names[number]>] extends [never] ? Names : { missing: Exclude<keyof Calls, Names[number]> };
type Module = readonly [load: () => Promise<(send: Send) => object>, names: readonly string[]];
type Calls = Record<string, (...args: unknown[]) => Promise<unknown>>;
const module = <Calls, const Names extends readonly (keyof Calls & string)[]>(load: () => Promise<(send: Send) => Calls>, names: Names & AllOf<Calls, Names>): Module => [load as Module[0], names];

/**
 * The calls that load with their module on their first call, so that a page pays only for the
 * calls its widgets make: a public page never loads the staff, pay or people calls.
 * Exported for the test that checks each list against its module.
 * @internal
 */
export const onFirstCall: readonly Module[] = [
  module(() => import('./http-me.js').then((m) => m.meCalls), ['requestSignIn', 'startMySession', 'endMySession', 'getMyInvolvement', 'updateMyProfile', 'deleteMyProfile', 'eraseMe', 'getMessagePreferences', 'updateMessagePreferences', 'erasePerson']),
  module(() => import('./http-pay.js').then((m) => m.payCalls), PAY_CALLS),
  module(() => import('./http-people.js').then((m) => m.peopleCalls), ['listPeople', 'getPerson', 'listSuggestions', 'listInvitations', 'invitePeople', 'answerInvitation', 'listMySuggestions', 'listMyInvitations', 'answerMyInvitation']),
  module(() => import('./http-people.js').then((m) => m.evaluationCalls), ['openEvaluationInvitation', 'sendEvaluation', 'enterEvaluationByHand', 'inviteToEvaluate', 'getActivityEvaluation', 'getInvolvementResults']),
  module(() => import('./http-people.js').then((m) => m.auditCalls), ['listAuditEvents', 'exportAuditEvents', 'listMyProfileViews']),
  module(() => import('./http-missing.js').then((m) => m.missingSessionCalls), ['listMyMissingSessions', 'reportMissingSession', 'listMissingSessions', 'resolveMissingSession']),
  module(() => import('./http-equality.js').then((m) => m.equalityCalls), ['getMyEquality', 'saveMyEquality', 'deleteMyEquality', 'getEqualityReach', 'getEqualityReference', 'saveEqualityReference', 'getEqualityQuestions', 'addEqualityQuestion', 'retireEqualityQuestion']),
  module(() => import('./http-staff.js').then((m) => m.staffCalls), ['createOpportunity', 'updateOpportunity', 'listInterests', 'updateInterest', 'listProfiles', 'updateFeedback', 'addFeedbackUpdate', 'mergeFeedback', 'getStaffSummary', 'listMessages', 'markMessageDone', 'listMessagesByHand']),
];

/** A module's calls for one client, made on the first call; a module that failed to load (the network) is asked for again on the next call. */
function onFirstUse<C>(load: () => Promise<(send: Send) => C>, send: Send): () => Promise<C> {
  let calls: Promise<C> | undefined;
  return () =>
    (calls ??= load().then(
      (make) => make(send),
      (error: unknown) => {
        calls = undefined;
        throw new ApiError('network', 'The request could not be sent.', { cause: error });
      },
    ));
}

/**
 * The contract over HTTP, with timeouts, safe retries and an ETag cache (http-transport.ts).
 * The public calls are methods here, and the writes among them load the write path
 * (http-write.ts) on their first call; the person's page, pay, people, evaluation, audit,
 * equality and staff calls are put on each client by the constructor and load with their
 * module (http-me.ts, http-pay.ts, ...) the first time one of them is called.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface HttpApi extends MyInvolvementCalls, PayCalls, PeopleCalls, EvaluationCalls, AuditCalls, MissingSessionCalls, EqualityCalls, StaffCalls {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class HttpApi implements CoprodApi {
  readonly #call: <T>(operationId: keyof PublicReads, spec: Parameters<Send>[1]) => Promise<T>;
  readonly #writes: () => Promise<PublicWrites>;

  constructor(options: HttpApiOptions) {
    const transport = new HttpTransport(options);
    const send: Send = (operation, spec) => transport.call(operation, spec);
    this.#call = route(send, operations);
    this.#writes = onFirstUse(() => loadWritePath().then((m) => m.publicWrites), send);
    for (const [load, names] of onFirstCall) {
      const loaded = onFirstUse(load as () => Promise<(send: Send) => Calls>, send);
      // A subclass's own method of that name wins, as any method of a class would.
      for (const name of names) if (!(name in this)) Object.defineProperty(this, name, { value: async (...args: unknown[]) => (await loaded())[name]!(...args), writable: true, configurable: true });
    }
  }

  listOpportunities(query?: OpportunityQuery, options?: CallOptions): Promise<OpportunityPage> {
    return this.#call('listOpportunities', { query, signal: options?.signal });
  }

  getOpportunity(id: Id, options?: CallOptions): Promise<Opportunity> {
    return this.#call('getOpportunity', { params: { opportunityId: id }, signal: options?.signal });
  }

  createInterest(opportunityId: Id, input: InterestInput, options?: WriteOptions): Promise<InterestReceipt> {
    return this.#writes().then((w) => w.createInterest(opportunityId, input, options));
  }

  createProfile(input: ProfileInput, options?: WriteOptions): Promise<ProfileCreated> {
    return this.#writes().then((w) => w.createProfile(input, options));
  }

  getProfile(id: Id, options?: ProfileCallOptions): Promise<Profile> {
    return this.#call('getProfile', { params: { profileId: id }, ...profileSpec(options) });
  }

  updateProfile(id: Id, input: ProfileInput, options?: ProfileCallOptions): Promise<Profile> {
    return this.#writes().then((w) => w.updateProfile(id, input, options));
  }

  deleteProfile(id: Id, options?: ProfileCallOptions): Promise<void> {
    return this.#writes().then((w) => w.deleteProfile(id, options));
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
    return this.#writes().then((w) => w.createFeedback(input, options));
  }

  supportFeedback(id: Id, supporterKey: string, options?: SupportOptions): Promise<SupportResult> {
    return this.#writes().then((w) => w.supportFeedback(id, supporterKey, options));
  }

  getTaxonomy(options?: CallOptions): Promise<Taxonomy> {
    return this.#call('getTaxonomy', { signal: options?.signal });
  }
}
