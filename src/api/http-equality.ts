/** Who is taking part over HTTP (`EqualityCalls`, issue 17): the person's own answers, and staff's counts. */
import type { EqualityCalls } from './api.js';
import { route, type Operations, type Send } from './http-transport.js';
import { meSpec } from './http-write.js';

const operations = {
  getMyEquality: ['GET', '/me/equality'],
  saveMyEquality: ['PUT', '/me/equality'],
  deleteMyEquality: ['DELETE', '/me/equality'],
  getEqualityReach: ['GET', '/equality-reach'],
  getEqualityReference: ['GET', '/equality-reference'],
  saveEqualityReference: ['PUT', '/equality-reference'],
  getEqualityQuestions: ['GET', '/equality-questions'],
  addEqualityQuestion: ['POST', '/equality-questions'],
  retireEqualityQuestion: ['POST', '/equality-questions/{questionId}/retire'],
} as const satisfies Operations<EqualityCalls>;

export const equalityCalls = (send: Send): EqualityCalls => {
  const call = route(send, operations);
  return {
    getMyEquality: (options) => call('getMyEquality', meSpec(options)),
    saveMyEquality: (answers, options) => call('saveMyEquality', { body: answers, ...meSpec(options) }),
    deleteMyEquality: async (options) => {
      await call<undefined>('deleteMyEquality', meSpec(options));
    },
    getEqualityReach: (options) => call('getEqualityReach', { signal: options?.signal }),
    getEqualityReference: (options) => call('getEqualityReference', { signal: options?.signal }),
    saveEqualityReference: (reference, options) => call('saveEqualityReference', { body: reference, signal: options?.signal }),
    getEqualityQuestions: (options) => call('getEqualityQuestions', { signal: options?.signal }),
    addEqualityQuestion: (input, options) => call('addEqualityQuestion', { body: input, signal: options?.signal }),
    retireEqualityQuestion: (id, options) => call('retireEqualityQuestion', { params: { questionId: id }, signal: options?.signal }),
  };
};
