import type { AccessNeed, ContactMethod, MessagePreferences, ParticipationMode, Profile, ProfileInput, Weekday } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import type { Frequency } from '../../../core/forms/often-field.js';
import { sameJson } from '../../../shared/conflict/merge.js';
import type { ProfileDraft } from './profile-storage.js';

export type TimeOfDay = 'morning' | 'afternoon' | 'evening';
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];

/** What the form holds while a person fills it in: flat, so a draft is easy to keep. */
export interface ProfileValues {
  name: string;
  pictureDataUrl: string;
  pictureDescription: string;
  importantToMe: string;
  experience: string;
  networks: string;
  needs: AccessNeed[];
  needsDetails: string;
  contactMethod: ContactMethod | '';
  /** One detail per method, so switching method and back loses nothing. Only the chosen one is sent. */
  contactDetails: Partial<Record<ContactMethod, string>>;
  /** How often to tell them (asked with email or text; sent as `messages.frequency`). */
  often: Frequency;
  topics: string[];
  otherTopics: string;
  skills: string[];
  /** A skill typed but not yet added; added on save so it is not lost. */
  newSkill: string;
  days: Weekday[];
  times: TimeOfDay[];
  modes: ParticipationMode[];
  availabilityNotes: string;
  trainingWanted: string;
  consent: boolean;
}

export const emptyValues: ProfileValues = {
  name: '',
  pictureDataUrl: '',
  pictureDescription: '',
  importantToMe: '',
  experience: '',
  networks: '',
  needs: [],
  needsDetails: '',
  contactMethod: '',
  contactDetails: {},
  often: 'each_time',
  topics: [],
  otherTopics: '',
  skills: [],
  newSkill: '',
  days: [],
  times: [],
  modes: [],
  availabilityNotes: '',
  trainingWanted: '',
  consent: false,
};

/** Field paths of the contract, in the order the fields appear. */
export const FIELD_ORDER = [
  'name',
  'picture.dataUrl',
  'picture.description',
  'importantToMe',
  'experience',
  'networks',
  'howToHelp.needs',
  'howToHelp.details',
  'contact.method',
  'contact.detail',
  'topics',
  'otherTopics',
  'skills',
  'availability.days',
  'availability.times',
  'availability.modes',
  'availability.notes',
  'trainingWanted',
  'consent',
] as const;

/** Server paths that have no field of their own. */
export const FIELD_ALIASES: Record<string, string> = {
  picture: 'picture.dataUrl',
  howToHelp: 'howToHelp.needs',
  contact: 'contact.method',
  availability: 'availability.days',
};

const optional = (text: string): string | undefined => (text.trim() ? text.trim() : undefined);

/** The request body for the values (trimmed; empty optional text left out). */
export function toInput(values: ProfileValues): ProfileInput {
  const method = values.contactMethod as ContactMethod;
  const availability = {
    days: values.days,
    times: values.times,
    modes: values.modes,
    notes: optional(values.availabilityNotes),
  };
  const input: ProfileInput = {
    name: values.name.trim(),
    picture: values.pictureDataUrl ? { dataUrl: values.pictureDataUrl, description: values.pictureDescription.trim() } : null,
    importantToMe: values.importantToMe.trim(),
    experience: values.experience.trim(),
    networks: optional(values.networks),
    howToHelp: { needs: values.needs, details: optional(values.needsDetails) },
    contact: { method, detail: (values.contactDetails[method] ?? '').trim() },
    topics: values.topics,
    otherTopics: optional(values.otherTopics),
    skills: values.skills,
    availability,
    trainingWanted: optional(values.trainingWanted),
    consent: true,
  };
  return JSON.parse(JSON.stringify(input)) as ProfileInput;
}

/**
 * How to write to the person (issue 15). Language and reading level are our guess: what the
 * profile already holds, else the page's, so someone who made their profile on a Welsh page
 * hears from staff in Welsh (the server keeps whatever the person chose on their preferences
 * page). How often is their choice, asked with email or text, and the server takes a frequency
 * sent as chosen: so a change of a saved profile sends it only when the person changed the
 * answer the form read (or the address), never one read before a change made on their
 * preferences (review M1). Never a channel, so saving a profile does not undo an unsubscribe.
 */
export function messagesFor(saved: Pick<Profile, 'messages' | 'contact'> | undefined, page: { locale: Locale; readingLevel?: ReadingLevel | undefined }, values: ProfileValues): MessagePreferences {
  const kept = saved?.messages?.language ? saved.messages : undefined;
  const asked = values.contactMethod === 'email' || values.contactMethod === 'text';
  const moved = values.contactMethod !== saved?.contact?.method || (values.contactDetails[values.contactMethod] ?? '').trim() !== saved?.contact?.detail;
  const chosen = !saved || moved || values.often !== (saved.messages?.frequency ?? 'each_time');
  return {
    language: kept?.language ?? page.locale,
    readingLevel: kept?.readingLevel ?? page.readingLevel ?? 'standard',
    ...(asked && chosen ? { frequency: values.often } : {}),
  };
}

/** The form values for a saved profile, to change it. */
export function fromProfile(profile: Profile): ProfileValues {
  return {
    ...emptyValues,
    name: profile.name,
    pictureDataUrl: profile.picture?.dataUrl ?? '',
    pictureDescription: profile.picture?.description ?? '',
    importantToMe: profile.importantToMe,
    experience: profile.experience,
    networks: profile.networks ?? '',
    needs: [...(profile.howToHelp?.needs ?? [])],
    needsDetails: profile.howToHelp?.details ?? '',
    contactMethod: profile.contact.method,
    contactDetails: { [profile.contact.method]: profile.contact.detail },
    often: profile.messages?.frequency ?? 'each_time',
    topics: [...(profile.topics ?? [])],
    otherTopics: profile.otherTopics ?? '',
    skills: [...(profile.skills ?? [])],
    days: [...(profile.availability?.days ?? [])],
    times: [...((profile.availability?.times ?? []) as TimeOfDay[])],
    modes: [...(profile.availability?.modes ?? [])],
    availabilityNotes: profile.availability?.notes ?? '',
    trainingWanted: profile.trainingWanted ?? '',
    consent: true,
  };
}

/**
 * What a person changed in a draft of a saved profile: which answers, and what each was before
 * (`was`; not the picture, too big to keep twice). Enough to find the draft's starting point again.
 */
export function changesFrom(base: ProfileValues, values: ProfileValues): Pick<ProfileDraft, 'changed' | 'was'> {
  const changed = (Object.keys(values) as (keyof ProfileValues)[]).filter((key) => !sameJson(values[key], base[key]));
  return { changed, was: Object.fromEntries(changed.filter((key) => key !== 'pictureDataUrl').map((key) => [key, base[key]])) };
}

/**
 * The answers a kept draft began from, for the shared three-way merge (src/shared/conflict's
 * mergeByField) when it comes back over a profile saved since: its own answers where it changed
 * none, else what they were. Where that is not known (the picture, a draft kept before `was`) the
 * answer counts as changed from nothing, so the draft's answer wins, as it does for any answer
 * both changed.
 */
export const draftBase = ({ values, changed = [], was }: ProfileDraft): ProfileValues => ({
  ...values,
  ...Object.fromEntries(changed.map((key) => [key, was?.[key]])),
});
