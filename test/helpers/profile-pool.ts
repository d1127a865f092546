/**
 * A pool of generated one page profiles for matching tests and the bench: the same pool for
 * the same seed (a small PRNG), spread over the seed's topics, skills, days, times, modes and
 * access needs. Names and addresses are made up ("Person 17", person17@example.org).
 */
import type { AccessNeed, ParticipationMode, ProfileInput, Weekday } from '../../src/api/types.js';

export const POOL_TOPICS = ['carers', 'mental-health', 'learning-disability', 'housing', 'transport', 'older-people', 'young-people', 'public-health', 'digital-services', 'adult-social-care'];
export const POOL_SKILLS = ['Chairing meetings', 'Reading long documents', 'Peer support', 'Facilitation', 'Telling my story', 'Interviewing', 'Proofreading', 'Video editing', 'Welsh speaker', 'Checking easy read'];
const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TIMES = ['morning', 'afternoon', 'evening'] as const;
const MODES: ParticipationMode[] = ['online', 'in_person', 'phone'];
const NEEDS: AccessNeed[] = ['bsl', 'easy_read', 'step_free', 'hearing_loop', 'large_print', 'carer_or_supporter', 'breaks', 'captions', 'quiet_space', 'extra_time', 'interpreter', 'papers_in_advance'];

/** mulberry32: small, fast and the same everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function some<T>(random: () => number, from: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  const pool = [...from];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

export function generateProfile(index: number, random: () => number): ProfileInput {
  return {
    name: `Person ${index}`,
    importantToMe: 'Being listened to, and seeing what changes.',
    experience: 'Lived experience of care and support.',
    contact: { method: 'email', detail: `person${index}@example.org` },
    topics: some(random, POOL_TOPICS, 1, 3),
    skills: some(random, POOL_SKILLS, 0, 3),
    availability: { days: some(random, DAYS, 1, 5), times: some(random, TIMES, 1, 3), modes: some(random, MODES, 1, 2) },
    howToHelp: { needs: some(random, NEEDS, 0, 3) },
    consent: true,
  };
}

/** `size` profiles, numbered from 1. */
export function generatePool(size: number, seed = 18): ProfileInput[] {
  const random = prng(seed);
  return Array.from({ length: size }, (_, i) => generateProfile(i + 1, random));
}
