import type {
  ContactPreference,
  CouncilQuestion,
  CouncilQuestionInput,
  CouncilQuestionList,
  EqualityAnswers,
  EqualityReach,
  EqualityReferenceFigures,
  MyMissingSessions,
  MissingSession,
  MissingSessionDecision,
  MissingSessionInput,
  MissingSessionQuery,
  AuditEventPage,
  AuditExportQuery,
  AuditQuery,
  MyProfileViews,
  Attendance,
  AttendanceChange,
  AttendanceInput,
  BenefitsLimit,
  Claim,
  ChangeReasonCode,
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
  EvaluationByHandInput,
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
  ByHandPage,
  ByHandQuery,
  MessageLogQuery,
  MessagePreferences,
  MessagePreferencesState,
  MyInvolvement,
  MyPay,
  MySession,
  Opportunity,
  OpportunityInput,
  OpportunityPage,
  OpportunityQuery,
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
  MySuggestionFilters,
  MySuggestionList,
  MyInvitationAnswer,
  MyInvitationList,
  PeopleQuery,
  PeoplePage,
  PersonRecord,
  ReadReasonCode,
  SuggestionPage,
  SuggestionQuery,
  StaffSummary,
  ToldMessage,
} from './types.js';

/** Options every call may take. */
export interface CallOptions {
  /** Aborts the call (e.g. when the element leaves the page, or a newer search starts). */
  signal?: AbortSignal;
}

/** Options for a POST: one idempotency key per attempt, reused on every retry of it. */
export interface WriteOptions extends CallOptions {
  idempotencyKey?: string;
}

/** "I said this too", and how to hear back. */
export interface SupportOptions extends WriteOptions {
  reply?: ContactPreference | undefined;
  messages?: MessagePreferences | undefined;
}

/** Options for a change to a record read before (PUT, PATCH). */
export interface UpdateOptions extends CallOptions {
  /**
   * The version the record was read at (`versionOf(record)`), sent as `If-Match`: the change
   * fails with a `conflict` ApiError (HTTP 412) when someone else changed it since.
   */
  ifMatch?: string | undefined;
}

/** Options for calls on one person's own profile. */
export interface ProfileCallOptions extends UpdateOptions {
  /** The profile's edit token; without it the configured token (host sign-in) is used. */
  profileToken?: string;
  /**
   * Staff only (correcting or deleting on the person's request): why. The person is told
   * what was changed and this reason, and it is written to the audit log.
   */
  reason?: ChangeReasonCode;
}

/** Options for the person's own page: the short-lived token from `startMySession`. */
export interface MeCallOptions extends CallOptions {
  meToken: string;
}

/**
 * Coming back to one's own page (`<coprod-my-involvement>`): sign-in links and codes, and
 * the person's profiles, interests and feedback. Optional in an adapter: a widget that finds
 * them missing says the page is not available.
 */
export interface MyInvolvementCalls {
  requestSignIn(request: SignInRequest, options?: WriteOptions): Promise<SignInRequested>;
  startMySession(proof: SignInProof, options?: WriteOptions): Promise<MySession>;
  endMySession(options: MeCallOptions): Promise<void>;
  getMyInvolvement(options: MeCallOptions): Promise<MyInvolvement>;
  /** `ifMatch`: the version the profile was read at (GET /me notes `"<updatedAt>"` on each); a `conflict` (412) when it changed since, in another tab or by staff. */
  updateMyProfile(id: Id, input: ProfileInput, options: MeCallOptions & { ifMatch?: string | undefined }): Promise<Profile>;
  deleteMyProfile(id: Id, options: MeCallOptions): Promise<void>;
  eraseMe(options: MeCallOptions): Promise<ErasureSummary>;
  /** How the signed-in person wants to hear back; a 404 when they never asked to. */
  getMessagePreferences(options: MeCallOptions): Promise<MessagePreferencesState>;
  updateMessagePreferences(change: MessagePreferences, options: MeCallOptions): Promise<MessagePreferencesState>;
  /** Staff, on the person's request (audited). */
  erasePerson(request: ErasureRequest, options?: WriteOptions): Promise<ErasureSummary>;
}

/** A file to upload (a receipt): a `Blob` or `File` in the page, or bytes. */
export type Upload = Blob | ArrayBuffer | Uint8Array;

