/**
 * The few words the person's page shows before they open their involvement record (issue 16):
 * in the page's bundle. The record's own words (record.messages.ts) load with the record.
 */
import { defineMessages } from '../../../core/i18n.js';

export const recordOpenMessages = defineMessages({
  'en-GB': {
    recordTitle: 'Your involvement record',
    recordBody: 'What you took part in, your hours, your claims and payments. It is yours: print it or keep it for a job, a course or a benefits review.',
    open: 'Show my record',
    close: 'Hide my record',
    failed: 'We could not get your record. Try again.',
    loading: 'Loading your record…',
    retry: 'Try again',
  },
  cy: {
    recordTitle: 'Cofnod eich cyfranogiad',
    recordBody: 'Yr hyn y cymeroch ran ynddo, eich oriau, eich hawliadau a’ch taliadau. Eich un chi ydyw: argraffwch ef neu cadwch ef ar gyfer swydd, cwrs neu adolygiad budd-daliadau.',
    open: 'Dangos fy nghofnod',
    close: 'Cuddio fy nghofnod',
    failed: 'Nid oeddem yn gallu cael eich cofnod. Rhowch gynnig arall arni.',
    loading: 'Wrthi’n llwytho eich cofnod…',
    retry: 'Rhowch gynnig arall arni',
  },
  easyRead: {
    'en-GB': {
      recordTitle: 'Your record',
      recordBody: 'This shows what you took part in.\nIt shows your hours.\nIt shows your claims and money we paid you.\nYou can print it.\nYou can keep it to show other people.',
      open: 'See my record',
      close: 'Stop showing my record',
      failed: 'We could not get your record.\nPlease try again.',
      loading: 'Loading…',
    },
    cy: {
      recordTitle: 'Eich cofnod',
      recordBody: 'Mae hwn yn dangos yr hyn y cymeroch ran ynddo.\nMae’n dangos eich oriau.\nMae’n dangos eich hawliadau a’r arian a dalom i chi.\nGallwch ei argraffu.\nGallwch ei gadw i’w ddangos i bobl eraill.',
      open: 'Gweld fy nghofnod',
      close: 'Peidio â dangos fy nghofnod',
      failed: 'Nid oeddem yn gallu cael eich cofnod.\nRhowch gynnig arall arni.',
      loading: 'Wrthi’n llwytho…',
    },
  },
  easyReadSame: ['retry'],
});
