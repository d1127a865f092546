/**
 * The equality questions' answers in words (issue 17), shared by the person's questions and
 * staff's counts. Wording from the GSS harmonised standards and the 2021 census in England and
 * Wales (its Welsh questionnaire for Welsh).
 */
import type { EQUALITY_QUESTIONS } from '../../api/rules-vocabularies.js';
import type { CouncilQuestion, ThreeReadings } from '../../api/types.js';
import type { Locale, ReadingLevel } from '../../core/config.js';

type Words = { en: string; cy: string };
type Questions = typeof EQUALITY_QUESTIONS;
/** Every answer of every question the contract lists has words (a new code fails the typecheck), and disability, which the counts derive. */
type AnswerWords = { [Q in keyof Questions]: Record<Exclude<Questions[Q][number], 'prefer_not_to_say'>, Words> } & {
  disability: Record<'disabled' | 'not_disabled', Words>;
};

const PREFER = { en: 'Prefer not to say', cy: 'Mae’n well gen i beidio â dweud' };

const ANSWERS: AnswerWords = {
  ageBand: {
    age_16_24: { en: '16 to 24', cy: '16 i 24' },
    age_25_34: { en: '25 to 34', cy: '25 i 34' },
    age_35_44: { en: '35 to 44', cy: '35 i 44' },
    age_45_54: { en: '45 to 54', cy: '45 i 54' },
    age_55_64: { en: '55 to 64', cy: '55 i 64' },
    age_65_74: { en: '65 to 74', cy: '65 i 74' },
    age_75_plus: { en: '75 or over', cy: '75 neu’n hŷn' },
  },
  sex: { female: { en: 'Female', cy: 'Benyw' }, male: { en: 'Male', cy: 'Gwryw' } },
  ethnicGroup: {
    white: { en: 'White', cy: 'Gwyn' },
    mixed: { en: 'Mixed or Multiple ethnic groups', cy: 'Grwpiau ethnig Cymysg neu Luosog' },
    asian: { en: 'Asian, Asian British or Asian Welsh', cy: 'Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig' },
    black: { en: 'Black, Black British, Black Welsh, Caribbean or African', cy: 'Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd' },
    other: { en: 'Other ethnic group', cy: 'Grŵp ethnig arall' },
  },
  longTermCondition: { yes: { en: 'Yes', cy: 'Oes' }, no: { en: 'No', cy: 'Nac oes' } },
  reducedAbility: { a_lot: { en: 'Yes, a lot', cy: 'Ydy, llawer' }, a_little: { en: 'Yes, a little', cy: 'Ydy, ychydig' }, not_at_all: { en: 'Not at all', cy: 'Ddim o gwbl' } },
  carer: {
    no: { en: 'No', cy: 'Nac ydw' },
    hours_1_19: { en: 'Yes, 19 hours a week or less', cy: 'Ydw, 19 awr yr wythnos neu lai' },
    hours_20_49: { en: 'Yes, 20 to 49 hours a week', cy: 'Ydw, 20 i 49 awr yr wythnos' },
    hours_50_plus: { en: 'Yes, 50 or more hours a week', cy: 'Ydw, 50 awr neu fwy yr wythnos' },
  },
  disability: { disabled: { en: 'Disabled', cy: 'Anabl' }, not_disabled: { en: 'Not disabled', cy: 'Ddim yn anabl' } },
};

/** One answer of one question, in the reader's language. */
export function answerInWords(question: string, answer: string, locale: Locale): string {
  const words = answer === 'prefer_not_to_say' ? PREFER : (ANSWERS as Record<string, Record<string, Words> | undefined>)[question]?.[answer];
  return words ? (locale === 'cy' ? words.cy : words.en) : answer;
}

/** A council question's or answer's words in the reader's language and reading (easy-read Welsh falls back to the Welsh). */
export function councilWords(text: ThreeReadings, locale: Locale, readingLevel: ReadingLevel): string {
  if (readingLevel === 'easy-read') return locale === 'cy' ? (text.easyReadCy ?? text.cy) : text.easyRead;
  return locale === 'cy' ? text.cy : text.en;
}

/** A council question's answer in words: its own, or "Prefer not to say". */
export const councilAnswerInWords = (q: CouncilQuestion, answer: string, locale: Locale, readingLevel: ReadingLevel): string => {
  const found = q.answers.find((a) => a.id === answer);
  return found ? councilWords(found.text, locale, readingLevel) : PREFER[locale === 'cy' ? 'cy' : 'en'];
};
