import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { ProblemError } from '../../problems.js';

/**
 * Per-route limits (routes opt in with `rateLimited`, see http.ts), answered as a 429 problem
 * with Retry-After. Counts live in this process's memory: behind a load balancer each instance
 * keeps its own count, so the effective limit is max x instances.
 */
export default fp(
  async (app) => {
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) =>
        new ProblemError(429, `You have sent a lot of these in a short time. Please wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`, {
          retryAfter: Math.ceil(context.ttl / 1000),
        }),
    });
  },
  { name: 'coprod-rate-limit' },
);
