import type { ContactMethod } from '../../api/types.js';

/**
 * The easy-read errors of a "how to reach you" field, in English and Welsh, for every form that
 * asks for one: spread into the catalog's `easyRead` (`...contactFieldEasy['en-GB']`). Plain
 * words, not a catalog of their own, so they travel only in the easy-read and Welsh chunks
 * (scripts/lazy-readings.mjs) and cost the English bundle nothing.
 */
export const contactFieldEasy = {
  'en-GB': {
    contactDetailRequired: (method: ContactMethod) =>
      ({
        email: 'Write your email address',
        phone: 'Write your phone number',
        text: 'Write your mobile phone number',
        post: 'Write your address',
        supporter: 'Write the name of the person who helps you, and how to reach them',
      })[method],
    emailFormat: 'This email address does not look right.\nIt should look like name@example.com',
    phoneFormat: 'This phone number does not look right.\nIt should look like 07700 900 982',
  },
  cy: {
    contactDetailRequired: (method: ContactMethod) =>
      ({
        email: 'Ysgrifennwch eich cyfeiriad e-bost',
        phone: 'Ysgrifennwch eich rhif ffôn',
        text: 'Ysgrifennwch rif eich ffôn symudol',
        post: 'Ysgrifennwch eich cyfeiriad',
        supporter: 'Ysgrifennwch enw’r person sy’n eich helpu, a sut i gysylltu â nhw',
      })[method],
    emailFormat: 'Nid yw’r cyfeiriad e-bost hwn yn edrych yn iawn.\nDylai edrych fel enw@enghraifft.com',
    phoneFormat: 'Nid yw’r rhif ffôn hwn yn edrych yn iawn.\nDylai edrych fel 07700 900 982',
  },
};
