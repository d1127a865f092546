/**
 * Who might suit an opportunity, and why (issue 18). A pure function: the server, the
 * in-memory adapter and the tests rank with the same code. Each suggestion carries reason
 * codes with their values (never words: the widget words them in English, Welsh and easy
 * read) and, apart from the score, what the council must arrange for the person's access
 * needs. Access needs never change the score.
 */
import type { AccessFeature, AccessNeed, MatchWeights, OpportunityInput, OpportunityKind, ParticipationMode, ProfileInput, TimeOfDay, Weekday } from '../types.js';
import { ACCESS } from '../rules.js';

/** How much each kind of fit counts (0 to 5 each; `newVoice`: how strongly people not asked lately come forward). Staff see and adjust them. */
export type { MatchWeights, TimeOfDay };

export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({ topic: 3, skill: 2, availability: 4, mode: 1, newVoice: 2 });
export const WEIGHT_NAMES = Object.keys(DEFAULT_WEIGHTS) as (keyof MatchWeights)[];
export const MAX_WEIGHT = 5;
/** "Lately": invitations and taking part in this many months move a person down. */
export const RECENT_MONTHS = 3;

/** What an opportunity asks for, as the ranking reads it. */
export interface Brief {
  topics: string[];
  skills: string[];
  days: Weekday[];
  times: TimeOfDay[];
  modes: ParticipationMode[];
  accessibility: AccessFeature[];
  /** A training or support session puts first the people who asked for one (issue 17); absent: an activity. */
  kind?: OpportunityKind;
}

/** One person, as the ranking reads them. */
export interface Candidate {
  id: string;
  topics: string[];
  skills: string[];
  days: Weekday[];
  times: TimeOfDay[];
  modes: ParticipationMode[];
  needs: AccessNeed[];
  /** Invitations to anything in the last RECENT_MONTHS months. */
  invitedRecently: number;
  /** Opportunities they joined in the last RECENT_MONTHS months. */
  tookPartRecently: number;
  /** Their profile says what training or support they would like. */
  askedForTraining?: boolean;
}

export type MatchReason =
  | { code: 'topic'; values: string[] }
  | { code: 'skill'; values: string[] }
  | { code: 'days'; values: Weekday[] }
  | { code: 'times'; values: TimeOfDay[] }
  | { code: 'mode'; values: ParticipationMode[] }
  | { code: 'new-voice'; months: number }
  | { code: 'asked-recently'; count: number; months: number }
  | { code: 'took-part-recently'; count: number; months: number }
  | { code: 'asked-for-training' };

/** An access need and whether this opportunity already offers what it takes. */
export interface AccessArrangement {
  need: AccessNeed;
  /** What the opportunity would have to offer; null when no listed feature covers it (staff arrange it). */
  feature: AccessFeature | null;
  arranged: boolean;
}

export interface Ranked {
  id: string;
  score: number;
  reasons: MatchReason[];
  access: AccessArrangement[];
}

/**
 * The feature of a brief that meets each need. Needs and features are one vocabulary
 * (`ACCESS` in rules.ts), so each need is met by the feature with its own id.
 */
export const FEATURE_FOR_NEED: Readonly<Record<AccessNeed, AccessFeature | null>> = Object.fromEntries(ACCESS.map((id) => [id, id])) as Record<AccessNeed, AccessFeature>;

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_WORDS: Record<string, Weekday> = {
  monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri', saturday: 'sat', sunday: 'sun',
  'dydd llun': 'mon', 'dydd mawrth': 'tue', 'dydd mercher': 'wed', 'dydd iau': 'thu', 'dydd gwener': 'fri', 'dydd sadwrn': 'sat', 'dydd sul': 'sun',
};

const londonParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: 'numeric', hourCycle: 'h23' });

