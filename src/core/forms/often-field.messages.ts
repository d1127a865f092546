/**
 * "How often should we tell you?" (issue 15 item 4), shared by every form that asks how to
 * hear back: English, Welsh and easy read, written once (the words "Tell me when this changes"
 * first had).
 */
import { defineMessages } from '../i18n.js';

export const oftenMessages = defineMessages({
  'en-GB': {
    oftenLabel: 'How often should we tell you?',
    oftenHint: 'Whichever you choose, we tell you about a decision straight away: a status change, an answer, or a changed or cancelled opportunity.',
    oftenEachTime: 'Each time something happens',
    oftenWeekly: 'A weekly summary',
  },
  cy: {
    oftenLabel: 'Pa mor aml ddylen ni roi gwybod i chi?',
    oftenHint: 'Beth bynnag a ddewiswch, byddwn yn dweud wrthych am benderfyniad ar unwaith: newid statws, ateb, neu gyfle sydd wedi newid neu wedi’i ganslo.',
    oftenEachTime: 'Bob tro y bydd rhywbeth yn digwydd',
    oftenWeekly: 'Crynodeb wythnosol',
  },
  easyRead: {
    'en-GB': {
      oftenLabel: 'How often should we tell you about changes?',
      oftenHint: 'When we decide something, we tell you straight away.\nWe always do this.',
      oftenEachTime: 'Every time something happens',
      oftenWeekly: 'Once a week',
    },
    cy: {
      oftenLabel: 'Pa mor aml ddylen ni ddweud wrthych chi am newidiadau?',
      oftenHint: 'Pan fyddwn ni’n penderfynu rhywbeth, byddwn ni’n dweud wrthych chi ar unwaith.\nRydyn ni bob amser yn gwneud hyn.',
      oftenEachTime: 'Bob tro mae rhywbeth yn digwydd',
      oftenWeekly: 'Unwaith yr wythnos',
    },
  },
});
