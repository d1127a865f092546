/**
 * "Opportunities that may suit you" (issue 18) on the person's own page: English, Welsh and
 * easy read for every key. The reasons' words are shared with the list (src/shared/suits/).
 */
import { defineMessages } from '../../../core/i18n.js';

export const suitsMessages = defineMessages({
  'en-GB': {
    suitsTitle: 'Opportunities that may suit you',
    suitsIntro: 'We picked these from what your profile says: the topics you care about, your skills, and when and how you can take part.',
    suitsWhen: (when: string) => `When: ${when}`,
    suitsWhere: (where: string) => `Where: ${where}`,
    suitsNoneTitle: 'Nothing matches your profile just now',
    suitsNone: 'When an opportunity about the topics you care about, or needing your skills, opens, it will show here.',
    suitsLoading: 'Looking for opportunities that may suit you…',
    suitsFailed: 'We could not look for opportunities that may suit you',
    suitsRetry: 'Try again',
  },
  cy: {
    suitsTitle: 'Cyfleoedd a allai fod yn addas i chi',
    suitsIntro: 'Rydym wedi dewis y rhain o’r hyn y mae eich proffil yn ei ddweud: y pynciau sy’n bwysig i chi, eich sgiliau, a phryd a sut y gallwch gymryd rhan.',
    suitsWhen: (when: string) => `Pryd: ${when}`,
    suitsWhere: (where: string) => `Ble: ${where}`,
    suitsNoneTitle: 'Does dim yn cyfateb i’ch proffil ar hyn o bryd',
    suitsNone: 'Pan fydd cyfle am y pynciau sy’n bwysig i chi, neu sydd angen eich sgiliau, yn agor, bydd yn dangos yma.',
    suitsLoading: 'Wrthi’n chwilio am gyfleoedd a allai fod yn addas i chi…',
    suitsFailed: 'Nid oeddem yn gallu chwilio am gyfleoedd a allai fod yn addas i chi',
    suitsRetry: 'Rhowch gynnig arall arni',
  },
  easyRead: {
    'en-GB': {
      suitsTitle: 'Things you might like to help with',
      suitsIntro: 'We looked at your profile.\nWe found these for you.',
      suitsNoneTitle: 'Nothing for you just now',
      suitsNone: 'We will show things here when they match your profile.',
      suitsLoading: 'Looking…',
      suitsFailed: 'We could not look for things for you',
    },
    cy: {
      suitsTitle: 'Pethau y gallech hoffi helpu gyda nhw',
      suitsIntro: 'Edrychon ni ar eich proffil.\nDaethon ni o hyd i’r rhain i chi.',
      suitsNoneTitle: 'Dim byd i chi ar hyn o bryd',
      suitsNone: 'Byddwn yn dangos pethau yma pan fyddant yn cyfateb i’ch proffil.',
      suitsLoading: 'Wrthi’n chwilio…',
      suitsFailed: 'Nid oeddem yn gallu chwilio am bethau i chi',
    },
  },
  easyReadSame: ['suitsWhen', 'suitsWhere', 'suitsRetry'],
});