const timeOfHour = (hour: number): TimeOfDay => (hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening');
const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** The days and times of a brief: from its sessions (UK time), else from the words of `when`. */
export function briefOf(opportunity: Pick<OpportunityInput, 'topics' | 'skills' | 'when' | 'where' | 'accessibility' | 'kind'>): Brief {
  const days: Weekday[] = [];
  const times: TimeOfDay[] = [];
  for (const session of opportunity.when.sessions ?? []) {
    const parts = londonParts.formatToParts(new Date(session.start));
    const weekday = parts.find((p) => p.type === 'weekday')?.value.toLowerCase().slice(0, 3);
    const hour = Number(parts.find((p) => p.type === 'hour')?.value);
    if (weekday && (WEEKDAYS as readonly string[]).includes(weekday)) days.push(weekday as Weekday);
    if (Number.isFinite(hour)) times.push(timeOfHour(hour));
  }
  if (!days.length) {
    const words = opportunity.when.summary.toLowerCase();
    for (const [word, day] of Object.entries(DAY_WORDS)) if (words.includes(word)) days.push(day);
    if (!times.length) {
      if (/\bmorning|\b(9|10|11)(:\d\d)?\s*am\b|\bbore\b/.test(words)) times.push('morning');
      if (/\bafternoon|\b(12|1|2|3|4)(:\d\d)?\s*pm\b|\bprynhawn\b/.test(words)) times.push('afternoon');
      if (/\bevening|\b(5|6|7|8)(:\d\d)?\s*pm\b|\bnoswaith\b|\bgyda['’]r nos\b/.test(words)) times.push('evening');
    }
  }
  return {
    topics: [...opportunity.topics],
    skills: [...(opportunity.skills ?? [])],
    days: unique(days),
    times: unique(times),
    modes: [...opportunity.where.modes],
    accessibility: [...opportunity.accessibility],
    ...(opportunity.kind ? { kind: opportunity.kind } : {}),
  };
}

/** A training or support session, whose suggestions put first the people who asked for one. */
export const isSession = (kind: OpportunityKind | undefined): boolean => kind === 'training' || kind === 'support';

/** A profile as a candidate, with how often they were asked and took part lately. */
export function candidateOf(
  id: string,
  profile: Pick<ProfileInput, 'topics' | 'skills' | 'availability' | 'howToHelp' | 'trainingWanted'>,
  history: { invitedRecently?: number; tookPartRecently?: number } = {},
): Candidate {
  return {
    id,
    topics: profile.topics ?? [],
    skills: profile.skills ?? [],
    days: profile.availability?.days ?? [],
    times: profile.availability?.times ?? [],
    modes: profile.availability?.modes ?? [],
    needs: profile.howToHelp?.needs ?? [],
    invitedRecently: history.invitedRecently ?? 0,
    tookPartRecently: history.tookPartRecently ?? 0,
    askedForTraining: Boolean(profile.trainingWanted?.trim()),
  };
}

const norm = (s: string) => s.trim().toLowerCase();
/** A skill matches when one names the other ("Chairing" and "Chairing meetings"). */
function skillsMatching(wanted: string[], has: string[]): string[] {
  const theirs = has.map(norm).filter(Boolean);
  return wanted.filter((w) => {
    const want = norm(w);
    return want && theirs.some((h) => h.includes(want) || want.includes(h));
  });
}

/** Weights kept inside 0..MAX_WEIGHT; anything missing or not a number takes its default. */
export function clampWeights(given: Partial<Record<keyof MatchWeights, unknown>> = {}): MatchWeights {
  const out = { ...DEFAULT_WEIGHTS };
  for (const name of WEIGHT_NAMES) {
    const value = Number(given[name]);
    if (given[name] !== undefined && given[name] !== null && given[name] !== '' && Number.isFinite(value)) out[name] = Math.min(MAX_WEIGHT, Math.max(0, value));
  }
  return out;
}

/** One candidate's score, reasons and access arrangements for a brief. */
export function scoreOne(brief: Brief, person: Candidate, weights: MatchWeights): Ranked {
  const reasons: MatchReason[] = [];
  let score = 0;
  if (isSession(brief.kind) && person.askedForTraining) reasons.push({ code: 'asked-for-training' });

  const topics = brief.topics.filter((t) => person.topics.includes(t));
  if (topics.length) {
    // The first shared topic counts fully; each further one adds a little.
    score += weights.topic * (1 + 0.2 * Math.min(topics.length - 1, 2));
    reasons.push({ code: 'topic', values: topics });
  }
  const skills = skillsMatching(brief.skills, person.skills);
  if (skills.length) {
    score += weights.skill * (skills.length / brief.skills.length);
    reasons.push({ code: 'skill', values: skills });
  }

  // Free when it happens: the day and the time of day both fit (or whichever one the brief
  // says). The right day at the wrong time is still named, but counts nothing.
  const days = brief.days.filter((d) => person.days.includes(d));
  const times = brief.times.filter((t) => person.times.includes(t));
  const fits = [brief.days.length ? days.length > 0 : null, brief.times.length ? times.length > 0 : null].filter((f) => f !== null);
  if (fits.length) score += weights.availability * (fits.every(Boolean) ? 1 : 0);
  if (days.length) reasons.push({ code: 'days', values: days });
  if (times.length) reasons.push({ code: 'times', values: times });

  const modes = brief.modes.filter((m) => person.modes.includes(m));
  if (modes.length) {
    score += weights.mode;
    reasons.push({ code: 'mode', values: modes });
  }

  // New voices: full credit when not asked lately; three invitations (or one joined and one
  // invitation) use it all up.
  const asked = person.invitedRecently + 2 * person.tookPartRecently;
  score += weights.newVoice * (1 - Math.min(asked, 3) / 3);
  if (!asked) reasons.push({ code: 'new-voice', months: RECENT_MONTHS });
  if (person.invitedRecently) reasons.push({ code: 'asked-recently', count: person.invitedRecently, months: RECENT_MONTHS });
  if (person.tookPartRecently) reasons.push({ code: 'took-part-recently', count: person.tookPartRecently, months: RECENT_MONTHS });

  // Access needs are shown as what to arrange; they never touch the score.
  const access = person.needs.map((need): AccessArrangement => {
    const feature = FEATURE_FOR_NEED[need] ?? null;
    return { need, feature, arranged: feature !== null && brief.accessibility.includes(feature) };
  });

  return { id: person.id, score: Math.round(score * 1000) / 1000, reasons, access };
}

/**
 * Everyone ranked for a brief, best first; equal scores keep the order they came in. For a
 * training or support session, the people who asked for one come first (offered first to
 * those who asked), best first among themselves; the score itself is not changed.
 */
export function rank(brief: Brief, people: readonly Candidate[], weights: MatchWeights = DEFAULT_WEIGHTS, limit = Infinity): Ranked[] {
  const first = (person: Candidate) => (isSession(brief.kind) && person.askedForTraining ? 1 : 0);
  const scored = people.map((person, index) => ({ ranked: scoreOne(brief, person, weights), index, first: first(person) }));
  scored.sort((a, b) => b.first - a.first || b.ranked.score - a.ranked.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.ranked);
}
