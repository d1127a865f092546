import { html, type nothing, type TemplateResult } from 'lit';
import type { Term } from '../api/types.js';
import type { Locale } from './config.js';
import { textIn } from './text-in.js';
import { termText } from './vocabulary.js';

/**
 * A taxonomy term (topic, area, organisation) as a choice in the reader's language (textIn's rule), lang="en-GB" where a
 * Welsh reader gets its English name. Its own module, so only the widgets that offer or draw terms carry it (a name with
 * its lang, by its id: core/vocabulary.ts termText).
 */
export function termChoice(term: Term, locale: Locale): { value: string; label: string; lang: 'en-GB' | typeof nothing } {
  const name = textIn(locale, term.name);
  return { value: term.id, label: name.text, lang: name.lang };
}

/** A term named by its id (core/vocabulary.ts termText) and drawn: `<span lang="en-GB">` where a Welsh reader gets the English. */
export function termSpan(locale: Locale, terms: readonly Term[] | undefined, id: string): TemplateResult {
  const name = termText(locale, terms, id);
  return html`<span lang=${name.lang}>${name.text}</span>`;
}
