import type { LadderRung } from '../api/types.js';
import type { Locale, ReadingLevel } from './config.js';

/**
 * TLAP's Ladder of Co-production in plain words. `promise` is what an opportunity offers,
 * said to the person before they take part ("We will decide together"); `felt` is the same
 * rung looked back on, for "which of these did it feel like". Each in English and Welsh, in
 * standard and easy read (short sentences, one idea each).
 */
interface Words {
  promise: string;
  felt: string;
}
type RungWords = Record<Locale, Record<ReadingLevel, Words>>;

export const LADDER: readonly LadderRung[] = ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co_design', 'co_production'];

/** The rungs a brief may promise: nobody promises coercion or a lesson. */
export const PROMISE_RUNGS: readonly LadderRung[] = ['informing', 'consultation', 'engagement', 'co_design', 'co_production'];

const words: Record<LadderRung, RungWords> = {
  coercion: {
    'en-GB': {
      standard: { promise: 'It has already been decided; we will tell you about it', felt: 'It had already been decided and we were there to agree' },
      'easy-read': { promise: 'It is already decided.', felt: 'It was already decided. We had to agree.' },
    },
    cy: {
      standard: { promise: 'Mae wedi’i benderfynu’n barod; byddwn yn dweud wrthych amdano', felt: 'Roedd wedi’i benderfynu’n barod ac roeddem yno i gytuno' },
      'easy-read': { promise: 'Mae wedi’i benderfynu’n barod.', felt: 'Roedd wedi’i benderfynu’n barod. Roedd rhaid i ni gytuno.' },
    },
  },
  educating: {
    'en-GB': {
      standard: { promise: 'We will help you understand what we are doing', felt: 'They helped us understand what they were doing' },
      'easy-read': { promise: 'We help you understand it.', felt: 'They helped us understand it.' },
    },
    cy: {
      standard: { promise: 'Byddwn yn eich helpu i ddeall beth rydym yn ei wneud', felt: 'Fe wnaethon nhw ein helpu i ddeall beth roedden nhw’n ei wneud' },
      'easy-read': { promise: 'Rydym yn eich helpu i’w ddeall.', felt: 'Fe wnaethon nhw ein helpu i’w ddeall.' },
    },
  },
  informing: {
    'en-GB': {
      standard: { promise: 'We will tell you what we have decided', felt: 'They told us what they had decided' },
      'easy-read': { promise: 'We tell you what we decided.', felt: 'They told us what they decided.' },
    },
    cy: {
      standard: { promise: 'Byddwn yn dweud wrthych beth rydym wedi’i benderfynu', felt: 'Fe ddywedon nhw wrthym beth roedden nhw wedi’i benderfynu' },
      'easy-read': { promise: 'Rydym yn dweud wrthych beth wnaethon ni benderfynu.', felt: 'Fe ddywedon nhw beth wnaethon nhw benderfynu.' },
    },
  },
  consultation: {
    'en-GB': {
      standard: { promise: 'We will ask your views and then decide', felt: 'They asked our views and then decided' },
      'easy-read': { promise: 'We ask what you think.\nThen we decide.', felt: 'They asked what we think.\nThen they decided.' },
    },
    cy: {
      standard: { promise: 'Byddwn yn gofyn am eich barn ac yna’n penderfynu', felt: 'Fe ofynnon nhw am ein barn ac yna penderfynu' },
      'easy-read': { promise: 'Rydym yn gofyn beth rydych chi’n ei feddwl.\nYna rydym ni’n penderfynu.', felt: 'Fe ofynnon nhw beth roedden ni’n ei feddwl.\nYna fe wnaethon nhw benderfynu.' },
    },
  },
  engagement: {
    'en-GB': {
      standard: { promise: 'We will work with you on it, and we make the final decision', felt: 'We worked on it with them, and they made the final decision' },
      'easy-read': { promise: 'We work on it with you.\nWe make the last choice.', felt: 'We worked on it with them.\nThey made the last choice.' },
    },
    cy: {
      standard: { promise: 'Byddwn yn gweithio arno gyda chi, a ni sy’n gwneud y penderfyniad olaf', felt: 'Fe wnaethon ni weithio arno gyda nhw, a nhw wnaeth y penderfyniad olaf' },
      'easy-read': { promise: 'Rydym yn gweithio arno gyda chi.\nNi sy’n gwneud y dewis olaf.', felt: 'Fe wnaethon ni weithio arno gyda nhw.\nNhw wnaeth y dewis olaf.' },
    },
  },
  co_design: {
    'en-GB': {
      standard: { promise: 'We will design it with you', felt: 'We designed it together' },
      'easy-read': { promise: 'We plan it with you.', felt: 'We planned it together.' },
    },
    cy: {
      standard: { promise: 'Byddwn yn ei gynllunio gyda chi', felt: 'Fe wnaethon ni ei gynllunio gyda’n gilydd' },
      'easy-read': { promise: 'Rydym yn ei gynllunio gyda chi.', felt: 'Fe wnaethon ni ei gynllunio gyda’n gilydd.' },
    },
  },
  co_production: {
    'en-GB': {
      standard: { promise: 'We will decide together', felt: 'We decided together, as equals' },
      'easy-read': { promise: 'We decide together.', felt: 'We decided together.' },
    },
    cy: {
      standard: { promise: 'Byddwn yn penderfynu gyda’n gilydd', felt: 'Fe wnaethon ni benderfynu gyda’n gilydd, fel pobl gyfartal' },
      'easy-read': { promise: 'Rydym yn penderfynu gyda’n gilydd.', felt: 'Fe wnaethon ni benderfynu gyda’n gilydd.' },
    },
  },
};

/** What an opportunity promises, in the reader's words (easy read keeps its line breaks). */
export function promiseInWords(rung: LadderRung, locale: Locale, level: ReadingLevel): string {
  return words[rung][locale][level].promise;
}

/** How an activity felt, for the evaluation and its results. */
export function feltInWords(rung: LadderRung, locale: Locale, level: ReadingLevel): string {
  return words[rung][locale][level].felt;
}

/** The rung's place on the ladder, 1 (coercion) to 7 (co-production). */
export const rungStep = (rung: LadderRung): number => LADDER.indexOf(rung) + 1;
