/**
 * Contact details at rest (issue 15): one normal form for an email address or a phone number,
 * the keyed hash that finds a person's rows without reading them (ContactHasher), and
 * AES-256-GCM encryption of the details themselves (ContactCipher). Both keys come from the
 * environment (CONTACT_KEY, CONTACT_ENCRYPTION_KEY; see server/README.md).
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** How a person is reached, for signing in and for messages: an email address or a phone number. */
export type Identity = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

/** A contact preference as forms send it (the contract's ContactPreference). */
export interface ContactLike {
  method: 'email' | 'phone' | 'text' | 'post' | 'supporter';
  detail: string;
}

/** Lower-case, trimmed; a plausible address or nothing. */
export function normaliseEmail(text: string): string | undefined {
  const value = text.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : undefined;
}

/**
 * One phone number, one form (E.164, as GOV.UK Notify takes it): "07700 900123",
 * "+44 7700 900123" and "0044 7700 900123" are all "+447700900123". Nothing for text that is
 * not 7 to 15 digits.
 */
export function normalisePhone(text: string): string | undefined {
  const digits = text.replace(/[\s().-]/g, '');
  if (!/^\+?\d{7,15}$/.test(digits)) return undefined;
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+44${digits.slice(1)}`;
  return digits;
}

/** What an address typed into the sign-in form stands for. */
export function identityOf(text: string): Identity | undefined {
  if (text.includes('@')) {
    const email = normaliseEmail(text);
    return email ? { kind: 'email', value: email } : undefined;
  }
  const phone = normalisePhone(text);
  return phone ? { kind: 'phone', value: phone } : undefined;
}

/** A contact preference reaches a person we can sign in by email, phone or text; post and supporters do not. */
export function identityOfContact(contact: ContactLike | null | undefined): Identity | undefined {
  if (!contact) return undefined;
  if (contact.method === 'email') {
    const value = normaliseEmail(contact.detail);
    return value ? { kind: 'email', value } : undefined;
  }
  if (contact.method === 'phone' || contact.method === 'text') {
    const value = normalisePhone(contact.detail);
    return value ? { kind: 'phone', value } : undefined;
  }
  return undefined;
}

/**
 * Keys the hash that ties a person's rows together. An HMAC, not a plain hash: without the
 * key nobody can test a guessed address against the table.
 */
export class ContactHasher {
  readonly #key: Buffer;
  constructor(key: string) {
    if (key.length < 16) throw new Error('The contact key must be at least 16 characters.');
    this.#key = Buffer.from(`coprod-contact:${key}`);
  }

  hash(identity: Identity): string {
    return this.#mac(`${identity.kind}:${identity.value}`);
  }

  /** The hash for a contact preference, or null when it is not one we can sign in with. */
  ofContact(contact: ContactLike | null | undefined): string | null {
    const identity = identityOfContact(contact);
    return identity ? this.hash(identity) : null;
  }

  /** A key for any address (a postal address or a supporter too): the same as `hash` for an email or phone. */
  ofAddress(space: 'email' | 'phone' | 'other', address: string): string {
    return this.#mac(`${space}:${address}`);
  }

  #mac(text: string): string {
    return createHmac('sha256', this.#key).update(text).digest('base64url');
  }
}

const PREFIX = 'enc:v1:';

/**
 * AES-256-GCM for contact details and names at rest. Each value gets its own random 96-bit IV;
 * the stored text is `enc:v1:` and base64url(IV, tag, ciphertext). The key is 32 random bytes
 * (base64); the `v1` leaves room for a second key when one is rotated.
 */
export class ContactCipher {
  readonly #key: Buffer;
  constructor(key: string) {
    const raw = Buffer.from(key, 'base64');
    if (raw.length !== 32) throw new Error('CONTACT_ENCRYPTION_KEY must be 32 random bytes in base64 (`openssl rand -base64 32`).');
    this.#key = Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'coprod-contact-encryption-v1', 32));
  }

  static isSealed(value: unknown): value is string {
    return typeof value === 'string' && value.startsWith(PREFIX);
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The plain text; a value not yet sealed (written before encryption) is returned as it is. */
  open(stored: string): string {
    if (!ContactCipher.isSealed(stored)) return stored;
    const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  sealOrNull<T extends string | null | undefined>(plain: T): string | null {
    return plain == null ? null : this.seal(plain);
  }

  openOrNull(stored: string | null | undefined): string | null {
    return stored == null ? null : this.open(stored);
  }

  /** A contact preference with its detail sealed (the method stays readable: it says how, not who). */
  sealContact<C extends { detail: string } | null | undefined>(contact: C): C {
    return (contact ? { ...contact, detail: ContactCipher.isSealed(contact.detail) ? contact.detail : this.seal(contact.detail) } : contact) as C;
  }

  openContact<C extends { detail: string } | null | undefined>(contact: C): C {
    return (contact ? { ...contact, detail: this.open(contact.detail) } : contact) as C;
  }
}

/** What repositories need to write and read contact details: the hash that finds them and the cipher that hides them. */
export interface ContactKeys {
  hasher: ContactHasher;
  cipher: ContactCipher;
}

/** Keys for tests and libraries that bring none: random, for this process only (rows written with them cannot be read by another). */
export function processContactKeys(): ContactKeys {
  return { hasher: new ContactHasher(randomBytes(32).toString('base64url')), cipher: new ContactCipher(randomBytes(32).toString('base64')) };
}
