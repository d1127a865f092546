import { abortedError, sleep } from './abortable.js';
import type { CallOptions, CoprodApi, PayCalls, StaffSummaryCalls, ProfileCallOptions, UpdateOptions, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import { InMemoryPay } from './in-memory-pay.js';
import { carryPayCalls, type InMemoryPayOptions } from './in-memory-pay-support.js';
import { InMemoryEvaluations } from './in-memory-evaluations.js';
import { InMemoryPeople } from './in-memory-people.js';
import { InMemoryAudit } from './in-memory-audit.js';
import { noteVersion } from './versions.js';
import { staffSummary } from './staff-summary.js';
import { CHANGE_REASONS, feedbackReferencesIn } from './rules.js';
import { createSeed } from '@coprod/seed';
import type {
  ChangeReasonCode,
  FeedbackChange,
  FeedbackInput,
  FeedbackItem,
  FeedbackPage,
  FeedbackQuery,
  FeedbackReceipt,
  FeedbackUpdate,
  FeedbackUpdateInput,
  FieldError,
  Id,
  Interest,
  InterestInput,
  InterestReceipt,
  InterestUpdate,
  Opportunity,
  OpportunityInput,
  OpportunityPage,
  OpportunityQuery,
  OpportunityStatus,
  Profile,
  ProfileCreated,
  ProfileInput,
  Seed,
  ProfileQuery,
  StaffSummary,
  SupportResult,
  Taxonomy,
} from './types.js';
import {
  validateFeedbackChange,
  validateFeedbackInput,
  validateFeedbackUpdateInput,
  validateInterestInput,
  validateInterestUpdate,
  validateOpportunityInput,
  validateProfileInput,
  validateSupporterKey,
  validationProblem,
} from './validation.js';

export type { Seed } from './types.js';

export interface InMemoryApiOptions {
  /** The data to start from; `'empty'` starts with nothing but the taxonomy's shape. Default: the shared seed. */
  seed?: Seed | 'empty';
  /** The clock starts here and runs on in real time. Default: now. */
  now?: Date;
  /** Wait this long before every answer, to show loading states. Default 0. */
  latencyMs?: number;
  /** Whether staff calls are allowed (as with a staff token). Default true; false makes them reject as `unauthorized`. */
  staff?: boolean;
  /** Attendance, claims and the council's pay settings (issue 16). */
  pay?: InMemoryPayOptions;
}

const RESPOND_WITHIN_DAYS = { interest: 10, feedback: 20 } as const;
const DEFAULT_LIMIT = 20;
/** No 0/O or 1/I/L, so a reference read out over the phone cannot be misheard. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

interface Remembered {
  body: string;
  result: unknown;
}

/**
 * The whole contract in the page: for Storybook, tests, the demo, and councils that plug
 * their own JavaScript back end in. It behaves like the reference server (filters, sorts,
 * cursors, validation messages, idempotency, roles) so that a widget that works against
 * it works against HTTP.
 */
// The pay calls (issue 16) live in InMemoryPay and are put on each adapter by the constructor.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface InMemoryApi extends PayCalls {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class InMemoryApi implements CoprodApi, StaffSummaryCalls {
  readonly #data: Seed;
  readonly #latencyMs: number;
  readonly #staff: boolean;
  readonly #startedAt: number;
  readonly #clockOrigin: number;
  readonly #editTokens = new Map<Id, string>();
  readonly #supporterKeys = new Map<Id, Set<string>>();
  readonly #idempotent = new Map<string, Remembered>();
  readonly #references = new Set<string>();
  #counter = 0;
  /** How well did we involve you? (issue 17): its own module, sharing this adapter's data. */
  readonly evaluations = new InMemoryEvaluations({ opportunities: () => this.#data.opportunities, interests: () => this.#data.interests, staff: () => this.#staff });
  readonly openEvaluationInvitation = this.evaluations.openEvaluationInvitation.bind(this.evaluations);
  readonly sendEvaluation = this.evaluations.sendEvaluation.bind(this.evaluations);
  readonly inviteToEvaluate = this.evaluations.inviteToEvaluate.bind(this.evaluations);
  readonly getActivityEvaluation = this.evaluations.getActivityEvaluation.bind(this.evaluations);
  readonly getInvolvementResults = this.evaluations.getInvolvementResults.bind(this.evaluations);
  /** The people pool, suggestions and invitations (issue 18): its own module, sharing this adapter's data. */
  readonly people = new InMemoryPeople({
    profiles: () => this.#data.profiles,
    opportunities: () => this.#data.opportunities,
    interests: () => this.#data.interests,
    staff: () => this.#staff,
    now: () => this.#now(),
    newId: (prefix) => this.#newId(prefix),
    createInterest: (opportunityId, input) => this.createInterest(opportunityId, input),
  });
  readonly listPeople = this.people.listPeople.bind(this.people);
  readonly getPerson = this.people.getPerson.bind(this.people);
  readonly listSuggestions = this.people.listSuggestions.bind(this.people);
  readonly listInvitations = this.people.listInvitations.bind(this.people);
  readonly invitePeople = this.people.invitePeople.bind(this.people);
  readonly answerInvitation = this.people.answerInvitation.bind(this.people);
  readonly listMySuggestions = this.people.listMySuggestions.bind(this.people);
  /** The audit trail (issue 20): its own module; `audit.actAs` and `audit.record` for tests and stories. */
  readonly audit = new InMemoryAudit({ profiles: () => this.#data.profiles, staff: () => this.#staff, now: () => this.#now(), meProfile: (token) => this.people.meProfile(token), settle: (options) => this.#settle(options) });
  readonly listAuditEvents = this.audit.listAuditEvents.bind(this.audit);
  readonly exportAuditEvents = this.audit.exportAuditEvents.bind(this.audit);
  readonly listMyProfileViews = this.audit.listMyProfileViews.bind(this.audit);

  constructor(options: InMemoryApiOptions = {}) {
    const seed = options.seed === 'empty' ? emptySeed() : (options.seed ?? createSeed(options.now));
    this.#data = structuredClone(seed);
    this.#latencyMs = options.latencyMs ?? 0;
    this.#staff = options.staff ?? true;
    this.#startedAt = Date.now();
    this.#clockOrigin = (options.now ?? new Date()).getTime();
    for (const profile of this.#data.profiles) this.#editTokens.set(profile.id, this.#newToken());
    for (const item of [...this.#data.interests, ...this.#data.feedback]) this.#references.add(item.reference);
    this.pay = new InMemoryPay(
      {
        now: () => this.#now(),
        opportunity: (id) => this.#data.opportunities.find((o) => o.id === id),
        interest: (opportunityId, id) => this.#data.interests.find((i) => i.id === id && i.opportunityId === opportunityId),
        feedback: () => this.#data.feedback,
        newId: (prefix) => this.#newId(prefix),
        newReference: (prefix) => this.#newReference(prefix),
        once: (scope, options, body, write) => this.#once(scope, options, body, write),
        settle: (options) => this.#settle(options),
      },
      { ...(this.#staff ? {} : { roles: [] }), ...options.pay },
    );
    carryPayCalls(this, this.pay);
  }

  /** Attendance and claims (issue 16); `pay.actAs(subject, roles)` changes who the staff member is. */
  readonly pay: InMemoryPay;

  /**
   * The edit token of a profile, as if it had just been created: lets Storybook and tests
   * show the "change your profile" journey for seed profiles. Not part of `CoprodApi`.
   */
  editTokenOf(profileId: Id): string | undefined {
    return this.#editTokens.get(profileId);
  }

  /** The staff workspace's counts; `claims` is null when the staff member has no finance role. */
  async getStaffSummary(options?: CallOptions): Promise<StaffSummary> {
    await this.#settle(options);
    this.#requireStaff();
    const queue = await this.pay.listClaims({}, options).catch((error: unknown) => (error instanceof ApiError && error.kind === 'forbidden' ? null : Promise.reject(error)));
    const { opportunities, interests, feedback } = this.#data;
    return staffSummary({ opportunities, interests, feedback, claims: queue?.items ?? null }, new Date(this.#now()), { ...RESPOND_WITHIN_DAYS, claims: queue?.targetWorkingDays ?? 10 });
  }

  // Opportunities

  async listOpportunities(query: OpportunityQuery = {}, options?: CallOptions): Promise<OpportunityPage> {
    await this.#settle(options);
    const statuses: readonly OpportunityStatus[] = query.status?.length ? query.status : ['open'];
    if (statuses.some((s) => s !== 'open')) this.#requireStaff();
    const keywordList = keywords(query.q);
    let items = this.#data.opportunities.filter(
      (o) =>
        statuses.includes(o.status) &&
        (!query.topic?.length || query.topic.some((t) => o.topics.includes(t))) &&
        (!query.format?.length || query.format.some((m) => o.where.modes.includes(m))) &&
        (!query.area || (o.area?.id ?? o.where.areaId) === query.area) &&
        (!query.organisation || o.organisationId === query.organisation) &&
        (query.paid === undefined || query.paid === (o.payment.type === 'paid')) &&
        matchesAll(keywordList, opportunityWords(o)),
    );
    const sort = query.sort ?? 'closing';
    items = items.sort(sort === 'newest' ? byNewest : byClosing);
    if (sort === 'relevance' && keywordList.length) {
      const score = (o: Opportunity) => keywordList.reduce((n, w) => n + (o.title.toLowerCase().includes(w) ? 3 : 0) + (o.summary.toLowerCase().includes(w) ? 2 : 0), 0);
      // Array#sort is stable, so equal scores keep the closing-date order.
      items = items.sort((a, b) => score(b) - score(a));
    }
    return paginate(items, query.cursor, query.limit, (o) => this.#opportunityView(o));
  }

  async getOpportunity(id: Id, options?: CallOptions): Promise<Opportunity> {
    await this.#settle(options);
    const opportunity = this.#findOpportunity(id);
    return noteVersion(this.#opportunityView(opportunity), this.#version(id));
  }

  /** Each record's revision, counted up on every change: its version for If-Match. */
  readonly #revisions = new Map<Id, number>();

  #version(id: Id): string {
    return `"r${this.#revisions.get(id) ?? 0}"`;
  }

  /** Refuses a change made from an older version than the record's (HTTP 412). */
  #checkVersion(id: Id, ifMatch: string | undefined): void {
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== this.#version(id)) {
      const detail = 'Someone changed this since you opened it. Reload it, then make your change again.';
      throw new ApiError('conflict', detail, { status: 412, problem: { type: 'about:blank', title: 'Precondition Failed', status: 412, detail } });
    }
    this.#bump(id);
  }

  /** A change that needs no If-Match (an update added, a merge) still makes a new version. */
  #bump(id: Id): void {
    this.#revisions.set(id, (this.#revisions.get(id) ?? 0) + 1);
  }

  async createOpportunity(input: OpportunityInput, options?: WriteOptions): Promise<Opportunity> {
    await this.#settle(options);
    this.#requireStaff();
    return this.#once('createOpportunity', options, input, () => {
      this.#check(validateOpportunityInput(input, this.#taxonomyIds()));
      const now = this.#now();
      const opportunity: Opportunity = {
        ...structuredClone(input),
        id: this.#newId('opp'),
        ...this.#terms(input),
        placesTaken: 0,
        interestCount: 0,
        createdAt: now,
        updatedAt: now,
        publishedAt: input.status === 'draft' ? null : now,
      };
      this.#data.opportunities.push(opportunity);
      return this.#opportunityView(opportunity);
    });
  }

  async updateOpportunity(id: Id, input: OpportunityInput, options?: UpdateOptions): Promise<Opportunity> {
    await this.#settle(options);
    this.#requireStaff();
    const current = this.#findOpportunity(id);
    this.#check(validateOpportunityInput(input, this.#taxonomyIds()));
    this.#checkVersion(id, options?.ifMatch);
    const now = this.#now();
    const next: Opportunity = {
      ...structuredClone(input),
      id,
      ...this.#terms(input),
      placesTaken: current.placesTaken,
      interestCount: current.interestCount ?? 0,
      createdAt: current.createdAt,
      updatedAt: now,
      publishedAt: current.publishedAt ?? (input.status === 'draft' ? null : now),
    };
    this.#data.opportunities[this.#data.opportunities.indexOf(current)] = next;
    return noteVersion(this.#opportunityView(next), this.#version(id));
  }

  // Interests

  async createInterest(opportunityId: Id, input: InterestInput, options?: WriteOptions): Promise<InterestReceipt> {
    await this.#settle(options);
    return this.#once(`createInterest:${opportunityId}`, options, input, () => {
      const opportunity = this.#findOpportunity(opportunityId);
      this.#check(validateInterestInput(input));
      if (opportunity.status !== 'open' && opportunity.status !== 'filled') throw problemError('conflict', 409, 'This opportunity has closed.');
      // Every place taken: the person goes on the waiting list, and the receipt says so.
      const waitingList = opportunity.status === 'filled' || (opportunity.places != null && opportunity.placesTaken >= opportunity.places);
      const now = this.#now();
      const interest: Interest = {
        ...structuredClone(input),
        id: this.#newId('int'),
        reference: this.#newReference('INT'),
        opportunityId,
        status: 'new',
        note: '',
        createdAt: now,
        updatedAt: now,
        firstAnsweredAt: null,
        waitingList,
      };
      this.#data.interests.push(interest);
      opportunity.interestCount = (opportunity.interestCount ?? 0) + 1;
      return {
        id: interest.id,
        reference: interest.reference,
        opportunityId,
        createdAt: now,
        respondWithinDays: RESPOND_WITHIN_DAYS.interest,
        waitingList,
      };
    });
  }

  async listInterests(opportunityId: Id, options?: CallOptions): Promise<Interest[]> {
    await this.#settle(options);
    this.#requireStaff();
    this.#findOpportunity(opportunityId);
    const items = this.#data.interests.filter((i) => i.opportunityId === opportunityId).sort((a, b) => compare(a.createdAt, b.createdAt));
    return structuredClone(items).map((item) => noteVersion(item, this.#version(item.id)));
  }

  async updateInterest(opportunityId: Id, interestId: Id, change: InterestUpdate, options?: UpdateOptions): Promise<Interest> {
    await this.#settle(options);
    this.#requireStaff();
    const opportunity = this.#findOpportunity(opportunityId);
    const interest = this.#data.interests.find((i) => i.id === interestId && i.opportunityId === opportunityId);
    if (!interest) throw notFound('expression of interest');
    this.#check(validateInterestUpdate(change));
    if (change.status === 'joined' && interest.status !== 'joined' && opportunity.places != null && opportunity.placesTaken >= opportunity.places) {
      const message = `All ${opportunity.places} places are taken. Give a place back first, or keep this person on the waiting list.`;
      throw new ApiError('conflict', message, {
        status: 409,
        problem: { type: 'about:blank', title: 'Conflict', status: 409, detail: message, errors: [{ field: 'status', code: 'no-places-left', message }] },
      });
    }
    this.#checkVersion(interest.id, options?.ifMatch);
    const now = this.#now();
    if (change.status !== undefined && change.status !== interest.status) {
      if (interest.status === 'joined') opportunity.placesTaken = Math.max(0, opportunity.placesTaken - 1);
      if (change.status === 'joined') opportunity.placesTaken += 1;
      if (interest.status === 'new' && !interest.firstAnsweredAt) interest.firstAnsweredAt = now;
      interest.status = change.status;
      // The last place taken fills it; a place given back opens it again.
      if (opportunity.places != null && (opportunity.status === 'open' || opportunity.status === 'filled')) {
        opportunity.status = opportunity.placesTaken >= opportunity.places ? 'filled' : 'open';
      }
    }
    if (change.note !== undefined) interest.note = change.note;
    interest.updatedAt = now;
    return noteVersion(structuredClone(interest), this.#version(interest.id));
  }

  // Profiles

  async createProfile(input: ProfileInput, options?: WriteOptions): Promise<ProfileCreated> {
    await this.#settle(options);
    return this.#once('createProfile', options, input, () => {
      this.#check(validateProfileInput(input));
      const now = this.#now();
      const profile: Profile = { ...structuredClone(input), id: this.#newId('prof'), createdAt: now, updatedAt: now };
      const editToken = this.#newToken();
      this.#data.profiles.push(profile);
      this.#editTokens.set(profile.id, editToken);
      return { profile: structuredClone(profile), editToken };
    });
  }

  async getProfile(id: Id, options?: ProfileCallOptions): Promise<Profile> {
    await this.#settle(options);
    // The contract lets staff read, correct and delete any profile (on the person's request).
    const profile = this.#ownProfile(id, options?.profileToken, this.#staff);
    return noteVersion(structuredClone(profile), this.#version(id));
  }

  async updateProfile(id: Id, input: ProfileInput, options?: ProfileCallOptions): Promise<Profile> {
    await this.#settle(options);
    const current = this.#ownProfile(id, options?.profileToken, this.#staff);
    this.#checkReason(options?.reason);
    this.#check(validateProfileInput(input));
    this.#checkVersion(id, options?.ifMatch);
    const next: Profile = { ...structuredClone(input), id, createdAt: current.createdAt, updatedAt: this.#now() };
    this.#data.profiles[this.#data.profiles.indexOf(current)] = next;
    return noteVersion(structuredClone(next), this.#version(id));
  }

  async deleteProfile(id: Id, options?: ProfileCallOptions): Promise<void> {
    await this.#settle(options);
    const current = this.#ownProfile(id, options?.profileToken, this.#staff);
    this.#checkReason(options?.reason);
    this.#data.profiles.splice(this.#data.profiles.indexOf(current), 1);
    this.#editTokens.delete(id);
  }

  async listProfiles(query: ProfileQuery = {}, options?: CallOptions): Promise<{ items: Profile[]; total: number; nextCursor: string | null }> {
    await this.#settle(options);
    this.#requireStaff();
    const skill = query.skill?.trim().toLowerCase();
    const items = this.#data.profiles
      .filter((p) => (!query.topic || (p.topics ?? []).includes(query.topic)) && (!skill || (p.skills ?? []).some((s) => s.toLowerCase().includes(skill))))
      .sort((a, b) => compare(b.createdAt, a.createdAt) || compare(a.id, b.id));
    return paginate(items, query.cursor, query.limit, (p) => structuredClone(p));
  }

  // Feedback

  async listFeedback(query: FeedbackQuery = {}, options?: CallOptions): Promise<FeedbackPage> {
    await this.#settle(options);
    const all = query.include === 'all';
    if (all) this.#requireStaff();
    const keywordList = keywords(query.q);
    // A reference ("FB-8M2D") finds that item; other words search what was said.
    const references = feedbackReferencesIn(query.q);
    const items = this.#data.feedback
      .filter(
        (f) =>
          (all || (f.published && !f.mergedInto)) &&
          (!query.status?.length || query.status.includes(f.status)) &&
          (!query.topic || f.topic === query.topic) &&
          (references.length ? references.includes(f.reference) : matchesAll(keywordList, words(f.text))),
      )
      .sort(feedbackSorts[query.sort ?? 'newest']);
    return paginate(items, query.cursor, query.limit, (f) => {
      const view = this.#feedbackView(f);
      view.updates = view.updates.slice(-1);
      return view;
    });
  }

  async getFeedback(id: Id, options?: CallOptions): Promise<FeedbackItem> {
    await this.#settle(options);
    return this.#feedbackView(this.#findFeedback(id));
  }

  async createFeedback(input: FeedbackInput, options?: WriteOptions): Promise<FeedbackReceipt> {
    await this.#settle(options);
    return this.#once('createFeedback', options, input, () => {
      this.#check(validateFeedbackInput(input, this.#taxonomyIds().topics));
      const now = this.#now();
      const name = input.name?.trim() || null;
      const item: FeedbackItem = {
        id: this.#newId('fb'),
        reference: this.#newReference('FB'),
        topic: input.topic,
        text: input.text.trim(),
        // The consent question promises the board shows it without the giver's name.
        attribution: null,
        name,
        reply: input.reply ? structuredClone(input.reply) : null,
        consentToPublish: input.consentToPublish,
        createdAt: now,
        status: 'received',
        published: false,
        mergedInto: null,
        supporters: 0,
        updates: [],
        updateCount: 0,
        lastUpdatedAt: now,
        lastAnsweredAt: null,
      };
      this.#data.feedback.push(item);
      return { id: item.id, reference: item.reference, status: item.status, createdAt: now, respondWithinDays: RESPOND_WITHIN_DAYS.feedback };
    });
  }

  async supportFeedback(id: Id, supporterKey: string, options?: WriteOptions): Promise<SupportResult> {
    await this.#settle(options);
    return this.#once(`supportFeedback:${id}`, options, { supporterKey }, () => {
      let item = this.#findFeedback(id);
      this.#check(validateSupporterKey(supporterKey));
      // Support for a merged item counts towards the item it was merged into.
      if (item.mergedInto) item = this.#data.feedback.find((f) => f.id === item.mergedInto) ?? item;
      const keys = this.#supportersOf(item.id);
      const counted = !keys.has(supporterKey);
      if (counted) {
        keys.add(supporterKey);
        item.supporters += 1;
      }
      return { supporters: item.supporters, counted };
    });
  }

  async updateFeedback(id: Id, change: FeedbackChange, options?: UpdateOptions): Promise<FeedbackItem> {
    await this.#settle(options);
    this.#requireStaff();
    const item = this.#findFeedback(id);
    this.#check(validateFeedbackChange(change, this.#taxonomyIds().topics));
    if (change.published === true && !item.consentToPublish) {
      this.#check([{ field: 'published', message: 'This cannot be published: the person did not agree to it being shown', code: 'not-allowed' }]);
    }
    this.#checkVersion(item.id, options?.ifMatch);
    if (change.status !== undefined) item.status = change.status;
    if (change.published !== undefined) item.published = change.published;
    if (change.topic !== undefined) item.topic = change.topic;
    item.lastUpdatedAt = this.#now();
    return this.#feedbackView(item);
  }

  async addFeedbackUpdate(id: Id, update: FeedbackUpdateInput, options?: WriteOptions): Promise<FeedbackItem> {
    await this.#settle(options);
    this.#requireStaff();
    return this.#once(`addFeedbackUpdate:${id}`, options, update, () => {
      const item = this.#findFeedback(id);
      this.#check(validateFeedbackUpdateInput(update));
      if (item.mergedInto) throw problemError('conflict', 409, 'This feedback was merged into another item: add the update there');
      const now = this.#now();
      const entry: FeedbackUpdate = { id: this.#newId('upd'), kind: update.kind, text: update.text.trim(), links: structuredClone(update.links ?? []), createdAt: now };
      item.updates.push(entry);
      if (update.kind === 'changed' || update.kind === 'not_changed') item.status = update.kind;
      item.updateCount = item.updates.length;
      item.lastUpdatedAt = now;
      this.#bump(item.id);
      item.lastAnsweredAt = now;
      return this.#feedbackView(item);
    });
  }

  async mergeFeedback(id: Id, intoId: Id, options?: WriteOptions): Promise<FeedbackItem> {
    await this.#settle(options);
    this.#requireStaff();
    return this.#once(`mergeFeedback:${id}`, options, { intoId }, () => {
      const item = this.#findFeedback(id);
      if (intoId === id) this.#check([{ field: 'intoId', message: 'Choose a different item to merge into', code: 'not-allowed' }]);
      const into = this.#findFeedback(intoId);
      if (item.mergedInto) throw problemError('conflict', 409, 'This feedback has already been merged');
      if (into.mergedInto) throw problemError('conflict', 409, 'The item to merge into has itself been merged');
      const now = this.#now();
      into.supporters += item.supporters + 1;
      const keys = this.#supportersOf(into.id);
      for (const key of this.#supportersOf(item.id)) keys.add(key);
      item.mergedInto = into.id;
      item.lastUpdatedAt = now;
      this.#bump(item.id);
      into.lastUpdatedAt = now;
      this.#bump(into.id);
      return this.#feedbackView(into);
    });
  }

  // Taxonomy

  async getTaxonomy(options?: CallOptions): Promise<Taxonomy> {
    await this.#settle(options);
    return structuredClone(this.#data.taxonomy);
  }

  // Internals

  /** Waits for the configured latency; rejects as `aborted` when the caller's signal fires. */
  async #settle(options: CallOptions | undefined): Promise<void> {
    const signal = options?.signal;
    if (signal?.aborted) throw abortedError(signal.reason);
    if (this.#latencyMs > 0) {
      await sleep(this.#latencyMs, signal);
    }
  }

  /**
   * Runs a write once per idempotency key: the same key with the same body returns the
   * first result; with another body it is a conflict. Failed attempts are not remembered,
   * so a corrected retry with the same key goes through.
   */
  #once<T>(scope: string, options: WriteOptions | undefined, body: unknown, write: () => T): T {
    const key = options?.idempotencyKey;
    if (key === undefined) return write();
    const slot = `${scope}\n${key}`;
    const serialised = JSON.stringify(body);
    const seen = this.#idempotent.get(slot);
    if (seen) {
      if (seen.body !== serialised) throw problemError('conflict', 409, 'This Idempotency-Key was used before with a different request');
      return structuredClone(seen.result) as T;
    }
    const result = write();
    this.#idempotent.set(slot, { body: serialised, result: structuredClone(result) });
    return result;
  }

  #requireStaff(): void {
    if (!this.#staff) throw problemError('unauthorized', 401, 'Sign in as staff to do this');
  }

  #check(errors: FieldError[]): void {
    if (errors.length) {
      const problem = validationProblem(errors);
      throw new ApiError('validation', problem.detail ?? problem.title, { status: 422, problem });
    }
  }

  #findOpportunity(id: Id): Opportunity {
    const opportunity = this.#data.opportunities.find((o) => o.id === id);
    // Drafts are invisible to the public, as if they did not exist.
    if (!opportunity || (!this.#staff && opportunity.status === 'draft')) throw notFound('opportunity');
    return opportunity;
  }

  #findFeedback(id: Id): FeedbackItem {
    const item = this.#data.feedback.find((f) => f.id === id);
    if (!item || (!this.#staff && !item.published)) throw notFound('feedback');
    return item;
  }

  /** Staff say why they change a person's profile with one of the contract's codes, or not at all. */
  #checkReason(reason: unknown): void {
    if (reason !== undefined && !CHANGE_REASONS.includes(reason as ChangeReasonCode)) throw problemError('validation', 400, 'Choose why you are changing this profile from the list');
  }

  #ownProfile(id: Id, token: string | undefined, staff: boolean): Profile {
    const profile = this.#data.profiles.find((p) => p.id === id);
    if (token === undefined) {
      if (!staff) throw problemError('unauthorized', 401, 'Use the link or code you were given when you saved your profile');
      if (!profile) throw notFound('profile');
      return profile;
    }
    if (!profile) throw notFound('profile');
    if (this.#editTokens.get(id) !== token) throw problemError('forbidden', 403, 'This code does not open this profile');
    return profile;
  }

  #opportunityView(opportunity: Opportunity): Opportunity {
    const view = structuredClone(opportunity);
    if (!this.#staff) delete view.interestCount;
    return view;
  }

  #feedbackView(item: FeedbackItem): FeedbackItem {
    const view = structuredClone(item);
    view.updateCount ??= view.updates.length;
    if (!this.#staff) {
      delete view.name;
      delete view.reply;
    }
    return noteVersion(view, this.#version(item.id));
  }

  #supportersOf(id: Id): Set<string> {
    let keys = this.#supporterKeys.get(id);
    if (!keys) this.#supporterKeys.set(id, (keys = new Set()));
    return keys;
  }

  #terms(input: OpportunityInput): Pick<Opportunity, 'organisation' | 'area'> {
    const { organisations, areas } = this.#data.taxonomy;
    const organisation = organisations.find((t) => t.id === input.organisationId) ?? { id: input.organisationId, name: { en: input.organisationId } };
    const area = input.where.areaId ? (areas.find((t) => t.id === input.where.areaId) ?? null) : null;
    return { organisation: structuredClone(organisation), area: structuredClone(area) };
  }

  /** Known ids to check input against; an empty list (the empty seed) accepts any id. */
  #taxonomyIds() {
    const { topics, areas, organisations } = this.#data.taxonomy;
    const ids = (terms: { id: Id }[]) => (terms.length ? terms.map((t) => t.id) : undefined);
    return { topics: ids(topics), areas: ids(areas), organisations: ids(organisations) };
  }

  #now(): string {
    return new Date(this.#clockOrigin + (Date.now() - this.#startedAt)).toISOString();
  }

  #newId(prefix: string): Id {
    this.#counter += 1;
    return `${prefix}-${this.#counter.toString(36)}${randomChars(6, 'abcdefghijkmnpqrstuvwxyz23456789')}`;
  }

  #newReference(prefix: string): string {
    for (;;) {
      const reference = `${prefix}-${randomChars(4, REFERENCE_ALPHABET)}`;
      if (!this.#references.has(reference)) {
        this.#references.add(reference);
        return reference;
      }
    }
  }

  #newToken(): string {
    return randomChars(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
  }
}

