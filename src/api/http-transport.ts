/**
 * The contract over HTTP, under every call: URLs, the bearer token, timeouts, safe retries
 * with backoff and `Retry-After`, the ETag cache, and errors read from RFC 9457 problems.
 * `HttpApi` (the public calls) and its per-concern modules (http-me.ts, http-pay.ts,
 * http-people.ts, http-staff.ts, ...) each write down their own operations (method and path)
 * and say how each answer is versioned; those modules load on their first call, and so does
 * the write path (http-write.ts: a POST's idempotency key, a file's body, reading a refusal).
 */
import { abortedError, sleep } from './abortable.js';
import type { Upload } from './api.js';
import { ApiError, kindForStatus } from './errors.js';
import type { FeedbackItem } from './types.js';
import { noteVersion } from './versions.js';

type WritePath = typeof import('./http-write.js');
let writePath: Promise<WritePath> | undefined;

/**
 * The write path, loaded by the first write or the first refused answer, so that a page that
 * only reads does not carry it. A failed load (the network) is asked for again next time.
 */
export const loadWritePath = (): Promise<WritePath> =>
  (writePath ??= import('./http-write.js').catch((error: unknown) => {
    writePath = undefined;
    throw error;
  }));

export type TokenSource = string | (() => string | undefined | null | Promise<string | undefined | null>);

export interface HttpApiOptions {
  /** Where the contract's paths live, e.g. `https://council.example/api/v1` or `/api/v1`. */
  baseUrl: string;
  /** A bearer token, or a function asked for one before every request. */
  token?: TokenSource;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Give up on one attempt after this long. Default 15000. */
  timeoutMs?: number;
  /** How many times to try again after the first attempt, for GETs and POSTs. Default 2. */
  retries?: number;
  /** The first retry waits about this long; each further retry about twice as long. Default 300. */
  retryBaseDelayMs?: number;
  /**
   * The longest `Retry-After` we wait for before retrying. When the server asks for longer,
   * the call fails at once with `retryAfter` set, so the widget can tell the person when to
   * try again instead of leaving them looking at a spinner. Default 10000.
   */
  maxRetryAfterMs?: number;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryScalar = string | number | boolean;
type QueryValue = QueryScalar | readonly QueryScalar[] | null | undefined;
export type QueryObject = Record<string, QueryValue>;

/** One of the contract's operations: its method and path template. */
export type Operation = readonly [Method, string];

/**
 * The operations of one module of calls (a path is written down once, beside the calls that
 * use it); `satisfies Operations<PayCalls>` checks there is one for each call.
 */
export type Operations<Calls> = Record<keyof Calls, Operation>;

/**
 * Builds a request URL from a path template, its path parameters and a query object.
 * Path parameters are always percent-encoded; arrays become repeated parameters
 * (`?topic=a&topic=b`, the contract's `style: form, explode: true`); `undefined`, `null`
 * and empty arrays are left out.
 */
export function buildUrl(baseUrl: string, template: string, params: Record<string, string> = {}, query: QueryObject = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const values: readonly QueryScalar[] = Array.isArray(value) ? value : [value as QueryScalar];
    for (const item of values) search.append(name, String(item));
  }
  const qs = search.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
}

export interface RequestSpec {
  params?: Record<string, string>;
  query?: QueryObject | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
  /** Sent instead of the configured token (a profile's edit token). */
  tokenOverride?: string | undefined;
  /** Sent with no Authorization at all: an anonymous answer must not arrive beside whoever is signed in on the page. */
  anonymous?: boolean;
  /** Sent as If-Match: the version the record was read at. */
  ifMatch?: string | undefined;
  /** A file sent as it is (a receipt), instead of a JSON body; the server finds its type from its content. */
  upload?: Upload | undefined;
  /**
   * Reads a successful answer that is not JSON: as text (a CSV) or a Blob (a file), by the calls
   * that ask for one (http-write.ts `csv`, `file`), so that a page that reads only JSON carries neither.
   */
  read?: (response: Response) => Promise<unknown>;
  /** What to ask for when the answer is not JSON (the `Accept` header, before problems). */
  accept?: string;
}

interface CachedResponse {
  etag: string;
  text: string;
}

const CACHE_LIMIT = 200;

/** Sends one of the contract's operations; `HttpApi` and its per-concern calls go through it. */
export type Send = <T>(operation: Operation, spec: RequestSpec) => Promise<T>;

/** `send` for one module of calls, which names each operation by its id in `operations`. */
export const route =
  <Ids extends string>(send: Send, operations: Record<Ids, Operation>) =>
  <T>(operationId: Ids, spec: RequestSpec): Promise<T> =>
    send(operations[operationId], spec);

/** One `HttpApi`'s connection: its options, its fetch and its ETag cache. */
export class HttpTransport {
  readonly #options: Required<Omit<HttpApiOptions, 'token' | 'fetch'>> & Pick<HttpApiOptions, 'token'>;
  readonly #fetch: typeof fetch;
  readonly #cache = new Map<string, CachedResponse>();

