/** The people pool (`PeopleCalls`, issue 18), the evaluation calls (`EvaluationCalls`, issue 17) and the audit trail (`AuditCalls`, issue 20) over HTTP. */
import type { AuditCalls, EvaluationCalls, PeopleCalls } from './api.js';
import { route, type Operations, type Send } from './http-transport.js';
import { csv, meSpec, writeSpec } from './http-write.js';
import type { PersonRecord } from './types.js';
import { noteVersion } from './versions.js';

const peopleOperations = {
  listPeople: ['GET', '/people'],
  getPerson: ['GET', '/people/{profileId}'],
  listSuggestions: ['GET', '/opportunities/{opportunityId}/suggestions'],
  listInvitations: ['GET', '/opportunities/{opportunityId}/invitations'],
  invitePeople: ['POST', '/opportunities/{opportunityId}/invitations'],
  answerInvitation: ['POST', '/invitation-answers'],
  listMySuggestions: ['GET', '/me/suggestions'],
  listMyInvitations: ['GET', '/me/invitations'],
  answerMyInvitation: ['POST', '/me/invitations/{invitationId}/answer'],
} as const satisfies Operations<PeopleCalls>;

export const peopleCalls = (send: Send): PeopleCalls => {
  const call = route(send, peopleOperations);
  return {
    listPeople: (query, options) => call('listPeople', { query, signal: options?.signal }),
    // The profile's version for a staff correction (If-Match) is when it last changed, in quotes.
    getPerson: async (id, reason, options) => {
      const record = await call<PersonRecord>('getPerson', { params: { profileId: id }, query: { reason }, signal: options?.signal });
      if (record?.profile) noteVersion(record.profile, `"${record.profile.updatedAt}"`);
      return record;
    },
    listSuggestions: (opportunityId, query, options) => call('listSuggestions', { params: { opportunityId }, query, signal: options?.signal }),
    listInvitations: (opportunityId, options) => call('listInvitations', { params: { opportunityId }, signal: options?.signal }),
    invitePeople: (opportunityId, request, options) => call('invitePeople', { params: { opportunityId }, body: request, ...writeSpec(options) }),
    answerInvitation: (answer, options) => call('answerInvitation', { body: answer, ...writeSpec(options) }),
    listMySuggestions: (options) => call('listMySuggestions', { ...meSpec(options), query: { ...options.filters, limit: options.limit } }),
    listMyInvitations: (options) => call('listMyInvitations', meSpec(options)),
    answerMyInvitation: (invitationId, answer, options) => call('answerMyInvitation', { params: { invitationId }, body: answer, ...meSpec(options), idempotencyKey: options.idempotencyKey }),
  };
};

const evaluationOperations = {
  openEvaluationInvitation: ['POST', '/evaluations/invitation'],
  sendEvaluation: ['POST', '/evaluations'],
  enterEvaluationByHand: ['POST', '/evaluations/by-hand'],
  inviteToEvaluate: ['POST', '/opportunities/{opportunityId}/evaluation-invitations'],
  getActivityEvaluation: ['GET', '/opportunities/{opportunityId}/evaluation-results'],
  getInvolvementResults: ['GET', '/evaluation-results'],
} as const satisfies Operations<EvaluationCalls>;

export const evaluationCalls = (send: Send): EvaluationCalls => {
  const call = route(send, evaluationOperations);
  return {
    // Anonymous by design (issue 17): the page's staff or person token is never sent with an answer.
    openEvaluationInvitation: (token, options) => call('openEvaluationInvitation', { body: { token }, ...writeSpec(options), anonymous: true }),
    sendEvaluation: (input, options) => call('sendEvaluation', { body: input, ...writeSpec(options), anonymous: true }),
    // Staff's own sign-in: who entered answers is audited (never what they said).
    enterEvaluationByHand: (input, options) => call('enterEvaluationByHand', { body: input, ...writeSpec(options) }),
    inviteToEvaluate: (opportunityId, options) => call('inviteToEvaluate', { params: { opportunityId }, ...writeSpec(options) }),
    getActivityEvaluation: (opportunityId, options) => call('getActivityEvaluation', { params: { opportunityId }, signal: options?.signal }),
    getInvolvementResults: (options) => call('getInvolvementResults', { signal: options?.signal }),
  };
};

const auditOperations = {
  listAuditEvents: ['GET', '/audit-events'],
  exportAuditEvents: ['GET', '/audit-events/export'],
  listMyProfileViews: ['GET', '/me/profile-views'],
} as const satisfies Operations<AuditCalls>;

export const auditCalls = (send: Send): AuditCalls => {
  const call = route(send, auditOperations);
  return {
    listAuditEvents: (query, options) => call('listAuditEvents', { query, signal: options?.signal }),
    exportAuditEvents: (query, options) => call('exportAuditEvents', { query, signal: options?.signal, ...csv }),
    listMyProfileViews: (options) => call('listMyProfileViews', meSpec(options)),
  };
};
