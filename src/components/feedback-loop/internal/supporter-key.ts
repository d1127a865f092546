/**
 * "I said this too" counts one browser once, without an account.
 *
 * Why a key in localStorage is acceptable here: it is 24 random bytes made in this browser,
 * derived from nothing about the person or the device, and it is sent only when the person
 * presses "I said this too", to that one endpoint. It is not a credential (it unlocks
 * nothing: the widgets never keep tokens in localStorage) and not an identifier we could
 * join with anything else, so it is not personal data. It only lets the server answer
 * "already counted" when the same browser presses twice. Clearing site data forgets it;
 * the worst that does is let one person be counted twice.
 *
 * We also remember which items this browser supported, so the button can say "You said
 * this too" on the next visit. When storage is blocked (private modes, sandboxed iframes)
 * both live in memory for the page's lifetime only.
 */
const KEY_NAME = 'coprod-feedback-supporter-key';
const SUPPORTED_NAME = 'coprod-feedback-supported';
/** The items this browser asked "Tell me when this changes" on (item ids only: the address is never kept here). */
const ASKED_NAME = 'coprod-feedback-asked';

let memoryKey: string | undefined;
const memory: Record<string, Set<string>> = {};

function storage(): Storage | undefined {
  try {
    const store = globalThis.localStorage;
    return store ?? undefined;
  } catch {
    return undefined;
  }
}

function randomKey(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  // base64url: matches the contract's ^[A-Za-z0-9_-]+$, 32 characters.
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const VALID_KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** This browser's random supporter key, made on first use. */
export function supporterKey(): string {
  const store = storage();
  try {
    const stored = store?.getItem(KEY_NAME);
    if (stored && VALID_KEY.test(stored)) return stored;
    const fresh = randomKey();
    store?.setItem(KEY_NAME, fresh);
    if (store?.getItem(KEY_NAME) === fresh) return fresh;
  } catch {
    // Storage full or blocked: fall through to a key for this page only.
  }
  memoryKey ??= randomKey();
  return memoryKey;
}

function readIds(name: string): Set<string> {
  const kept = (memory[name] ??= new Set());
  try {
    const raw = storage()?.getItem(name);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    const ids = Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
    return new Set([...ids, ...kept]);
  } catch {
    return new Set(kept);
  }
}

function rememberId(name: string, id: string): void {
  (memory[name] ??= new Set()).add(id);
  const ids = readIds(name);
  try {
    storage()?.setItem(name, JSON.stringify([...ids]));
  } catch {
    // Kept in memory above.
  }
}

/** Whether this browser already said "I said this too" on the item. */
export const hasSupported = (id: string): boolean => readIds(SUPPORTED_NAME).has(id);

export const rememberSupported = (id: string): void => rememberId(SUPPORTED_NAME, id);

/** Whether this browser already asked to be told when the item changes (issue 15: not offered again). */
export const hasAsked = (id: string): boolean => readIds(ASKED_NAME).has(id);

export const rememberAsked = (id: string): void => rememberId(ASKED_NAME, id);

/** @internal For tests: forget this browser's key and supported items. */
export function forgetSupporter(): void {
  memoryKey = undefined;
  for (const name of [SUPPORTED_NAME, ASKED_NAME]) delete memory[name];
  try {
    storage()?.removeItem(KEY_NAME);
    storage()?.removeItem(SUPPORTED_NAME);
    storage()?.removeItem(ASKED_NAME);
  } catch {
    // Nothing stored.
  }
}
