/**
 * Who is taking part (issue 17), counted without naming anyone: the equality answers of every
 * profile, counted per question and answer beside the council's reference population. Shared by
 * the server and InMemoryApi, so the two cannot count differently.
 *
 * Small numbers: a count under 8 is not shown ("fewer than 8", `null`) and every other count,
 * totals too, is rounded to the nearest 5, so no figure is exact and no hidden one can be worked
 * out by taking shown ones from a total.
 */
import { EQUALITY_QUESTIONS } from './rules-vocabularies.js';
import type { CouncilQuestion, CouncilQuestionInput, EqualityAnswers, EqualityReach } from './types.js';

export const HIDDEN_BELOW = 8;
export const ROUNDED_TO = 5;
/**
 * Staff's figures move only in batches: they are counted again only once this many answer sets
 * have been saved, changed or deleted since they were last published, so that no one person's
 * save shows as a figure moving between two reads.
 */
export const REPUBLISH_AFTER = 5;

/** Whether the published figures are due to be counted again (never published yet, or a batch of changes since). */
export function dueToPublish(published: EqualityReach | null | undefined, changes: number): boolean {
  return !published || changes >= REPUBLISH_AFTER;
}

/** The published figures beside today's reference population (the council may change it between batches). */
export function withReference(reach: EqualityReach, reference: EqualityReference = {}): EqualityReach {
  return {
    ...reach,
    referenceSource: reference.source?.trim() || null,
    questions: reach.questions.map((q) => ({
      ...q,
      answers: q.answers.map((a) => {
        const ref = reference[q.question as ReachQuestion]?.[a.answer];
        return { ...a, referencePercent: typeof ref === 'number' ? ref : null };
      }),
    })),
  } as EqualityReach;
}

/** The questions staff see: disability is derived from the two-question standard. */
export const REACH_QUESTIONS = ['ageBand', 'sex', 'ethnicGroup', 'disability', 'carer'] as const;
export type ReachQuestion = (typeof REACH_QUESTIONS)[number];
export const DISABILITY_ANSWERS = ['disabled', 'not_disabled', 'prefer_not_to_say'] as const;

/** The council's figures for its area (EQUALITY_REFERENCE): per question, per answer, a percentage; and where they come from. */
export type EqualityReference = Partial<Record<ReachQuestion, Record<string, number>>> & { source?: string };

/** The answers staff see for a question (disability as derived from the two-question standard). */
export const reachAnswers = (question: ReachQuestion): readonly string[] => (question === 'disability' ? DISABILITY_ANSWERS : EQUALITY_QUESTIONS[question]);

/**
 * What is wrong with reference figures staff send (PUT /equality-reference), as field paths:
 * a question staff do not see, an answer the question does not have (unknown-field), a share that
 * is not a number (wrong-type), below 0 (too-small) or over 100 (too-big). The server and InMemoryApi refuse the same ones (422).
 */
export type ReferenceProblemCode = 'unknown-field' | 'wrong-type' | 'too-small' | 'too-big';

export function referenceProblems(body: unknown): { field: string; code: ReferenceProblemCode }[] {
  if (!body || typeof body !== 'object') return [{ field: '', code: 'unknown-field' }];
  const problems: { field: string; code: ReferenceProblemCode }[] = [];
  for (const [question, shares] of Object.entries(body)) {
    if (question === 'source') {
      if (typeof shares !== 'string') problems.push({ field: question, code: 'wrong-type' });
      continue;
    }
    if (!(REACH_QUESTIONS as readonly string[]).includes(question) || !shares || typeof shares !== 'object') {
      problems.push({ field: question, code: 'unknown-field' });
      continue;
    }
    for (const [answer, share] of Object.entries(shares as Record<string, unknown>)) {
      if (!reachAnswers(question as ReachQuestion).includes(answer)) problems.push({ field: `${question}.${answer}`, code: 'unknown-field' });
      else if (typeof share !== 'number' || !Number.isFinite(share)) problems.push({ field: `${question}.${answer}`, code: 'wrong-type' });
      else if (share < 0) problems.push({ field: `${question}.${answer}`, code: 'too-small' });
      else if (share > 100) problems.push({ field: `${question}.${answer}`, code: 'too-big' });
    }
  }
  return problems;
}

/** A count as published: `null` under 8, otherwise the nearest multiple of 5. */
export function publishedCount(count: number): number | null {
  return count < HIDDEN_BELOW ? null : Math.round(count / ROUNDED_TO) * ROUNDED_TO;
}

/**
 * Disabled under the Equality Act by the GSS two-question standard: a condition lasting 12 months
 * or more that reduces day-to-day activities a lot or a little. Undefined when it cannot be told.
 */
export function disabilityOf(answers: EqualityAnswers): (typeof DISABILITY_ANSWERS)[number] | undefined {
  const { longTermCondition: condition, reducedAbility: reduced } = answers;
  // No condition is not disabled, whatever the second question says (it is asked only after Yes).
  if (condition === 'no') return 'not_disabled';
  if (condition === 'prefer_not_to_say' || reduced === 'prefer_not_to_say') return 'prefer_not_to_say';
  if (condition === 'yes' && reduced) return reduced === 'not_at_all' ? 'not_disabled' : 'disabled';
  return undefined;
}

