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

/** `name` marked as English where the page is Welsh and the name is `english` (has no Welsh); otherwise as it is. */
export const markEnglish = (locale: string, name: string, english: boolean): string => (locale === 'cy' && english && name ? inEnglish(name) : name);
