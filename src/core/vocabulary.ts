import type { CoprodApi } from '../api/api.js';
import type { ParticipationMode, Taxonomy, Term } from '../api/types.js';
import type { Locale } from './config.js';
import { defineMessages, textIn, type Catalog } from './i18n.js';

/**
 * Names for the contract's fixed lists, in English and Welsh, shared by every widget. Each list
 * is a catalog, so the built bundles keep the English and load the Welsh with the reader's other
 * Welsh words (a widget waits for them in its skeleton: src/core/i18n.ts readingsReady).
 */
export type Labels<K extends string> = Catalog<Record<K, string>>;

export const participationModes: Labels<ParticipationMode> = defineMessages({
  'en-GB': {
    online: 'Online',
    in_person: 'In person',
    phone: 'By phone',
  },
  cy: {
    online: 'Ar-lein',
    in_person: 'Wyneb yn wyneb',
    phone: 'Dros y ffôn',
  },
});

// The access vocabulary's names (what only an opportunity's page, its interest form, the profile
// and staff name) are their own module, so a page of opportunities does not carry them.
export { accessLabels } from './access-words.js';

// The lists a page of opportunities does not name (contact methods, weekdays, statuses) are their own
// module, so a page carries only the lists it shows; they are still imported from here.
export { contactMethods, weekdays, opportunityStatuses, feedbackStatuses, feedbackStatusIcons, interestStatuses } from './vocabulary-lists.js';

/** A list's name for `key` in the reader's language (English until the Welsh has loaded); the key itself if the list has none. */
export function label<K extends string>(labels: Labels<K>, key: K, locale: Locale): string {
  return labels[locale]?.[key] ?? labels['en-GB'][key] ?? key;
}

/** Choices for a radio or checkbox group from one of the lists above. */
export function choicesFrom<K extends string>(labels: Labels<K>, locale: Locale): { value: K; label: string }[] {
  return (Object.keys(labels['en-GB']) as K[]).map((value) => ({ value, label: label(labels, value, locale) }));
}

const taxonomies = new WeakMap<CoprodApi, Promise<Taxonomy>>();

/** The taxonomy, fetched once per API and shared by every widget on the page. */
export function loadTaxonomy(api: CoprodApi, signal?: AbortSignal): Promise<Taxonomy> {
  let taxonomy = taxonomies.get(api);
  if (!taxonomy) {
    taxonomy = api.getTaxonomy({ signal });
    taxonomy.catch(() => taxonomies.delete(api));
    taxonomies.set(api, taxonomy);
  }
  return taxonomy;
}

/**
 * A taxonomy term (a topic, an area) named by its id, in the reader's language by textIn's rule (src/core/i18n.ts): `lang`
 * is "en-GB" where a Welsh reader gets its English. An id not in `terms` (a term since removed, the taxonomy not loaded)
 * shows itself, marked English on a Welsh page. The one place this is written (here, beside findTerm, so the board and the
 * list pay no module seam for it); draw it with its `lang`, or as core/term-choice.ts termSpan. Inside a sentence:
 * core/in-english.ts marked(termText(…)).
 */
export const termText = (locale: Locale, terms: readonly Term[] | undefined, id: string): ReturnType<typeof textIn> =>
  textIn(locale, findTerm(terms ?? [], id)?.name ?? { en: id });

export function findTerm(terms: readonly Term[], id: string | undefined | null): Term | undefined {
  return id ? terms.find((term) => term.id === id) : undefined;
}
