/** A failed HTTP answer read as an `ApiError`: an RFC 9457 problem (field codes kept), a plain JSON error or only the status. */
import { ApiError, kindForStatus } from './errors.js';
import { isFieldCode } from './field-codes.js';
import type { Problem } from './types.js';

/** Turns a non-2xx answer into an ApiError, reading an RFC 9457 problem or a plain JSON error. */
export function toApiError(response: Response, text: string): ApiError {
  const { status } = response;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let problem: Problem | undefined;
  if (text) {
    try {
      problem = toProblem(JSON.parse(text) as unknown, status);
    } catch {
      // Not JSON (a proxy's HTML error page, say): the status alone tells us enough.
    }
  }
  const message = problem?.detail ?? problem?.title ?? (response.statusText || `HTTP ${status}`);
  return new ApiError(kindForStatus(status), message, {
    status,
    ...(problem ? { problem } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  });
}

/**
 * What a refused answer does next: it is thrown as an `ApiError`, or the call is tried again
 * (when `retry` allows, on a transient status: 5xx, 429) after the returned wait: `backoff`, or
 * the server's `Retry-After` on a 429 or 503, unless it asks for longer than `maxRetryAfterMs`
 * (then the error is thrown at once, with `retryAfter` set, so the widget can say when to try again).
 */
export function refusal(response: Response, text: string, retry: boolean, backoff: number, maxRetryAfterMs: number): number {
  const error = toApiError(response, text);
  const { status } = response;
  if (!retry || (status < 500 && status !== 429)) throw error;
  if (error.retryAfter === undefined || (status !== 429 && status !== 503)) return backoff;
  const asked = error.retryAfter * 1000;
  if (asked > maxRetryAfterMs) throw error;
  return Math.max(asked, 0);
}

function toProblem(json: unknown, status: number): Problem | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const body = json as Record<string, unknown>;
  const title = stringOr(body['title']) ?? stringOr(body['message']) ?? stringOr(body['error']) ?? `HTTP ${status}`;
  const problem: Problem = {
    type: stringOr(body['type']) ?? 'about:blank',
    title,
    status: typeof body['status'] === 'number' ? body['status'] : status,
  };
  const detail = stringOr(body['detail']);
  if (detail !== undefined) problem.detail = detail;
  const instance = stringOr(body['instance']);
  if (instance !== undefined) problem.instance = instance;
  if (typeof body['retryAfter'] === 'number') problem.retryAfter = body['retryAfter'];
  if (Array.isArray(body['errors'])) {
    problem.errors = body['errors'].flatMap((entry: unknown) => {
      if (!entry || typeof entry !== 'object') return [];
      const e = entry as Record<string, unknown>;
      const field = stringOr(e['field']);
      const message = stringOr(e['message']);
      if (field === undefined || message === undefined) return [];
      // A back end that sends no code, or one this version does not know, gets the most general one.
      const code = stringOr(e['code']);
      return [{ field, message, code: isFieldCode(code) ? code : 'invalid-format' }];
    });
  }
  return problem;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `Retry-After` as seconds; it may be a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

