/** The person's own page over HTTP (`MyInvolvementCalls`): the token is the one `startMySession` gave, never the configured one. */
import type { MyInvolvementCalls } from './api.js';
import { meSpec, writeSpec, route, type Operations, type Send } from './http-transport.js';

const operations = {
  requestSignIn: ['POST', '/me/sign-in-requests'],
  startMySession: ['POST', '/me/sessions'],
  endMySession: ['DELETE', '/me/sessions/current'],
  getMyInvolvement: ['GET', '/me'],
  updateMyProfile: ['PUT', '/me/profiles/{profileId}'],
  deleteMyProfile: ['DELETE', '/me/profiles/{profileId}'],
  eraseMe: ['DELETE', '/me'],
  getMessagePreferences: ['GET', '/message-preferences'],
  updateMessagePreferences: ['PATCH', '/message-preferences'],
  erasePerson: ['POST', '/erasures'],
} as const satisfies Operations<MyInvolvementCalls>;

export const meCalls = (send: Send): MyInvolvementCalls => {
  const call = route(send, operations);
  return {
    requestSignIn: (request, options) => call('requestSignIn', { body: request, ...writeSpec(options) }),
    startMySession: (proof, options) => call('startMySession', { body: proof, ...writeSpec(options) }),
    endMySession: async (options) => {
      await call<undefined>('endMySession', meSpec(options));
    },
    getMyInvolvement: (options) => call('getMyInvolvement', meSpec(options)),
    updateMyProfile: (id, input, options) => call('updateMyProfile', { params: { profileId: id }, body: input, ...meSpec(options) }),
    deleteMyProfile: async (id, options) => {
      await call<undefined>('deleteMyProfile', { params: { profileId: id }, ...meSpec(options) });
    },
    eraseMe: (options) => call('eraseMe', meSpec(options)),
    getMessagePreferences: (options) => call('getMessagePreferences', meSpec(options)),
    updateMessagePreferences: (change, options) => call('updateMessagePreferences', { body: change, ...meSpec(options) }),
    erasePerson: (request, options) => call('erasePerson', { body: request, ...writeSpec(options) }),
  };
};