/**
 * Valued and paid (issue 16): attendance, claims and receipts, the finance queue and export,
 * and the person's record. Optional in an adapter, like `MyInvolvementCalls`. Staff calls
 * need the role named (`attendance` or `finance`); the person's calls take their `/me` token.
 * Money is integer pence throughout. Details: server/README.md, "Valued and paid".
 */
export interface PayCalls {
  /** Staff with `attendance` or `finance`. */
  listAttendance(opportunityId: Id, options?: CallOptions): Promise<Attendance[]>;
  /** Staff with `attendance`; one record per person per session (409 on a second). */
  recordAttendance(opportunityId: Id, input: AttendanceInput, options?: WriteOptions): Promise<Attendance>;
  getAttendance(id: Id, options?: CallOptions): Promise<Attendance>;
  /** Staff with `attendance`: correct hours or role, or answer the person's query. Send `ifMatch`. */
  updateAttendance(id: Id, change: AttendanceChange, options?: UpdateOptions): Promise<Attendance>;

  /** Staff with `finance`: overdue first, then oldest. */
  listClaims(query?: ClaimQuery, options?: CallOptions): Promise<ClaimQueue>;
  getClaim(id: Id, options?: CallOptions): Promise<Claim>;
  /** Staff with `finance`: approve, query (with `text`), refuse (with `text`), pay (with `paidOn`). Send `ifMatch`. */
  decideClaim(id: Id, decision: ClaimDecision, options?: UpdateOptions): Promise<Claim>;
  /** Staff with `finance`: the CSV text for finance (see the contract for its columns). */
  exportClaims(query?: ClaimExportQuery, options?: CallOptions): Promise<string>;
  /** The person's own receipt (their token), or any for staff with `finance` (no `meToken`). */
  getReceipt(id: Id, options?: Partial<MeCallOptions>): Promise<Blob>;

  getMyPay(options: MeCallOptions): Promise<MyPay>;
  setMyBenefitsLimit(limit: BenefitsLimit, options: MeCallOptions): Promise<MyPay>;
  queryMyAttendance(attendanceId: Id, text: string, options: MeCallOptions & WriteOptions): Promise<Attendance>;
  /** A JPEG, PNG or PDF of at most 10 MB, checked by its content. */
  uploadReceipt(file: Upload, options: MeCallOptions & WriteOptions): Promise<Receipt>;
  createClaim(input: ClaimInput, options: MeCallOptions & WriteOptions): Promise<Claim>;
  answerClaimQuery(claimId: Id, answer: ClaimAnswer, options: MeCallOptions & WriteOptions): Promise<Claim>;
  /** The record for a period (`from`, `to`: inclusive UK dates; none: everything), by record-period.ts's rule. */
  getMyRecord(options: MeCallOptions & RecordPeriodQuery): Promise<InvolvementRecord>;
  /** The same record as CSV text, to download. */
  getMyRecordCsv(options: MeCallOptions & RecordPeriodQuery): Promise<string>;
}

/** The period of the person's record they ask for (`YYYY-MM-DD`, inclusive; either open). */
export interface RecordPeriodQuery {
  from?: string;
  to?: string;
}

/**
 * "I came but I am not on the list" (issue 16): the person reports a session they took part
 * in that has no attendance record; staff with `attendance` record it or decline it with a
 * reason (the person is told either way). Optional in an adapter.
 */
export interface MissingSessionCalls {
  /** The person's reports and the activities they may report a session of. */
  listMyMissingSessions(options: MeCallOptions): Promise<MyMissingSessions>;
  reportMissingSession(input: MissingSessionInput, options: MeCallOptions & WriteOptions): Promise<MissingSession>;
  /** Staff with `attendance`: the open reports unless `status` says otherwise, oldest first. */
  listMissingSessions(query?: MissingSessionQuery, options?: CallOptions): Promise<MissingSession[]>;
  /** Staff with `attendance`: record it or decline it (with `reason`). Send `ifMatch`. */
  resolveMissingSession(id: Id, decision: MissingSessionDecision, options?: UpdateOptions): Promise<MissingSession>;
}

/**
 * How well did we involve you? (issue 17): a single-use invitation, the answers, and the
 * results counted. Optional in an adapter: the evaluation widgets say they are not available.
 */
