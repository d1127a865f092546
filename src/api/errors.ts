import type { FieldError, Problem } from './types.js';

/** What went wrong, in terms a widget can turn into a message. */
export type ApiErrorKind =
  | 'network' // no answer: offline, DNS, CORS, server down
  | 'timeout'
  | 'aborted'
  | 'validation' // 400/422 with field errors
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'not-found' // 404
  | 'conflict' // 409/412
  | 'rate-limited' // 429
  | 'server'; // 5xx or an unreadable answer

/**
 * The one error every `CoprodApi` method rejects with. It carries the RFC 9457 problem
 * when the server sent one, and its per-field errors keyed by field path.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly problem: Problem | undefined;
  /** Seconds the server asked us to wait (429). */
  readonly retryAfter: number | undefined;

  constructor(kind: ApiErrorKind, message: string, options: { status?: number; problem?: Problem; retryAfter?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status ?? 0;
    this.problem = options.problem;
    this.retryAfter = options.retryAfter ?? options.problem?.retryAfter;
  }

  /** Field errors from the problem, e.g. `{ 'contact.detail': 'Enter an email address' }`. */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.problem?.errors ?? []) byField[error.field] ??= error.message;
    return byField;
  }

  get fieldErrorList(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 413) return 'validation';
  if (status === 429) return 'rate-limited';
  return 'server';
}

/** The kind of any thrown value: an `ApiError`'s own kind, else `server`. */
export function errorKind(error: unknown): ApiErrorKind {
  return error instanceof ApiError ? error.kind : 'server';
}