const answerOf = (answers: EqualityAnswers, question: ReachQuestion): string | undefined => (question === 'disability' ? disabilityOf(answers) : answers[question]);
const answersTo = (question: ReachQuestion): readonly string[] => (question === 'disability' ? DISABILITY_ANSWERS : EQUALITY_QUESTIONS[question]);

/**
 * Keeps only the answers the contract knows (a stored row is never trusted to be current), and
 * answers to the council's own questions still asked (`council`: those not retired); with `held` (what
 * is stored), an answer to a retired question stays as it was, for the person to see and delete.
 */
export function knownAnswers(value: unknown, council: readonly CouncilQuestion[] = [], held?: EqualityAnswers): EqualityAnswers {
  const out: Record<string, unknown> = {};
  if (!value || typeof value !== 'object') return out as EqualityAnswers;
  for (const [question, allowed] of Object.entries(EQUALITY_QUESTIONS)) {
    const answer = (value as Record<string, unknown>)[question];
    if (typeof answer === 'string' && (allowed as readonly string[]).includes(answer)) out[question] = answer;
  }
  const given = (value as { council?: unknown }).council;
  const kept: Record<string, string> = {};
  for (const q of council) {
    const answer = given && typeof given === 'object' ? (given as Record<string, unknown>)[q.id] : undefined;
    // A retired question takes no new answer, but one the person gave stays theirs to see and delete (`held`: what is stored).
    if ((!q.retired || held?.council?.[q.id] === answer) && typeof answer === 'string' && councilAnswers(q).includes(answer)) kept[q.id] = answer;
  }
  if (Object.keys(kept).length) out['council'] = kept;
  return out as EqualityAnswers;
}

/** A council question's answer ids, "Prefer not to say" last. */
export const councilAnswers = (q: CouncilQuestion): string[] => [...q.answers.map((a) => a.id), 'prefer_not_to_say'];

/** A question staff add, as stored: its id, and each answer's id by its place (a1, a2, ...). */
export const councilQuestion = (id: string, input: CouncilQuestionInput): CouncilQuestion => ({
  id,
  text: input.text,
  answers: input.answers.map((a, i) => ({ id: `a${i + 1}`, text: a.text })),
  retired: false,
});

type CouncilReach = NonNullable<EqualityReach['council']>[number];

/** The council's questions counted as the census ones: hidden under 8, the rest rounded to 5. */
function councilReach(answered: readonly EqualityAnswers[], q: CouncilQuestion): CouncilReach {
  const given = answered.map((a) => a.council?.[q.id]).filter((a): a is string => a !== undefined);
  const total = publishedCount(given.length);
  return { question: q.id, answered: total, answers: councilAnswers(q).map((answer) => { const count = publishedCount(given.filter((g) => g === answer).length); return { answer, count, percent: percentOf(count, total) }; }) };
}

/**
 * The published figures for the questions asked today: a question retired since is left out, and
 * one added since the last batch shows every count hidden until the next (counting it now would
 * show the others moving by one person's save).
 */
export function withCouncil(reach: EqualityReach, asked: readonly CouncilQuestion[]): EqualityReach {
  const published = new Map((reach.council ?? []).map((c) => [c.question, c]));
  return { ...reach, council: asked.filter((q) => !q.retired).map((q) => published.get(q.id) ?? { question: q.id, answered: null, answers: councilAnswers(q).map((answer) => ({ answer, count: null, percent: null })) }) };
}

const percentOf = (count: number | null, of: number | null): number | null => (count === null || !of ? null : Math.round((count / of) * 1000) / 10);

/** Counts every profile's answers (`all`, one entry per profile that answered anything) for staff. */
export function equalityReach(all: readonly EqualityAnswers[], profiles: number, reference: EqualityReference = {}, council: readonly CouncilQuestion[] = []): EqualityReach {
  const answered = all.filter((a) => Object.keys(a).length > 0);
  return {
    council: council.filter((q) => !q.retired).map((q) => councilReach(answered, q)),
    hiddenBelow: HIDDEN_BELOW,
    roundedTo: ROUNDED_TO,
    profiles: publishedCount(profiles),
    answered: publishedCount(answered.length),
    questions: REACH_QUESTIONS.map((question) => {
      const given = answered.map((a) => answerOf(a, question)).filter((a): a is string => a !== undefined);
      const total = publishedCount(given.length);
      return {
        question,
        answered: total,
        answers: answersTo(question).map((answer) => {
          const count = publishedCount(given.filter((g) => g === answer).length);
          const ref = reference[question]?.[answer];
          return { answer, count, percent: percentOf(count, total), referencePercent: typeof ref === 'number' ? ref : null };
        }),
      };
    }),
  } as EqualityReach;
}
