/**
 * "Opportunities that may suit you" (issue 18) on the person's own page: English, Welsh and
 * easy read for every key. The reasons are the ranking's, said to the person ("you").
 */
import { defineMessages, formatList, withLocale } from '../../../core/i18n.js';

const list = (locale: 'en-GB' | 'cy', values: string[], type: 'conjunction' | 'disjunction' = 'conjunction') => formatList(locale, values, type);
const lower = (values: string[]) => values.map((v) => v.toLowerCase());

export const suitsMessages = defineMessages({
  'en-GB': {
    suitsTitle: 'Opportunities that may suit you',
    suitsIntro: 'We picked these from what your profile says: the topics you care about, your skills, and when and how you can take part.',
    suitsWhy: 'Why it may suit you',
    suitsArrange: 'What we would arrange for you',
    suits_topic: withLocale((locale, values: string[]) => `You care about ${list(locale, values)}`),
    suits_skill: withLocale((locale, values: string[]) => `It needs your skills: ${list(locale, values)}`),
    suits_days: withLocale((locale, values: string[]) => `You are free on ${list(locale, values)}`),
    suits_times: withLocale((locale, values: string[]) => `You are free in the ${list(locale, lower(values))}`),
    suits_mode: withLocale((locale, values: string[]) => `You can take part ${list(locale, lower(values), 'disjunction')}`),
    suitsArranged: withLocale((locale, needs: string[]) => `${list(locale, needs)}: this opportunity offers ${needs.length === 1 ? 'it' : 'them'}.`),
    suitsNotArranged: withLocale((locale, needs: string[]) => `${list(locale, needs)}: not offered yet. Tell us when you say you are interested, and we will arrange ${needs.length === 1 ? 'it' : 'them'}.`),
    suitsWhen: (when: string) => `When: ${when}`,
    suitsWhere: (where: string) => `Where: ${where}`,
    suitsNoneTitle: 'Nothing matches your profile just now',
    suitsNone: 'When an opportunity about the topics you care about, or needing your skills, opens, it will show here.',
    suitsLoading: 'Looking for opportunities that may suit you…',
    suitsFailed: 'We could not look for opportunities that may suit you',
    suitsRetry: 'Try again',
    suitsTime_morning: 'Morning',
    suitsTime_afternoon: 'Afternoon',
    suitsTime_evening: 'Evening',
  },
  cy: {
    suitsTitle: 'Cyfleoedd a allai fod yn addas i chi',
    suitsIntro: 'Rydym wedi dewis y rhain o’r hyn y mae eich proffil yn ei ddweud: y pynciau sy’n bwysig i chi, eich sgiliau, a phryd a sut y gallwch gymryd rhan.',
    suitsWhy: 'Pam y gallai fod yn addas i chi',
    suitsArrange: 'Beth fyddem yn ei drefnu i chi',
    suits_topic: withLocale((locale, values: string[]) => `Rydych yn poeni am ${list(locale, values)}`),
    suits_skill: withLocale((locale, values: string[]) => `Mae angen eich sgiliau: ${list(locale, values)}`),
    suits_days: withLocale((locale, values: string[]) => `Rydych ar gael ar ${list(locale, values)}`),
    suits_times: withLocale((locale, values: string[]) => `Rydych ar gael yn y ${list(locale, lower(values))}`),
    suits_mode: withLocale((locale, values: string[]) => `Gallwch gymryd rhan ${list(locale, lower(values), 'disjunction')}`),
    suitsArranged: withLocale((locale, needs: string[]) => `${list(locale, needs)}: mae’r cyfle hwn yn ${needs.length === 1 ? 'ei gynnig' : 'eu cynnig'}.`),
    suitsNotArranged: withLocale((locale, needs: string[]) =>
      needs.length === 1
        ? `${list(locale, needs)}: nid yw’n cael ei gynnig eto. Dywedwch wrthym pan fyddwch yn dweud bod gennych ddiddordeb, a byddwn yn ei drefnu.`
        : `${list(locale, needs)}: nid yw’r rhain yn cael eu cynnig eto. Dywedwch wrthym pan fyddwch yn dweud bod gennych ddiddordeb, a byddwn yn eu trefnu.`,
    ),
    suitsWhen: (when: string) => `Pryd: ${when}`,
    suitsWhere: (where: string) => `Ble: ${where}`,
    suitsNoneTitle: 'Does dim yn cyfateb i’ch proffil ar hyn o bryd',
    suitsNone: 'Pan fydd cyfle am y pynciau sy’n bwysig i chi, neu sydd angen eich sgiliau, yn agor, bydd yn dangos yma.',
    suitsLoading: 'Wrthi’n chwilio am gyfleoedd a allai fod yn addas i chi…',
    suitsFailed: 'Nid oeddem yn gallu chwilio am gyfleoedd a allai fod yn addas i chi',
    suitsRetry: 'Rhowch gynnig arall arni',
    suitsTime_morning: 'Bore',
    suitsTime_afternoon: 'Prynhawn',
    suitsTime_evening: 'Noswaith',
  },
  easyRead: {
    'en-GB': {
      suitsTitle: 'Things you might like to help with',
      suitsIntro: 'We looked at your profile.\nWe found these for you.',
      suitsWhy: 'Why we picked it',
      suitsArrange: 'Help we can give you',
      suits_topic: withLocale((locale, values: string[]) => `You care about ${list(locale, values)}.`),
      suits_skill: withLocale((locale, values: string[]) => `You are good at ${list(locale, values)}.`),
      suits_days: withLocale((locale, values: string[]) => `You are free on ${list(locale, values)}.`),
      suits_times: withLocale((locale, values: string[]) => `You are free in the ${list(locale, lower(values))}.`),
      suits_mode: withLocale((locale, values: string[]) => `You can take part ${list(locale, lower(values), 'disjunction')}.`),
      suitsArranged: withLocale((locale, needs: string[]) => `${list(locale, needs)}.\nWe have ${needs.length === 1 ? 'this' : 'these'} ready.`),
      suitsNotArranged: withLocale((locale, needs: string[]) =>
        needs.length === 1 ? `${list(locale, needs)}.\nTell us you need it.\nWe will get it ready.` : `${list(locale, needs)}.\nTell us you need them.\nWe will get them ready.`,
      ),
      suitsNoneTitle: 'Nothing for you just now',
      suitsNone: 'We will show things here when they match your profile.',
      suitsLoading: 'Looking…',
      suitsFailed: 'We could not look for things for you',
    },
    cy: {
      suitsTitle: 'Pethau y gallech hoffi helpu gyda nhw',
      suitsIntro: 'Edrychon ni ar eich proffil.\nDaethon ni o hyd i’r rhain i chi.',
      suitsWhy: 'Pam y dewison ni hwn',
      suitsArrange: 'Help y gallwn ei roi i chi',
      suits_topic: withLocale((locale, values: string[]) => `Rydych yn poeni am ${list(locale, values)}.`),
      suits_skill: withLocale((locale, values: string[]) => `Rydych yn dda am ${list(locale, values)}.`),
      suits_days: withLocale((locale, values: string[]) => `Rydych ar gael ar ${list(locale, values)}.`),
      suits_times: withLocale((locale, values: string[]) => `Rydych ar gael yn y ${list(locale, lower(values))}.`),
      suits_mode: withLocale((locale, values: string[]) => `Gallwch gymryd rhan ${list(locale, lower(values), 'disjunction')}.`),
      suitsArranged: withLocale((locale, needs: string[]) => `${list(locale, needs)}.\n${needs.length === 1 ? 'Mae hyn' : 'Mae’r rhain'} yn barod gennym.`),
      suitsNotArranged: withLocale((locale, needs: string[]) =>
        needs.length === 1
          ? `${list(locale, needs)}.\nDywedwch wrthym eich bod ei angen.\nByddwn yn ei baratoi.`
          : `${list(locale, needs)}.\nDywedwch wrthym eich bod eu hangen.\nByddwn yn eu paratoi.`,
      ),
      suitsNoneTitle: 'Dim byd i chi ar hyn o bryd',
      suitsNone: 'Byddwn yn dangos pethau yma pan fyddant yn cyfateb i’ch proffil.',
      suitsLoading: 'Wrthi’n chwilio…',
      suitsFailed: 'Nid oeddem yn gallu chwilio am bethau i chi',
    },
  },
  easyReadSame: ['suitsWhen', 'suitsWhere', 'suitsRetry', 'suitsTime_morning', 'suitsTime_afternoon', 'suitsTime_evening'],
});
