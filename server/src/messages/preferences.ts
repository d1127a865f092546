/**
 * How a person wants to hear back, owned by them. A person is the address they gave (email,
 * or a phone number); the same address from another form meets the same row.
 * SQL for `preferences` and `message_subscriptions` lives here and only here.
 */
import { identityOfContact, type ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import type { Language, ReadingLevel } from './templates.js';

export type Channel = 'email' | 'text' | 'letter' | 'phone' | 'supporter' | 'none';
export type Frequency = 'each_time' | 'weekly';
export type SubjectType = 'feedback' | 'interest';

/** What a form sends beside a contact (the contract's MessagePreferences). */
export interface PreferencesInput {
  channel?: 'email' | 'text' | 'none';
  language?: Language;
  readingLevel?: ReadingLevel;
  frequency?: Frequency;
}

export interface Contact {
  method: 'email' | 'phone' | 'text' | 'post' | 'supporter';
  detail: string;
}

export interface PreferencesRow {
  person_key: string;
  channel: Channel;
  /** Sealed (ContactCipher): open it only to send, or to show staff a masked form. */
  address: string;
  language: Language;
  reading_level: ReadingLevel;
  frequency: Frequency;
  unsubscribed_at: Date | null;
}

/** The contract's view of a person's preferences (no address: the person knows it). */
export interface Preferences {
  channel: Channel;
  language: Language;
  readingLevel: ReadingLevel;
  frequency: Frequency;
  unsubscribed: boolean;
}

export const presentPreferences = (row: PreferencesRow): Preferences => ({
  channel: row.unsubscribed_at ? 'none' : row.channel,
  language: row.language,
  readingLevel: row.reading_level,
  frequency: row.frequency,
  unsubscribed: row.unsubscribed_at !== null,
});

const CHANNEL_OF: Record<Contact['method'], Channel> = { email: 'email', text: 'text', phone: 'phone', post: 'letter', supporter: 'supporter' };

/**
 * The normalised address, its channel, and the person's key: the keyed hash of the address
 * (ContactHasher), which for an email or a phone number is the same `contact_hash` their
 * profile, interests and feedback carry, so sign-in and erasure find their preferences.
 */
export function addressOf(contact: Contact, keys: Pick<ContactKeys, 'hasher'>): { channel: Channel; address: string; personKey: string; contactHash: string } {
  const channel = CHANNEL_OF[contact.method];
  const identity = identityOfContact(contact);
  const address = identity?.value ?? (channel === 'email' ? contact.detail.trim().toLowerCase() : contact.detail.trim().replace(/\s+/g, ' '));
  const personKey = identity ? keys.hasher.hash(identity) : keys.hasher.ofAddress(channel === 'email' ? 'email' : channel === 'text' || channel === 'phone' ? 'phone' : 'other', address);
  return { channel, address, personKey, contactHash: identity ? personKey : '' };
}

/**
 * Records (or refreshes) a person who asked to hear back, and returns their key; null when
 * they chose not to be told. Choices left out keep what the person chose before.
 * None of these saves proves the address (anyone may type any address into a profile, an interest, feedback or
 * "tell me when this changes"), so none of them takes back an unsubscribe (review S0, session 18): every
 * unsubscribe is made where the address was proved (a message's link, or the person's own page signed in by a
 * link or code sent to it), and only there are messages turned on again (`changePreferences`). The save is still
 * recorded and the item followed; nothing is sent while the address is unsubscribed, and the forms' confirmations
 * say so in words true whoever owns the address (src/core/forms/often-field: offStays). The answer never says.
 * `guessedReadingLevel`: used only for someone we have no row for yet; never replaces a reading level kept.
 * `byProfile`: a profile's save: its frequency is taken unless the address's how often was chosen where it was
 * proved (`frequency_profile` NULL: PATCH /message-preferences, migration 300); so a later unproved save (the
 * owner's own profile after a stranger's) still wins, as before 300, and a proved choice stays. Without
 * it (the other forms) the same rule, and what they set is marked unproved (`(form)`).
 * Language and reading level likewise (migration 320): what any of these forms sends is a guess, taken only where
 * the owner has not chosen where they proved the address (`language_proved`, `reading_level_proved`).
 */
export async function rememberPerson(tx: Queryable, keys: ContactKeys, contact: Contact, input: PreferencesInput | undefined, fallbackLanguage: Language, guessedReadingLevel?: ReadingLevel, byProfile?: string): Promise<string | null> {
  if (input?.channel === 'none') return null;
  const { channel, address, personKey, contactHash } = addressOf(contact, keys);
  // $6 taken: a frequency sent, and the address's how often is a guess or was set without proof (frequency_profile: a
  // profile's id, '(form)', or '(before 300)', migration 301); review P1 (session 16). No form here proves the address
  // (a profile, an interest, feedback, "tell me when this changes": anyone may type any address), so none of them
  // replaces a choice made where it was proved (session 17; before, the interest and feedback forms did).
  const taken = `$6::text IS NOT NULL AND (preferences.frequency_guessed OR preferences.frequency_profile IS NOT NULL)`;
  await tx.query(
    `INSERT INTO preferences (person_key, channel, address, language, language_chosen, reading_level, frequency, contact_hash, frequency_profile, frequency_guessed)
     VALUES ($1, $2, $3, coalesce($4, $7), $4::text IS NOT NULL, coalesce($5, $9, 'standard'), coalesce($6, 'each_time'), $8, CASE WHEN $6::text IS NOT NULL THEN coalesce($10::text, '(form)') END, $6::text IS NULL)
     ON CONFLICT (person_key) DO UPDATE SET
       channel = EXCLUDED.channel, address = EXCLUDED.address, contact_hash = EXCLUDED.contact_hash,
       -- A language or reading level chosen where the address was proved stays (migration 320: no form here proves it,
       -- so what it sends is a guess); otherwise the one sent now, else a language chosen stays, else a guess gives way
       -- to the language they act in now.
       language = CASE WHEN preferences.language_proved THEN preferences.language WHEN $4::text IS NOT NULL THEN $4 WHEN preferences.language_chosen THEN preferences.language ELSE $7 END,
       language_chosen = preferences.language_chosen OR $4::text IS NOT NULL, forget_when_sent = false,
       reading_level = CASE WHEN preferences.reading_level_proved THEN preferences.reading_level ELSE coalesce($5, preferences.reading_level) END,
       frequency = CASE WHEN ${taken} THEN $6 ELSE preferences.frequency END,
       frequency_profile = CASE WHEN ${taken} THEN coalesce($10::text, '(form)') ELSE preferences.frequency_profile END,
       frequency_guessed = preferences.frequency_guessed AND NOT (${taken}),
       updated_at = now()`,
    [personKey, channel, keys.cipher.seal(address), input?.language ?? null, input?.readingLevel ?? null, input?.frequency ?? null, fallbackLanguage, contactHash, guessedReadingLevel ?? null, byProfile ?? null],
  );
  return personKey;
}

/**
 * The key of the person at this contact, adding them (with this language and reading level,
 * kept as a guess, not as their choice) when we have not written to them before. Unlike
 * `rememberPerson` it changes nothing a person chose: an unsubscribe stays, so a feature's
 * message to them is not sent. `once`: the row is only for this message (retention removes
 * it, with its address, once nothing is waiting to go); a row that already exists is kept.
 */
export async function rememberContact(tx: Queryable, keys: ContactKeys, contact: Contact, language: Language, readingLevel: ReadingLevel, once = false): Promise<string> {
  const { channel, address, personKey, contactHash } = addressOf(contact, keys);
  await tx.query(
    `INSERT INTO preferences (person_key, channel, address, language, language_chosen, reading_level, contact_hash, forget_when_sent, frequency_guessed)
     VALUES ($1, $2, $3, $4, false, $5, $6, $7, true) ON CONFLICT (person_key) DO NOTHING`,
    [personKey, channel, keys.cipher.seal(address), language, readingLevel, contactHash, once],
  );
  return personKey;
}

export async function subscribe(tx: Queryable, subjectType: SubjectType, subjectId: string, personKey: string, role: 'giver' | 'supporter' | 'interested'): Promise<void> {
  await tx.query(
    `INSERT INTO message_subscriptions (subject_type, subject_id, person_key, role) VALUES ($1, $2, $3, $4)
     ON CONFLICT (subject_type, subject_id, person_key) DO NOTHING`,
    [subjectType, subjectId, personKey, role],
  );
}

/** Remember and subscribe in one go; nothing when there is no contact or the person said "none". */
export async function followItem(tx: Queryable, keys: ContactKeys, subjectType: SubjectType, subjectId: string, role: 'giver' | 'supporter' | 'interested', contact: Contact | undefined | null, input: PreferencesInput | undefined, fallbackLanguage: Language): Promise<void> {
  if (!contact) return;
  const personKey = await rememberPerson(tx, keys, contact, input, fallbackLanguage);
  if (personKey) await subscribe(tx, subjectType, subjectId, personKey, role);
}

export async function findPreferences(db: Queryable, personKey: string): Promise<PreferencesRow | undefined> {
  const [row] = await db.query<PreferencesRow>('SELECT * FROM preferences WHERE person_key = $1', [personKey]);
  return row;
}

/** The person changes their choices later (from a message's link, or their own page). Channel none stops everything; email or text starts again. */
export async function changePreferences(db: Queryable, personKey: string, change: PreferencesInput): Promise<PreferencesRow | undefined> {
  const [row] = await db.query<PreferencesRow>(
    `UPDATE preferences SET
       language = coalesce($3, language), language_chosen = language_chosen OR $3::text IS NOT NULL, forget_when_sent = false,
       reading_level = coalesce($4, reading_level), frequency = coalesce($5, frequency),
       -- Chosen where the address was proved: no save without proof changes it again (migrations 300, 320).
       language_proved = language_proved OR $3::text IS NOT NULL, reading_level_proved = reading_level_proved OR $4::text IS NOT NULL,
       frequency_profile = CASE WHEN $5::text IS NOT NULL THEN NULL ELSE frequency_profile END, frequency_guessed = frequency_guessed AND $5::text IS NULL,
       unsubscribed_at = CASE WHEN $2::text = 'none' THEN coalesce(unsubscribed_at, now()) WHEN $2::text IS NOT NULL THEN NULL ELSE unsubscribed_at END,
       updated_at = now()
     WHERE person_key = $1 RETURNING *`,
    [personKey, change.channel ?? null, change.language ?? null, change.readingLevel ?? null, change.frequency ?? null],
  );
  if (row?.unsubscribed_at) await db.query(`UPDATE messages SET status = 'cancelled', updated_at = now() WHERE person_key = $1 AND status IN ('queued', 'digest')`, [personKey]);
  return row;
}

/** One click from a message: nothing more goes to this address, and anything queued is stopped. */
export async function unsubscribe(db: Queryable, personKey: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE preferences SET unsubscribed_at = coalesce(unsubscribed_at, now()), updated_at = now() WHERE person_key = $1 RETURNING person_key`,
    [personKey],
  );
  await db.query(`UPDATE messages SET status = 'cancelled', updated_at = now() WHERE person_key = $1 AND status IN ('queued', 'digest')`, [personKey]);
  return rows.length > 0;
}

/**
 * "Turn messages back on" from the page a message's stop link shows (its signed proof of the address, as the stop's):
 * messages go to the address again as the person chose before; what the stop cancelled stays cancelled. Idempotent:
 * already on, nothing changes (not even `updated_at`).
 */
export async function resubscribe(db: Queryable, personKey: string): Promise<void> {
  await db.query(`UPDATE preferences SET unsubscribed_at = NULL, updated_at = now() WHERE person_key = $1 AND unsubscribed_at IS NOT NULL`, [personKey]);
}

/**
 * Erasure (called by the sign-in module's erase): the preferences, subscriptions and messages
 * of the people with these contact hashes go; messages to other people about the erased
 * feedback and interests lose the words they quoted.
 */
export async function forgetPeople(tx: Queryable, erased: { contactHashes: string[]; feedbackIds: string[]; interestIds: string[] }): Promise<void> {
  const people = (await tx.query<{ person_key: string }>('SELECT person_key FROM preferences WHERE contact_hash = ANY($1::text[])', [erased.contactHashes.filter(Boolean)])).map((r) => r.person_key);
  await tx.query('DELETE FROM messages WHERE person_key = ANY($1::text[]) OR summary_id IN (SELECT id FROM messages WHERE person_key = ANY($1::text[]))', [people]);
  await tx.query('DELETE FROM preferences WHERE person_key = ANY($1::text[])', [people]);
  await tx.query(`DELETE FROM messages WHERE subject_type = 'interest' AND subject_id = ANY($1::text[])`, [erased.interestIds]);
  await tx.query(`DELETE FROM message_subscriptions WHERE subject_type = 'interest' AND subject_id = ANY($1::text[])`, [erased.interestIds]);
  await tx.query(`UPDATE messages SET data = data - 'said' WHERE subject_type = 'feedback' AND subject_id = ANY($1::text[])`, [erased.feedbackIds]);
}
