/**
 * The set-up the message-preference tests share: a server that catches sign-in messages, profiles made with
 * an address, the address's owner signed in by email, how often read and chosen on /message-preferences, and
 * a profile put back as a client reads it (GET /me or an edit token). Each test runs inside `withOwner` (or
 * `withPreferences` when the owner's profile must not be the first), which closes the server after it.
 */
import assert from 'node:assert/strict';
import { addressOf } from '../src/messages/preferences.js';
import { signToken } from '../src/messages/tokens.js';
import { key, SECRET, startServer, type TestServer } from './harness.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';

export type Frequency = 'each_time' | 'weekly';
/** What POST /profiles answers. */
export interface Made { profile: { id: string; updatedAt: string }; editToken: string }
/** A profile as GET /me or a PUT answers it (only what these tests read is typed). */
export type Profile = { id: string; createdAt: string; updatedAt: string; messages?: { frequency?: string } } & Record<string, unknown>;

/** A profile with `address`; without a frequency its messages name only the channel. */
export const profileWith = (address: string, frequency?: Frequency, name = 'Rhi') => ({
  name, importantToMe: 'Family.', experience: 'Carer.', contact: { method: 'email', detail: address }, topics: ['carers'], consent: true,
  messages: frequency ? { channel: 'email', language: 'en-GB', readingLevel: 'standard', frequency } : { channel: 'email' },
});

/** A profile as read, without what the server sets (id, createdAt, updatedAt): what a client puts back. */
export function asSent(read: Profile): Record<string, unknown> {
  const { id: _i, createdAt: _c, updatedAt: _u, ...input } = read;
  return input;
}

export interface Preferences {
  s: TestServer;
  sender: ReturnType<typeof capturingSender>;
  /** POST /profiles with profileWith(address, frequency, name); 201 asserted. */
  make(address: string, frequency?: Frequency, name?: string): Promise<Made>;
  /** The bearer token of the person who proved `address` by a link sent to it. */
  signIn(address: string): Promise<string>;
  /** How often `token`'s address hears from us (GET /message-preferences). */
  howOften(token: string): Promise<string>;
  /** PATCH /message-preferences as `token`'s person; 200 asserted; the frequency answered. */
  choose(token: string, frequency: Frequency): Promise<string>;
  /** The profile opened with its edit token, put back with `messages: { frequency }` only; 200 asserted; the answer. */
  editWithToken(made: Made, frequency: Frequency): Promise<Profile>;
  /** The one-click "stop all messages" of a message's signed link (proof of the address); 200 asserted. */
  stopByLink(address: string): Promise<void>;
}

/** The person key an email address is kept under (what a message's signed links carry). */
export const personKeyOf = (s: TestServer, address: string): string => addressOf({ method: 'email', detail: address }, s.app.contactKeys).personKey;

/** The signed proof a message's "stop all messages" link carries for `address`. */
export const stopTokenOf = (s: TestServer, address: string): string => signToken(SECRET, 'unsubscribe', personKeyOf(s, address));

export interface Owner extends Preferences {
  address: string;
  /** The owner's profile, made first. */
  made: Made;
  /** The owner, signed in by email. */
  token: string;
  /** The owner's first profile as GET /me shows it. */
  shown(): Promise<Profile>;
  /** PUT /me/profiles/{id} of `read` (If-Match its version) with the body `change` makes of it as sent; 200 asserted; the answer. */
  saveMine(read: Profile, change: (sent: Record<string, unknown>) => object): Promise<Profile>;
}

/** Runs `test` against a server of its own, closed after it. */
export async function withPreferences(test: (t: Preferences) => Promise<void>): Promise<void> {
  const sender = capturingSender();
  const s = await startServer({ me: meOptions(sender) });
  const t: Preferences = {
    s,
    sender,
    async make(address, frequency, name) {
      const made = await s.call('/api/v1/profiles', { method: 'POST', body: profileWith(address, frequency, name), headers: { 'idempotency-key': key() } });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      return made.body as Made;
    },
    signIn: (address) => signInByEmail(s, sender, address),
    howOften: async (token) => (await s.call('/api/v1/message-preferences', { token })).body.frequency as string,
    async choose(token, frequency) {
      const chosen = await s.call('/api/v1/message-preferences', { method: 'PATCH', token, body: { frequency } });
      assert.equal(chosen.status, 200, JSON.stringify(chosen.body));
      return chosen.body.frequency as string;
    },
    async editWithToken(made, frequency) {
      const read = await s.call(`/api/v1/profiles/${made.profile.id}`, { token: made.editToken });
      const { messages: _m, ...input } = asSent(read.body as Profile);
      const put = await s.call(`/api/v1/profiles/${made.profile.id}`, { method: 'PUT', token: made.editToken, body: { ...input, messages: { frequency } }, headers: { 'if-match': read.headers.get('etag')! } });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      return put.body as Profile;
    },
    async stopByLink(address) {
      const stopped = await s.call(`/unsubscribe?token=${encodeURIComponent(stopTokenOf(s, address))}`, { method: 'POST' });
      assert.equal(stopped.status, 200);
    },
  };
  try {
    await test(t);
  } finally {
    await s.close();
  }
}

/**
 * Runs `test` with the owner of `address`: their profile made first (how often `frequency`, or none named), then
 * the owner signed in by email.
 */
export function withOwner(address: string, frequency: Frequency | undefined, test: (owner: Owner) => Promise<void>): Promise<void> {
  return withPreferences(async (t) => {
    const made = await t.make(address, frequency);
    const token = await t.signIn(address);
    await test({
      ...t,
      address,
      made,
      token,
      shown: async () => (await t.s.call('/api/v1/me', { token })).body.profiles[0] as Profile,
      async saveMine(read, change) {
        const saved = await t.s.call(`/api/v1/me/profiles/${read.id}`, { method: 'PUT', token, body: change(asSent(read)), headers: { 'if-match': `"${read.updatedAt}"` } });
        assert.equal(saved.status, 200, JSON.stringify(saved.body));
        return saved.body as Profile;
      },
    });
  });
}
