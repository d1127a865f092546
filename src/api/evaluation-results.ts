/**
 * How activities went (issue 17), counted from stored answers: exact counts of one activity for
 * staff, and the programme's results safe to publish (small groups pooled, small counts hidden;
 * see suppression.ts). Written once for the server and the in-memory adapter.
 */
import { AGREEMENTS, FELT_ANSWERS, INGREDIENTS } from './rules.js';
import { poolSmallGroups, suppressTable } from './suppression.js';
import type { AnswerCounts, EvaluationGroup, EvaluationResults, FeltAnswer, Ingredient, LadderRung, LocalisedText, Agreement } from './types.js';

/** One stored answer: the activity and what was said, nothing about who said it or when. */
export interface StoredAnswer {
  opportunityId: string;
  ratings: Partial<Record<Ingredient, Agreement>>;
  felt?: FeltAnswer;
  change?: string;
}

/** How many of an activity's answers came on a paper form or over the phone (entered by staff), counted apart from the answers; the rest came online. */
export interface GivenByHand {
  paper: number;
  phone: number;
}

export interface ActivityInfo {
  id: string;
  title: LocalisedText;
  promise?: LadderRung;
}

/**
 * From how many answers each reader sees an activity's results: one rule for the server, both
 * adapters, the widgets, the contract's words and the tests.
 *
 * - Staff (`STAFF_MINIMUM`, 2): a co-production lead sees an activity's counts and the changes
 *   asked for once two people answered, never from one alone: one answer is that person's answer.
 *   Staff did not answer, so they have nothing of their own to take away. The server's
 *   EVALUATION_STAFF_MINIMUM may raise it, never lower it.
 * - People who took part (`PARTICIPANT_MINIMUM`, 3): whatever a person who answered can read (the
 *   programme page, their own page) shows an activity, or any count, only from three answers:
 *   everyone who answered knows their own answers, so with two each would take their own away
 *   and read the other's. With three, what is left is still two people's. Hence the published
 *   threshold is never under 3.
 * - The public programme page (`DEFAULT_THRESHOLD`, 5): groups and counts under the threshold are
 *   pooled or hidden; a council may set it (EVALUATION_THRESHOLD), never under PARTICIPANT_MINIMUM.
 *
 * server/README.md, "Evaluation answers: who can learn what", says what this does not stop.
 */
export const STAFF_MINIMUM = 2;
export const PARTICIPANT_MINIMUM = 3;
export const DEFAULT_THRESHOLD = 5;

/** The published threshold a council set, never under what people who answered may see (PARTICIPANT_MINIMUM). */
export const publishedThreshold = (threshold: number): number => Math.max(PARTICIPANT_MINIMUM, threshold);

// Each table has a last column for "no answer", so every row adds up to the people in the group.
const ratingRow = (answers: readonly StoredAnswer[], ingredient: Ingredient): number[] => [
  ...AGREEMENTS.map((a) => answers.filter((x) => x.ratings[ingredient] === a).length),
  answers.filter((x) => !x.ratings[ingredient]).length,
];
const feltRow = (answers: readonly StoredAnswer[]): number[] => [...FELT_ANSWERS.map((f) => answers.filter((x) => x.felt === f).length), answers.filter((x) => !x.felt).length];

const countsOf = (row: readonly (number | null)[]): AnswerCounts => Object.fromEntries(AGREEMENTS.map((a, i) => [a, row[i] ?? null])) as AnswerCounts;
const feltOf = (row: readonly (number | null)[]): EvaluationGroup['felt'] => FELT_ANSWERS.map((rung, i) => ({ rung, count: row[i] ?? null }));

/** Changes in an order that says nothing about when or by whom (sorted, so the same each time). */
const changesOf = (answers: readonly StoredAnswer[]): string[] =>
  answers
    .map((a) => a.change?.trim())
    .filter((c): c is string => Boolean(c))
    .sort((a, b) => a.localeCompare(b));

/** Staff: one activity, counted exactly, once at least `staffMinimum` (never under STAFF_MINIMUM) people answered; below it, no count and no change asked for. */
export function activityResults(activity: ActivityInfo, answers: readonly StoredAnswer[], invited: number, published = DEFAULT_THRESHOLD, staffMinimum = STAFF_MINIMUM, byHand: GivenByHand = { paper: 0, phone: 0 }): EvaluationResults {
  const threshold = publishedThreshold(published);
  const mine = answers.filter((a) => a.opportunityId === activity.id);
  const minimum = Math.max(STAFF_MINIMUM, staffMinimum);
  if (mine.length < minimum) return { threshold, staffMinimum: minimum, invited, respondents: mine.length, groups: [] };
  const group: EvaluationGroup = {
    opportunityIds: [activity.id],
    titles: [activity.title],
    ...(activity.promise ? { promise: activity.promise } : {}),
    respondents: mine.length,
    ingredients: INGREDIENTS.map((ingredient) => ({ ingredient, counts: countsOf(ratingRow(mine, ingredient)) })),
    felt: feltOf(feltRow(mine)),
    changes: changesOf(mine),
  };
  // Answers on paper or by phone are counted exactly as online ones; how they came is only said beside them.
  const given = { online: Math.max(0, mine.length - byHand.paper - byHand.phone), paper: byHand.paper, phone: byHand.phone };
  return { threshold, staffMinimum: minimum, invited, respondents: mine.length, given, groups: [group] };
}

/**
 * The programme, safe to publish (also what people who took part read: never under
 * PARTICIPANT_MINIMUM, whatever `published` says): activities with fewer than `threshold` answers are pooled, a
 * pool too small takes the smallest activity shown apart, and every count from 1 to
 * threshold - 1 is hidden with whatever else would give it away. No free text.
 */
export function programmeResults(activities: readonly ActivityInfo[], answers: readonly StoredAnswer[], published = DEFAULT_THRESHOLD): EvaluationResults {
  const threshold = publishedThreshold(published);
  const answered = activities.filter((a) => answers.some((x) => x.opportunityId === a.id));
  const byActivity = answered.map((a) => answers.filter((x) => x.opportunityId === a.id));
  const pooled = poolSmallGroups(
    byActivity.map((list) => list.length),
    threshold,
  );
  if (!pooled.length) return { threshold, respondents: null, groups: [] };
  const members = pooled.map((indexes) => indexes.flatMap((i) => byActivity[i]!));
  const ingredientTables = INGREDIENTS.map((ingredient) => suppressTable(members.map((list) => ratingRow(list, ingredient)), threshold));
  const feltTable = suppressTable(members.map(feltRow), threshold);
  const groups: EvaluationGroup[] = pooled.map((indexes, g) => {
    const one = indexes.length === 1 ? answered[indexes[0]!] : undefined;
    return {
      opportunityIds: indexes.map((i) => answered[i]!.id),
      titles: indexes.map((i) => answered[i]!.title),
      ...(one?.promise ? { promise: one.promise } : {}),
      respondents: members[g]!.length,
      ingredients: INGREDIENTS.map((ingredient, k) => ({ ingredient, counts: countsOf(ingredientTables[k]!.rows[g]!) })),
      felt: feltOf(feltTable.rows[g]!),
    };
  });
  return { threshold, respondents: members.reduce((n, list) => n + list.length, 0), groups };
}
