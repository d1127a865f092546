/**
 * Friendly names for the shapes the OpenAPI contract defines. Generated from
 * `api/openapi.yaml` into `schema.generated.ts`; never edit that file by hand.
 */
import type { components, operations } from './schema.generated.js';

type Schemas = components['schemas'];

export type Id = Schemas['Id'];
export type LocalisedText = Schemas['LocalisedText'];
export type Term = Schemas['Term'];
export type Taxonomy = Schemas['Taxonomy'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type ParticipationMode = Schemas['ParticipationMode'];
/** One id of the one access vocabulary (`ACCESS` in rules.ts): offered by an opportunity, needed by a person. */
export type Access = Schemas['Access'];
/** What an opportunity offers: the same ids as `Access`. */
export type AccessFeature = Access;
/** What a person needs: the same ids as `Access`. */
export type AccessNeed = Access;
export type ContactMethod = Schemas['ContactMethod'];
export type ContactPreference = Schemas['ContactPreference'];
export type Weekday = Schemas['Weekday'];

export type OpportunityStatus = Schemas['OpportunityStatus'];
export type Payment = Schemas['Payment'];
export type LadderRung = Schemas['LadderRung'];
export type OpportunityKind = Schemas['OpportunityKind'];
export type OpportunityInput = Schemas['OpportunityInput'];
export type Opportunity = Schemas['Opportunity'];
export type OpportunityPage = Schemas['OpportunityPage'];

export type InterestInput = Schemas['InterestInput'];
export type InterestReceipt = Schemas['InterestReceipt'];
export type InterestStatus = Schemas['InterestStatus'];
export type Interest = Schemas['Interest'];
export type InterestUpdate = Schemas['InterestUpdate'];

export type ProfilePicture = Schemas['ProfilePicture'];
export type ProfileInput = Schemas['ProfileInput'];
export type Profile = Schemas['Profile'];
export type ProfileCreated = Schemas['ProfileCreated'];

export type FeedbackStatus = Schemas['FeedbackStatus'];
export type FeedbackInput = Schemas['FeedbackInput'];
export type FeedbackReceipt = Schemas['FeedbackReceipt'];
export type FeedbackUpdateKind = Schemas['FeedbackUpdateKind'];
export type FeedbackUpdateInput = Schemas['FeedbackUpdateInput'];
export type FeedbackUpdate = Schemas['FeedbackUpdate'];
/** The language a person's words or a staff update are written in. */
export type WrittenIn = Schemas['WrittenIn'];
export type FeedbackItem = Schemas['FeedbackItem'];
export type FeedbackPage = Schemas['FeedbackPage'];
export type FeedbackChange = Schemas['FeedbackChange'];
export type SupportResult = Schemas['SupportResult'];

/** Query parameters, exactly as the contract names them. */
export type OpportunityQuery = NonNullable<operations['listOpportunities']['parameters']['query']>;
/** What narrows "Only what may suit me": the same filters as the opportunity search (GET /me/suggestions). */
export type MySuggestionFilters = Omit<NonNullable<operations['listMySuggestions']['parameters']['query']>, 'limit'>;
export type FeedbackQuery = NonNullable<operations['listFeedback']['parameters']['query']>;
export type ProfileQuery = NonNullable<operations['listProfiles']['parameters']['query']>;

export type SignInChannel = Schemas['SignInChannel'];
export type SignInRequest = Schemas['SignInRequest'];
export type SignInRequested = Schemas['SignInRequested'];
export type SignInProof = Schemas['SignInProof'];
export type MySession = Schemas['MySession'];
export type MyInterest = Schemas['MyInterest'];
export type MyInvolvement = Schemas['MyInvolvement'];
export type ErasureRequest = Schemas['ErasureRequest'];
export type ErasureSummary = Schemas['ErasureSummary'];
export type MessagePreferences = Schemas['MessagePreferences'];
export type MessagePreferencesState = Schemas['MessagePreferencesState'];
/** Who was told about an item (staff): one message, masked address, channel and delivery. */
export type ToldMessage = Schemas['ToldMessage'];
export type MessageLog = Schemas['MessageLog'];
export type MessageLogQuery = NonNullable<operations['listMessages']['parameters']['query']>;
/** A letter, call or supporter message waiting for staff to send by hand, with what it says. */
export type ByHandMessage = Schemas['ByHandMessage'];
export type ByHandPage = Schemas['ByHandPage'];
export type ByHandQuery = operations['listMessagesByHand']['parameters']['query'];

/**
 * A whole council's data at once: what `InMemoryApi` starts from and what the reference
 * server loads into an empty database. The fictional Anytown seed (`@coprod/seed`, a private
 * workspace package) is one; a council's own tests can pass their own.
 */
export interface Seed {
  taxonomy: Taxonomy;
  opportunities: Opportunity[];
  /** Expressions of interest, with their staff status. */
  interests: Interest[];
  /** Every item carries its full `updates` timeline, oldest first. */
  feedback: FeedbackItem[];
  /** Edit tokens of seed profiles are not published; staff can read them. */
  profiles: Profile[];
}

// Valued and paid (issue 16): rates, attendance, claims, receipts, the person's record.
export type PaymentPrep = Schemas['PaymentPrep'];
export type ExpenseRates = Schemas['ExpenseRates'];
export type ExpenseType = Schemas['ExpenseType'];
export type PaymentChoice = Schemas['PaymentChoice'];
export type ClaimStatus = Schemas['ClaimStatus'];
export type AttendanceInput = Schemas['AttendanceInput'];
export type AttendanceChange = Schemas['AttendanceChange'];
export type AttendanceQuery = Schemas['AttendanceQuery'];
export type AttendanceQueryInput = Schemas['AttendanceQueryInput'];
export type Attendance = Schemas['Attendance'];
export type AttendanceList = Schemas['AttendanceList'];
export type Receipt = Schemas['Receipt'];
export type ExpenseInput = Schemas['ExpenseInput'];
export type Expense = Schemas['Expense'];
export type ClaimFee = Schemas['ClaimFee'];
export type ClaimInput = Schemas['ClaimInput'];
export type ClaimMessage = Schemas['ClaimMessage'];
export type Claim = Schemas['Claim'];
export type ClaimQueue = Schemas['ClaimQueue'];
export type ClaimDecision = Schemas['ClaimDecision'];
export type ClaimAnswer = Schemas['ClaimAnswer'];
export type BenefitsLimit = Schemas['BenefitsLimit'];
export type PayTotals = Schemas['PayTotals'];
export type MyPay = Schemas['MyPay'];
export type RecordActivity = Schemas['RecordActivity'];
export type RecordClaim = Schemas['RecordClaim'];
export type RecordFeedback = Schemas['RecordFeedback'];
export type InvolvementRecord = Schemas['InvolvementRecord'];
export type ClaimQuery = NonNullable<operations['listClaims']['parameters']['query']>;
export type ClaimExportQuery = NonNullable<operations['exportClaims']['parameters']['query']>;

// The people pool, suggestions and invitations (issue 18).
export type TimeOfDay = Schemas['TimeOfDay'];
export type ReadReasonCode = Schemas['ReadReasonCode'];
/** Why staff changed, deleted or erased what a person gave (told to the person, and audited). */
export type ChangeReasonCode = Schemas['ChangeReasonCode'];
export type InvitationWish = Schemas['InvitationWish'];
export type PersonSummary = Schemas['PersonSummary'];
export type PeoplePage = Schemas['PeoplePage'];
export type PersonRecord = Schemas['PersonRecord'];
export type MatchWeights = Schemas['MatchWeights'];
export type MatchReasonShape = Schemas['MatchReason'];
export type AccessArrangementShape = Schemas['AccessArrangement'];
export type Suggestion = Schemas['Suggestion'];
export type SuggestionPage = Schemas['SuggestionPage'];
export type InvitationStatus = Schemas['InvitationStatus'];
export type Invitation = Schemas['Invitation'];
export type InvitationList = Schemas['InvitationList'];
export type InvitationRequest = Schemas['InvitationRequest'];
export type InvitationResult = Schemas['InvitationResult'];
export type InvitationAnswer = Schemas['InvitationAnswer'];
export type InvitationAnswered = Schemas['InvitationAnswered'];
export type MySuggestion = Schemas['MySuggestion'];
export type MySuggestionList = Schemas['MySuggestionList'];
export type MyInvitation = Schemas['MyInvitation'];
export type MyInvitationList = Schemas['MyInvitationList'];
export type MyInvitationAnswer = Schemas['MyInvitationAnswer'];
export type PeopleQuery = NonNullable<operations['listPeople']['parameters']['query']>;
export type SuggestionQuery = NonNullable<operations['listSuggestions']['parameters']['query']>;
export type Ingredient = Schemas['Ingredient'];
export type Agreement = Schemas['Agreement'];
export type EvaluationInvitation = Schemas['EvaluationInvitation'];
export type EvaluationInput = Schemas['EvaluationInput'];
export type EvaluationReceipt = Schemas['EvaluationReceipt'];
export type EvaluationByHandInput = Schemas['EvaluationByHandInput'];
/** How a person gave their answers: online (their link), on a paper form, or over the phone. */
export type GivenBy = EvaluationByHandInput['how'];
export type EvaluationRound = Schemas['EvaluationRound'];
export type AnswerCounts = Schemas['AnswerCounts'];
export type EvaluationGroup = Schemas['EvaluationGroup'];
export type EvaluationResults = Schemas['EvaluationResults'];
export type FeltAnswer = EvaluationInput['felt'] & string;
export type StaffCount = Schemas['StaffCount'];
export type StaffSummary = Schemas['StaffSummary'];

/** The audit trail, readable (issue 20): staff with `auditor`. */
export type AuditEvent = Schemas['AuditEvent'];
export type AuditEventPage = Schemas['AuditEventPage'];
export type AuditQuery = NonNullable<operations['listAuditEvents']['parameters']['query']>;
export type AuditExportQuery = NonNullable<operations['exportAuditEvents']['parameters']['query']>;
/** When staff opened or changed the person's own profile (their `/me` page). */
export type ProfileView = Schemas['ProfileView'];
export type MyProfileViews = Schemas['MyProfileViews'];

/** "I came but I am not on the list" (issue 16): the person reports a session with no attendance record; staff with `attendance` record or decline it. */
export type MissingSessionStatus = Schemas['MissingSessionStatus'];
export type MissingSessionInput = Schemas['MissingSessionInput'];
export type MissingSession = Schemas['MissingSession'];
export type MissingSessionDecision = Schemas['MissingSessionDecision'];
export type MissingSessionQuery = NonNullable<operations['listMissingSessions']['parameters']['query']>;
export type MissingSessionActivity = Schemas['MissingSessionActivity'];
export type MyMissingSessions = Schemas['MyMissingSessions'];
export type EqualityAnswers = Schemas['EqualityAnswers'];
export type EqualityReach = Schemas['EqualityReach'];
export type EqualityReferenceFigures = Schemas['EqualityReference'];
export type CouncilQuestion = Schemas['CouncilQuestion'];
export type CouncilQuestionInput = Schemas['CouncilQuestionInput'];
export type CouncilQuestionList = Schemas['CouncilQuestionList'];
export type ThreeReadings = Schemas['ThreeReadings'];
export type EqualityQuestion = Exclude<keyof EqualityAnswers, 'council'>;
