/**
 * How well did we involve you? (issue 17): invitations, answers and results over HTTP, and the
 * scheduled job that starts a round when an activity's last session is over and sends the one
 * reminder. Answers never pass through the idempotency store (whose request hash would sit
 * beside a time): the single-use token makes a repeat a 409 instead.
 */
import type { FastifyInstance } from 'fastify';
import { activityResults, DEFAULT_THRESHOLD, programmeResults, publishedThreshold, STAFF_MINIMUM } from '../../../src/api/evaluation-results.js';
import type { EvaluationByHandInput, EvaluationInput } from '../../../src/api/types.js';
import { requireRole } from '../auth.js';
import type { EqualityReference } from '../../../src/api/equality-reach.js';
import { equalityRoutes } from '../equality/routes.js';
import { actorOf, operation, param, sendIdempotent, sendJson } from '../http.js';
import { invalid, notFound } from '../problems.js';
import { nothingAnswered } from '../../../src/api/rules.js';
import { activities, answers, endedWithoutRound, enterByHand, givenByHand, invitedCount, moveWaitingAnswers, openInvitation, saveAnswer, sendReminders, startRound, type BatchRule, type LinkFor } from './repository.js';

/** Answers with nothing in them would count as one more person who answered: refused on the first question (src/api/rules.ts nothingAnswered). */
function refuseNothingAnswered(input: EvaluationInput | EvaluationByHandInput): void {
  const problems = nothingAnswered(input);
  if (problems.length) throw invalid(problems.map((p) => ({ ...p, message: 'Answer at least one question before you send: any of the ten statements, the ladder, or the one thing to change.' })));
}

export interface EvaluationOptions {
  /** Groups smaller than this are not shown apart in published results (EVALUATION_THRESHOLD, default 5, never under PARTICIPANT_MINIMUM, 3). */
  threshold?: number;
  /** The page holding `<coprod-evaluation>` (EVALUATION_URL); the token goes in its fragment. */
  pageUrl?: string;
  /** How often the job looks for ended activities and due reminders; false: no job (tests run it by hand). */
  everyMs?: number | false;
  /** Days after the invitation before the one reminder (EVALUATION_REMINDER_DAYS, default 7). */
  reminderDays?: number;
  /** Only activities that ended in the last this many days start a round by themselves (default 14). */
  lookbackDays?: number;
  /** An activity's results are shown to staff once this many answered (EVALUATION_STAFF_MINIMUM, default and least STAFF_MINIMUM, 2: never one answer alone); answers move in batches no smaller. */
  staffMinimum?: number;
  /** When waiting answers move into the answers table (EVALUATION_BATCH_MINIMUM, default 5; EVALUATION_BATCH_DAYS, default 7). */
  batch?: Partial<BatchRule>;
  /** Who is taking part (equality-reach): the council's figures for its area (EQUALITY_REFERENCE). */
  equalityReference?: EqualityReference;
}

type JobSettings = Required<Pick<EvaluationOptions, 'pageUrl' | 'reminderDays' | 'lookbackDays'>> & { batch?: BatchRule };

/** Waiting answers move together once five wait for an activity, or a week after the first when the staff minimum (2) or more do. */
export const DEFAULT_BATCH: BatchRule = { minimum: 5, days: 7 };

export function linkFor(pageUrl: string): LinkFor {
  return (token) => `${pageUrl.split('#')[0]}#coprod-evaluation=${token}`;
}

/** One pass of the job: start the rounds of activities that ended, send due reminders, move waiting answers. */
export async function runEvaluationJob(app: FastifyInstance, options: JobSettings): Promise<{ rounds: number; reminders: number; moved: number }> {
  const link = linkFor(options.pageUrl);
  const ended = await endedWithoutRound(app.db, options.lookbackDays);
  for (const id of ended) await app.db.transaction((tx) => startRound(tx, id, link));
  const reminders = await app.db.transaction((tx) => sendReminders(tx, options.reminderDays, link));
  const moved = await moveWaitingAnswers(app.db, options.batch ?? DEFAULT_BATCH, app.contactKeys.cipher);
  return { rounds: ended.length, reminders, moved };
}

export default async function evaluationRoutes(app: FastifyInstance, options: EvaluationOptions): Promise<void> {
  const threshold = publishedThreshold(options.threshold ?? DEFAULT_THRESHOLD);
  const staffMinimum = options.staffMinimum ?? STAFF_MINIMUM;
  const settings: JobSettings = {
    pageUrl: options.pageUrl ?? 'http://localhost:8080/evaluate.html',
    reminderDays: options.reminderDays ?? 7,
    lookbackDays: options.lookbackDays ?? 14,
    batch: { ...DEFAULT_BATCH, ...options.batch, least: staffMinimum },
  };
  const link = linkFor(settings.pageUrl);

  operation(app, 'openEvaluationInvitation', { rateLimited: true }, async (request, reply) => {
    const { token } = request.body as { token: string };
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, await openInvitation(app.db, token));
  });

  operation(app, 'sendEvaluation', { rateLimited: true }, async (request, reply) => {
    refuseNothingAnswered(request.body as EvaluationInput);
    await app.db.transaction((tx) => saveAnswer(tx, request.body as EvaluationInput, app.contactKeys.cipher));
    return sendJson(reply, 201, { received: true });
  });

  // Answers from a paper form or a call (issue 17): the insights role, retried safely with an
  // Idempotency-Key (the stored request hash is keyed by it, so it cannot be matched to answers),
  // audited with the activity and how they came, never what they said.
  operation(app, 'enterEvaluationByHand', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'insights');
    const input = request.body as EvaluationByHandInput;
    refuseNothingAnswered(input);
    return sendIdempotent(request, reply, async (repos, tx) => {
      await enterByHand(tx, input, app.contactKeys.cipher);
      await repos.audit(actorOf(request), 'enterEvaluationByHand', [input.opportunityId], { how: input.how });
      return { status: 201, body: { received: true } };
    });
  });

  operation(app, 'inviteToEvaluate', { access: 'staff' }, async (request, reply) => {
    const round = await app.db.transaction((tx) => startRound(tx, param(request, 'opportunityId'), link));
    return sendJson(reply, 200, round);
  });

  operation(app, 'getActivityEvaluation', { access: 'staff' }, async (request, reply) => {
    const id = param(request, 'opportunityId');
    const [activity] = await activities(app.db, [id]);
    if (!activity) throw notFound('There is no opportunity with that id.');
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, activityResults(activity, await answers(app.db, id), await invitedCount(app.db, id), threshold, staffMinimum, await givenByHand(app.db, id)));
  });

  operation(app, 'getInvolvementResults', {}, async (_request, reply) => {
    return sendJson(reply, 200, programmeResults(await activities(app.db), await answers(app.db), threshold));
  });

  equalityRoutes(app, options.equalityReference);

  if (options.everyMs) {
    const every = options.everyMs;
    // One pass at a time: on a slow machine a pass may outlast the interval.
    let running = false;
    const run = () => {
      if (running) return;
      running = true;
      void runEvaluationJob(app, settings)
        .catch((error: unknown) => app.log.warn({ errName: (error as Error)?.name }, 'The evaluation job failed'))
        .finally(() => (running = false));
    };
    const first = setTimeout(run, Math.min(10_000, every));
    const timer = setInterval(run, every);
    first.unref();
    timer.unref();
    app.addHook('onClose', async () => {
      clearTimeout(first);
      clearInterval(timer);
    });
  }
}
