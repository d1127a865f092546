/**
 * Evaluations (issue 17): rounds, single-use invitations, and the answers kept apart from who
 * gave them. All the SQL for the evaluation tables is here.
 */
import { STAFF_MINIMUM, type ActivityInfo, type GivenByHand, type StoredAnswer } from '../../../src/api/evaluation-results.js';
import type { EvaluationByHandInput, EvaluationInput, GivenBy, OpportunityInput } from '../../../src/api/types.js';
import { randomInt } from 'node:crypto';
import { newId, newToken, sha256 } from '../crypto.js';
import type { Db, Queryable } from '../db/db.js';
import { sendMessage } from '../messages/outbox.js';
import { evaluationInvite } from '../messages/templates-evaluation.js';
import { conflict, invalid, notFound } from '../problems.js';
import { json } from '../sql.js';
import { nothingAnswered } from '../../../src/api/rules.js';

/** The link a person opens: the evaluation page with the token in the fragment (never sent to a server in a Referer). */
export type LinkFor = (token: string) => string;

/**
 * Who took part: accepted expressions of interest ("joined"). When attendance is recorded
 * (issue 16) it should take over from this; until then, joining is taking part.
 */
const PARTICIPANTS = `SELECT i.id FROM interests i WHERE i.opportunity_id = $1 AND i.status = 'joined'`;

interface Brief {
  id: string;
  doc: OpportunityInput;
}

async function briefOf(db: Queryable, opportunityId: string): Promise<Brief> {
  const [row] = await db.query<Brief>('SELECT id, doc FROM opportunities WHERE id = $1', [opportunityId]);
  if (!row) throw notFound('There is no opportunity with that id.');
  return row;
}

/** Invites the person behind an interest (in the language and reading level they chose), with their own link. */
const invite = (tx: Queryable, interestId: string, doc: OpportunityInput, link: string, reminder: boolean) =>
  sendMessage(tx, {
    message: evaluationInvite.with({ opportunity: doc.title, ...(doc.translations?.cy?.title ? { opportunityCy: doc.translations.cy.title } : {}), ...(reminder ? { reminder: true } : {}) }),
    about: { type: 'interest', id: interestId },
    to: { followersOf: { type: 'interest', id: interestId } },
    language: 'en-GB',
    link,
  });

/** Starts (or tops up) an activity's round: one invitation, through their messages, for each person who took part and has none. */
export async function startRound(tx: Queryable, opportunityId: string, linkFor: LinkFor): Promise<{ invited: number; invitedInAll: number }> {
  const brief = await briefOf(tx, opportunityId);
  await tx.query('INSERT INTO evaluation_rounds (opportunity_id) VALUES ($1) ON CONFLICT DO NOTHING', [opportunityId]);
  const people = await tx.query<{ id: string }>(
    `${PARTICIPANTS} AND NOT EXISTS (SELECT 1 FROM evaluation_invitations e WHERE e.opportunity_id = $1 AND e.interest_id = i.id) ORDER BY i.id`,
    [opportunityId],
  );
  for (const person of people) {
    const token = newToken();
    await tx.query('INSERT INTO evaluation_invitations (id, opportunity_id, interest_id, token_hash) VALUES ($1, $2, $3, $4)', [newId(), opportunityId, person.id, sha256(token)]);
    await invite(tx, person.id, brief.doc, linkFor(token), false);
  }
  const [all] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM evaluation_invitations WHERE opportunity_id = $1', [opportunityId]);
  return { invited: people.length, invitedInAll: all?.n ?? 0 };
}

