/**
 * "Tell me when this changes" after "I said this too" (loaded with its form, on first use):
 * English, Welsh and easy read. The words it shares with the feedback form (how to tell you, the
 * address, their problems) are reply.messages.ts, loaded with it; the board's first paint carries
 * only the offer's button.
 */
import { defineMessages } from '../../../core/i18n.js';

export const hearBackMessages = defineMessages({
  'en-GB': {
    hearBackSend: 'Tell me',
    hearBackDone: 'We will tell you when this changes.',
    hearBackAsked: 'You asked us to tell you when this changes.',
    hearBackStop: 'To stop our messages, use the link at the end of any message we send you.',
    hearBackFailed: 'We could not save how to tell you.',
  },
  cy: {
    hearBackSend: 'Rhowch wybod i mi',
    hearBackDone: 'Byddwn yn rhoi gwybod i chi pan fydd hyn yn newid.',
    hearBackAsked: 'Gofynnoch i ni roi gwybod i chi pan fydd hyn yn newid.',
    hearBackStop: 'I atal ein negeseuon, defnyddiwch y ddolen ar ddiwedd unrhyw neges a anfonwn atoch.',
    hearBackFailed: 'Nid oeddem yn gallu cadw’r ffordd rydych am i ni roi gwybod i chi.',
  },
  easyRead: {
    'en-GB': {
      hearBackDone: 'Thank you.\nWe will tell you when this changes.',
      hearBackAsked: 'You asked us to tell you\nwhen this changes.',
      hearBackStop: 'Want us to stop?\nEvery message we send has a link at the end.\nUse it to stop our messages.',
      hearBackFailed: 'We could not save this.\nTry again.',
    },
    cy: {
      hearBackDone: 'Diolch.\nByddwn ni’n dweud wrthych chi pan fydd hyn yn newid.',
      hearBackAsked: 'Fe ofynnoch chi i ni ddweud wrthych chi\npan fydd hyn yn newid.',
      hearBackStop: 'Eisiau i ni stopio?\nMae dolen ar ddiwedd pob neges rydyn ni’n ei hanfon.\nDefnyddiwch hi i stopio ein negeseuon.',
      hearBackFailed: 'Doedden ni ddim yn gallu cadw hyn.\nRhowch gynnig arall arni.',
    },
  },
  easyReadSame: ['hearBackSend'],
});
