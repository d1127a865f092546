/**
 * Why an opportunity may suit a person (issue 18), in their words: the ranking's reasons ("You
 * care about carers") and what the council would arrange for their access needs. One copy for
 * every widget that shows "may suit you": the person's own page (<coprod-my-involvement>) and the
 * list's "Only what may suit me" (<coprod-opportunity-list>). English, Welsh and easy read.
 */
import { defineMessages, formatList, withLocale } from '../../core/i18n.js';
import { cyTimesOfDay } from './times.js';

const list = (locale: 'en-GB' | 'cy', values: string[], type: 'conjunction' | 'disjunction' = 'conjunction') => formatList(locale, values, type);
const lower = (values: string[]) => values.map((v) => v.toLowerCase());
/** "ar ddydd Llun a dydd Mawrth": soft mutation after "ar", lower case mid-sentence. */
const cyDays = (values: string[]) => values.map((v, i) => v.replace(/^Dydd /, i ? 'dydd ' : 'ddydd '));

export const suitsWords = defineMessages({
  'en-GB': {
    suitsWhy: 'Why it may suit you',
    suitsArrange: 'What we would arrange for you',
    suits_topic: withLocale((locale, values: string[]) => `You care about ${list(locale, values)}`),
    suits_skill: withLocale((locale, values: string[]) => `It needs your skills: ${list(locale, values)}`),
    suits_days: withLocale((locale, values: string[]) => `You are free on ${list(locale, values)}`),
    suits_times: withLocale((locale, codes: string[]) => `You are free in the ${list(locale, codes)}`),
    suits_mode: withLocale((locale, values: string[]) => `You can take part ${list(locale, lower(values), 'disjunction')}`),
    suits_training: 'You asked for training or support',
    suitsArranged: withLocale((locale, needs: string[]) => `${list(locale, needs)}: this opportunity offers ${needs.length === 1 ? 'it' : 'them'}.`),
    suitsNotArranged: withLocale((locale, needs: string[]) => `${list(locale, needs)}: not offered yet. Tell us when you say you are interested, and we will arrange ${needs.length === 1 ? 'it' : 'them'}.`),
  },
  cy: {
    suitsWhy: 'Pam y gallai fod yn addas i chi',
    suitsArrange: 'Beth fyddem yn ei drefnu i chi',
    suits_topic: withLocale((locale, values: string[]) => `Mae gennych ddiddordeb mewn ${list(locale, values)}`),
    suits_skill: withLocale((locale, values: string[]) => `Mae angen eich sgiliau: ${list(locale, values)}`),
    suits_days: withLocale((locale, values: string[]) => `Rydych ar gael ar ${list(locale, cyDays(values))}`),
    suits_times: withLocale((locale, codes: string[]) => `Rydych ar gael ${list(locale, cyTimesOfDay(codes))}`),
    suits_mode: withLocale((locale, values: string[]) => `Gallwch gymryd rhan ${list(locale, lower(values), 'disjunction')}`),
    suits_training: 'Gofynnoch am hyfforddiant neu gymorth',
    suitsArranged: withLocale((locale, needs: string[]) => `${list(locale, needs)}: mae’r cyfle hwn yn ${needs.length === 1 ? 'ei gynnig' : 'eu cynnig'}.`),
    suitsNotArranged: withLocale((locale, needs: string[]) =>
      needs.length === 1
        ? `${list(locale, needs)}: nid yw’n cael ei gynnig eto. Dywedwch wrthym pan fyddwch yn dweud bod gennych ddiddordeb, a byddwn yn ei drefnu.`
        : `${list(locale, needs)}: nid yw’r rhain yn cael eu cynnig eto. Dywedwch wrthym pan fyddwch yn dweud bod gennych ddiddordeb, a byddwn yn eu trefnu.`,
    ),
  },
  easyRead: {
    'en-GB': {
      suitsWhy: 'Why we picked it',
      suitsArrange: 'Help we can give you',
      suits_topic: withLocale((locale, values: string[]) => `You care about ${list(locale, values)}.`),
      suits_skill: withLocale((locale, values: string[]) => `You are good at ${list(locale, values)}.`),
      suits_days: withLocale((locale, values: string[]) => `You are free on ${list(locale, values)}.`),
      suits_times: withLocale((locale, codes: string[]) => `You are free in the ${list(locale, codes)}.`),
      suits_mode: withLocale((locale, values: string[]) => `You can take part ${list(locale, lower(values), 'disjunction')}.`),
      suits_training: 'You want training or help.',
      suitsArranged: withLocale((locale, needs: string[]) => `${list(locale, needs)}.\nWe have ${needs.length === 1 ? 'this' : 'these'} ready.`),
      suitsNotArranged: withLocale((locale, needs: string[]) =>
        needs.length === 1 ? `${list(locale, needs)}.\nTell us you need it.\nWe will get it ready.` : `${list(locale, needs)}.\nTell us you need them.\nWe will get them ready.`,
      ),
    },
    cy: {
      suitsWhy: 'Pam y dewison ni hwn',
      suitsArrange: 'Help y gallwn ei roi i chi',
      suits_topic: withLocale((locale, values: string[]) => `Mae gennych ddiddordeb mewn ${list(locale, values)}.`),
      suits_skill: withLocale((locale, values: string[]) => `Rydych yn dda am ${list(locale, values)}.`),
      suits_days: withLocale((locale, values: string[]) => `Rydych ar gael ar ${list(locale, cyDays(values))}.`),
      suits_times: withLocale((locale, codes: string[]) => `Rydych ar gael ${list(locale, cyTimesOfDay(codes))}.`),
      suits_mode: withLocale((locale, values: string[]) => `Gallwch gymryd rhan ${list(locale, lower(values), 'disjunction')}.`),
      suits_training: 'Rydych eisiau hyfforddiant neu help.',
      suitsArranged: withLocale((locale, needs: string[]) => `${list(locale, needs)}.\n${needs.length === 1 ? 'Mae hyn' : 'Mae’r rhain'} yn barod gennym.`),
      suitsNotArranged: withLocale((locale, needs: string[]) =>
        needs.length === 1
          ? `${list(locale, needs)}.\nDywedwch wrthym eich bod ei angen.\nByddwn yn ei baratoi.`
          : `${list(locale, needs)}.\nDywedwch wrthym eich bod eu hangen.\nByddwn yn eu paratoi.`,
      ),
    },
  },
});
