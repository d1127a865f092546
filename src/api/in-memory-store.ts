/**
 * What every call of `InMemoryApi` shares: the data, the clock, ids and references, latency,
 * idempotent writes, versions for If-Match, and errors shaped as the server's. The calls
 * themselves live by concern (in-memory-opportunities.ts, -interests, -profiles, -feedback).
 */
import { abortedError, sleep } from './abortable.js';
import type { CallOptions, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import type { ContactPreference, FeedbackItem, FieldError, Id, Opportunity, Seed } from './types.js';
import { validationProblem } from './validation.js';

export const RESPOND_WITHIN_DAYS = { interest: 10, feedback: 20 } as const;
const DEFAULT_LIMIT = 20;
/** No 0/O or 1/I/L, so a reference read out over the phone cannot be misheard. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

interface Remembered {
  body: string;
  result: unknown;
}

export class InMemoryStore {
  readonly data: Seed;
  readonly staff: boolean;
  /** Whether the staff member may see who gave a feedback item (the `feedback` role; InMemoryApi ties it to `messages.roles`). */
  seesGivers: () => boolean = () => true;
  readonly editTokens = new Map<Id, string>();
  readonly supporterKeys = new Map<Id, Set<string>>();
  /** People who said "I said this too" and asked to hear back, by the item they supported (erasure removes theirs). */
  readonly supporters: { id: Id; contact: ContactPreference }[] = [];
  readonly #latencyMs: number;
  readonly #startedAt: number;
  readonly #clockOrigin: number;
  readonly #idempotent = new Map<string, Remembered>();
  readonly #references = new Set<string>();
  /** Each record's revision, counted up on every change: its version for If-Match. */
  readonly #revisions = new Map<Id, number>();
  #counter = 0;

  constructor(seed: Seed, now: Date | undefined, latencyMs: number, staff: boolean) {
    this.data = structuredClone(seed);
    this.#latencyMs = latencyMs;
    this.staff = staff;
    this.#startedAt = Date.now();
    this.#clockOrigin = (now ?? new Date()).getTime();
    for (const profile of this.data.profiles) this.editTokens.set(profile.id, this.newToken());
    for (const item of [...this.data.interests, ...this.data.feedback]) this.#references.add(item.reference);
  }

  /** Waits for the configured latency; rejects as `aborted` when the caller's signal fires. */
  async settle(options: CallOptions | undefined): Promise<void> {
    const signal = options?.signal;
    if (signal?.aborted) throw abortedError(signal.reason);
    if (this.#latencyMs > 0) {
      await sleep(this.#latencyMs, signal);
    }
  }

  /**
   * Runs a write once per idempotency key: the same key with the same body returns the
   * first result; with another body it is a conflict. Failed attempts are not remembered,
   * so a corrected retry with the same key goes through.
   */
  once<T>(scope: string, options: WriteOptions | undefined, body: unknown, write: () => T): T {
    const key = options?.idempotencyKey;
    if (key === undefined) return write();
    const slot = `${scope}\n${key}`;
    const serialised = JSON.stringify(body);
    const seen = this.#idempotent.get(slot);
    if (seen) {
      if (seen.body !== serialised) throw problemError('conflict', 409, 'This Idempotency-Key was used before with a different request');
      return structuredClone(seen.result) as T;
    }
    const result = write();
    this.#idempotent.set(slot, { body: serialised, result: structuredClone(result) });
    return result;
  }

  requireStaff(): void {
    if (!this.staff) throw problemError('unauthorized', 401, 'Sign in as staff to do this');
  }

  check(errors: FieldError[]): void {
    if (errors.length) {
      const problem = validationProblem(errors);
      throw new ApiError('validation', problem.detail ?? problem.title, { status: 422, problem });
    }
  }

  version(id: Id): string {
    return `"r${this.#revisions.get(id) ?? 0}"`;
  }

  /** Refuses a change made from an older version than the record's (HTTP 412). */
  checkVersion(id: Id, ifMatch: string | undefined): void {
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== this.version(id)) {
      const detail = 'Someone changed this since you opened it. Reload it, then make your change again.';
      throw new ApiError('conflict', detail, { status: 412, problem: { type: 'about:blank', title: 'Precondition Failed', status: 412, detail } });
    }
    this.bump(id);
  }

  /** A change that needs no If-Match (an update added, a merge) still makes a new version. */
  bump(id: Id): void {
    this.#revisions.set(id, (this.#revisions.get(id) ?? 0) + 1);
  }

  findOpportunity(id: Id): Opportunity {
    const opportunity = this.data.opportunities.find((o) => o.id === id);
    // Drafts are invisible to the public, as if they did not exist.
    if (!opportunity || (!this.staff && opportunity.status === 'draft')) throw notFound('opportunity');
    return opportunity;
  }

  findFeedback(id: Id): FeedbackItem {
    const item = this.data.feedback.find((f) => f.id === id);
    if (!item || (!this.staff && !item.published)) throw notFound('feedback');
    return item;
  }

  /** Known ids to check input against; an empty list (the empty seed) accepts any id. */
  taxonomyIds() {
    const { topics, areas, organisations } = this.data.taxonomy;
    const ids = (terms: { id: Id }[]) => (terms.length ? terms.map((t) => t.id) : undefined);
    return { topics: ids(topics), areas: ids(areas), organisations: ids(organisations) };
  }

  now(): string {
    return new Date(this.#clockOrigin + (Date.now() - this.#startedAt)).toISOString();
  }

  newId(prefix: string): Id {
    this.#counter += 1;
    return `${prefix}-${this.#counter.toString(36)}${randomChars(6, 'abcdefghijkmnpqrstuvwxyz23456789')}`;
  }

  newReference(prefix: string): string {
    for (;;) {
      const reference = `${prefix}-${randomChars(4, REFERENCE_ALPHABET)}`;
      if (!this.#references.has(reference)) {
        this.#references.add(reference);
        return reference;
      }
    }
  }

  newToken(): string {
    return randomChars(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
  }
}

export function emptySeed(): Seed {
  return { taxonomy: { topics: [], areas: [], organisations: [] }, opportunities: [], interests: [], feedback: [], profiles: [] };
}

function randomChars(length: number, alphabet: string): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function paginate<T, V>(items: T[], cursor: string | undefined, limit: number | undefined, view: (item: T) => V): { items: V[]; total: number; nextCursor: string | null } {
  const size = limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new ApiError('validation', 'The limit must be a whole number from 1 to 100', {
      status: 400,
      problem: validationProblem([{ field: 'limit', message: 'The limit must be a whole number from 1 to 100', code: 'invalid-format' }], 400),
    });
  }
  const offset = cursor === undefined ? 0 : decodeCursor(cursor);
  const page = items.slice(offset, offset + size);
  const next = offset + size;
  return { items: page.map(view), total: items.length, nextCursor: next < items.length ? encodeCursor(next) : null };
}

function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`);
}

function decodeCursor(cursor: string): number {
  let decoded = '';
  try {
    decoded = atob(cursor);
  } catch {
    // Falls through to the error below.
  }
  const match = /^o:(\d+)$/.exec(decoded);
  if (!match) {
    throw new ApiError('validation', 'The cursor is not valid', {
      status: 400,
      problem: validationProblem([{ field: 'cursor', message: 'Start again from the first page', code: 'invalid-format' }], 400),
    });
  }
  return Number(match[1]);
}

export function notFound(what: string): ApiError {
  return problemError('not-found', 404, `There is no ${what} with that id`);
}

export function problemError(kind: 'conflict' | 'unauthorized' | 'forbidden' | 'not-found' | 'validation', status: number, title: string): ApiError {
  return new ApiError(kind, title, { status, problem: { type: `https://coprod.example/problems/${kind}`, title, status } });
}

