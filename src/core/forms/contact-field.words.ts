import type { ContactMethod } from '../../api/types.js';

/**
 * "Enter your …" for a missing contact detail, by the method the person chose, in English and
 * Welsh, for every form that asks how to reach someone (profile, feedback). The rules' English
 * (api/validation.ts, which may not import from core) is checked equal by test/node/i18n.test.ts. Whole sentences, not "Enter your" + the field's label, which
 * doubled the possessive ("Enter your your supporter's name", "Rhowch eich enw eich cefnogwr").
 */
export const contactDetailRequired: Record<'en-GB' | 'cy', Record<ContactMethod, string>> = {
  'en-GB': {
    email: 'Enter your email address',
    phone: 'Enter your phone number',
    text: 'Enter the mobile number we should text',
    post: 'Enter your postal address',
    supporter: 'Enter your supporter’s name and how to reach them',
  },
  cy: {
    email: 'Rhowch eich cyfeiriad e-bost',
    phone: 'Rhowch eich rhif ffôn',
    text: 'Rhowch y rhif ffôn symudol y dylem anfon neges destun ato',
    post: 'Rhowch eich cyfeiriad post',
    supporter: 'Rhowch enw eich cefnogwr a sut i gysylltu ag ef neu hi',
  },
};
