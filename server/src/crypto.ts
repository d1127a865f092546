import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

export const newId = (): string => randomUUID();

/** 32 random bytes, base64url: a profile's edit token. */
export const newToken = (): string => randomBytes(32).toString('base64url');

// No 0/O, 1/I/L, 5/S or 2/Z: a reference is read out over the phone.
const REFERENCE_ALPHABET = '346789ABCDEFGHJKMNPQRTUVWXY';
export function newReference(prefix: string, length = 4): string {
  let out = '';
  for (let i = 0; i < length; i++) out += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${prefix}-${out}`;
}

/** JSON with sorted keys, so that the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** AES-256-GCM with a key derived from a secret the caller holds (here: the Idempotency-Key). */
export function seal(plain: string, secret: string): string {
  const key = createHash('sha256').update(`coprod-seal:${secret}`).digest();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function unseal(sealed: string, secret: string): string {
  const raw = Buffer.from(sealed, 'base64');
  const key = createHash('sha256').update(`coprod-seal:${secret}`).digest();
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
