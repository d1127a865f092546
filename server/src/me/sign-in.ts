import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { newId, newToken, sha256 } from '../crypto.js';
import type { Db, Queryable } from '../db/db.js';
import { ProblemError } from '../problems.js';
import type { ContactHasher, Identity } from '../contacts.js';
import { withReading } from '../messages/links.js';

/** A sign-in message to send: a link by email or a six-digit code by text. */
export interface SignInMessage {
  channel: 'email' | 'text';
  /** The normalised email address or phone number. */
  to: string;
  locale: 'en-GB' | 'cy';
  readingLevel: 'standard' | 'easy-read';
  expiresInMinutes: number;
  /** For email: the page that signs the person in, with the single-use token in its fragment. */
  link?: string;
  /** For text: six digits. */
  code?: string;
}

/**
 * Where sign-in messages go. The message and outbox module (SMTP, GOV.UK Notify) implements
 * it; until it is wired in, the development sender prints the link or code, and tests
 * capture what would have been sent.
 */
export interface SignInSender {
  send(message: SignInMessage): Promise<void>;
}

export interface SignInSettings {
  sender: SignInSender;
  /** The page with `<coprod-my-involvement>`; the link is this page with `#coprod-sign-in=<token>`. */
  pageUrl: string;
  /** The same page in Welsh, for a link asked for in Welsh (MY_INVOLVEMENT_URL_CY); without it, `pageUrl`. */
  pageUrlCy?: string;
  /** A link or code lasts this long (default 15). */
  codeMinutes?: number;
  /** A session lasts this long (default 30). */
  sessionMinutes?: number;
  /** Links or codes asked for one address within `codeMinutes` (default 3). */
  perAddress?: number;
  /** Requests per client IP per 15 minutes (default 10; false turns the limit off). */
  perIp?: number | false;
  /** Wrong codes before a code stops working (default 5). */
  codeAttempts?: number;
}

export type Resolved = Required<SignInSettings>;

export function resolveSettings(settings: SignInSettings): Resolved {
  return { codeMinutes: 15, sessionMinutes: 30, perAddress: 3, perIp: 10, codeAttempts: 5, ...settings, pageUrlCy: settings.pageUrlCy ?? settings.pageUrl };
}

/** Prints what would be sent (development only: a link is a key to someone's page). No address is printed. */
export const consoleSender: SignInSender = {
  async send(message) {
    console.log(message.link ? `Sign-in link (development sender): ${message.link}` : `Sign-in code (development sender): ${message.code}`);
  },
};

export const FAILED_SIGN_IN = 'This sign-in link or code has expired, has been used already, or is not right. Ask for a new one.';
const failed = () => new ProblemError(401, FAILED_SIGN_IN, { headers: { 'www-authenticate': 'Bearer' } });

const sixDigits = () => String(randomInt(0, 1_000_000)).padStart(6, '0');
const codeHash = (contactHash: string, code: string) => sha256(`${contactHash}:${code}`);

/** True when this address gave us a profile, an interest or feedback, or asked to hear back (a supporter who said "I said this too"), or had a profile staff deleted (to see that they did). */
async function isKnown(db: Queryable, contactHash: string): Promise<boolean> {
  const [row] = await db.query<{ known: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM profiles WHERE contact_hash = $1)
         OR EXISTS (SELECT 1 FROM interests WHERE contact_hash = $1)
         OR EXISTS (SELECT 1 FROM feedback WHERE contact_hash = $1)
         OR EXISTS (SELECT 1 FROM preferences WHERE contact_hash = $1)
         OR EXISTS (SELECT 1 FROM profile_deletions WHERE contact_hash = $1) AS known`,
    [contactHash],
  );
  return Boolean(row?.known);
}

/**
 * Records a link or code and sends it if the address is known. Known or not, the same rows
 * are written and the same answer returned; sending happens after the answer, so its time
 * does not show either.
 */
export async function requestSignIn(
  db: Db,
  settings: Resolved,
  hasher: ContactHasher,
  request: { channel: 'email' | 'text'; identity: Identity; locale: 'en-GB' | 'cy'; readingLevel: 'standard' | 'easy-read'; item?: string | undefined; attendance?: string | undefined },
  onSendError: (error: unknown) => void,
): Promise<void> {
  const contactHash = hasher.hash(request.identity);
  const secret = request.channel === 'email' ? newToken() : sixDigits();
  const known = await db.transaction(async (tx) => {
    // One lock per address, so two requests at once cannot both slip under the limit.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [contactHash]);
    const [recent] = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sign_in_codes WHERE contact_hash = $1 AND created_at > now() - make_interval(mins => $2)`,
      [contactHash, settings.codeMinutes],
    );
    if ((recent?.n ?? 0) >= settings.perAddress) {
      throw new ProblemError(429, `A link or code was asked for this address ${settings.perAddress} times recently. Use the last one sent, or wait ${settings.codeMinutes} minutes and ask again.`, {
        retryAfter: settings.codeMinutes * 60,
      });
    }
    await tx.query(
      `INSERT INTO sign_in_codes (id, contact_hash, channel, secret_hash, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [newId(), contactHash, request.channel, request.channel === 'email' ? sha256(secret) : codeHash(contactHash, secret), settings.codeMinutes],
    );
    return isKnown(tx, contactHash);
  });
  if (!known) return;
  const message: SignInMessage = {
    channel: request.channel,
    to: request.identity.value,
    locale: request.locale,
    readingLevel: request.readingLevel,
    expiresInMinutes: settings.codeMinutes,
    ...(request.channel === 'email' ? { link: withReading(`${pageFor(request.locale === 'cy' ? settings.pageUrlCy : settings.pageUrl, request)}#coprod-sign-in=${secret}`, request.locale, request.readingLevel ?? 'standard') } : { code: secret }),
  };
  setImmediate(() => void settings.sender.send(message).catch(onSendError));
}

