import { nothing } from 'lit';
import type { Term } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { textIn } from '../../../core/text-in.js';

/** A taxonomy term (topic, area, organisation) as a choice in the reader's language (textIn's rule), lang="en-GB" where a Welsh reader gets its English name. */
export function termChoice(term: Term, locale: Locale): { value: string; label: string; lang: 'en-GB' | typeof nothing } {
  const name = textIn(locale, term.name);
  return { value: term.id, label: name.text, lang: name.lang };
}
