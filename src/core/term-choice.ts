import type { nothing } from 'lit';
import type { Term } from '../api/types.js';
import type { Locale } from './config.js';
import { textIn } from './text-in.js';

/**
 * A taxonomy term (topic, area, organisation) as a choice in the reader's language (textIn's rule), lang="en-GB" where a
 * Welsh reader gets its English name. Its own module, so only the widgets that offer terms to choose carry it (a name
 * alone: core/vocabulary.ts termName).
 */
export function termChoice(term: Term, locale: Locale): { value: string; label: string; lang: 'en-GB' | typeof nothing } {
  const name = textIn(locale, term.name);
  return { value: term.id, label: name.text, lang: name.lang };
}
