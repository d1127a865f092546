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
      'You may have chosen how often we write to you, on your own page or with the link in one of our messages. If so, that choice stays as it is. Saving here does not change it. To change it, sign in with your email or phone number. Or use the link in one of our messages.',
    offStays:
      'If you turned our messages off before, they stay off: sending this does not turn them on again. To turn them on, sign in to your own page, or open it from the link in one of our messages.',
    /** offStays on the person's own page opened with the profile key: that page shows no preferences, so proof (a sign-in) turns them on. */
    offStaysHere:
      'If you turned our messages off before, they stay off: saving here does not turn them on again. To turn them on, sign in with your email or phone number, or use the link in one of our messages.',
  },
  cy: {
    oftenLabel: 'Pa mor aml ddylen ni roi gwybod i chi?',
    oftenHint: 'Beth bynnag a ddewiswch, byddwn yn dweud wrthych am benderfyniad ar unwaith: newid statws, ateb, neu gyfle sydd wedi newid neu wedi’i ganslo.',
    oftenEachTime: 'Bob tro y bydd rhywbeth yn digwydd',
    oftenWeekly: 'Crynodeb wythnosol',
    oftenStays:
      'Efallai eich bod wedi dewis pa mor aml rydyn ni’n ysgrifennu atoch, ar eich tudalen eich hun neu gyda’r ddolen yn un o’n negeseuon. Os felly, mae’r dewis hwnnw’n aros fel y mae. Nid yw cadw yma yn ei newid. I’w newid, mewngofnodwch gyda’ch e-bost neu’ch rhif ffôn. Neu defnyddiwch y ddolen yn un o’n negeseuon.',
    offStays:
      'Os gwnaethoch ddiffodd ein negeseuon o’r blaen, maen nhw’n aros wedi’u diffodd: nid yw anfon hwn yn eu troi ymlaen eto. I’w troi ymlaen, mewngofnodwch i’ch tudalen eich hun, neu agorwch hi o’r ddolen yn un o’n negeseuon.',
    offStaysHere:
      'Os gwnaethoch ddiffodd ein negeseuon o’r blaen, maen nhw’n aros wedi’u diffodd: nid yw cadw yma yn eu troi ymlaen eto. I’w troi ymlaen, mewngofnodwch gyda’ch e-bost neu’ch rhif ffôn, neu defnyddiwch y ddolen yn un o’n negeseuon.',
  },
  easyRead: {
    'en-GB': {
      oftenLabel: 'How often should we tell you about changes?',
      oftenHint: 'When we decide something, we tell you straight away.\nWe always do this.',
      oftenEachTime: 'Every time something happens',
      oftenWeekly: 'Once a week',
      oftenStays:
        'Did you choose how often we write to you on your own page?\nOr with the link at the bottom of our messages?\nThen that choice stays.\nSaving here does not change it.\nTo change it, sign in with your email or phone number.\nOr use the link in our messages.',
      offStays:
        'Did you turn our messages off before?\nThen they stay off.\nSending this does not turn them on.\nTo turn them on, go to your page.\nOr use the link in one of our messages.',
      offStaysHere:
        'Did you turn our messages off before?\nThen they stay off.\nSaving here does not turn them on.\nTo turn them on, sign in with your email or phone number.\nOr use the link in one of our messages.',
    },
    cy: {
      oftenLabel: 'Pa mor aml ddylen ni ddweud wrthych chi am newidiadau?',
      oftenHint: 'Pan fyddwn ni’n penderfynu rhywbeth, byddwn ni’n dweud wrthych chi ar unwaith.\nRydyn ni bob amser yn gwneud hyn.',
      oftenEachTime: 'Bob tro mae rhywbeth yn digwydd',
      oftenWeekly: 'Unwaith yr wythnos',
      oftenStays:
        'Wnaethoch chi ddewis pa mor aml rydyn ni’n ysgrifennu atoch chi ar eich tudalen eich hun?\nNeu gyda’r ddolen ar waelod ein negeseuon?\nYna mae’r dewis hwnnw’n aros.\nDydy cadw yma ddim yn ei newid.\nI’w newid, mewngofnodwch gyda’ch e-bost neu’ch rhif ffôn.\nNeu defnyddiwch y ddolen yn ein negeseuon.',
      offStays:
        'Wnaethoch chi ddiffodd ein negeseuon o’r blaen?\nYna maen nhw’n aros wedi’u diffodd.\nDydy anfon hwn ddim yn eu troi nhw ymlaen.\nI’w troi nhw ymlaen, ewch i’ch tudalen.\nNeu defnyddiwch y ddolen yn un o’n negeseuon.',
      offStaysHere:
        'Wnaethoch chi ddiffodd ein negeseuon o’r blaen?\nYna maen nhw’n aros wedi’u diffodd.\nDydy cadw yma ddim yn eu troi nhw ymlaen.\nI’w troi nhw ymlaen, mewngofnodwch gyda’ch e-bost neu’ch rhif ffôn.\nNeu defnyddiwch y ddolen yn un o’n negeseuon.',
    },
  },
});
