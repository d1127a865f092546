import { createHmac } from 'node:crypto';
import type { ContactPreference } from '../../../src/api/types.js';

/** How a person is reached, for signing in: an email address or a phone number. */
export type Identity = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

/** Lower-case, trimmed; a plausible address or nothing. */
export function normaliseEmail(text: string): string | undefined {
  const value = text.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : undefined;
}

/** Digits only, UK numbers in their national form: "+44 7700 900123" and "07700900123" are one number. */
export function normalisePhone(text: string): string | undefined {
  let digits = text.replace(/[\s().-]/g, '');
  if (!/^\+?\d{7,15}$/.test(digits)) return undefined;
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  return digits.replace(/^\+/, '');
}

/** What an address typed into the sign-in form, or a contact preference, stands for. */
export function identityOf(text: string): Identity | undefined {
  const email = text.includes('@') ? normaliseEmail(text) : undefined;
  if (email) return { kind: 'email', value: email };
  const phone = text.includes('@') ? undefined : normalisePhone(text);
  return phone ? { kind: 'phone', value: phone } : undefined;
}

/** A contact preference reaches a person we can sign in by email, phone or text; post and supporters do not. */
export function identityOfContact(contact: ContactPreference | null | undefined): Identity | undefined {
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
    return createHmac('sha256', this.#key).update(`${identity.kind}:${identity.value}`).digest('base64url');
  }

  /** The hash for a contact preference, or null when it is not one we can sign in with. */
  ofContact(contact: ContactPreference | null | undefined): string | null {
    const identity = identityOfContact(contact);
    return identity ? this.hash(identity) : null;
  }
}
