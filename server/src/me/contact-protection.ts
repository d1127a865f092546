/**
 * Rows written before contact details were encrypted (migration 022), or by an older instance
 * during a rolling upgrade, have `contact_hash` NULL: this seals their names and contact
 * details (ContactCipher) and sets their keyed hash (ContactHasher), in batches, until none is
 * left. New rows are sealed and hashed by the repositories as they are written. Safe on several
 * instances at once: each batch takes its rows with FOR UPDATE SKIP LOCKED.
 */
import type { ContactKeys, ContactLike } from '../contacts.js';
import type { Db, Queryable } from '../db/db.js';
import { json } from '../sql.js';
import { addressOf, type Channel } from '../messages/preferences.js';

const BATCH = 500;

type Doc = { name?: string; contact?: ContactLike | null } & Record<string, unknown>;

/** Seals and hashes every row still waiting; returns how many rows it changed. */
export async function protectContacts(db: Db, keys: ContactKeys): Promise<number> {
  let total = 0;
  for (const step of [profilesBatch, interestsBatch, feedbackBatch, preferencesBatch]) {
    for (;;) {
      const done = await db.transaction((tx) => step(tx, keys));
      total += done;
      if (done < BATCH) break;
    }
  }
  return total;
}

const waiting = (table: string, key = 'id') => `SELECT ${key} AS id, * FROM ${table} WHERE contact_hash IS NULL LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;

async function profilesBatch(tx: Queryable, keys: ContactKeys): Promise<number> {
  const rows = await tx.query<{ id: string; doc: Doc }>(waiting('profiles'));
  for (const r of rows) {
    const contact = keys.cipher.openContact(r.doc.contact);
    const doc = contact ? { ...r.doc, contact: keys.cipher.sealContact(contact) } : r.doc;
    await tx.query('UPDATE profiles SET doc = $2::jsonb, contact_hash = $3 WHERE id = $1', [r.id, json(doc), keys.hasher.ofContact(contact) ?? '']);
  }
  return rows.length;
}

async function interestsBatch(tx: Queryable, keys: ContactKeys): Promise<number> {
  const rows = await tx.query<{ id: string; doc: Doc }>(waiting('interests'));
  for (const r of rows) {
    const contact = keys.cipher.openContact(r.doc.contact);
    const name = typeof r.doc.name === 'string' ? keys.cipher.open(r.doc.name) : undefined;
    const doc = { ...r.doc, ...(name !== undefined ? { name: keys.cipher.seal(name) } : {}), ...(contact ? { contact: keys.cipher.sealContact(contact) } : {}) };
    await tx.query('UPDATE interests SET doc = $2::jsonb, contact_hash = $3 WHERE id = $1', [r.id, json(doc), keys.hasher.ofContact(contact) ?? '']);
  }
  return rows.length;
}

async function feedbackBatch(tx: Queryable, keys: ContactKeys): Promise<number> {
  const rows = await tx.query<{ id: string; name: string | null; reply: ContactLike | null }>(waiting('feedback'));
  for (const r of rows) {
    const reply = keys.cipher.openContact(r.reply);
    const name = keys.cipher.openOrNull(r.name);
    await tx.query('UPDATE feedback SET name = $2, reply = $3::jsonb, contact_hash = $4 WHERE id = $1', [r.id, keys.cipher.sealOrNull(name), json(keys.cipher.sealContact(reply)), keys.hasher.ofContact(reply) ?? '']);
  }
  return rows.length;
}

const METHOD_OF: Record<Channel, ContactLike['method'] | undefined> = { email: 'email', text: 'text', phone: 'phone', letter: 'post', supporter: 'supporter', none: undefined };

/**
 * A preferences row is keyed by its address: before, by a plain SHA-256; now by the keyed hash.
 * A row whose key changes moves, with its subscriptions and messages, to the new key (an
 * unsubscribe link sent before the move no longer works: the person can use the newer one).
 */
async function preferencesBatch(tx: Queryable, keys: ContactKeys): Promise<number> {
  const rows = await tx.query<{ person_key: string; channel: Channel; address: string }>(waiting('preferences', 'person_key'));
  for (const r of rows) {
    const method = METHOD_OF[r.channel];
    const plain = keys.cipher.open(r.address);
    const { personKey, contactHash } = method ? addressOf({ method, detail: plain }, keys) : { personKey: r.person_key, contactHash: '' };
    const sealed = keys.cipher.seal(plain);
    if (personKey === r.person_key) {
      await tx.query('UPDATE preferences SET address = $2, contact_hash = $3 WHERE person_key = $1', [r.person_key, sealed, contactHash]);
      continue;
    }
    await tx.query(
      // What was chosen where the address was proved stays proved under the new key (migrations 300, 320).
      `INSERT INTO preferences (person_key, channel, address, language, language_chosen, language_proved, reading_level, reading_level_proved, frequency, frequency_profile, frequency_guessed, unsubscribed_at, contact_hash, created_at, updated_at)
       SELECT $2, channel, $3, language, language_chosen, language_proved, reading_level, reading_level_proved, frequency, frequency_profile, frequency_guessed, unsubscribed_at, $4, created_at, updated_at FROM preferences WHERE person_key = $1
       ON CONFLICT (person_key) DO NOTHING`,
      [r.person_key, personKey, sealed, contactHash],
    );
    await tx.query(
      `INSERT INTO message_subscriptions (subject_type, subject_id, person_key, role, created_at)
       SELECT subject_type, subject_id, $2, role, created_at FROM message_subscriptions WHERE person_key = $1 ON CONFLICT DO NOTHING`,
      [r.person_key, personKey],
    );
    await tx.query('UPDATE messages SET person_key = $2 WHERE person_key = $1', [r.person_key, personKey]);
    await tx.query('DELETE FROM preferences WHERE person_key = $1', [r.person_key]);
  }
  return rows.length;
}
