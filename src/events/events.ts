/**
 * Every `coprod-*` event and the shape of its `detail`, in one place. The map below is
 * merged into the DOM's `GlobalEventHandlersEventMap`, so a host page written in TypeScript
 * gets `event.detail` typed in `addEventListener('coprod-…', …)`, and a widget's `emit()`
 * is checked against it: a wrong name or a wrong detail does not compile.
 *
 * Events carry ids and what changed, never personal data (names, contact details, free
 * text), because host pages send them to analytics.
 */
import type { ApiErrorKind } from '../api/errors.js';
import type { FeedbackStatus, FeedbackUpdateKind, InterestStatus, Opportunity, OpportunityStatus } from '../api/types.js';

/** What a widget was doing when a call failed. */
export type CoprodErrorAction =
  | 'load' // the widget's data
  | 'load-more' // "Show more"
  | 'load-item' // one item opened from a list or board
  | 'load-topics'
  | 'send' // a public form (interest, feedback)
  | 'save' // a profile, a brief, an interest's status
  | 'delete'
  | 'support' // "I support this"
  | 'status' // a staff status change or publishing
  | 'update' // a staff update on feedback
  | 'merge'
  | 'sign-in' // a link, code or profile key exchanged for a sign-in (the person's own page)
  | 'erase'; // the person erasing everything

/** Detail of `coprod-error`, the same from every widget. */
export interface CoprodErrorDetail {
  action: CoprodErrorAction;
  /** The `ApiError` kind: `network`, `timeout`, `validation`, `unauthorized`, `server`... */
  kind: ApiErrorKind;
  /** What the widget told the reader, in their language. */
  message: string;
}

/** Detail of `coprod-evaluation-sent`: the activity only, never an answer (issue 17). */
export interface EvaluationSentDetail {
  opportunityId: string;
}

/** Detail of `coprod-evaluation-entered`: staff added answers from a paper form or a call (`<coprod-staff-insights>`). The activity and how they came only, never an answer or who gave it (issue 17). */
export interface EvaluationEnteredDetail {
  opportunityId: string;
  how: 'paper' | 'phone';
}

/** Detail of `coprod-opportunity-open`. */
export interface OpportunityOpenDetail {
  opportunityId: string;
  title: string;
}

/** Detail of `coprod-interest-sent`. */
export interface InterestSentDetail {
  opportunityId: string;
  interestId: string;
  reference: string;
}

/** Detail of `coprod-profile-saved`: which profile, never its contents (they are personal data). */
export interface ProfileSavedDetail {
  profileId: string;
  /** True when the profile was created, false when it was changed. */
  created: boolean;
}

/** Detail of `coprod-profile-deleted`. */
export interface ProfileDeletedDetail {
  profileId: string;
}

/** Detail of `coprod-feedback-sent`. */
export interface FeedbackSentDetail {
  id: string;
  reference: string;
  topic: string;
  consentToPublish: boolean;
  wantsReply: boolean;
}

/** Detail of `coprod-feedback-supported`. */
export interface FeedbackSupportedDetail {
  id: string;
  supporters: number;
  /** False when the server had already counted this browser. */
  counted: boolean;
}

/** Detail of `coprod-opportunity-saved`. */
export interface OpportunitySavedDetail {
  opportunity: Opportunity;
  created: boolean;
}

/** Detail of `coprod-opportunity-status-changed`. */
export interface OpportunityStatusChangedDetail {
  opportunity: Opportunity;
  from: OpportunityStatus;
  to: OpportunityStatus;
}

/**
 * Detail of `coprod-interest-updated`: ids and the new status only, never the person's
 * details, message or the staff note.
 */
export interface InterestUpdatedDetail {
  opportunityId: string;
  interestId: string;
  status: InterestStatus;
}

/** Detail of `coprod-opportunity-chosen`: the opportunity staff chose to see the interest in (null: none). */
export interface OpportunityChosenDetail {
  opportunityId: string | null;
}

/**
 * Detail of `coprod-feedback-updated`: ids and what changed, never the feedback text, the
 * person's name or how to reply to them.
 */
