/**
 * Who is taking part (issue 17): the person's own equality answers (sealed, apart from the
 * profile's other fields) and staff's counts of everyone's, beside the council's reference
 * population. Counted by src/api/equality-reach.ts, as InMemoryApi counts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { councilQuestion, dueToPublish, equalityReach, knownAnswers, publishedCount, referenceProblems, withCouncil, withReference, type EqualityReference } from '../../../src/api/equality-reach.js';
import type { CouncilQuestion, CouncilQuestionInput, EqualityAnswers, EqualityReach } from '../../../src/api/types.js';
import { newId } from '../crypto.js';
import type { ContactCipher } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { requireRole } from '../auth.js';
import { actorOf, inTransaction, operation, sendJson } from '../http.js';
import { equalityProfileIn } from '../me/repository.js';
import { sessionOf } from '../me/sign-in.js';
import { invalid, notFound } from '../problems.js';

/** The person's profile for these answers (equalityProfileIn: one rule); undefined without one. */
async function myProfileId(app: FastifyInstance, request: FastifyRequest): Promise<string | undefined> {
  const session = await sessionOf(app.db, request.principal.kind === 'token' ? request.principal.token : undefined);
  return equalityProfileIn(app.db, { contactHash: session.contactHash, profileIds: session.profileId ? [session.profileId] : [] });
}

/** The council's own questions (migration 225), oldest first, retired ones too. */
async function councilQuestions(db: Queryable): Promise<CouncilQuestion[]> {
  const rows = await db.query<{ doc: CouncilQuestion; retired: boolean }>('SELECT doc, retired FROM equality_questions ORDER BY position');
  return rows.map((r) => ({ ...r.doc, retired: r.retired }));
}

/** The person's stored answers, answers to a retired question too (theirs to see and delete; never counted). */
async function answersOf(db: Queryable, cipher: ContactCipher, profileId: string, council: readonly CouncilQuestion[]): Promise<EqualityAnswers> {
  const [row] = await db.query<{ sealed: string }>('SELECT sealed FROM profile_equality WHERE profile_id = $1', [profileId]);
  const stored = row ? (JSON.parse(cipher.open(row.sealed)) as EqualityAnswers) : {};
  return knownAnswers(stored, council, stored);
}

/** Every stored answer set, opened, in no order, with nothing about whose it is; and how many profiles there are. */
async function everyone(db: Queryable, cipher: ContactCipher): Promise<{ all: EqualityAnswers[]; profiles: number }> {
  const rows = await db.query<{ sealed: string }>('SELECT sealed FROM profile_equality');
  const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM profiles');
  const council = await councilQuestions(db);
  return { all: rows.map((r) => knownAnswers(JSON.parse(cipher.open(r.sealed)), council)), profiles: count?.n ?? 0 };
}