function emptySeed(): Seed {
  return { taxonomy: { topics: [], areas: [], organisations: [] }, opportunities: [], interests: [], feedback: [], profiles: [] };
}

function randomChars(length: number, alphabet: string): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

const ACCENTED = 'âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ';
const PLAIN = 'aeiouwyaeiouwyaeiouwyaeiouwy';

/** Words in lower case without Welsh accents, as the server indexes them (server/migrations/003). */
function words(text: string | undefined): string[] {
  const folded = [...(text ?? '').normalize('NFC').toLowerCase()].map((c) => PLAIN[ACCENTED.indexOf(c)] ?? c).join('');
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const keywords = (q: string | undefined): string[] => words(q);

/** A keyword and its English singular ("carers" also looks for "carer"), standing in for the server's English stems. */
function forms(keyword: string): string[] {
  if (keyword.length > 4 && keyword.endsWith('ies')) return [keyword, `${keyword.slice(0, -3)}y`];
  if (keyword.length > 3 && keyword.endsWith('s') && !keyword.endsWith('ss')) return [keyword, keyword.slice(0, -1)];
  return [keyword];
}

/** Every keyword starts a word of the text, in either language ("gofal" finds "gofalwyr"). */
function matchesAll(keywordList: readonly string[], textWords: readonly string[]): boolean {
  return keywordList.every((k) => forms(k).some((form) => textWords.some((w) => w.startsWith(form))));
}

/** What search reads: the same fields in English and Welsh as the server's index. */
function opportunityWords(o: Opportunity): string[] {
  const cy = o.translations?.cy;
  return [o.title, o.summary, o.description, o.experienceNeeded, ...(o.skills ?? []), cy?.title, cy?.summary, cy?.description, cy?.experienceNeeded].flatMap(words);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Soonest closing date first; no closing date last; then newest. */
function byClosing(a: Opportunity, b: Opportunity): number {
  const ac = a.closingDate ?? null;
  const bc = b.closingDate ?? null;
  if (ac !== bc) {
    if (ac === null) return 1;
    if (bc === null) return -1;
    return compare(ac, bc);
  }
  return byNewest(a, b);
}

function byNewest(a: Opportunity, b: Opportunity): number {
  return compare(b.publishedAt ?? b.createdAt, a.publishedAt ?? a.createdAt) || compare(a.id, b.id);
}

const newestFeedback = (a: FeedbackItem, b: FeedbackItem) => compare(b.createdAt, a.createdAt) || compare(a.id, b.id);

const feedbackSorts: Record<NonNullable<FeedbackQuery['sort']>, (a: FeedbackItem, b: FeedbackItem) => number> = {
  newest: newestFeedback,
  updated: (a, b) => compare(b.lastUpdatedAt, a.lastUpdatedAt) || newestFeedback(a, b),
  // Never answered first, longest waiting first; then those answered longest ago.
  oldest_unanswered: (a, b) => {
    const aw = a.lastAnsweredAt ?? null;
    const bw = b.lastAnsweredAt ?? null;
    if ((aw === null) !== (bw === null)) return aw === null ? -1 : 1;
    return compare(aw ?? a.createdAt, bw ?? b.createdAt) || compare(a.id, b.id);
  },
  most_supported: (a, b) => b.supporters - a.supporters || newestFeedback(a, b),
};

function paginate<T, V>(items: T[], cursor: string | undefined, limit: number | undefined, view: (item: T) => V): { items: V[]; total: number; nextCursor: string | null } {
  const size = limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new ApiError('validation', 'The limit must be a whole number from 1 to 100', {
      status: 400,
      problem: validationProblem([{ field: 'limit', message: 'The limit must be a whole number from 1 to 100', code: 'invalid-format' }], 400),
    });
  }
  const offset = cursor === undefined ? 0 : decodeCursor(cursor);
  const page = items.slice(offset, offset + size);
  const next = offset + size;
  return { items: page.map(view), total: items.length, nextCursor: next < items.length ? encodeCursor(next) : null };
}

function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`);
}

function decodeCursor(cursor: string): number {
  let decoded = '';
  try {
    decoded = atob(cursor);
  } catch {
    // Falls through to the error below.
  }
  const match = /^o:(\d+)$/.exec(decoded);
  if (!match) {
    throw new ApiError('validation', 'The cursor is not valid', {
      status: 400,
      problem: validationProblem([{ field: 'cursor', message: 'Start again from the first page', code: 'invalid-format' }], 400),
    });
  }
  return Number(match[1]);
}

function notFound(what: string): ApiError {
  return problemError('not-found', 404, `There is no ${what} with that id`);
}

function problemError(kind: 'conflict' | 'unauthorized' | 'forbidden' | 'not-found' | 'validation', status: number, title: string): ApiError {
  return new ApiError(kind, title, { status, problem: { type: `https://coprod.example/problems/${kind}`, title, status } });
}
