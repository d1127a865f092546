import type { LadderRung } from '../api/types.js';
import type { Locale, ReadingLevel } from './config.js';
import { defineMessages, translator } from './i18n.js';

/**
 * TLAP's Ladder of Co-production in plain words. `promise` is what an opportunity offers,
 * said to the person before they take part ("We will decide together"); `felt` is the same
 * rung looked back on, for "which of these did it feel like". Each in English and Welsh, in
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
    felt_coercion: 'It had already been decided and we were there to agree',
    promise_educating: 'We will help you understand what we are doing',
    felt_educating: 'They helped us understand what they were doing',
    promise_informing: 'We will tell you what we have decided',
    felt_informing: 'They told us what they had decided',
    promise_consultation: 'We will ask your views and then decide',
    felt_consultation: 'They asked our views and then decided',
    promise_engagement: 'We will work with you on it, and we make the final decision',
    felt_engagement: 'We worked on it with them, and they made the final decision',
    promise_co_design: 'We will design it with you',
    felt_co_design: 'We designed it together',
    promise_co_production: 'We will decide together',
    felt_co_production: 'We decided together, as equals',
  },
  cy: {
    promise_coercion: 'Mae wedi’i benderfynu’n barod; byddwn yn dweud wrthych amdano',
    felt_coercion: 'Roedd wedi’i benderfynu’n barod ac roeddem yno i gytuno',
    promise_educating: 'Byddwn yn eich helpu i ddeall beth rydym yn ei wneud',
    felt_educating: 'Fe wnaethon nhw ein helpu i ddeall beth roedden nhw’n ei wneud',
    promise_informing: 'Byddwn yn dweud wrthych beth rydym wedi’i benderfynu',
    felt_informing: 'Fe ddywedon nhw wrthym beth roedden nhw wedi’i benderfynu',
    promise_consultation: 'Byddwn yn gofyn am eich barn ac yna’n penderfynu',
    felt_consultation: 'Fe ofynnon nhw am ein barn ac yna penderfynu',
    promise_engagement: 'Byddwn yn gweithio arno gyda chi, a ni sy’n gwneud y penderfyniad olaf',
    felt_engagement: 'Fe wnaethon ni weithio arno gyda nhw, a nhw wnaeth y penderfyniad olaf',
    promise_co_design: 'Byddwn yn ei gynllunio gyda chi',
    felt_co_design: 'Fe wnaethon ni ei gynllunio gyda’n gilydd',
    promise_co_production: 'Byddwn yn penderfynu gyda’n gilydd',
    felt_co_production: 'Fe wnaethon ni benderfynu gyda’n gilydd, fel pobl gyfartal',
  },
  easyRead: {
    'en-GB': {
      promise_coercion: 'It is already decided.',
      felt_coercion: 'It was already decided. We had to agree.',
      promise_educating: 'We help you understand it.',
      felt_educating: 'They helped us understand it.',
      promise_informing: 'We tell you what we decided.',
      felt_informing: 'They told us what they decided.',
      promise_consultation: 'We ask what you think.\nThen we decide.',
      felt_consultation: 'They asked what we think.\nThen they decided.',
      promise_engagement: 'We work on it with you.\nWe make the last choice.',
      felt_engagement: 'We worked on it with them.\nThey made the last choice.',
      promise_co_design: 'We plan it with you.',
      felt_co_design: 'We planned it together.',
      promise_co_production: 'We decide together.',
      felt_co_production: 'We decided together.',
    },
    cy: {
      promise_coercion: 'Mae wedi’i benderfynu’n barod.',
      felt_coercion: 'Roedd wedi’i benderfynu’n barod. Roedd rhaid i ni gytuno.',
      promise_educating: 'Rydym yn eich helpu i’w ddeall.',
      felt_educating: 'Fe wnaethon nhw ein helpu i’w ddeall.',
      promise_informing: 'Rydym yn dweud wrthych beth wnaethon ni benderfynu.',
      felt_informing: 'Fe ddywedon nhw beth wnaethon nhw benderfynu.',
      promise_consultation: 'Rydym yn gofyn beth rydych chi’n ei feddwl.\nYna rydym ni’n penderfynu.',
      felt_consultation: 'Fe ofynnon nhw beth roedden ni’n ei feddwl.\nYna fe wnaethon nhw benderfynu.',
      promise_engagement: 'Rydym yn gweithio arno gyda chi.\nNi sy’n gwneud y dewis olaf.',
      felt_engagement: 'Fe wnaethon ni weithio arno gyda nhw.\nNhw wnaeth y dewis olaf.',
      promise_co_design: 'Rydym yn ei gynllunio gyda chi.',
      felt_co_design: 'Fe wnaethon ni ei gynllunio gyda’n gilydd.',
      promise_co_production: 'Rydym yn penderfynu gyda’n gilydd.',
      felt_co_production: 'Fe wnaethon ni benderfynu gyda’n gilydd.',
    },
  },
});


/** What an opportunity promises, in the reader's words (easy read keeps its line breaks). */
export function promiseInWords(rung: LadderRung, locale: Locale, level: ReadingLevel): string {
  return translator(ladderWords, locale, level)(`promise_${rung}`);
}

/** How an activity felt, for the evaluation and its results. */
export function feltInWords(rung: LadderRung, locale: Locale, level: ReadingLevel): string {
  return translator(ladderWords, locale, level)(`felt_${rung}`);
}

/** The rung's place on the ladder, 1 (coercion) to 7 (co-production). */
export const rungStep = (rung: LadderRung): number => LADDER.indexOf(rung) + 1;
