/**
 * "Tell me when this changes" after "I said this too" (loaded with its form, on first use):
 * English, Welsh and easy read. The field words it shares with the feedback form (how to tell
 * you, the address, the problems) stay in the board's own catalog.
 */
import { defineMessages } from '../../../core/i18n.js';

export const hearBackMessages = defineMessages({
  'en-GB': {
    hearBackSend: 'Tell me',
    hearBackDone: 'We will tell you when this changes.',
    hearBackFailed: 'We could not save how to tell you.',
    hearBackOften: 'How often?',
    hearBackOftenHint: 'Whichever you choose, we tell you about a decision straight away.',
    hearBackEachTime: 'Each time something happens',
    hearBackWeekly: 'A weekly summary',
  },
  cy: {
    hearBackSend: 'Rhowch wybod i mi',
    hearBackDone: 'Byddwn yn rhoi gwybod i chi pan fydd hyn yn newid.',
    hearBackFailed: 'Nid oeddem yn gallu cadw sut i roi gwybod i chi.',
    hearBackOften: 'Pa mor aml?',
    hearBackOftenHint: 'Beth bynnag a ddewiswch, byddwn yn dweud wrthych am benderfyniad ar unwaith.',
    hearBackEachTime: 'Bob tro y bydd rhywbeth yn digwydd',
    hearBackWeekly: 'Crynodeb wythnosol',
  },
  easyRead: {
    'en-GB': {
      hearBackDone: 'Thank you.\nWe will tell you when this changes.',
      hearBackFailed: 'We could not save this.\nTry again.',
      hearBackOftenHint: 'When we decide something, we tell you straight away.\nWe always do this.',
      hearBackEachTime: 'Every time something happens',
      hearBackWeekly: 'Once a week',
    },
    cy: {
      hearBackDone: 'Diolch.\nByddwn ni’n dweud wrthych chi pan fydd hyn yn newid.',
      hearBackFailed: 'Doedden ni ddim yn gallu cadw hyn.\nRhowch gynnig arall arni.',
      hearBackOftenHint: 'Pan fyddwn ni’n penderfynu rhywbeth, byddwn ni’n dweud wrthych chi ar unwaith.\nRydyn ni bob amser yn gwneud hyn.',
      hearBackEachTime: 'Bob tro mae rhywbeth yn digwydd',
      hearBackWeekly: 'Unwaith yr wythnos',
    },
  },
  easyReadSame: ['hearBackSend', 'hearBackOften'],
});
