/** The person's own page over HTTP (`MyInvolvementCalls`): the token is the one `startMySession` gave, never the configured one. */
import type { MyInvolvementCalls } from './api.js';
import { route, type Operations, type Send } from './http-transport.js';
import { meSpec, updatedVersion, writeSpec } from './http-write.js';
import type { MyInvolvement } from './types.js';

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
    // Each profile's version is when it last changed, in quotes: the page sends it back as If-Match (issue 15).
    getMyInvolvement: async (options) => {
      const page = await call<MyInvolvement>('getMyInvolvement', meSpec(options));
      page.profiles.forEach(updatedVersion);
      return page;
    },
    updateMyProfile: (id, input, options) => call('updateMyProfile', { params: { profileId: id }, body: input, ...meSpec(options), ifMatch: options.ifMatch }),
    deleteMyProfile: async (id, options) => {
      await call<undefined>('deleteMyProfile', { params: { profileId: id }, ...meSpec(options) });
    },
    eraseMe: (options) => call('eraseMe', meSpec(options)),
    getMessagePreferences: (options) => call('getMessagePreferences', meSpec(options)),
    updateMessagePreferences: (change, options) => call('updateMessagePreferences', { body: change, ...meSpec(options) }),
    erasePerson: (request, options) => call('erasePerson', { body: request, ...writeSpec(options) }),
  };
};
