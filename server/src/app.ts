import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { Seed } from '../../src/api/seed/seed-types.js';
import { createAuthenticator, requireStaff, type AuthOptions } from './auth.js';
import { loadContract, type Contract } from './contract.js';
import type { Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { etagOf, matches } from './etag.js';
import type { Ctx, Limits } from './http.js';
import { badRequest, invalid, notFound, problemBody, ProblemError, sendProblem } from './problems.js';
import { feedbackRoutes } from './routes/feedback.js';
import { interestRoutes } from './routes/interests.js';
import { opportunityRoutes } from './routes/opportunities.js';
import { profileRoutes } from './routes/profiles.js';
import { taxonomyRoutes } from './routes/taxonomy.js';
import { ContactHasher } from './me/identity.js';
import { scheduleRetention } from './me/retention.js';
import { meRoutes } from './me/routes.js';
import { consoleSender, resolveSettings, type SignInSettings } from './me/sign-in.js';
import { seedIfEmpty } from './seed.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

export interface AppOptions {
  db: Db;
  auth: AuthOptions;
  /** Origins allowed to call the API from other sites; `*` may stand for a port (http://localhost:*). */
  corsOrigins?: string[];
  /** Anonymous POSTs per client IP; false turns the limit off. */
  rateLimit?: Limits | false;
  /** Static directories; missing ones are skipped. */
  staticDirs?: { demo?: string | false; widgets?: string | false };
  logger?: FastifyServerOptions['logger'];
  /** Check every response against the contract (on in tests): a mismatch becomes a 500 and is recorded. */
  validateResponses?: boolean;
  /** Loaded into an empty database at start. */
  seed?: Seed;
  trustProxy?: boolean;
  contract?: Contract;
  respondWithinDays?: { interest: number; feedback: number };
  /** Coming back: sign-in links and codes, the `/me` page, erasure and retention. */
  me?: MeOptions;
}

export interface MeOptions {
  /** Keys the hash that ties a person's rows to their address. Keep it stable (CONTACT_KEY). Default: a random key for this process only. */
  contactKey?: string;
  signIn?: Partial<SignInSettings>;
  /** Months feedback contact details are kept after the item closes (default 12); false: no scheduled job (tests). */
  retentionMonths?: number | false;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Responses that did not match the contract (only when validateResponses is on). */
    contractViolations: string[];
  }
}

