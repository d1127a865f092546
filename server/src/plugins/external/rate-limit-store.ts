import { createHmac } from 'node:crypto';
import type { Queryable } from '../../db/db.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit that counts in the database (table `rate_limits`, migration
 * 060), so every instance on one PostgreSQL shares one count: two instances behind a load
 * balancer allow `max`, not `max` x 2. One upsert per limited request, atomic in PostgreSQL
 * (`ON CONFLICT DO UPDATE` locks the row). Keys are hashed with the route, so no client address
 * is stored (an HMAC under CONTACT_KEY). A fixed window, like the plugin's own memory store.
 */
export function databaseStore(db: Queryable, secret: string) {
  const keyHash = (text: string) => createHmac('sha256', `coprod-rate-limit:${secret}`).update(text).digest('base64url');
  return class DatabaseRateLimitStore {
    readonly #prefix: string;

    /** The plugin passes its merged options, with `routeInfo` (the route) for a route's own store. */
    constructor(options: object = {}) {
      const route = (options as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      this.#prefix = route?.url ? `${[route.method].flat().join(',')} ${route.url}` : 'global';
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      db.query<{ hits: number; ttl: number }>(
        `INSERT INTO rate_limits (key_hash, hits, reset_at) VALUES ($1, 1, now() + $2 * interval '1 millisecond')
         ON CONFLICT (key_hash) DO UPDATE SET
           hits = CASE WHEN rate_limits.reset_at <= now() THEN 1 ELSE rate_limits.hits + 1 END,
           reset_at = CASE WHEN rate_limits.reset_at <= now() THEN now() + $2 * interval '1 millisecond' ELSE rate_limits.reset_at END
         RETURNING hits, (extract(epoch FROM reset_at - now()) * 1000)::float8 AS ttl`,
        [keyHash(`${this.#prefix}|${key}`), timeWindow],
      ).then(
        ([row]) => callback(null, { current: row!.hits, ttl: Math.max(0, Math.round(row!.ttl)) }),
        (error: Error) => callback(error),
      );
    }

    read(key: string, callback: Callback): void {
      db.query<{ hits: number; ttl: number }>(
        `SELECT hits, (extract(epoch FROM reset_at - now()) * 1000)::float8 AS ttl FROM rate_limits WHERE key_hash = $1 AND reset_at > now()`,
        [keyHash(`${this.#prefix}|${key}`)],
      ).then(
        ([row]) => callback(null, row ? { current: row.hits, ttl: Math.max(0, Math.round(row.ttl)) } : { current: 0, ttl: 0 }),
        (error: Error) => callback(error),
      );
    }

    child(options: object) {
      return new DatabaseRateLimitStore(options);
    }
  };
}

/** Removes counts whose window ended over an hour ago (the hourly purge in main.ts). */
export async function purgeExpiredRateLimits(db: Queryable): Promise<void> {
  await db.query("DELETE FROM rate_limits WHERE reset_at < now() - interval '1 hour'");
}
