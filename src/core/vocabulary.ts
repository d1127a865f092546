import type { CoprodApi } from '../api/api.js';
import type { Access, ParticipationMode, Taxonomy, Term } from '../api/types.js';
import type { Locale } from './config.js';
import { defineMessages, type Catalog } from './i18n.js';
import type { IconName } from './icons.js';

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

/**
 * The one access vocabulary (`ACCESS` in rules.ts), one label per id in each language. Each
 * label reads both as what an opportunity offers and as what a person needs.
 */
export const accessLabels: Labels<Access> = defineMessages({
  'en-GB': {
    easy_read: 'Easy read papers',
    bsl: 'British Sign Language interpreter',
    step_free: 'Step-free access',
    hearing_loop: 'Hearing loop',
    large_print: 'Large print',
    captions: 'Live captions',
    quiet_space: 'A quiet space',
    carer_or_supporter: 'A carer or supporter can come too',
    transport: 'Help with transport',
    interpreter: 'Language interpreter',
    breaks: 'Regular breaks',
    extra_time: 'Extra time',
    papers_in_advance: 'Papers sent in advance',
  },
  cy: {
    easy_read: 'Papurau hawdd eu darllen',
    bsl: 'Dehonglydd Iaith Arwyddion Prydain',
    step_free: 'Mynediad heb risiau',
    hearing_loop: 'Dolen glyw',
    large_print: 'Print bras',
    captions: 'Capsiynau byw',
    quiet_space: 'Lle tawel',
    carer_or_supporter: 'Gall gofalwr neu gefnogwr ddod hefyd',
    transport: 'Help gyda thrafnidiaeth',
    interpreter: 'Cyfieithydd iaith',
    breaks: 'Seibiannau rheolaidd',
    extra_time: 'Amser ychwanegol',
    papers_in_advance: 'Papurau wedi’u hanfon ymlaen llaw',
  },
});

export const accessIcons: Record<Access, IconName> = {
  easy_read: 'book',
  bsl: 'hand',
  step_free: 'access',
  hearing_loop: 'ear',
  large_print: 'book',
  captions: 'chat',
  quiet_space: 'heart',
  carer_or_supporter: 'people',
  transport: 'location',
  interpreter: 'chat',
  breaks: 'clock',
  extra_time: 'clock',
  papers_in_advance: 'mail',
};

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

/** A taxonomy term's name in the reader's language, falling back to English. */
export function termName(term: Term | undefined | null, locale: Locale): string {
  if (!term) return '';
  return (locale === 'cy' ? term.name.cy : undefined) ?? term.name.en;
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

export function findTerm(terms: readonly Term[], id: string | undefined | null): Term | undefined {
  return id ? terms.find((term) => term.id === id) : undefined;
}