/** Staff must say why they change, delete or erase what a person gave: a 422 with field `reason`, as the server answers. */
export function reasonRequired(message: string): ApiError {
  const problem = { type: 'https://coprod.example/problems/validation', title: 'Some answers need changing', status: 422, detail: message, errors: [{ field: 'reason', code: 'required' as const, message }] };
  return new ApiError('validation', message, { status: 422, problem });
}

const ACCENTED = 'âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ';
const PLAIN = 'aeiouwyaeiouwyaeiouwyaeiouwy';

/** Words in lower case without Welsh accents, as the server indexes them (server/migrations/003). */
export function words(text: string | undefined): string[] {
  const folded = [...(text ?? '').normalize('NFC').toLowerCase()].map((c) => PLAIN[ACCENTED.indexOf(c)] ?? c).join('');
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A keyword and its English singular ("carers" also looks for "carer"), standing in for the server's English stems. */
function forms(keyword: string): string[] {
  if (keyword.length > 4 && keyword.endsWith('ies')) return [keyword, `${keyword.slice(0, -3)}y`];
  if (keyword.length > 3 && keyword.endsWith('s') && !keyword.endsWith('ss')) return [keyword, keyword.slice(0, -1)];
  return [keyword];
}

/** Every keyword starts a word of the text, in either language ("gofal" finds "gofalwyr"). */
export function matchesAll(keywordList: readonly string[], textWords: readonly string[]): boolean {
  return keywordList.every((k) => forms(k).some((form) => textWords.some((w) => w.startsWith(form))));
}