/**
 * The page, with what the person came to see from a message's link, so the link sent opens it again:
 * `?feedback=<id>` (one of their feedback items) and `?attendance=<id>` (a session they were
 * recorded at: "thank you for taking part, claim on your page"). Each id's form is checked by the contract.
 */
function pageFor(page: string, asked: { item?: string | undefined; attendance?: string | undefined }): string {
  if (!asked.item && !asked.attendance) return page;
  const url = new URL(page);
  if (asked.item) url.searchParams.set('feedback', asked.item);
  if (asked.attendance) url.searchParams.set('attendance', asked.attendance);
  return url.href;
}

export interface Session {
  token: string;
  expiresAt: Date;
  signedInWith: 'email' | 'text' | 'profile';
}

async function startSession(db: Queryable, settings: Resolved, who: { signedInWith: Session['signedInWith']; contactHash?: string | null; profileId?: string | null }): Promise<Session> {
  const token = `me_${randomBytes(32).toString('base64url')}`;
  const [row] = await db.query<{ expires_at: Date }>(
    `INSERT INTO me_sessions (token_hash, signed_in_with, contact_hash, profile_id, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5)) RETURNING expires_at`,
    [sha256(token), who.signedInWith, who.contactHash ?? null, who.profileId ?? null, settings.sessionMinutes],
  );
  return { token, expiresAt: new Date(row!.expires_at), signedInWith: who.signedInWith };
}

/** A link's token, used once: the update that marks it used is the check, so two clicks at once sign in once. */
export async function signInWithLink(db: Db, settings: Resolved, link: string): Promise<Session> {
  return db.transaction(async (tx) => {
    const [used] = await tx.query<{ contact_hash: string }>(
      `UPDATE sign_in_codes SET used_at = now() WHERE secret_hash = $1 AND channel = 'email' AND used_at IS NULL AND expires_at > now()
       RETURNING contact_hash`,
      [sha256(link)],
    );
    if (!used) throw failed();
    return startSession(tx, settings, { signedInWith: 'email', contactHash: used.contact_hash });
  });
}

/** A code with the address it went to; wrong guesses count against every live code for that address. */
export async function signInWithCode(db: Db, settings: Resolved, hasher: ContactHasher, identity: Identity, code: string): Promise<Session> {
  const contactHash = hasher.hash(identity);
  const outcome = await db.transaction(async (tx) => {
    const [used] = await tx.query<{ contact_hash: string }>(
      `UPDATE sign_in_codes SET used_at = now()
       WHERE secret_hash = $1 AND contact_hash = $2 AND channel = 'text' AND used_at IS NULL AND expires_at > now() AND attempts < $3
       RETURNING contact_hash`,
      [codeHash(contactHash, code), contactHash, settings.codeAttempts],
    );
    if (used) return startSession(tx, settings, { signedInWith: 'text', contactHash });
    await tx.query(`UPDATE sign_in_codes SET attempts = attempts + 1 WHERE contact_hash = $1 AND used_at IS NULL AND expires_at > now()`, [contactHash]);
    return undefined;
  });
  if (!outcome) throw failed();
  return outcome;
}

/** A profile number and its private key (the edit token): the profile only, not what its contact details reach. */
export async function signInWithProfileKey(db: Db, settings: Resolved, profileId: string, key: string): Promise<Session> {
  const [row] = await db.query<{ edit_token_hash: string }>('SELECT edit_token_hash FROM profiles WHERE id = $1', [profileId]);
  const given = Buffer.from(sha256(key));
  // Compared even when there is no such profile, so the time taken does not tell.
  const stored = Buffer.from(row?.edit_token_hash ?? sha256(`no-profile:${profileId}`));
  if (!row || !timingSafeEqual(given, stored)) throw new ProblemError(401, 'That profile number and private key do not match. Check them, or ask for a link by email.', { headers: { 'www-authenticate': 'Bearer' } });
  return startSession(db, settings, { signedInWith: 'profile', profileId });
}

export interface MeSession {
  signedInWith: Session['signedInWith'];
  contactHash: string | null;
  profileId: string | null;
  expiresAt: Date;
  tokenHash: string;
}

/** The session a bearer token stands for, or a 401. */
export async function sessionOf(db: Queryable, token: string | undefined): Promise<MeSession> {
  if (!token) throw new ProblemError(401, 'Sign in to see your page: ask for a link or a code.', { headers: { 'www-authenticate': 'Bearer' } });
  const [row] = await db.query<{ signed_in_with: MeSession['signedInWith']; contact_hash: string | null; profile_id: string | null; expires_at: Date; token_hash: string }>(
    'SELECT * FROM me_sessions WHERE token_hash = $1 AND expires_at > now()',
    [sha256(token)],
  );
  if (!row) throw new ProblemError(401, 'Your sign-in has ended. Ask for a new link or code to see your page again.', { headers: { 'www-authenticate': 'Bearer' } });
  return { signedInWith: row.signed_in_with, contactHash: row.contact_hash, profileId: row.profile_id, expiresAt: new Date(row.expires_at), tokenHash: row.token_hash };
}

export async function endSession(db: Queryable, session: MeSession): Promise<void> {
  await db.query('DELETE FROM me_sessions WHERE token_hash = $1', [session.tokenHash]);
}
