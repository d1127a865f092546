import type { LadderRung } from '../api/types.js';
import type { Locale, ReadingLevel } from './config.js';
import { defineMessages, translator } from './i18n.js';

/**
 * TLAP's Ladder of Co-production in plain words. `promise` is what an opportunity offers,
 * said to the person before they take part ("We will decide together"); `felt` is the same
 * rung looked back on, for "which of these did it feel like" (ladder-felt.ts: only the
 * evaluation and the results say it, so a page of opportunities does not carry it). Each in English and Welsh, in
 * standard and easy read (short sentences, one idea each). A catalog, so the built bundles
 * keep only the English and load the Welsh and easy read with the rest of the reader's words
 * (a widget waits for them in its skeleton: src/core/i18n.ts readingsReady).
 */

export const LADDER: readonly LadderRung[] = ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co_design', 'co_production'];

/** The rungs a brief may promise: nobody promises coercion or a lesson. */
export const PROMISE_RUNGS: readonly LadderRung[] = ['informing', 'consultation', 'engagement', 'co_design', 'co_production'];

const ladderWords = defineMessages({
  'en-GB': {
    promise_coercion: 'It has already been decided; we will tell you about it',
    promise_educating: 'We will help you understand what we are doing',
    promise_informing: 'We will tell you what we have decided',
    promise_consultation: 'We will ask your views and then decide',
    promise_engagement: 'We will work with you on it, and we make the final decision',
    promise_co_design: 'We will design it with you',
    promise_co_production: 'We will decide together',
  },
  cy: {
    promise_coercion: 'Mae wedi’i benderfynu’n barod; byddwn yn dweud wrthych amdano',
    promise_educating: 'Byddwn yn eich helpu i ddeall beth rydym yn ei wneud',
    promise_informing: 'Byddwn yn dweud wrthych beth rydym wedi’i benderfynu',
    promise_consultation: 'Byddwn yn gofyn am eich barn ac yna’n penderfynu',
    promise_engagement: 'Byddwn yn gweithio arno gyda chi, a ni sy’n gwneud y penderfyniad olaf',
    promise_co_design: 'Byddwn yn ei gynllunio gyda chi',
    promise_co_production: 'Byddwn yn penderfynu gyda’n gilydd',
  },
  easyRead: {
    'en-GB': {
      promise_coercion: 'It is already decided.',
      promise_educating: 'We help you understand it.',
      promise_informing: 'We tell you what we decided.',
      promise_consultation: 'We ask what you think.\nThen we decide.',
      promise_engagement: 'We work on it with you.\nWe make the last choice.',
      promise_co_design: 'We plan it with you.',
      promise_co_production: 'We decide together.',
    },
    cy: {
      promise_coercion: 'Mae wedi’i benderfynu’n barod.',
      promise_educating: 'Rydym yn eich helpu i’w ddeall.',
      promise_informing: 'Rydym yn dweud wrthych beth wnaethon ni benderfynu.',
      promise_consultation: 'Rydym yn gofyn beth rydych chi’n ei feddwl.\nYna rydym ni’n penderfynu.',
      promise_engagement: 'Rydym yn gweithio arno gyda chi.\nNi sy’n gwneud y dewis olaf.',
      promise_co_design: 'Rydym yn ei gynllunio gyda chi.',
      promise_co_production: 'Rydym yn penderfynu gyda’n gilydd.',
    },
  },
});

/** What an opportunity promises, in the reader's words (easy read keeps its line breaks). */
export function promiseInWords(rung: LadderRung, locale: Locale, level: ReadingLevel): string {
  return translator(ladderWords, locale, level)(`promise_${rung}`);
}

/** The rung's place on the ladder, 1 (coercion) to 7 (co-production). */
export const rungStep = (rung: LadderRung): number => LADDER.indexOf(rung) + 1;
