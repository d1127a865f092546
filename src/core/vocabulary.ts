import type { CoprodApi } from '../api/api.js';
import type {
  Access,
  ContactMethod,
  FeedbackStatus,
  InterestStatus,
  OpportunityStatus,
  ParticipationMode,
  Taxonomy,
  Term,
  Weekday,
} from '../api/types.js';
import type { Locale } from './config.js';
import type { IconName } from './icons.js';

/** Names for the contract's fixed lists, in English and Welsh, shared by every widget. */
export type Labels<K extends string> = Record<K, { 'en-GB': string; cy: string }>;

export const participationModes: Labels<ParticipationMode> = {
  online: { 'en-GB': 'Online', cy: 'Ar-lein' },
  in_person: { 'en-GB': 'In person', cy: 'Wyneb yn wyneb' },
  phone: { 'en-GB': 'By phone', cy: 'Dros y ffôn' },
};

/**
 * The one access vocabulary (`ACCESS` in rules.ts), one label per id in each language. Each
 * label reads both as what an opportunity offers and as what a person needs.
 */
export const accessLabels: Labels<Access> = {
  easy_read: { 'en-GB': 'Easy read papers', cy: 'Papurau hawdd eu darllen' },
  bsl: { 'en-GB': 'British Sign Language interpreter', cy: 'Dehonglydd Iaith Arwyddion Prydain' },
  step_free: { 'en-GB': 'Step-free access', cy: 'Mynediad heb risiau' },
  hearing_loop: { 'en-GB': 'Hearing loop', cy: 'Dolen glyw' },
  large_print: { 'en-GB': 'Large print', cy: 'Print bras' },
  captions: { 'en-GB': 'Live captions', cy: 'Capsiynau byw' },
  quiet_space: { 'en-GB': 'A quiet space', cy: 'Lle tawel' },
  carer_or_supporter: { 'en-GB': 'A carer or supporter can come too', cy: 'Gall gofalwr neu gefnogwr ddod hefyd' },
  transport: { 'en-GB': 'Help with transport', cy: 'Help gyda thrafnidiaeth' },
  interpreter: { 'en-GB': 'Language interpreter', cy: 'Cyfieithydd iaith' },
  breaks: { 'en-GB': 'Regular breaks', cy: 'Seibiannau rheolaidd' },
  extra_time: { 'en-GB': 'Extra time', cy: 'Amser ychwanegol' },
  papers_in_advance: { 'en-GB': 'Papers sent in advance', cy: 'Papurau wedi’u hanfon ymlaen llaw' },
};

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

export const contactMethods: Labels<ContactMethod> = {
  email: { 'en-GB': 'Email', cy: 'E-bost' },
  phone: { 'en-GB': 'Phone call', cy: 'Galwad ffôn' },
  text: { 'en-GB': 'Text message', cy: 'Neges destun' },
  post: { 'en-GB': 'Post', cy: 'Post' },
  supporter: { 'en-GB': 'Through a supporter', cy: 'Drwy gefnogwr' },
};

export const weekdays: Labels<Weekday> = {
  mon: { 'en-GB': 'Monday', cy: 'Dydd Llun' },
  tue: { 'en-GB': 'Tuesday', cy: 'Dydd Mawrth' },
  wed: { 'en-GB': 'Wednesday', cy: 'Dydd Mercher' },
  thu: { 'en-GB': 'Thursday', cy: 'Dydd Iau' },
  fri: { 'en-GB': 'Friday', cy: 'Dydd Gwener' },
  sat: { 'en-GB': 'Saturday', cy: 'Dydd Sadwrn' },
  sun: { 'en-GB': 'Sunday', cy: 'Dydd Sul' },
};

export const opportunityStatuses: Labels<OpportunityStatus> = {
  draft: { 'en-GB': 'Draft', cy: 'Drafft' },
  open: { 'en-GB': 'Open', cy: 'Ar agor' },
  closed: { 'en-GB': 'Closed', cy: 'Ar gau' },
  filled: { 'en-GB': 'All places filled', cy: 'Pob lle wedi’i lenwi' },
  cancelled: { 'en-GB': 'Cancelled', cy: 'Wedi’i ganslo' },
};

export const feedbackStatuses: Labels<FeedbackStatus> = {
  received: { 'en-GB': 'Received', cy: 'Wedi’i dderbyn' },
  considering: { 'en-GB': 'Being considered', cy: 'Yn cael ei ystyried' },
  changed: { 'en-GB': 'We did: changed', cy: 'Gwnaethom: newidiwyd' },
  not_changed: { 'en-GB': 'Not changed: why not', cy: 'Heb newid: pam ddim' },
};

/** Status is never told by colour alone: each has an icon and words. */
export const feedbackStatusIcons: Record<FeedbackStatus, IconName> = {
  received: 'mail',
  considering: 'clock',
  changed: 'check',
  not_changed: 'cross',
};

export const interestStatuses: Labels<InterestStatus> = {
  new: { 'en-GB': 'New', cy: 'Newydd' },
  contacted: { 'en-GB': 'Contacted', cy: 'Wedi cysylltu' },
  joined: { 'en-GB': 'Joined', cy: 'Wedi ymuno' },
  not_this_time: { 'en-GB': 'Not this time', cy: 'Nid y tro hwn' },
};

export function label<K extends string>(labels: Labels<K>, key: K, locale: Locale): string {
  return labels[key]?.[locale] ?? key;
}

/** Choices for a radio or checkbox group from one of the lists above. */
export function choicesFrom<K extends string>(labels: Labels<K>, locale: Locale): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value][locale] }));
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
