import { defineMessages } from './catalogs.js';
import { englishVowelSound, startsInEnglish } from './english-mark.js';

/**
 * The words of dates and lists (src/core/i18n.ts formatDate, formatList): month and day names,
 * comma-separated, and how a list's last item joins on. Ours, not `Intl`'s, because browsers
 * built without full ICU data answer in English when asked for Welsh. A catalog, so the built
 * bundles keep the English and load the Welsh with the reader's other Welsh words (a widget
 * waits for them in its skeleton: src/core/catalogs.ts readingsReady).
 */
export const dateWords = defineMessages({
  'en-GB': {
    months: 'January,February,March,April,May,June,July,August,September,October,November,December',
    days: 'Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday',
    and: (last: string) => `and ${last}`,
    or: (last: string) => `or ${last}`,
  },
  cy: {
    months: 'Ionawr,Chwefror,Mawrth,Ebrill,Mai,Mehefin,Gorffennaf,Awst,Medi,Hydref,Tachwedd,Rhagfyr',
    // U+00A0: "Dydd Mawrth" is one name, never cut across two lines.
    days: 'Dydd\u00a0Sul,Dydd\u00a0Llun,Dydd\u00a0Mawrth,Dydd\u00a0Mercher,Dydd\u00a0Iau,Dydd\u00a0Gwener,Dydd\u00a0Sadwrn',
    and: (last: string) => welshAnd(last),
    // "neu" softens nouns, but our "or" lists join ways of taking part ("ar-lein", "wyneb yn
    // wyneb", "dros y ffôn"), which are either unmutable or already softened ("tros" -> "dros").
    or: (last: string) => `neu ${last}`,
  },
});

/**
 * Welsh "and" before a word: "ac" before a vowel ("ac amser paratoi", "ac wyneb yn wyneb"),
 * "a'r" for "and the" ("a'r ffôn"), otherwise "a" with the aspirate mutation it causes:
 * c, p, t become ch, ph, th ("a chyfle", "a phobl", "a theithio"). Acronyms ("TAW") and
 * words that already begin ch, ph or th keep their form, and so does a name in English.
 */
function welshAnd(word: string): string {
  // A name in English (marked by src/core/english-mark.ts) keeps its form: "ac" before its vowel sound as English says it, else "a".
  if (startsInEnglish(word)) return englishVowelSound(word.slice(1)) ? `ac ${word}` : `a ${word}`;
  const article = /^(y|yr|’r|'r)\s+(.*)$/i.exec(word);
  if (article) return `a’r ${article[2]}`;
  if (/^[aeiouwyâêîôûŵŷáéíóúàèìòù]/i.test(word)) return `ac ${word}`;
  const first = /^\S+/.exec(word)?.[0] ?? '';
  const acronym = first.length > 1 && first === first.toLocaleUpperCase('cy');
  if (acronym || /^(ch|ph|th)/i.test(word)) return `a ${word}`;
  const mutated = word.replace(/^[cpt]/i, (letter) => `${letter}h`);
  return `a ${mutated}`;
}
