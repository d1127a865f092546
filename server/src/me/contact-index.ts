import type { ContactPreference } from '../../../src/api/types.js';
import type { Queryable } from '../db/db.js';
import type { ContactHasher } from './identity.js';

/** Rows with no sign-in identity (post, a supporter, no reply wanted) get this, so they are not looked at again. */
const NONE = '';

const SOURCES = [
  { table: 'profiles', key: 'id', contact: "doc->'contact'" },
  { table: 'interests', key: 'id', contact: "doc->'contact'" },
  { table: 'feedback', key: 'id', contact: 'reply' },
  // Message preferences (server/src/messages): the address a person asked to hear back at.
  { table: 'preferences', key: 'person_key', contact: "jsonb_build_object('method', CASE channel WHEN 'letter' THEN 'post' ELSE channel END, 'detail', address)" },
] as const;

/**
 * Fills `contact_hash` on rows written since the last call (and on every row the first time,
 * after the migration). Writers may set it themselves; a change of contact details sets it
 * back to NULL. Idempotent, so instances running it at once agree.
 */
export async function indexContacts(db: Queryable, hasher: ContactHasher): Promise<void> {
  for (const source of SOURCES) {
    const rows = await db.query<{ id: string; contact: ContactPreference | null }>(
      `SELECT ${source.key} AS id, ${source.contact} AS contact FROM ${source.table} WHERE contact_hash IS NULL LIMIT 5000`,
    );
    if (rows.length === 0) continue;
    const ids = rows.map((r) => r.id);
    const hashes = rows.map((r) => hasher.ofContact(r.contact) ?? NONE);
    await db.query(
      `UPDATE ${source.table} t SET contact_hash = v.hash FROM unnest($1::text[], $2::text[]) AS v(id, hash) WHERE t.${source.key} = v.id AND t.contact_hash IS NULL`,
      [ids, hashes],
    );
  }
}