export function equalityRoutes(app: FastifyInstance, setting: EqualityReference = {}): void {
  const cipher = app.contactKeys.cipher;
  /** What staff saved (migration 200), else the server's EQUALITY_REFERENCE setting. */
  const referenceNow = async (): Promise<EqualityReference> => {
    const [row] = await app.db.query<{ reference: EqualityReference | null }>('SELECT reference FROM equality_published');
    return row?.reference ?? setting;
  };

  operation(app, 'getEqualityReference', { access: 'staff' }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, await referenceNow());
  });

  // Changes what every member of staff and the public results page are shown: the insights role only, audited (review SHOULD 20).
  operation(app, 'saveEqualityReference', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'insights');
    const problems = referenceProblems(request.body);
    if (problems.length) {
      throw invalid(problems.map((p) => ({ field: p.field, code: p.code, message: p.code === 'unknown-field' ? `Remove "${p.field}": it is not an answer staff see.` : `The share for "${p.field}" must be a number from 0 to 100.` })));
    }
    const reference = request.body as EqualityReference;
    await inTransaction(app, async (repos, tx) => {
      await tx.query('UPDATE equality_published SET reference = $1::jsonb', [JSON.stringify(reference)]);
      await repos.audit(actorOf(request), 'saveEqualityReference', [], { questions: Object.keys(reference) });
    });
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, reference);
  });

  operation(app, 'getEqualityQuestions', {}, async (_request, reply) => {
    return sendJson(reply, 200, { questions: await councilQuestions(app.db) });
  });

  // What every person is asked: the insights role only, audited, as the area's figures.
  operation(app, 'addEqualityQuestion', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'insights');
    const question = councilQuestion(`cq-${newId().slice(0, 8)}`, request.body as CouncilQuestionInput);
    await inTransaction(app, async (repos, tx) => {
      await tx.query('INSERT INTO equality_questions (id, doc) VALUES ($1, $2::jsonb)', [question.id, JSON.stringify(question)]);
      await repos.audit(actorOf(request), 'addEqualityQuestion', [question.id], {});
    });
    return sendJson(reply, 201, question);
  });

  operation(app, 'retireEqualityQuestion', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'insights');
    const { questionId } = request.params as { questionId: string };
    const question = await inTransaction(app, async (repos, tx) => {
      const [row] = await tx.query<{ doc: CouncilQuestion }>('UPDATE equality_questions SET retired = true WHERE id = $1 RETURNING doc', [questionId]);
      if (!row) throw notFound('We could not find that question.');
      await repos.audit(actorOf(request), 'retireEqualityQuestion', [questionId], {});
      return { ...row.doc, retired: true };
    });
    return sendJson(reply, 200, question);
  });

  operation(app, 'getMyEquality', {}, async (request, reply) => {
    const id = await myProfileId(app, request);
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, id ? await answersOf(app.db, cipher, id, await councilQuestions(app.db)) : {});
  });

  operation(app, 'saveMyEquality', {}, async (request, reply) => {
    const id = await myProfileId(app, request);
    if (!id) throw notFound('Make a profile first: these questions are kept with it.');
    const council = await councilQuestions(app.db);
    // An answer to a question no longer asked is kept only as it was (saving the rest does not delete it; leaving it out does).
    const kept = knownAnswers(request.body, council, await answersOf(app.db, cipher, id, council));
    await app.db.query(
      `INSERT INTO profile_equality (profile_id, sealed) VALUES ($1, $2)
       ON CONFLICT (profile_id) DO UPDATE SET sealed = excluded.sealed`,
      [id, cipher.seal(JSON.stringify(kept))],
    );
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, kept);
  });

  operation(app, 'deleteMyEquality', {}, async (request, reply) => {
    const id = await myProfileId(app, request);
    if (id) await app.db.query('DELETE FROM profile_equality WHERE profile_id = $1', [id]);
    return reply.code(204).send();
  });

  operation(app, 'getEqualityReach', { access: 'staff' }, async (request, reply) => {
    // From the published row (migration 171): counted again only after a batch of changes.
    const reach = await app.db.transaction(async (tx) => {
      const [row] = await tx.query<{ counts: EqualityReach | null; changes: number; published_at: Date | string | null }>('SELECT counts, changes, published_at FROM equality_published FOR UPDATE');
      if (row?.counts && !dueToPublish(row.counts, row.changes)) return { ...row.counts, ...(row.published_at ? { publishedAt: new Date(row.published_at).toISOString() } : {}) };
      const { all, profiles } = await everyone(tx, cipher);
      const counted = equalityReach(all, profiles, {}, await councilQuestions(tx));
      const [at] = await tx.query<{ published_at: Date | string }>('UPDATE equality_published SET counts = $1::jsonb, changes = 0, published_at = now() RETURNING published_at', [JSON.stringify(counted)]);
      return { ...counted, ...(at ? { publishedAt: new Date(at.published_at).toISOString() } : {}) };
    });
    // Not special category and not in the batch: counted now, hidden and rounded as the rest.
    const [training] = await app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM profiles WHERE coalesce(doc->>'trainingWanted', '') <> ''`);
    reply.header('cache-control', 'no-store');
    // Whether this sign-in may change what the insights role guards, so the page offers it only then (review S4).
    const insights = request.principal.kind === 'jwt' && request.principal.roles.includes('insights');
    return sendJson(reply, 200, { ...withCouncil(withReference(reach, await referenceNow()), await councilQuestions(app.db)), insights, trainingWanted: publishedCount(training?.n ?? 0) });
  });
}
