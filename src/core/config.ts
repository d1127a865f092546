import type { CoprodApi } from '../api/api.js';
import type { TokenSource } from '../api/http-client.js';

export type { TokenSource };

export type Locale = 'en-GB' | 'cy';
export type ReadingLevel = 'standard' | 'easy-read';

/**
 * Configuration every `coprod-*` element reads. The element's own attributes win over
 * the nearest `<coprod-provider>`, which wins over `configure()`'s page-wide defaults.
 */
export interface CoprodConfig {
  /** Base URL of the API, e.g. `https://council.example/api/v1`. */
  apiBase?: string;
  token?: TokenSource;
  locale?: Locale | string;
  readingLevel?: ReadingLevel;
  /** Any object implementing `CoprodApi`; used instead of HTTP when given. */
  adapter?: CoprodApi;
  /** Extra headers sent with every HTTP request. */
  headers?: Record<string, string>;
  /** The council's OpenID provider: with `clientId` and no `token`, staff widgets offer "Sign in" and get their token from it. */
  issuer?: string;
  /** The public client staff sign in with at `issuer` (authorisation code with PKCE). */
  clientId?: string;
}

const listeners = new Set<() => void>();
let pageDefaults: CoprodConfig = {};

/**
 * Sets page-wide defaults for every `coprod-*` element, including a custom adapter.
 * Elements already on the page pick the change up.
 */
export function configure(config: CoprodConfig): void {
  pageDefaults = { ...pageDefaults, ...config };
  for (const listener of listeners) listener();
}

export function pageConfig(): CoprodConfig {
  return pageDefaults;
}

/** @internal Tests reset the page defaults between cases. */
export function resetConfiguration(): void {
  pageDefaults = {};
  for (const listener of listeners) listener();
}

export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** First defined value wins; `undefined`, `null` and `''` count as not set. */
export function firstSet<T>(...values: (T | undefined | null | '')[]): T | undefined {
  for (const value of values) if (value !== undefined && value !== null && value !== '') return value as T;
  return undefined;
}

export function normaliseLocale(value: string | undefined | null): Locale | undefined {
  if (!value) return undefined;
  const lower = value.toLowerCase();
  if (lower === 'cy' || lower.startsWith('cy-')) return 'cy';
  if (lower === 'en' || lower.startsWith('en-')) return 'en-GB';
  return undefined;
}

export function normaliseReadingLevel(value: string | undefined | null): ReadingLevel | undefined {
  if (!value) return undefined;
  const lower = value.toLowerCase().replace(/[\s_]/g, '-');
  if (lower === 'easy-read' || lower === 'easy') return 'easy-read';
  if (lower === 'standard') return 'standard';
  return undefined;
}
