/** The people pool (`PeopleCalls`, issue 18), the evaluation calls (`EvaluationCalls`, issue 17) and the audit trail (`AuditCalls`, issue 20) over HTTP. */
import type { AuditCalls, EvaluationCalls, PeopleCalls } from './api.js';
import { meSpec, writeSpec, type Send } from './http-transport.js';
import type { PersonRecord } from './types.js';
import { noteVersion } from './versions.js';

export const peopleCalls = (call: Send): PeopleCalls => ({
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
  listMySuggestions: (options) => call('listMySuggestions', { ...meSpec(options), query: { limit: options.limit } }),
  listMyInvitations: (options) => call('listMyInvitations', meSpec(options)),
  answerMyInvitation: (invitationId, answer, options) => call('answerMyInvitation', { params: { invitationId }, body: answer, ...meSpec(options), idempotencyKey: options.idempotencyKey }),
});

export const evaluationCalls = (call: Send): EvaluationCalls => ({
  // Anonymous by design (issue 17): the page's staff or person token is never sent with an answer.
  openEvaluationInvitation: (token, options) => call('openEvaluationInvitation', { body: { token }, ...writeSpec(options), anonymous: true }),
  sendEvaluation: (input, options) => call('sendEvaluation', { body: input, ...writeSpec(options), anonymous: true }),
  inviteToEvaluate: (opportunityId, options) => call('inviteToEvaluate', { params: { opportunityId }, ...writeSpec(options) }),
  getActivityEvaluation: (opportunityId, options) => call('getActivityEvaluation', { params: { opportunityId }, signal: options?.signal }),
  getInvolvementResults: (options) => call('getInvolvementResults', { signal: options?.signal }),
});

export const auditCalls = (call: Send): AuditCalls => ({
  listAuditEvents: (query, options) => call('listAuditEvents', { query, signal: options?.signal }),
  exportAuditEvents: (query, options) => call('exportAuditEvents', { query, signal: options?.signal, read: 'text' }),
  listMyProfileViews: (options) => call('listMyProfileViews', meSpec(options)),
});
