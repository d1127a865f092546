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
    oftenStays:
      'If you chose how often we write to you on your own page, or with the link at the bottom of one of our messages, that choice stays as it is: saving here does not change it. To change it, sign in to your page or use that link.',
  },
  cy: {
    oftenLabel: 'Pa mor aml ddylen ni roi gwybod i chi?',
    oftenHint: 'Beth bynnag a ddewiswch, byddwn yn dweud wrthych am benderfyniad ar unwaith: newid statws, ateb, neu gyfle sydd wedi newid neu wedi’i ganslo.',
    oftenEachTime: 'Bob tro y bydd rhywbeth yn digwydd',
    oftenWeekly: 'Crynodeb wythnosol',
    oftenStays:
      'Os gwnaethoch ddewis pa mor aml rydyn ni’n ysgrifennu atoch ar eich tudalen eich hun, neu gyda’r ddolen ar waelod un o’n negeseuon, mae’r dewis hwnnw’n aros fel y mae: nid yw cadw yma yn ei newid. I’w newid, mewngofnodwch i’ch tudalen neu defnyddiwch y ddolen honno.',
  },
  easyRead: {
    'en-GB': {
      oftenLabel: 'How often should we tell you about changes?',
      oftenHint: 'When we decide something, we tell you straight away.\nWe always do this.',
      oftenEachTime: 'Every time something happens',
      oftenWeekly: 'Once a week',
      oftenStays:
        'Did you choose how often we write to you on your own page?\nOr with the link at the bottom of our messages?\nThen that choice stays.\nSaving here does not change it.\nTo change it, go to your page.\nOr use the link in our messages.',
    },
    cy: {
      oftenLabel: 'Pa mor aml ddylen ni ddweud wrthych chi am newidiadau?',
      oftenHint: 'Pan fyddwn ni’n penderfynu rhywbeth, byddwn ni’n dweud wrthych chi ar unwaith.\nRydyn ni bob amser yn gwneud hyn.',
      oftenEachTime: 'Bob tro mae rhywbeth yn digwydd',
      oftenWeekly: 'Unwaith yr wythnos',
      oftenStays:
        'Wnaethoch chi ddewis pa mor aml rydyn ni’n ysgrifennu atoch chi ar eich tudalen eich hun?\nNeu gyda’r ddolen ar waelod ein negeseuon?\nYna mae’r dewis hwnnw’n aros.\nDydy cadw yma ddim yn ei newid.\nI’w newid, ewch i’ch tudalen.\nNeu defnyddiwch y ddolen yn ein negeseuon.',
    },
  },
});