const DEFAULT_BODY_LIMIT = 256 * 1024;

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const contract = options.contract ?? loadContract();
  await migrate(options.db);
  if (options.seed) await seedIfEmpty(options.db, options.seed);

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // Route params are checked against the contract; a long junk id must reach that check, not a 414.
    routerOptions: { maxParamLength: 500 },
  });
  const auth = createAuthenticator(options.auth);
  const ctx: Ctx = {
    db: options.db,
    contract,
    rateLimit: options.rateLimit ?? { max: 10, timeWindow: '1 minute' },
    respondWithinDays: options.respondWithinDays ?? { interest: 10, feedback: 20 },
  };
  app.decorate('contractViolations', [] as string[]);
  // The API speaks JSON only: any other body is a 415, not a string for the validator to puzzle over.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('principal', null as never);

  await app.register(cors, {
    origin: corsOriginCheck(options.corsOrigins ?? ['http://localhost:*', 'http://127.0.0.1:*']),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'If-Match'],
    exposedHeaders: ['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed'],
    maxAge: 600,
  });
  // Counts live in this process's memory: behind a load balancer each instance keeps its own
  // count, so the effective limit is max x instances. A shared store (e.g. Redis) would fix that.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ProblemError(429, `You have sent a lot of these in a short time. Please wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`, {
        retryAfter: Math.ceil(context.ttl / 1000),
      }),
  });

  app.addHook('preValidation', async (request) => {
    const operationId = request.routeOptions.config.operationId;
    if (!operationId) return;
    const op = contract.operations.get(operationId)!;
    request.principal = await auth.principalOf(request);
    if (request.routeOptions.config.access === 'staff') requireStaff(request.principal);
    if (op.validatePath(request.params as Record<string, unknown>).length) throw notFound();
    const queryErrors = op.validateQuery(request.query as Record<string, unknown>);
    if (queryErrors.length) throw badRequest('Some search options are not ones we understand.', queryErrors);
    const headerErrors = op.validateHeaders(request.headers as Record<string, unknown>);
    if (headerErrors.length) throw badRequest('A request header is not in the right form.', headerErrors);
    if (op.hasBody) {
      if (request.body === undefined || request.body === null) {
        if (op.bodyRequired) throw badRequest('Send the answers as JSON (Content-Type: application/json).');
      } else {
        const bodyErrors = op.validateBody(request.body);
        if (bodyErrors.length) throw invalid(bodyErrors);
      }
    }
  });

  if (options.validateResponses) {
    app.addHook('onSend', async (request, reply, payload) => {
      if (!request.url.startsWith('/api/') || typeof payload !== 'string') return payload;
      const contentType = String(reply.getHeader('content-type') ?? '');
      if (!contentType.includes('json')) return payload;
      const problems = contract.checkResponse(request.routeOptions.config.operationId, reply.statusCode, contentType, payload);
      if (problems.length === 0) return payload;
      const message = `${request.method} ${request.url} -> ${reply.statusCode} does not match the contract: ${problems.join('; ')}`;
      app.contractViolations.push(message);
      request.log.error(message);
      reply.code(500).type('application/problem+json');
      return JSON.stringify(problemBody(500, message));
    });
  }

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    const contentType = String(reply.getHeader('content-type') ?? '');
    if (contentType.startsWith('text/html')) {
      reply.header('content-security-policy', CSP);
      reply.header('x-frame-options', 'SAMEORIGIN');
    }
    if (!request.url.startsWith('/api/')) return payload;
    if ((request.method === 'GET' || request.method === 'HEAD') && reply.statusCode === 200 && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      const etag = etagOf(payload);
      reply.header('etag', etag);
      reply.header('vary', 'Authorization, Origin');
      reply.header('cache-control', request.headers.authorization ? 'private, no-cache' : 'no-cache');
      if (matches(request.headers['if-none-match'], etag)) {
        reply.code(304);
        reply.removeHeader('content-type');
        reply.removeHeader('content-length');
        return '';
      }
    } else if (!reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(reply, error);
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'Unhandled error');
      return sendProblem(reply, new ProblemError(500, 'Something went wrong on our side. Your answers were not saved; please try again.'));
    }
    return sendProblem(reply, new ProblemError(status, friendlyMessage(error, request.routeOptions.bodyLimit)));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = [...contract.operations.values()].filter((op) => op.pattern.test(path)).map((op) => op.method);
    if (allowed.length) {
      reply.header('allow', [...new Set(allowed)].join(', '));
      return sendProblem(reply, new ProblemError(405, `${request.method} is not allowed here. Use ${[...new Set(allowed)].join(' or ')}.`));
    }
    return sendProblem(reply, notFound('There is nothing at this address.'));
  });

  opportunityRoutes(app, ctx);
  interestRoutes(app, ctx);
  profileRoutes(app, ctx);
  feedbackRoutes(app, ctx);
  taxonomyRoutes(app, ctx);
  const me = options.me ?? {};
  meRoutes(app, ctx, {
    hasher: new ContactHasher(me.contactKey ?? randomBytes(32).toString('base64url')),
    signIn: resolveSettings({ sender: consoleSender, pageUrl: 'http://localhost:8080/my-involvement.html', ...me.signIn }),
  });
  if (me.retentionMonths !== false) {
    const stop = scheduleRetention(options.db, me.retentionMonths ?? 12, (error) => app.log.warn({ errName: (error as Error)?.name }, 'The retention job failed'));
    app.addHook('onClose', async () => stop());
  }

  const contractJson = JSON.stringify(contract.document);
  app.get('/api/v1/openapi.yaml', async (_request, reply) => reply.type('application/yaml; charset=utf-8').send(contract.yaml));
  app.get('/api/v1/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(contractJson));

  const demoDir = options.staticDirs?.demo === false ? undefined : (options.staticDirs?.demo ?? `${ROOT}demo`);
  const widgetsDir = options.staticDirs?.widgets === false ? undefined : (options.staticDirs?.widgets ?? `${ROOT}dist`);
  let decorated = false;
  if (widgetsDir && existsSync(widgetsDir)) {
    await app.register(fastifyStatic, { root: widgetsDir, prefix: '/widgets/', decorateReply: !decorated });
    decorated = true;
  }
  if (demoDir && existsSync(demoDir)) {
    await app.register(fastifyStatic, { root: demoDir, prefix: '/', index: ['index.html'], decorateReply: !decorated, wildcard: true });
    decorated = true;
  }
  return app;
}

/** `http://localhost:*` allows any port; requests without an Origin (same origin, curl) are allowed. */
function corsOriginCheck(origins: string[]) {
  const patterns = origins.map((o) => new RegExp(`^${o.trim().replace(/[.+?^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
  return (origin: string | undefined, callback: (error: Error | null, allow: boolean) => void) => {
    callback(null, !origin || patterns.some((p) => p.test(origin)));
  };
}

function friendlyMessage(error: FastifyError, bodyLimit: number | undefined): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `That is too much to send at once (the most is ${Math.round((bodyLimit ?? DEFAULT_BODY_LIMIT) / 1024)} KB). If you added a picture, choose a smaller one (at most 1 MB).`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the answers as JSON (Content-Type: application/json).';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request said it held JSON but was empty. Send the answers as JSON.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'The answers could not be read: the JSON is not valid.';
    default:
      if (error instanceof SyntaxError || /JSON/i.test(error.message)) return 'The answers could not be read: the JSON is not valid.';
      return error.message || 'The request could not be read.';
  }
}
