import type { SqlParams } from '../sql.js';

const ACCENTED = 'âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ';
const PLAIN = 'aeiouwyaeiouwyaeiouwyaeiouwy';

/** Lower case without Welsh accents: the same folding as `coprod_fold()` in migration 003. */
export function fold(text: string): string {
  return [...text.normalize('NFC').toLowerCase()].map((c) => PLAIN[ACCENTED.indexOf(c)] ?? c).join('');
}

/**
 * The tsquery for what a person typed, as SQL: English stems (websearch syntax: quotes, "or",
 * -word) or every word as the start of a word in either language, accents ignored. Only
 * letters and digits reach the prefix query, so its syntax cannot be broken by the input.
 */
export function searchQuery(sql: SqlParams, q: string): string {
  const words = fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const english = `websearch_to_tsquery('english', ${sql.param(q)})`;
  if (words.length === 0) return english;
  return `(${english} || to_tsquery('simple', ${sql.param(words.map((w) => `${w}:*`).join(' & '))}))`;
}