export interface EvaluationCalls {
  /** What the invitation in the link is about (the token from `#coprod-evaluation=`). */
  openEvaluationInvitation(token: string, options?: WriteOptions): Promise<EvaluationInvitation>;
  /** Uses the invitation once; a `conflict` ApiError when it was used already. */
  sendEvaluation(input: EvaluationInput, options?: WriteOptions): Promise<EvaluationReceipt>;
  /** Staff (insights): the answers on one paper form or from one call, kept apart from who gave them like an online answer. */
  enterEvaluationByHand(input: EvaluationByHandInput, options?: WriteOptions): Promise<EvaluationReceipt>;
  /** Staff: the activity has ended; invite everyone who took part. */
  inviteToEvaluate(opportunityId: Id, options?: WriteOptions): Promise<EvaluationRound>;
  /** Staff: one activity counted. */
  getActivityEvaluation(opportunityId: Id, options?: CallOptions): Promise<EvaluationResults>;
  /** The programme's results, safe to publish. */
  getInvolvementResults(options?: CallOptions): Promise<EvaluationResults>;
}

/**
 * The people pool, suggestions and invitations (issue 18): staff with the `people` role;
 * `reason` says why a person's data is read (it goes in the audit log). Optional in an
 * adapter, like `MyInvolvementCalls`. `listMySuggestions` is the person's own (their `/me` token).
 */
export interface PeopleCalls {
  listPeople(query: PeopleQuery, options?: CallOptions): Promise<PeoplePage>;
  getPerson(id: Id, reason: ReadReasonCode, options?: CallOptions): Promise<PersonRecord>;
  listSuggestions(opportunityId: Id, query?: SuggestionQuery, options?: CallOptions): Promise<SuggestionPage>;
  listInvitations(opportunityId: Id, options?: CallOptions): Promise<InvitationList>;
  invitePeople(opportunityId: Id, request: InvitationRequest, options?: WriteOptions): Promise<InvitationResult>;
  answerInvitation(answer: InvitationAnswer, options?: WriteOptions): Promise<InvitationAnswered>;
  /** Best first, up to `limit` (the contract's default 20, at most 100). */
  /** `filters`: the opportunity search's own (keywords, topic, area, ways, paid, organisation), applied by the same rule. */
  listMySuggestions(options: MeCallOptions & { limit?: number; filters?: MySuggestionFilters }): Promise<MySuggestionList>;
  /** The person's own invitations still waiting for an answer (issue 15), newest first. */
  listMyInvitations(options: MeCallOptions): Promise<MyInvitationList>;
  /** The person answers one from their page, as from the emailed link; a `not-found` when it is not theirs, a `conflict` when it has closed. */
  answerMyInvitation(id: Id, answer: MyInvitationAnswer, options: MeCallOptions & WriteOptions): Promise<InvitationAnswered>;
}

/**
 * The staff workspace's counts (issue 14): what waits for staff, and what is overdue, in each
 * section. Optional in an adapter: the workspace then shows its sections without counts.
 */
export interface StaffSummaryCalls {
  getStaffSummary(options?: CallOptions): Promise<StaffSummary>;
}

/**
 * Who was told (issue 15): staff see the messages about an item (to whom, masked, through
 * which channel, delivered or failed) and record one they sent by hand. Optional in an adapter.
 */
export interface MessageLogCalls {
  /** Exactly one of `feedbackId`, `interestId`, `opportunityId` or `profileId` (everything sent to one person; the people role); newest first. */
  listMessages(query: MessageLogQuery, options?: CallOptions): Promise<MessageLog>;
  /** A letter, call or supporter message staff sent by hand; a `conflict` when it is not one, or was marked already. */
  markMessageDone(messageId: Id, options?: WriteOptions): Promise<ToldMessage>;
  /** Every message waiting for staff to send by hand, oldest first, with what it says (the people role; audited with `reason`). Optional. */
  listMessagesByHand?(query: ByHandQuery, options?: CallOptions): Promise<ByHandPage>;
}

/**
 * The audit trail, readable (issue 20): staff with `auditor` list and export who read or
 * changed whose record; the person sees when staff opened or changed their own profile.
 * Optional in an adapter.
 */
export interface AuditCalls {
  /** Staff with `auditor`: newest first; page on with `before` (the page's `next`). */
  listAuditEvents(query?: AuditQuery, options?: CallOptions): Promise<AuditEventPage>;
  /** Staff with `auditor`: the same events as CSV text (see the contract for its columns). */
  exportAuditEvents(query?: AuditExportQuery, options?: CallOptions): Promise<string>;
  /** The signed-in person: when staff opened or changed their profile, newest first. */
  listMyProfileViews(options: MeCallOptions): Promise<MyProfileViews>;
}

/**
 * Who is taking part (issue 17): the person's own optional equality answers, and staff's counts
 * of everyone's beside the council's reference population (never a person). Optional in an adapter.
 */
