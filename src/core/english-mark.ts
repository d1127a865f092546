/**
 * The marks around a name in English inside a Welsh sentence being made (U+E000 … U+E001, private use).
 * Alone, with no imports, so the Welsh "a" (src/core/date-words.ts) can see a mark without bringing
 * src/core/in-english.ts (which draws the marks with lit's `html`) into a list's first paint.
 */
export const EN_OPEN = '\uE000';
export const EN_CLOSE = '\uE001';

/** `name` marked as English inside a sentence being made. */
export const inEnglish = (name: string): string => `${EN_OPEN}${name}${EN_CLOSE}`;

/** Whether `word` begins with a name marked as English. */
export const startsInEnglish = (word: string): boolean => word.startsWith(EN_OPEN);

/**
 * Whether an English name begins with a vowel sound, the way English picks "an": "an hour", "an MP", "a unit", "a one-day
 * course", "a youth club". Welsh "ac" before a marked English name follows it (src/core/date-words.ts welshAnd). A small
 * rule: letters said one by one (an acronym) by their English names; "hour", "honest", "honour", "heir"; "one", "once",
 * "eu-", "ewe" and "u" + one consonant + a vowel ("unit", "usual") begin with a consonant sound. Needs a Welsh speaker's check.
 */
export function englishVowelSound(name: string): boolean {
  const first = /^[^\s,;:.]+/.exec(name)?.[0] ?? '';
  if (/^[A-Z]{2,}$/.test(first)) return /^[AEFHILMNORSX]/.test(first);
  const word = first.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(word)) return true;
  if (/^(one|once|eu|ewe|u[bcdfgjklmnpqrstvz][aeiou])/.test(word)) return false;
  return /^[aeiou]/.test(word);
}

/** `name` marked as English where the page is Welsh and the name is `english` (has no Welsh); otherwise as it is. */
export const markEnglish = (locale: string, name: string, english: boolean): string => (locale === 'cy' && english && name ? inEnglish(name) : name);
