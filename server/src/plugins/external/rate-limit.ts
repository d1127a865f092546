import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import type { Queryable } from '../../db/db.js';
import { ProblemError } from '../../problems.js';
import { databaseStore } from './rate-limit-store.js';

export interface RateLimitOptions {
  /** Where counts are kept (shared by every instance on one PostgreSQL). */
  db: Queryable;
  /** Keys the hash that stands for a client in the table (CONTACT_KEY). */
  secret: string;
}

/**
 * Per-route limits (routes opt in with `rateLimited`, see http.ts), answered as a 429 problem
 * with Retry-After. Counts live in the database (`rate-limit-store.ts`), so behind a load
 * balancer the limit holds across every instance.
 */
export default fp<RateLimitOptions>(
  async (app, options) => {
    await app.register(rateLimit, {
      global: false,
      store: databaseStore(options.db, options.secret),
      errorResponseBuilder: (_request, context) =>
        new ProblemError(429, `You have sent a lot of these in a short time. Please wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`, {
          retryAfter: Math.ceil(context.ttl / 1000),
        }),
    });
  },
  { name: 'coprod-rate-limit' },
);
