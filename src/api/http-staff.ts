/** Staff's own calls over HTTP: briefs, interests, profiles, the feedback board's answers, the summary and who was told. A public page never loads them. */
import type { CoprodApi, MessageLogCalls, StaffSummaryCalls } from './api.js';
import { feedbackVersion, route, type Operations, type Send } from './http-transport.js';
import { interestVersion, updateSpec, writeSpec } from './http-write.js';
import type { FeedbackItem, Interest } from './types.js';

export type StaffCalls = Pick<CoprodApi, 'createOpportunity' | 'updateOpportunity' | 'listInterests' | 'updateInterest' | 'listProfiles' | 'updateFeedback' | 'addFeedbackUpdate' | 'mergeFeedback'> & StaffSummaryCalls & Required<MessageLogCalls>;

const operations = {
  createOpportunity: ['POST', '/opportunities'],
  updateOpportunity: ['PUT', '/opportunities/{opportunityId}'],
  listInterests: ['GET', '/opportunities/{opportunityId}/interests'],
  updateInterest: ['PATCH', '/opportunities/{opportunityId}/interests/{interestId}'],
  listProfiles: ['GET', '/profiles'],
  updateFeedback: ['PATCH', '/feedback/{feedbackId}'],
  addFeedbackUpdate: ['POST', '/feedback/{feedbackId}/updates'],
  mergeFeedback: ['POST', '/feedback/{feedbackId}/merge'],
  getStaffSummary: ['GET', '/staff/summary'],
  listMessages: ['GET', '/messages'],
  markMessageDone: ['POST', '/messages/{messageId}/done'],
  listMessagesByHand: ['GET', '/messages/by-hand'],
} as const satisfies Operations<StaffCalls>;

export const staffCalls = (send: Send): StaffCalls => {
  const call = route(send, operations);
  return {
    createOpportunity: (input, options) => call('createOpportunity', { body: input, ...writeSpec(options) }),
    updateOpportunity: (id, input, options) => call('updateOpportunity', { params: { opportunityId: id }, body: input, ...updateSpec(options) }),
    listInterests: async (opportunityId, options) => {
      const page = await call<{ items: Interest[] }>('listInterests', { params: { opportunityId }, signal: options?.signal });
      return page.items.map(interestVersion);
    },
    updateInterest: async (opportunityId, interestId, change, options) => interestVersion(await call<Interest>('updateInterest', { params: { opportunityId, interestId }, body: change, ...updateSpec(options) })),
    listProfiles: (query, options) => call('listProfiles', { query, signal: options?.signal }),
    updateFeedback: async (id, change, options) => feedbackVersion(await call<FeedbackItem>('updateFeedback', { params: { feedbackId: id }, body: change, ...updateSpec(options) })),
    addFeedbackUpdate: async (id, update, options) => feedbackVersion(await call<FeedbackItem>('addFeedbackUpdate', { params: { feedbackId: id }, body: update, ...writeSpec(options) })),
    mergeFeedback: async (id, intoId, options) => feedbackVersion(await call<FeedbackItem>('mergeFeedback', { params: { feedbackId: id }, body: { intoId }, ...writeSpec(options) })),
    getStaffSummary: (options) => call('getStaffSummary', { signal: options?.signal }),
    listMessages: (query, options) => call('listMessages', { query, signal: options?.signal }),
    markMessageDone: (messageId, options) => call('markMessageDone', { params: { messageId }, ...writeSpec(options) }),
    listMessagesByHand: (query, options) => call('listMessagesByHand', { query, signal: options?.signal }),
  };
};