export interface EqualityCalls {
  /** The signed-in person's own answers (`{}` when none). */
  getMyEquality(options: MeCallOptions): Promise<EqualityAnswers>;
  /** Replaces them; a `not-found` ApiError when the person has no profile. */
  saveMyEquality(answers: EqualityAnswers, options: MeCallOptions): Promise<EqualityAnswers>;
  deleteMyEquality(options: MeCallOptions): Promise<void>;
  /** Staff: counts only, small ones hidden, the rest rounded. */
  getEqualityReach(options?: CallOptions): Promise<EqualityReach>;
  /** Staff: the council's reference population (percent per question and answer). */
  getEqualityReference(options?: CallOptions): Promise<EqualityReferenceFigures>;
  /** Staff: replaces it; a `validation` ApiError (422) for an answer the question does not have. */
  saveEqualityReference(reference: EqualityReferenceFigures, options?: CallOptions): Promise<EqualityReferenceFigures>;
  /** The council's own questions ("any the council adds"), retired ones too; no sign-in needed. */
  getEqualityQuestions(options?: CallOptions): Promise<CouncilQuestionList>;
  /** Staff with the insights role: add a question of the council's own (audited). */
  addEqualityQuestion(input: CouncilQuestionInput, options?: CallOptions): Promise<CouncilQuestion>;
  /** Staff with the insights role: stop asking one (audited). */
  retireEqualityQuestion(id: string, options?: CallOptions): Promise<CouncilQuestion>;
}

/**
 * What every widget talks to. `HttpApi` implements it over the contract's HTTP API;
 * `InMemoryApi` implements it in the page (Storybook, tests, councils with their own
 * JavaScript back end). A council may pass any object that implements it as `adapter`.
 *
 * Every method rejects with an `ApiError` on failure.
 */
export interface CoprodApi extends Partial<MyInvolvementCalls>, Partial<PayCalls>, Partial<EvaluationCalls>, Partial<PeopleCalls>, Partial<StaffSummaryCalls>, Partial<MessageLogCalls>, Partial<AuditCalls>, Partial<MissingSessionCalls>, Partial<EqualityCalls> {
  listOpportunities(query?: OpportunityQuery, options?: CallOptions): Promise<OpportunityPage>;
  getOpportunity(id: Id, options?: CallOptions): Promise<Opportunity>;
  createOpportunity(input: OpportunityInput, options?: WriteOptions): Promise<Opportunity>;
  updateOpportunity(id: Id, input: OpportunityInput, options?: UpdateOptions): Promise<Opportunity>;

  createInterest(opportunityId: Id, input: InterestInput, options?: WriteOptions): Promise<InterestReceipt>;
  listInterests(opportunityId: Id, options?: CallOptions): Promise<Interest[]>;
  updateInterest(opportunityId: Id, interestId: Id, change: InterestUpdate, options?: UpdateOptions): Promise<Interest>;

  createProfile(input: ProfileInput, options?: WriteOptions): Promise<ProfileCreated>;
  getProfile(id: Id, options?: ProfileCallOptions): Promise<Profile>;
  updateProfile(id: Id, input: ProfileInput, options?: ProfileCallOptions): Promise<Profile>;
  deleteProfile(id: Id, options?: ProfileCallOptions): Promise<void>;
  listProfiles(query?: ProfileQuery, options?: CallOptions): Promise<{ items: Profile[]; total: number; nextCursor: string | null }>;

  listFeedback(query?: FeedbackQuery, options?: CallOptions): Promise<FeedbackPage>;
  getFeedback(id: Id, options?: CallOptions): Promise<FeedbackItem>;
  createFeedback(input: FeedbackInput, options?: WriteOptions): Promise<FeedbackReceipt>;
  /** `reply`: where to tell this supporter what happens to the item (issue 15), with their `messages` choices; leave out to not be told. */
  supportFeedback(id: Id, supporterKey: string, options?: SupportOptions): Promise<SupportResult>;
  updateFeedback(id: Id, change: FeedbackChange, options?: UpdateOptions): Promise<FeedbackItem>;
  addFeedbackUpdate(id: Id, update: FeedbackUpdateInput, options?: WriteOptions): Promise<FeedbackItem>;
  mergeFeedback(id: Id, intoId: Id, options?: WriteOptions): Promise<FeedbackItem>;

  getTaxonomy(options?: CallOptions): Promise<Taxonomy>;
}
