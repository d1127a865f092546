import type { CallOptions, CoprodApi, MissingSessionCalls, PayCalls, StaffSummaryCalls, ProfileCallOptions, SupportOptions, UpdateOptions, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import * as feedback from './in-memory-feedback.js';
import * as interests from './in-memory-interests.js';
import * as opportunities from './in-memory-opportunities.js';
import { InMemoryPay } from './in-memory-pay.js';
import { InMemoryMissingSessions } from './in-memory-missing.js';
import { carryCalls, carryPayCalls, personOf, type InMemoryPayOptions } from './in-memory-pay-support.js';
import { personProfile } from './person-profile.js';
import { checkQueries } from './in-memory-queries.js';
import { InMemoryEvaluations } from './in-memory-evaluations.js';
import { InMemoryEquality } from './in-memory-equality.js';
import { InMemoryPeople } from './in-memory-people.js';
import { InMemoryAudit } from './in-memory-audit.js';
import { feedbackSays, InMemoryMessages, interestSays } from './in-memory-messages.js';
import * as profiles from './in-memory-profiles.js';
import { erasePerson } from './in-memory-erasure.js';
import { emptySeed, InMemoryStore, RESPOND_WITHIN_DAYS } from './in-memory-store.js';
import { staffSummary } from './staff-summary.js';
import { createSeed } from '@coprod/seed';
import type * as T from './types.js';

export type { Seed } from './types.js';

export interface InMemoryApiOptions {
  /** The data to start from; `'empty'` starts with nothing but the taxonomy's shape. Default: the shared seed. */
  seed?: T.Seed | 'empty';
  /** The clock starts here and runs on in real time. Default: now. */
  now?: Date;
  /** Wait this long before every answer, to show loading states. Default 0. */
  latencyMs?: number;
  /** Whether staff calls are allowed (as with a staff token). Default true; false makes them reject as `unauthorized`. */
  staff?: boolean;
  /** Attendance, claims and the council's pay settings (issue 16). */
  pay?: InMemoryPayOptions;
}

/**
 * The whole contract in the page: for Storybook, tests, the demo, and councils that plug
 * their own JavaScript back end in. It behaves like the reference server (filters, sorts,
 * cursors, validation messages, idempotency, roles) so that a widget that works against
 * it works against HTTP. The calls live by concern (in-memory-opportunities.ts, -interests,
 * -profiles, -feedback, -pay, -people, -evaluations) over one shared store (in-memory-store.ts).
 */
// The pay calls (issue 16) live in InMemoryPay and are put on each adapter by the constructor.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface InMemoryApi extends PayCalls, MissingSessionCalls {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class InMemoryApi implements CoprodApi, StaffSummaryCalls {
  readonly #store: InMemoryStore;
  /** How well did we involve you? (issue 17): its own module, sharing this adapter's data. */
  readonly evaluations = new InMemoryEvaluations({ opportunities: () => this.#store.data.opportunities, interests: () => this.#store.data.interests, staff: () => this.#store.staff, once: (scope, options, body, write) => this.#store.once(scope, options, body, write) });
  readonly openEvaluationInvitation = this.evaluations.openEvaluationInvitation.bind(this.evaluations);
  readonly sendEvaluation = this.evaluations.sendEvaluation.bind(this.evaluations);
  readonly enterEvaluationByHand = this.evaluations.enterEvaluationByHand.bind(this.evaluations);
  readonly inviteToEvaluate = this.evaluations.inviteToEvaluate.bind(this.evaluations);
  readonly getActivityEvaluation = this.evaluations.getActivityEvaluation.bind(this.evaluations);
  readonly getInvolvementResults = this.evaluations.getInvolvementResults.bind(this.evaluations);
  /** The people pool, suggestions and invitations (issue 18): its own module, sharing this adapter's data. */
  readonly people: InMemoryPeople = new InMemoryPeople({
    profiles: () => this.#store.data.profiles,
    opportunities: () => this.#store.data.opportunities,
    interests: () => this.#store.data.interests,
    staff: () => this.#store.staff,
    now: () => this.#store.now(),
    newId: (prefix) => this.#store.newId(prefix),
    createInterest: (opportunityId, input) => this.createInterest(opportunityId, input),
    audited: (read) => this.audit.recordOwn(read.action, read.ids, read.reason ? { reason: read.reason } : null),
    version: (id) => this.#store.version(id),
    answered: (id): boolean => this.equality.answered(id),
  });
  readonly listPeople = this.people.listPeople.bind(this.people);
  readonly getPerson = this.people.getPerson.bind(this.people);
  readonly listSuggestions = this.people.listSuggestions.bind(this.people);
  readonly listInvitations = this.people.listInvitations.bind(this.people);
  /** Invited people are told, as the server's outbox does. */
  readonly invitePeople: InMemoryPeople['invitePeople'] = async (opportunityId, request, options) => {
    const result = await this.people.invitePeople(opportunityId, request, options);
    for (const i of result.invited) this.messages.tell('invitation', { type: 'invitation', id: i.id, opportunityId, profileId: i.profileId, says: this.#store.data.opportunities.find((o) => o.id === opportunityId)?.title }, null, this.#store.data.profiles.find((p) => p.id === i.profileId)?.contact, false);
    return result;
  };
  readonly answerInvitation = this.people.answerInvitation.bind(this.people);
  readonly listMySuggestions = this.people.listMySuggestions.bind(this.people);
  /** Who is taking part (issue 17): the equality answers, apart from the profiles. */
  readonly equality: InMemoryEquality = new InMemoryEquality({ profiles: () => this.#store.data.profiles, meProfile: (token) => this.people.meProfile(token), staff: () => this.#store.staff, now: () => this.#store.now(), audited: (action, ids, detail) => this.audit.recordOwn(action, ids, detail) });
  readonly getMyEquality = this.equality.getMyEquality.bind(this.equality);
  readonly saveMyEquality = this.equality.saveMyEquality.bind(this.equality);
  readonly deleteMyEquality = this.equality.deleteMyEquality.bind(this.equality);
  readonly getEqualityReach = this.equality.getEqualityReach.bind(this.equality);
  readonly getEqualityReference = this.equality.getEqualityReference.bind(this.equality);
  readonly saveEqualityReference = this.equality.saveEqualityReference.bind(this.equality);
  readonly getEqualityQuestions = this.equality.getEqualityQuestions.bind(this.equality);
  readonly addEqualityQuestion = this.equality.addEqualityQuestion.bind(this.equality);
  readonly retireEqualityQuestion = this.equality.retireEqualityQuestion.bind(this.equality);
  readonly listMyInvitations = this.people.listMyInvitations.bind(this.people);
  readonly answerMyInvitation = this.people.answerMyInvitation.bind(this.people);
  /** The audit trail (issue 20): its own module; `audit.actAs` and `audit.record` for tests and stories. */
  readonly audit = new InMemoryAudit({ profiles: () => this.#store.data.profiles, staff: () => this.#store.staff, now: () => this.#store.now(), meProfile: (token) => this.people.meProfile(token), settle: (options) => this.#store.settle(options) });
  readonly listAuditEvents = this.audit.listAuditEvents.bind(this.audit);
  /** Staff reads and changes of profiles, written to the trail as the server's routes write them. */
  readonly #profileAudit: profiles.ProfileAudit = (action, ids, detail) => {
    this.audit.recordOwn(action, ids, detail);
    // Staff corrected it (issue 15): the person is told what changed and why, at the contact it has now, as the server's outbox does.
    const [id] = ids;
    const parts = detail?.parts as string[] | undefined;
    if (action === 'updateProfile' && id && parts?.length) this.#tellProfile(id, `Corrected: ${parts.join(', ')}`, this.#store.data.profiles.find((p) => p.id === id)?.contact);
  };
  #tellProfile(id: T.Id, says: string, contact: T.ContactPreference | null | undefined): void {
    this.messages.tell('profile_changed_by_staff', { type: 'profile', id, profileId: id, says }, null, contact, true);
  }
  /** Who was told (issue 15): the message log; `messages.roles` changes the staff member's roles. */
  readonly messages = new InMemoryMessages({
    now: () => this.#store.now(),
    newId: (prefix) => this.#store.newId(prefix),
    staff: () => this.#store.staff,
    settle: (options) => this.#store.settle(options),
    profileContact: (id) => this.#store.data.profiles.find((p) => p.id === id)?.contact,
    audited: (action, ids, detail) => this.audit.recordOwn(action, ids, detail),
  });
  readonly listMessages = this.messages.listMessages.bind(this.messages);
  readonly markMessageDone = this.messages.markMessageDone.bind(this.messages);
  readonly listMessagesByHand = this.messages.listMessagesByHand.bind(this.messages);
  readonly exportAuditEvents = this.audit.exportAuditEvents.bind(this.audit);
  readonly listMyProfileViews = this.audit.listMyProfileViews.bind(this.audit);

  constructor(options: InMemoryApiOptions = {}) {
    const seed = options.seed === 'empty' ? emptySeed() : (options.seed ?? createSeed(options.now));
    const store = (this.#store = new InMemoryStore(seed, options.now, options.latencyMs ?? 0, options.staff ?? true));
    store.seesGivers = () => this.messages.roles.includes('feedback');
    this.pay = new InMemoryPay(
      {
        now: () => store.now(),
        opportunity: (id) => store.data.opportunities.find((o) => o.id === id),
        interest: (opportunityId, id) => store.data.interests.find((i) => i.id === id && i.opportunityId === opportunityId),
        feedback: () => store.data.feedback,
        nameOf: (person) => personProfile(store.data.profiles.filter((p) => personOf(p.contact) === person), (id) => this.equality.answered(id))?.name.trim() || null,
        newId: (prefix) => store.newId(prefix),
        newReference: (prefix) => store.newReference(prefix),
        once: (scope, options, body, write) => store.once(scope, options, body, write),
        settle: (options) => store.settle(options),
      },
      { ...(store.staff ? {} : { roles: [] }), ...options.pay },
    );
    carryPayCalls(this, this.pay);
    this.missing = new InMemoryMissingSessions({
      now: () => store.now(),
      interests: () => store.data.interests,
      opportunity: (id) => store.data.opportunities.find((o) => o.id === id),
      newId: (prefix) => store.newId(prefix),
      once: (scope, options, body, write) => store.once(scope, options, body, write),
      settle: (options) => store.settle(options),
      pay: this.pay,
    });
    carryCalls(this, this.missing, ['listMyMissingSessions', 'reportMissingSession', 'listMissingSessions', 'resolveMissingSession']);
    // Every query is checked against the contract's rules first, as the server does.
    checkQueries(this, () => store.staff);
  }

  /** Attendance and claims (issue 16); `pay.actAs(subject, roles)` changes who the staff member is. */
  readonly pay: InMemoryPay;
  /** "I came but I am not on the list" (issue 16): reports of sessions with no attendance record. */
  readonly missing: InMemoryMissingSessions;

  /**
   * The edit token of a profile, as if it had just been created: lets Storybook and tests
   * show the "change your profile" journey for seed profiles. Not part of `CoprodApi`.
   */
  editTokenOf(profileId: T.Id): string | undefined {
    return this.#store.editTokens.get(profileId);
  }

  /** Staff erase everything that is one person's, on their request (issue 15). */
  erasePerson(request: T.ErasureRequest, options?: WriteOptions): Promise<T.ErasureSummary> {
    return erasePerson(this.#store, request, options);
  }

  /** The staff workspace's counts; `claims` is null when the staff member has no finance role. */
  async getStaffSummary(options?: CallOptions): Promise<T.StaffSummary> {
    const store = this.#store;
    await store.settle(options);
    store.requireStaff();
    const queue = await this.pay.listClaims({}, options).catch((error: unknown) => (error instanceof ApiError && error.kind === 'forbidden' ? null : Promise.reject(error)));
    const { opportunities, interests, feedback } = store.data;
    return staffSummary({ opportunities, interests, feedback, claims: queue?.items ?? null, byHand: this.messages.waitingByHand() }, new Date(store.now()), { ...RESPOND_WITHIN_DAYS, claims: queue?.targetWorkingDays ?? 10 });
  }

  listOpportunities(query?: T.OpportunityQuery, options?: CallOptions): Promise<T.OpportunityPage> {
    return opportunities.list(this.#store, query, options);
  }

  getOpportunity(id: T.Id, options?: CallOptions): Promise<T.Opportunity> {
    return opportunities.get(this.#store, id, options);
  }

  createOpportunity(input: T.OpportunityInput, options?: WriteOptions): Promise<T.Opportunity> {
    return opportunities.create(this.#store, input, options);
  }

  /** A new date or venue is told to everyone interested; a cancellation to them and to people invited who have not answered (server/src/messages/opportunity-changes.ts). */
  async updateOpportunity(id: T.Id, input: T.OpportunityInput, options?: UpdateOptions): Promise<T.Opportunity> {
    const before = structuredClone(this.#store.data.opportunities.find((o) => o.id === id));
    const after = await opportunities.update(this.#store, id, input, options);
    const differ = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
    const cancelled = after.status === 'cancelled' && before?.status !== 'cancelled';
    if (!before || before.status === 'draft' || (before.status === 'cancelled' && !cancelled)) return after;
    if (!cancelled && !differ(before.when, after.when) && !differ(before.where.venue, after.where.venue)) return after;
    const says = `${cancelled ? 'Cancelled' : 'Changed'}: ${after.title}`;
    for (const i of this.#store.data.interests) if (i.opportunityId === id && i.status !== 'not_this_time') this.messages.tell('opportunity_changed', { type: 'interest', id: i.id, opportunityId: id, says }, 'interested', i.contact);
    if (cancelled) for (const i of this.people.waitingFor(id)) this.messages.tell('opportunity_changed', { type: 'invitation', id: i.id, opportunityId: id, profileId: i.profileId, says }, null, this.#store.data.profiles.find((p) => p.id === i.profileId)?.contact);
    return after;
  }

  createInterest(opportunityId: T.Id, input: T.InterestInput, options?: WriteOptions): Promise<T.InterestReceipt> {
    return interests.create(this.#store, opportunityId, input, options);
  }

  listInterests(opportunityId: T.Id, options?: CallOptions): Promise<T.Interest[]> {
    return interests.list(this.#store, opportunityId, options);
  }

  async updateInterest(opportunityId: T.Id, interestId: T.Id, change: T.InterestUpdate, options?: UpdateOptions): Promise<T.Interest> {
    const was = this.#store.data.interests.find((i) => i.id === interestId)?.status;
    const interest = await interests.update(this.#store, opportunityId, interestId, change, options);
    if (interest.status !== was) this.messages.tell('interest_answer', { type: 'interest', id: interestId, opportunityId, says: interestSays(interest.reference, interest.status) }, 'interested', interest.contact);
    return interest;
  }

  createProfile(input: T.ProfileInput, options?: WriteOptions): Promise<T.ProfileCreated> {
    return profiles.create(this.#store, input, options);
  }

  getProfile(id: T.Id, options?: ProfileCallOptions): Promise<T.Profile> {
    return profiles.get(this.#store, id, options, this.#profileAudit);
  }

  updateProfile(id: T.Id, input: T.ProfileInput, options?: ProfileCallOptions): Promise<T.Profile> {
    return profiles.update(this.#store, id, input, options, this.#profileAudit);
  }

  async deleteProfile(id: T.Id, options?: ProfileCallOptions): Promise<void> {
    const contact = this.#store.data.profiles.find((p) => p.id === id)?.contact;
    await profiles.remove(this.#store, id, options, this.#profileAudit);
    if (options?.profileToken === undefined) this.#tellProfile(id, 'Deleted', contact);
  }

  listProfiles(query?: T.ProfileQuery, options?: CallOptions): Promise<{ items: T.Profile[]; total: number; nextCursor: string | null }> {
    return profiles.list(this.#store, query, options, this.#profileAudit);
  }

  listFeedback(query?: T.FeedbackQuery, options?: CallOptions): Promise<T.FeedbackPage> {
    return feedback.list(this.#store, query, options);
  }

  getFeedback(id: T.Id, options?: CallOptions): Promise<T.FeedbackItem> {
    return feedback.get(this.#store, id, options);
  }

  createFeedback(input: T.FeedbackInput, options?: WriteOptions): Promise<T.FeedbackReceipt> {
    return feedback.create(this.#store, input, options);
  }

  async supportFeedback(id: T.Id, supporterKey: string, options?: SupportOptions): Promise<T.SupportResult> {
    const result = await feedback.support(this.#store, id, supporterKey, options);
    if (options?.reply) this.#store.supporters.push({ id, contact: options.reply });
    return result;
  }

  /** The person who gave it and asked to hear back is told: a status change is a decision. */
  /** Everyone who gave it or said "I said this too" (on it or on items merged into it) and asked to hear back, once each, as the outbox's tellFeedback. */
  #tellGiver(id: T.Id, event: 'feedback_status' | 'feedback_update', decision: boolean, says: string): void {
    const told = new Set<string>();
    const merged = (of: T.Id) => of === id || this.#store.data.feedback.find((f) => f.id === of)?.mergedInto === id;
    const tell = (contact: T.ContactPreference | null | undefined, role: 'giver' | 'supporter') => {
      const key = contact && `${contact.method}:${contact.detail.trim().toLowerCase()}`;
      if (!key || told.has(key)) return;
      told.add(key);
      this.messages.tell(event, { type: 'feedback', id, says }, role, contact, decision);
    };
    for (const f of this.#store.data.feedback) if (merged(f.id)) tell(f.reply, 'giver');
    for (const s of this.#store.supporters) if (merged(s.id)) tell(s.contact, 'supporter');
  }

  async updateFeedback(id: T.Id, change: T.FeedbackChange, options?: UpdateOptions): Promise<T.FeedbackItem> {
    const was = this.#store.data.feedback.find((f) => f.id === id)?.status;
    const item = await feedback.update(this.#store, id, change, options);
    if (item.status !== was) this.#tellGiver(id, 'feedback_status', true, feedbackSays(item.reference, item.status));
    return item;
  }

  async addFeedbackUpdate(id: T.Id, update: T.FeedbackUpdateInput, options?: WriteOptions): Promise<T.FeedbackItem> {
    const count = this.#store.data.feedback.find((f) => f.id === id)?.updates.length;
    const item = await feedback.addUpdate(this.#store, id, update, options);
    if (item.updates.length !== count) this.#tellGiver(id, 'feedback_update', update.kind === 'changed' || update.kind === 'not_changed', update.text);
    return item;
  }

  mergeFeedback(id: T.Id, intoId: T.Id, options?: WriteOptions): Promise<T.FeedbackItem> {
    return feedback.merge(this.#store, id, intoId, options);
  }

  async getTaxonomy(options?: CallOptions): Promise<T.Taxonomy> {
    await this.#store.settle(options);
    return structuredClone(this.#store.data.taxonomy);
  }
}