  constructor(options: HttpApiOptions) {
    this.#options = {
      baseUrl: options.baseUrl,
      token: options.token,
      headers: options.headers ?? {},
      timeoutMs: options.timeoutMs ?? 15000,
      retries: Math.max(0, options.retries ?? 2),
      retryBaseDelayMs: options.retryBaseDelayMs ?? 300,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 10000,
    };
    // Called unbound, `window.fetch` throws "Illegal invocation" in some browsers.
    const f = options.fetch ?? globalThis.fetch;
    this.#fetch = (input, init) => f(input, init);
  }

  /** Sends one operation: retried when safe, cached by ETag, failures as `ApiError`. */
  async call<T>([method, template]: Operation, spec: RequestSpec): Promise<T> {
    const url = buildUrl(this.#options.baseUrl, template, spec.params, spec.query);
    // GETs are safe and POSTs carry an idempotency key, so both may be repeated;
    // PUT, PATCH and DELETE are sent once.
    const retryable = method === 'GET' || method === 'POST';
    // One key for every attempt at a POST, so the server does it once: made by its first attempt.
    const key = { value: spec.idempotencyKey };
    const maxAttempts = retryable ? this.#options.retries + 1 : 1;
    const { signal } = spec;

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw abortedError(signal.reason);
      const token = spec.anonymous ? undefined : (spec.tokenOverride ?? (await this.#resolveToken()));
      const cacheKey = method === 'GET' ? `${token ?? ''}\n${url}` : undefined;
      const cached = cacheKey === undefined ? undefined : this.#cache.get(cacheKey);

      const headers: Record<string, string> = { Accept: `${spec.accept ?? 'application/json'}, application/problem+json`, ...this.#options.headers };
      if (token) headers['Authorization'] = `Bearer ${token}`;
      if (spec.ifMatch) headers['If-Match'] = spec.ifMatch;
      if (cached) headers['If-None-Match'] = cached.etag;

      let outcome: Outcome;
      try {
        // Any write loads the write path first, which writes its body and their headers; failing to load it is a network failure, retried as one.
        const body = method === 'GET' ? null : (await loadWritePath()).writeBody(method, spec, headers, key);
        outcome = await this.#attempt(url, { method, headers, body }, signal, spec.read);
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError('network', 'The request could not be sent.', { cause: error });
        if (apiError.kind === 'aborted' || attempt >= maxAttempts) throw apiError;
        await sleep(this.#backoff(attempt), signal);
        continue;
      }

      const { response, text } = outcome;
      if (response.status === 304 && cached) {
        this.#remember(cacheKey!, cached);
        return noteVersion(parseBody<T>(cached.text, response.status), cached.etag);
      }
      if (response.ok && spec.read) return outcome.body as T;
      if (response.ok) {
        if (response.status === 204 || text === '') return undefined as T;
        const etag = response.headers.get('ETag');
        const body = noteVersion(parseBody<T>(text, response.status), etag);
        if (cacheKey !== undefined) {
          if (etag) this.#remember(cacheKey, { etag, text });
          else this.#cache.delete(cacheKey);
        }
        return body;
      }

      // A refusal is read by the write path (loaded now if this is a read), which throws it or says how long to wait
      // before trying again; without it, its status says enough, and it is not tried again.
      const delay = await loadWritePath().then(
        (write) => write.refusal(response, text, retryable && attempt < maxAttempts, this.#backoff(attempt), this.#options.maxRetryAfterMs),
        () => {
          throw new ApiError(kindForStatus(response.status), `HTTP ${response.status}`, { status: response.status });
        },
      );
      await sleep(delay, signal);
    }
  }

  /** One request and its body, under the timeout and the caller's signal. */
  async #attempt(url: string, init: { method: Method; headers: Record<string, string>; body: Blob | ArrayBuffer | string | null }, signal: AbortSignal | undefined, read?: RequestSpec['read']): Promise<Outcome> {
    // The caller may have aborted while the token getter was running.
    if (signal?.aborted) throw abortedError(signal.reason);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#options.timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await this.#fetch(url, { ...init, signal: controller.signal });
      if (read && response.ok) return { response, text: '', body: await read(response) };
      const text = response.status === 204 || response.status === 304 ? '' : await response.text();
      return { response, text };
    } catch (error) {
      if (signal?.aborted) throw abortedError(signal.reason);
      if (timedOut) throw new ApiError('timeout', `No answer within ${this.#options.timeoutMs} ms.`, { cause: error });
      throw new ApiError('network', 'The request could not be sent.', { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async #resolveToken(): Promise<string | undefined> {
    const source = this.#options.token;
    if (typeof source !== 'function') return source || undefined;
    try {
      return (await source()) || undefined;
    } catch (error) {
      throw new ApiError('unauthorized', 'Could not get a sign-in token.', { cause: error });
    }
  }

  /** Exponential backoff with jitter: base * 2^(n-1), scaled by a random 50-100%. */
  #backoff(attempt: number): number {
    const ceiling = this.#options.retryBaseDelayMs * 2 ** (attempt - 1);
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  #remember(key: string, entry: CachedResponse): void {
    // Re-inserting keeps the Map in least-recently-used order.
    this.#cache.delete(key);
    this.#cache.set(key, entry);
    if (this.#cache.size > CACHE_LIMIT) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
  }
}

interface Outcome {
  response: Response;
  text: string;
  /** A successful answer read by the call's own `read`. */
  body?: unknown;
}

/**
 * A feedback item's version is when it last changed, in quotes (the contract says so): items
 * read in a list carry no ETag of their own.
 */
export const feedbackVersion = (item: FeedbackItem): FeedbackItem => noteVersion(item, `"${item.lastUpdatedAt}"`);

function parseBody<T>(text: string, status: number): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ApiError('server', 'The server sent an answer that could not be read.', { status, cause: error });
  }
}
