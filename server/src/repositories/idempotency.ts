import { canonicalJson, seal, sha256, unseal } from '../crypto.js';
import type { Db, Queryable } from '../db/db.js';
import { badRequest, conflict } from '../problems.js';

export interface Outcome<T = unknown> {
  status: number;
  body: T;
  headers?: Record<string, string>;
}

export interface IdempotencyContext {
  key: string | undefined;
  operation: string;
  principal: string;
  /** Method, URL and body: the same key with any of them different is a conflict. */
  request: { method: string; url: string; body: unknown };
}

/**
 * Runs a POST in one transaction, once per Idempotency-Key. The key row is inserted first,
 * so a concurrent twin waits on the unique key, then finds and replays the first answer.
 * A failed attempt (an error thrown) rolls back with its key, so it can be retried.
 */
export async function runIdempotent<T>(db: Db, ctx: IdempotencyContext, work: (tx: Queryable) => Promise<Outcome<T>>): Promise<Outcome<T> & { replayed: boolean }> {
  if (!ctx.key) return { ...(await db.transaction(work)), replayed: false };
  const key = ctx.key;
  const keyHash = sha256(key);
  // The key is in the hash: a body holds addresses and phone numbers, and a plain hash of one
  // kept for a day could be matched by trying every phone number. The key is never stored.
  const requestHash = sha256(`${key}\n${ctx.request.method} ${ctx.request.url} ${canonicalJson(ctx.request.body)}`);
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO idempotency_keys (key_hash, operation, principal, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING key_hash`,
      [keyHash, ctx.operation, ctx.principal, requestHash],
    );
    if (inserted.length === 0) {
      const [row] = await tx.query<{ request_hash: string; response: string | null }>(
        'SELECT request_hash, response FROM idempotency_keys WHERE key_hash = $1 AND operation = $2 AND principal = $3',
        [keyHash, ctx.operation, ctx.principal],
      );
      if (!row || row.request_hash !== requestHash) {
        throw conflict('This Idempotency-Key was already used with a different request. Use a new key for a new request.');
      }
      if (!row.response) throw badRequest('The first request with this Idempotency-Key has not finished. Try again shortly.');
      return { ...(JSON.parse(unseal(row.response, key + ctx.principal)) as Outcome<T>), replayed: true };
    }
    const outcome = await work(tx);
    await tx.query('UPDATE idempotency_keys SET status = $4, response = $5, subject_id = $6 WHERE key_hash = $1 AND operation = $2 AND principal = $3', [
      keyHash,
      ctx.operation,
      ctx.principal,
      outcome.status,
      seal(JSON.stringify(outcome), key + ctx.principal),
      subjectOf(outcome.body),
    ]);
    return { ...outcome, replayed: false };
  });
}

/** The id of what a reply is about (a receipt's id, a created profile's id), so erasure can find stored replies. */
function subjectOf(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as { id?: unknown; profile?: { id?: unknown } };
  if (typeof b.id === 'string') return b.id;
  return typeof b.profile?.id === 'string' ? b.profile.id : null;
}

/** Keys are kept a day; retries come within minutes. */
export async function purgeOldIdempotencyKeys(db: Db, olderThanHours = 24): Promise<void> {
  await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [olderThanHours]);
}
