import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from './auth.js';
import type { Contract } from './contract.js';
import type { Db } from './db/db.js';
import { runIdempotent, type Outcome } from './idempotency.js';
import { principalKey } from './auth.js';
import type { Queryable } from './db/db.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
  interface FastifyContextConfig {
    operationId?: string;
    access?: 'staff';
  }
}

export interface Limits {
  /** Anonymous POSTs per client IP per window. */
  max: number;
  timeWindow: number | string;
}

export interface Ctx {
  db: Db;
  contract: Contract;
  rateLimit: Limits | false;
  respondWithinDays: { interest: number; feedback: number };
}

export interface RouteOptions {
  access?: 'staff';
  bodyLimit?: number;
  /** Anonymous POSTs are limited per client IP: true for the app-wide limit, or this operation's own. */
  rateLimited?: boolean | Limits;
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** Registers one contract operation; validation and the staff check run in app-wide hooks keyed by operationId. */
export function operation(app: FastifyInstance, ctx: Ctx, operationId: string, options: RouteOptions, handler: Handler): void {
  const op = ctx.contract.operations.get(operationId);
  if (!op) throw new Error(`The contract has no operation ${operationId}`);
  app.route({
    method: op.method as 'GET',
    url: `/api/v1${op.routePath}`,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    config: {
      operationId,
      ...(options.access ? { access: options.access } : {}),
      ...(options.rateLimited === true && ctx.rateLimit ? { rateLimit: { max: ctx.rateLimit.max, timeWindow: ctx.rateLimit.timeWindow } } : {}),
      ...(typeof options.rateLimited === 'object' ? { rateLimit: { ...options.rateLimited } } : {}),
    },
    handler,
  });
}

/** JSON serialised here, so that the ETag of a GET and the If-Match of a PUT hash the same text. */
export function sendJson(reply: FastifyReply, status: number, body: unknown, headers: Record<string, string> = {}): FastifyReply {
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/** A POST run once per Idempotency-Key, answered with the first outcome on a replay. */
export async function sendIdempotent<T>(ctx: Ctx, request: FastifyRequest, reply: FastifyReply, work: (tx: Queryable) => Promise<Outcome<T>>): Promise<FastifyReply> {
  const key = request.headers['idempotency-key'];
  const outcome = await runIdempotent(
    ctx.db,
    {
      key: typeof key === 'string' ? key : undefined,
      operation: request.routeOptions.config.operationId ?? request.url,
      principal: principalKey(request.principal),
      request: { method: request.method, url: request.url, body: request.body },
    },
    work,
  );
  if (outcome.replayed) reply.header('idempotent-replayed', 'true');
  return sendJson(reply, outcome.status, outcome.body, outcome.headers);
}

export const iso = (value: unknown): string => (value instanceof Date ? value : new Date(String(value))).toISOString();
export const isoOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : iso(value));

/** Keeps only the listed keys that are present: the contract allows unknown fields in some inputs; we never store them. */
export function pick<T extends object>(source: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if ((source as Record<string, unknown>)[k] !== undefined) out[k] = (source as Record<string, unknown>)[k];
  return out as Partial<T>;
}
