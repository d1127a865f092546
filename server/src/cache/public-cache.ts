import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { etagOf } from '../etag.js';

/** One answer as it was sent: its text, its ETag, and its compressed forms once asked for. */
export interface CachedAnswer {
  generation: number;
  body: string;
  etag: string;
  /** The body's UTF-8 bytes, made once: a cached answer sent plain is not encoded again for every request. */
  bytes?: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

export interface PublicCacheOptions {
  /** Answers kept at most (the oldest go first). Default 500. */
  maxEntries?: number;
}

/**
 * The public list and board as last sent, keyed by what was asked, good for one generation
 * of the data. Anything that may have changed the data (a write through this instance, a
 * NOTIFY from another, a new number in data_versions) starts a new generation, and every
 * answer from an older one is dropped. An answer is stored under the generation current when
 * its query began, so one computed while a write committed is never served after it.
 */
export class PublicCache {
  #generation = 0;
  readonly #entries = new Map<string, CachedAnswer>();
  readonly #max: number;
  hits = 0;
  misses = 0;
  /** How many times the cache was emptied (on /metrics with hits and misses). */
  invalidations = 0;

  constructor(options: PublicCacheOptions = {}) {
    this.#max = options.maxEntries ?? 500;
  }

  get generation(): number {
    return this.#generation;
  }

  /** Something changed: no answer cached so far is served again. */
  invalidate(): void {
    this.#generation += 1;
    this.invalidations += 1;
    this.#entries.clear();
  }

  get(key: string): CachedAnswer | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== this.#generation) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Keeps `body` for `key` if nothing changed since `generation` was read; returns the entry either way. */
  set(key: string, generation: number, body: string): CachedAnswer {
    const entry: CachedAnswer = { generation, body, etag: etagOf(body) };
    if (generation !== this.#generation) return entry;
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, entry);
    return entry;
  }
}

/** The answer's bytes in `encoding`, compressed once and kept with it. */
export function compressed(entry: CachedAnswer, encoding: 'br' | 'gzip'): Buffer {
  if (encoding === 'br') {
    entry.br ??= brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(entry.body) } });
    return entry.br;
  }
  entry.gzip ??= gzipSync(entry.body, { level: 9 });
  return entry.gzip;
}

/** The best encoding the client accepts that we keep: br, then gzip, else none. */
export function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name!.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const quality = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (quality('br') > 0) return 'br';
  if (quality('gzip') > 0) return 'gzip';
  return undefined;
}

const ukDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's UK date: part of every key, as the public list hides what closed before today. */
export const ukToday = (now = new Date()): string => ukDate.format(now);
