import type { FastifyReply } from 'fastify';
import type { FieldCode } from '../../src/api/rules.js';

/** One bad field: `code` is what a widget words in the reader's language; `message` is plain English for everyone else. */
export interface FieldError {
  field: string;
  message: string;
  code: FieldCode;
}

const TITLES: Record<number, string> = {
  400: 'The request could not be read',
  401: 'Sign in needed',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Changed since you read it',
  413: 'Too large',
  415: 'Unsupported content type',
  422: 'Some answers need changing',
  429: 'Too many requests',
  500: 'Something went wrong on our side',
  501: 'Not built yet',
  503: 'Service unavailable',
};

const TYPES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'too-large',
  415: 'unsupported-media-type',
  422: 'validation',
  429: 'rate-limited',
  500: 'server-error',
  501: 'not-implemented',
  503: 'unavailable',
};

export const PROBLEM_BASE = 'https://coprod.example/problems/';

/** An RFC 9457 problem, thrown anywhere and answered as `application/problem+json`. */
export class ProblemError extends Error {
  readonly statusCode: number;
  readonly errors: FieldError[] | undefined;
  readonly retryAfter: number | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string, options: { errors?: FieldError[]; retryAfter?: number; headers?: Record<string, string> } = {}) {
    super(detail);
    this.statusCode = status;
    this.errors = options.errors;
    this.retryAfter = options.retryAfter;
    this.headers = options.headers ?? {};
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) => new ProblemError(400, detail, errors ? { errors } : {});
export const unauthorized = (detail = 'Sign in, or send a valid token, to do this.') => new ProblemError(401, detail, { headers: { 'www-authenticate': 'Bearer' } });
export const forbidden = (detail = 'Your sign-in does not allow this.') => new ProblemError(403, detail);
export const notFound = (detail = 'There is nothing with that id.') => new ProblemError(404, detail);
export const conflict = (detail: string) => new ProblemError(409, detail);
export const invalid = (errors: FieldError[], detail = 'Some answers need changing. Each one is listed with what to do.') => new ProblemError(422, detail, { errors });

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  retryAfter?: number;
}

export function problemBody(status: number, detail: string, extra: { errors?: FieldError[]; retryAfter?: number; instance?: string } = {}): ProblemBody {
  return {
    type: PROBLEM_BASE + (TYPES[status] ?? 'error'),
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.retryAfter !== undefined ? { retryAfter: extra.retryAfter } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: ProblemError): FastifyReply {
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  if (problem.retryAfter !== undefined) reply.header('retry-after', String(problem.retryAfter));
  const body = problemBody(problem.statusCode, problem.message, {
    instance: reply.request.url.split('?')[0],
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...(problem.retryAfter !== undefined ? { retryAfter: problem.retryAfter } : {}),
  });
  return reply.code(problem.statusCode).type('application/problem+json').send(JSON.stringify(body));
}
