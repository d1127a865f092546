/**
 * `HttpApi`'s calls beyond a public page's: the person's page, pay, people, evaluation, audit,
 * missing-session, equality and staff calls, each loaded with its module (http-me.ts,
 * http-pay.ts, ...) on its first call. Their names are here, not in http-api.ts, so that a
 * public list or board, which makes none of them, does not carry them: a module that makes one
 * calls `httpCalls()` first (an element's define module, or a lazy part such as the list's
 * "Only what may suit me"). test/node/http-calls-users.test.ts fails when one does not.
 */
import { peoplePath, putCalls } from './http-api.js';
import type { Send } from './http-transport.js';
import { PAY_CALLS } from './pay-calls.js';

/** Every call of a module, as a list checked complete against its interface. */
type AllOf<Calls, Names extends readonly (keyof Calls)[]> = [Exclude<keyof Calls, Names[number]>] extends [never] ? Names : { missing: Exclude<keyof Calls, Names[number]> };
type Module = readonly [load: () => Promise<(send: Send) => object>, names: readonly string[]];
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
  module(peoplePath, ['listPeople', 'getPerson', 'listSuggestions', 'listInvitations', 'invitePeople', 'answerInvitation', 'listMySuggestions', 'listMyInvitations', 'answerMyInvitation']),
  module(() => import('./http-people.js').then((m) => m.evaluationCalls), ['openEvaluationInvitation', 'sendEvaluation', 'enterEvaluationByHand', 'inviteToEvaluate', 'getActivityEvaluation', 'getInvolvementResults']),
  module(() => import('./http-people.js').then((m) => m.auditCalls), ['listAuditEvents', 'exportAuditEvents', 'listMyProfileViews']),
  module(() => import('./http-missing.js').then((m) => m.missingSessionCalls), ['listMyMissingSessions', 'reportMissingSession', 'listMissingSessions', 'resolveMissingSession']),
  module(() => import('./http-equality.js').then((m) => m.equalityCalls), ['getMyEquality', 'saveMyEquality', 'deleteMyEquality', 'getEqualityReach', 'getEqualityReference', 'saveEqualityReference', 'getEqualityQuestions', 'addEqualityQuestion', 'retireEqualityQuestion']),
  module(() => import('./http-staff.js').then((m) => m.staffCalls), ['createOpportunity', 'updateOpportunity', 'listInterests', 'updateInterest', 'listProfiles', 'updateFeedback', 'addFeedbackUpdate', 'mergeFeedback', 'getStaffSummary', 'listMessages', 'markMessageDone', 'listMessagesByHand']),
];

/**
 * Puts the calls above on `HttpApi.prototype` (http-api.ts putCalls: once; clients made before
 * have them too, as a client is shared by every widget with the same API base and token).
 * Each module is looked up when called, so that a test may stand in for one.
 */
export function httpCalls(): void {
  onFirstCall.forEach(([, names], index) => putCalls(names, () => onFirstCall[index]![0]));
}