export interface FeedbackUpdatedDetail {
  id: string;
  /** The item's status after the change. */
  status: FeedbackStatus;
  /** Whether the item is on the public board after the change. */
  published: boolean;
  /** What changed: the status, publishing, or a new dated update. */
  change: 'status' | 'published' | 'update';
  /** For a new dated update, its kind ("we heard", "what we are doing"...). */
  updateKind?: FeedbackUpdateKind;
}

/** Detail of `coprod-feedback-merged`. */
export interface FeedbackMergedDetail {
  id: string;
  intoId: string;
}

/** Detail of `coprod-signed-in`: how, never who. */
export interface SignedInDetail {
  signedInWith: 'email' | 'text' | 'profile';
}

/** Detail of `coprod-signed-out`: the person signed out, or the short sign-in ended. */
export interface SignedOutDetail {
  reason: 'signed-out' | 'ended';
}

/** Detail of `coprod-erased`: counts of what was removed, nothing else. */
export interface ErasedDetail {
  profiles: number;
  interests: number;
  feedbackRemoved: number;
  feedbackAnonymised: number;
}

/** A person sent a claim for their time and costs (`<coprod-claim>`). Ids only: no money, no personal data. */
export interface ClaimSentDetail {
  claimId: string;
  reference: string;
}

/** Staff approved, queried, refused or paid a claim (`<coprod-staff-claims>`). */
export interface ClaimDecidedDetail {
  claimId: string;
  action: 'approve' | 'query' | 'refuse' | 'pay';
}

/** Staff recorded that someone took part in a session (`<coprod-staff-claims>`). */
export interface AttendanceRecordedDetail {
  opportunityId: string;
  attendanceId: string;
}

/** Staff invited people to an opportunity (`<coprod-staff-people>`). Ids only. */
export interface PeopleInvitedDetail {
  opportunityId: string;
  invitationIds: string[];
}

/** Staff marked a letter, call or supporter message as sent by hand (`<coprod-staff-people>`). Its id only. */
export interface MessageDoneDetail {
  messageId: string;
}

/** Every `coprod-*` event's name and its detail. */
export interface CoprodEventDetails {
  'coprod-error': CoprodErrorDetail;
  'coprod-opportunity-open': OpportunityOpenDetail;
  'coprod-interest-sent': InterestSentDetail;
  'coprod-profile-saved': ProfileSavedDetail;
  'coprod-profile-deleted': ProfileDeletedDetail;
  'coprod-feedback-sent': FeedbackSentDetail;
  'coprod-evaluation-sent': EvaluationSentDetail;
  'coprod-evaluation-entered': EvaluationEnteredDetail;
  'coprod-feedback-supported': FeedbackSupportedDetail;
  'coprod-opportunity-saved': OpportunitySavedDetail;
  'coprod-opportunity-status-changed': OpportunityStatusChangedDetail;
  'coprod-interest-updated': InterestUpdatedDetail;
  'coprod-feedback-updated': FeedbackUpdatedDetail;
  'coprod-feedback-merged': FeedbackMergedDetail;
  'coprod-signed-in': SignedInDetail;
  'coprod-signed-out': SignedOutDetail;
  'coprod-erased': ErasedDetail;
  'coprod-claim-sent': ClaimSentDetail;
  'coprod-claim-decided': ClaimDecidedDetail;
  'coprod-attendance-recorded': AttendanceRecordedDetail;
  'coprod-people-invited': PeopleInvitedDetail;
  'coprod-opportunity-chosen': OpportunityChosenDetail;
  'coprod-message-done': MessageDoneDetail;
}

export type CoprodEventName = keyof CoprodEventDetails;

/** The event object a listener receives for `name`. */
export type CoprodEvent<N extends CoprodEventName> = CustomEvent<CoprodEventDetails[N]>;

/** Every `coprod-*` event as the DOM sees it. */
export type CoprodEventMap = { [N in CoprodEventName]: CoprodEvent<N> };

declare global {
  // Merged into the DOM's own map, so `addEventListener('coprod-…')` knows the detail.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends CoprodEventMap {}
}
