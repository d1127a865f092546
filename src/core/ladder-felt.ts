import type { LadderRung } from '../api/types.js';
import type { Locale, ReadingLevel } from './config.js';
import { defineMessages, translator } from './i18n.js';

/**
 * How an activity felt, on TLAP's Ladder of Co-production (ladder.ts says what an opportunity
 * promises): "which of these did it feel like", for the evaluation and its results. Its own
 * module, so the page of opportunities, whose cards say only the promise, does not carry it.
 */
const feltWords = defineMessages({
  'en-GB': {
    felt_coercion: 'It had already been decided and we were there to agree',
    felt_educating: 'They helped us understand what they were doing',
    felt_informing: 'They told us what they had decided',
    felt_consultation: 'They asked our views and then decided',
    felt_engagement: 'We worked on it with them, and they made the final decision',
    felt_co_design: 'We designed it together',
    felt_co_production: 'We decided together, as equals',
  },
  cy: {
    felt_coercion: 'Roedd wedi’i benderfynu’n barod ac roeddem yno i gytuno',
    felt_educating: 'Fe wnaethon nhw ein helpu i ddeall beth roedden nhw’n ei wneud',
    felt_informing: 'Fe ddywedon nhw wrthym beth roedden nhw wedi’i benderfynu',
    felt_consultation: 'Fe ofynnon nhw am ein barn ac yna penderfynu',
    felt_engagement: 'Fe wnaethon ni weithio arno gyda nhw, a nhw wnaeth y penderfyniad olaf',
    felt_co_design: 'Fe wnaethon ni ei gynllunio gyda’n gilydd',
    felt_co_production: 'Fe wnaethon ni benderfynu gyda’n gilydd, fel pobl gyfartal',
  },
  easyRead: {
    'en-GB': {
      felt_coercion: 'It was already decided. We had to agree.',
      felt_educating: 'They helped us understand it.',
      felt_informing: 'They told us what they decided.',
      felt_consultation: 'They asked what we think.\nThen they decided.',
      felt_engagement: 'We worked on it with them.\nThey made the last choice.',
      felt_co_design: 'We planned it together.',
      felt_co_production: 'We decided together.',
    },
    cy: {
      felt_coercion: 'Roedd wedi’i benderfynu’n barod. Roedd rhaid i ni gytuno.',
      felt_educating: 'Fe wnaethon nhw ein helpu i’w ddeall.',
      felt_informing: 'Fe ddywedon nhw beth wnaethon nhw benderfynu.',
      felt_consultation: 'Fe ofynnon nhw beth roedden ni’n ei feddwl.\nYna fe wnaethon nhw benderfynu.',
      felt_engagement: 'Fe wnaethon ni weithio arno gyda nhw.\nNhw wnaeth y dewis olaf.',
      felt_co_design: 'Fe wnaethon ni ei gynllunio gyda’n gilydd.',
      felt_co_production: 'Fe wnaethon ni benderfynu gyda’n gilydd.',
    },
  },
});

/** How an activity felt, for the evaluation and its results. */
export function feltInWords(rung: LadderRung, locale: Locale, level: ReadingLevel): string {
  return translator(feltWords, locale, level)(`felt_${rung}`);
}