/** Activities whose last session ended (within `lookbackDays`) and whose round has not started; never a cancelled one (it did not happen). */
export async function endedWithoutRound(db: Queryable, lookbackDays: number): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT o.id FROM opportunities o
     WHERE o.status NOT IN ('draft', 'cancelled') AND NOT EXISTS (SELECT 1 FROM evaluation_rounds r WHERE r.opportunity_id = o.id)
       AND jsonb_typeof(o.doc->'when'->'sessions') = 'array' AND jsonb_array_length(o.doc->'when'->'sessions') > 0
       AND (SELECT max(coalesce(s->>'end', s->>'start')::timestamptz) FROM jsonb_array_elements(o.doc->'when'->'sessions') s)
           BETWEEN now() - make_interval(days => $1) AND now()
     ORDER BY o.id`,
    [lookbackDays],
  );
  return rows.map((r) => r.id);
}

/**
 * The one reminder: to invitations not used `afterDays` after they went, each with a fresh link (the
 * first still works). Never for an activity whose round is full (answers online and typed in by
 * staff reach the number invited, review S7): an answer typed in uses no invitation, so those who
 * answered on paper or by phone would be reminded, and a further answer would be refused.
 */
export async function sendReminders(tx: Queryable, afterDays: number, linkFor: LinkFor): Promise<number> {
  const due = await tx.query<{ id: string; interest_id: string; doc: OpportunityInput }>(
    `SELECT e.id, e.interest_id, o.doc FROM evaluation_invitations e JOIN opportunities o ON o.id = e.opportunity_id
     WHERE NOT e.used AND NOT e.reminded AND e.interest_id IS NOT NULL AND e.created_at < now() - make_interval(days => $1)
       AND (SELECT count(*) FILTER (WHERE i.used) FROM evaluation_invitations i WHERE i.opportunity_id = e.opportunity_id)
           + coalesce((SELECT r.entered_by_hand FROM evaluation_rounds r WHERE r.opportunity_id = e.opportunity_id), 0)
           < (SELECT count(*) FROM evaluation_invitations i WHERE i.opportunity_id = e.opportunity_id)
     ORDER BY e.id FOR UPDATE OF e SKIP LOCKED`,
    [afterDays],
  );
  for (const invitation of due) {
    const token = newToken();
    await tx.query('UPDATE evaluation_invitations SET reminded = true, reminder_token_hash = $2 WHERE id = $1', [invitation.id, sha256(token)]);
    await invite(tx, invitation.interest_id, invitation.doc, linkFor(token), true);
  }
  return due.length;
}

const BY_TOKEN = '(e.token_hash = $1 OR e.reminder_token_hash = $1)';

/** What an invitation is about; 404 for a token that is not one. */
export async function openInvitation(db: Queryable, token: string) {
  const [row] = await db.query<{ opportunity_id: string; used: boolean; doc: OpportunityInput }>(
    `SELECT e.opportunity_id, e.used, o.doc FROM evaluation_invitations e JOIN opportunities o ON o.id = e.opportunity_id WHERE ${BY_TOKEN}`,
    [sha256(token)],
  );
  if (!row) throw notFound('This link is not one we sent, or the activity was removed.');
  const cy = row.doc.translations?.cy?.title;
  return { opportunityId: row.opportunity_id, title: { en: row.doc.title, ...(cy ? { cy } : {}) }, ...(row.doc.promise ? { promise: row.doc.promise } : {}), used: row.used };
}

/** Seals and opens a waiting answer (the contact cipher: CONTACT_ENCRYPTION_KEY). */
export interface Sealer {
  seal(plain: string): string;
  open(sealed: string): string;
}

/**
 * Uses the invitation and puts the answers to wait, sealed, with only the activity and the day.
 * This row shares the invitation's transaction (xmin); `moveWaitingAnswers` later writes the
 * answers in a transaction and an order of their own and deletes this row.
 */
export async function saveAnswer(tx: Queryable, input: EvaluationInput, sealer: Sealer): Promise<void> {
  const [used] = await tx.query<{ opportunity_id: string }>(`UPDATE evaluation_invitations e SET used = true WHERE ${BY_TOKEN} AND NOT e.used RETURNING e.opportunity_id`, [sha256(input.token)]);
  if (!used) {
    const [known] = await tx.query(`SELECT 1 FROM evaluation_invitations e WHERE ${BY_TOKEN}`, [sha256(input.token)]);
    if (known) throw conflict('These answers were sent already: each link works once. Thank you.');
    throw notFound('This link is not one we sent, or the activity was removed.');
  }
  await tx.query('INSERT INTO evaluation_pending (id, opportunity_id, sealed) VALUES ($1, $2, $3)', [newId(), used.opportunity_id, sealer.seal(JSON.stringify(said(input)))]);
}

/** What a waiting answer's seal holds: the answers, and how they were given when staff entered them. */
type Sealed = Omit<StoredAnswer, 'opportunityId'> & { how?: GivenBy };

const said = (input: Pick<EvaluationInput, 'ratings' | 'felt' | 'change'>): Omit<StoredAnswer, 'opportunityId'> => {
  const change = input.change?.trim();
  return { ratings: input.ratings, ...(input.felt ? { felt: input.felt } : {}), ...(change ? { change } : {}) };
};

/**
 * The answers on a paper form or from a call, typed in by staff (issue 17): they wait, sealed, like
 * an online answer (the seal also says how they came), and join the activity's others with its
 * next batch. Only for an activity whose people were invited, and never more answers (online and
 * entered) than people invited: a 422 naming `opportunityId`.
 */
export async function enterByHand(tx: Queryable, input: EvaluationByHandInput, sealer: Sealer): Promise<void> {
  await briefOf(tx, input.opportunityId);
  const [round] = await tx.query<{ entered: number }>('SELECT entered_by_hand AS entered FROM evaluation_rounds WHERE opportunity_id = $1 FOR UPDATE', [input.opportunityId]);
  const [counts] = await tx.query<{ invited: number; used: number }>(
    'SELECT count(*)::int AS invited, count(*) FILTER (WHERE used)::int AS used FROM evaluation_invitations WHERE opportunity_id = $1',
    [input.opportunityId],
  );
  const invited = counts?.invited ?? 0;
  if (!round || !invited) throw invalid([{ field: 'opportunityId', code: 'not-allowed', message: 'Nobody has been invited to say how this activity went yet: invite them first.' }]);
  if ((counts?.used ?? 0) + round.entered >= invited) throw invalid([{ field: 'opportunityId', code: 'not-allowed', message: `Everyone invited (${invited}) has answered already, online or by hand.` }]);
  await tx.query('UPDATE evaluation_rounds SET entered_by_hand = entered_by_hand + 1 WHERE opportunity_id = $1', [input.opportunityId]);
  const sealed: Sealed = { ...said(input), how: input.how };
  await tx.query('INSERT INTO evaluation_pending (id, opportunity_id, sealed, by_hand) VALUES ($1, $2, $3, true)', [newId(), input.opportunityId, sealer.seal(JSON.stringify(sealed))]);
}

/** How many of an activity's answers (moved) came on paper or by phone. */
export async function givenByHand(db: Queryable, opportunityId: string): Promise<GivenByHand> {
  const rows = await db.query<{ how: GivenBy; answers: number }>('SELECT how, answers FROM evaluation_given WHERE opportunity_id = $1', [opportunityId]);
  return { paper: rows.find((r) => r.how === 'paper')?.answers ?? 0, phone: rows.find((r) => r.how === 'phone')?.answers ?? 0 };
}

export interface BatchRule {
  /** An activity's waiting answers move together once this many wait, not counting answers staff typed in (EVALUATION_BATCH_MINIMUM, default 5). */
  minimum: number;
  /** ...or once the oldest has waited this many days and at least `least` wait (EVALUATION_BATCH_DAYS, default 7). */
  days: number;
  /**
   * Never fewer move at once (the staff minimum, EVALUATION_STAFF_MINIMUM, never under
   * STAFF_MINIMUM): staff comparing results before and after a move see what the batch said,
   * so a smaller batch would show that few people's answers and changes on their own: never one.
   */
  least?: number;
}

/** A Fisher-Yates shuffle with the crypto generator: the order rows are written in says nothing. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Moves each activity's waiting answers into the answers table, all of an activity's together in
 * one transaction and a random order, once `rule.minimum` wait, or after `rule.days` when at
 * least the staff minimum do (never fewer: a batch stands beside the invitations used since the
 * last move, and staff see what it changed). Answers with nothing in them, sealed before the API
 * refused them, are left out as they move, so a batch may show fewer than the minimum that
 * waited; those add nothing to the results, so staff learn nothing from the gap. Returns how many
 * answers joined the others.
 */
export async function moveWaitingAnswers(db: Pick<Db, 'query' | 'transaction'>, rule: BatchRule, sealer: Sealer): Promise<number> {
  const least = Math.max(STAFF_MINIMUM, rule.least ?? STAFF_MINIMUM);
  // Answers staff typed in do not count (review M2): the typist knows them, so a batch of one
  // online answer and one typed in would show the online one on its own. A batch of only typed-in
  // answers counts them all: it tells the typist nothing new.
  const counted = 'coalesce(nullif(count(*) FILTER (WHERE NOT by_hand), 0), count(*))';
  const due = await db.query<{ opportunity_id: string }>(
    `SELECT opportunity_id FROM evaluation_pending GROUP BY opportunity_id
     HAVING ${counted} >= greatest($1::int, $3::int) OR (${counted} >= $3::int AND min(received_on) <= current_date - $2::int)
     ORDER BY opportunity_id`,
    [rule.minimum, rule.days, least],
  );
  let moved = 0;
  for (const { opportunity_id: opportunityId } of due) {
    moved += await db.transaction(async (tx) => {
      const rows = await tx.query<{ sealed: string }>('DELETE FROM evaluation_pending WHERE opportunity_id = $1 RETURNING sealed', [opportunityId]);
      const byHand: Record<GivenBy, number> = { paper: 0, phone: 0 };
      let kept = 0;
      for (const row of shuffled(rows)) {
        const answer = JSON.parse(sealer.open(row.sealed)) as Sealed;
        // Sealed before the API refused answers with nothing in them (573789c): they say nothing, so they do not count.
        if (nothingAnswered(answer).length) continue;
        await tx.query('INSERT INTO evaluation_answers (id, opportunity_id, ratings, felt, change) VALUES ($1, $2, $3::jsonb, $4, $5)', [
          newId(),
          opportunityId,
          json(answer.ratings),
          answer.felt ?? null,
          answer.change ?? null,
        ]);
        kept += 1;
        if (answer.how) byHand[answer.how] += 1;
      }
      // How they came is counted apart, for the batch as a whole: no answer row says it.
      for (const how of ['paper', 'phone'] as const) {
        if (byHand[how]) {
          await tx.query(
            `INSERT INTO evaluation_given (opportunity_id, how, answers) VALUES ($1, $2, $3)
             ON CONFLICT (opportunity_id, how) DO UPDATE SET answers = evaluation_given.answers + EXCLUDED.answers`,
            [opportunityId, how, byHand[how]],
          );
        }
      }
      return kept;
    });
  }
  return moved;
}

/** Answers, in no meaningful order (by their random id). */
export async function answers(db: Queryable, opportunityId?: string): Promise<StoredAnswer[]> {
  const rows = await db.query<{ opportunity_id: string; ratings: StoredAnswer['ratings']; felt: StoredAnswer['felt'] | null; change: string | null }>(
    `SELECT opportunity_id, ratings, felt, change FROM evaluation_answers ${opportunityId ? 'WHERE opportunity_id = $1' : ''} ORDER BY id`,
    opportunityId ? [opportunityId] : [],
  );
  return rows.map((r) => ({ opportunityId: r.opportunity_id, ratings: r.ratings, ...(r.felt ? { felt: r.felt } : {}), ...(r.change ? { change: r.change } : {}) }));
}

/** The activities that have answers, as results name them. */
export async function activities(db: Queryable, ids?: string[]): Promise<ActivityInfo[]> {
  const rows = await db.query<Brief>(
    ids ? 'SELECT id, doc FROM opportunities WHERE id = ANY($1::text[]) ORDER BY id' : 'SELECT o.id, o.doc FROM opportunities o WHERE EXISTS (SELECT 1 FROM evaluation_answers a WHERE a.opportunity_id = o.id) ORDER BY o.id',
    ids ? [ids] : [],
  );
  return rows.map((r) => {
    const cy = r.doc.translations?.cy?.title;
    return { id: r.id, title: { en: r.doc.title, ...(cy ? { cy } : {}) }, ...(r.doc.promise ? { promise: r.doc.promise } : {}) };
  });
}

export async function invitedCount(db: Queryable, opportunityId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM evaluation_invitations WHERE opportunity_id = $1', [opportunityId]);
  return row?.n ?? 0;
}
