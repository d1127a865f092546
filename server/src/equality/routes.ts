/**
 * Who is taking part (issue 17): the person's own equality answers (sealed, apart from the
 * profile's other fields) and staff's counts of everyone's, beside the council's reference
 * population. Counted by src/api/equality-reach.ts, as InMemoryApi counts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { dueToPublish, equalityReach, knownAnswers, publishedCount, referenceProblems, withReference, type EqualityReference } from '../../../src/api/equality-reach.js';
import type { EqualityAnswers, EqualityReach } from '../../../src/api/types.js';
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

async function answersOf(db: Queryable, cipher: ContactCipher, profileId: string): Promise<EqualityAnswers> {
  const [row] = await db.query<{ sealed: string }>('SELECT sealed FROM profile_equality WHERE profile_id = $1', [profileId]);
  return row ? knownAnswers(JSON.parse(cipher.open(row.sealed))) : {};
}

/** Every stored answer set, opened, in no order, with nothing about whose it is; and how many profiles there are. */
async function everyone(db: Queryable, cipher: ContactCipher): Promise<{ all: EqualityAnswers[]; profiles: number }> {
  const rows = await db.query<{ sealed: string }>('SELECT sealed FROM profile_equality');
  const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM profiles');
  return { all: rows.map((r) => knownAnswers(JSON.parse(cipher.open(r.sealed)))), profiles: count?.n ?? 0 };
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

  operation(app, 'getMyEquality', {}, async (request, reply) => {
    const id = await myProfileId(app, request);
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, id ? await answersOf(app.db, cipher, id) : {});
  });

  operation(app, 'saveMyEquality', {}, async (request, reply) => {
    const id = await myProfileId(app, request);
    if (!id) throw notFound('Make a profile first: these questions are kept with it.');
    const kept = knownAnswers(request.body);
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

  operation(app, 'getEqualityReach', { access: 'staff' }, async (_request, reply) => {
    // From the published row (migration 171): counted again only after a batch of changes.
    const reach = await app.db.transaction(async (tx) => {
      const [row] = await tx.query<{ counts: EqualityReach | null; changes: number; published_at: Date | string | null }>('SELECT counts, changes, published_at FROM equality_published FOR UPDATE');
      if (row?.counts && !dueToPublish(row.counts, row.changes)) return { ...row.counts, ...(row.published_at ? { publishedAt: new Date(row.published_at).toISOString() } : {}) };
      const { all, profiles } = await everyone(tx, cipher);
      const counted = equalityReach(all, profiles);
      const [at] = await tx.query<{ published_at: Date | string }>('UPDATE equality_published SET counts = $1::jsonb, changes = 0, published_at = now() RETURNING published_at', [JSON.stringify(counted)]);
      return { ...counted, ...(at ? { publishedAt: new Date(at.published_at).toISOString() } : {}) };
    });
    // Not special category and not in the batch: counted now, hidden and rounded as the rest.
    const [training] = await app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM profiles WHERE coalesce(doc->>'trainingWanted', '') <> ''`);
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, { ...withReference(reach, await referenceNow()), trainingWanted: publishedCount(training?.n ?? 0) });
  });
}
