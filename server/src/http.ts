import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Limits } from './app.js';
import { principalKey } from './auth.js';
import type { Queryable } from './db/db.js';
import { repositories, type Repositories } from './repositories/index.js';
import { invalid } from './problems.js';
import { runIdempotent, type Outcome } from './repositories/idempotency.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    operationId?: string;
    access?: 'staff';
  }
}

export interface RouteOptions {
  access?: 'staff';
  bodyLimit?: number;
  /** Anonymous POSTs are limited per client IP: true for the app-wide limit, or this operation's own. */
  rateLimited?: boolean | Limits;
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * Registers one contract operation at its contract path. Checking the request against the
 * contract and the staff check run in the contract-validation plugin, keyed by operationId.
 */
export function operation(app: FastifyInstance, operationId: string, options: RouteOptions, handler: Handler): void {
  const op = app.contract.operations.get(operationId);
  if (!op) throw new Error(`The contract has no operation ${operationId}`);
  const limits = app.settings.rateLimit;
  app.route({
    method: op.method as 'GET',
    url: `/api/v1${op.routePath}`,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    config: {
      operationId,
      ...(options.access ? { access: options.access } : {}),
      ...(options.rateLimited === true && limits ? { rateLimit: { max: limits.max, timeWindow: limits.timeWindow } } : {}),
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

/** A POST run in one transaction, once per Idempotency-Key, answered with the first outcome on a replay. */
export async function sendIdempotent<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  work: (repos: Repositories, tx: Queryable) => Promise<Outcome<T>>,
): Promise<FastifyReply> {
  const key = request.headers['idempotency-key'];
  const outcome = await runIdempotent(
    request.server.db,
    {
      key: typeof key === 'string' ? key : undefined,
      operation: request.routeOptions.config.operationId ?? request.url,
      principal: principalKey(request.principal),
      request: { method: request.method, url: request.url, body: request.body },
    },
    (tx) => work(repositories(tx, request.server.contactKeys), tx),
  );
  if (outcome.replayed) reply.header('idempotent-replayed', 'true');
  return sendJson(reply, outcome.status, outcome.body, outcome.headers);
}

/** Runs `work` with every repository in one transaction. */
export function inTransaction<T>(app: FastifyInstance, work: (repos: Repositories, tx: Queryable) => Promise<T>): Promise<T> {
  return app.db.transaction((tx) => work(repositories(tx, app.contactKeys), tx));
}

/** Who did it, for the audit log: the JWT subject. */
export const actorOf = (request: FastifyRequest): string => (request.principal.kind === 'jwt' ? String(request.principal.sub) : 'unknown');

/**
 * A staff member's title for an update's author line. No `title` claim, no author: the contract
 * makes it optional, and a made-up English name would show untranslated on Welsh timelines.
 */
export function authorOf(request: FastifyRequest): string | undefined {
  const title = request.principal.kind === 'jwt' ? request.principal.claims.title : undefined;
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, 200) : undefined;
}

/** The path parameter `name` of this route. */
export const param = (request: FastifyRequest, name: string): string => (request.params as Record<string, string>)[name] ?? '';

/** 422 when any id is not in the taxonomy. */
export async function requireKnownTerms(repos: Repositories, wanted: Parameters<Repositories['taxonomy']['unknown']>[0]): Promise<void> {
  const errors = await repos.taxonomy.unknown(wanted);
  if (errors.length) throw invalid(errors);
}
