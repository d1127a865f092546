import { sha256 } from '../crypto.js';
import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { iso, pick } from '../present.js';
import { json, likeEscape, SqlParams } from '../sql.js';
import type { Profile, ProfileInput, ProfileQuery } from '../types.js';
import { PROFILE_PARTS } from '../../../src/api/profile-parts.js';


interface Row {
  id: string;
  doc: ProfileInput;
  edit_token_hash: string;
  owner_sub: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A profile with what decides who may reach it. */
export interface ProfileRecord {
  profile: Profile;
  /** SHA-256 of the edit token; the token itself is never stored. */
  editTokenHash: string;
  ownerSub: string | null;
}

/** The contact detail is sealed at rest (server/src/contacts.ts); the rest of the profile is what the person chose to share. */
const sealDoc = <D extends Partial<ProfileInput>>(doc: D, keys: ContactKeys): D => (doc.contact ? { ...doc, contact: keys.cipher.sealContact(doc.contact) } : doc);

/** A profile as the contract shows it, from its stored row. */
export const presentProfile = (r: Pick<Row, 'id' | 'doc' | 'created_at' | 'updated_at'>, keys: ContactKeys): Profile => ({
  ...(r.doc.contact ? { ...r.doc, contact: keys.cipher.openContact(r.doc.contact) } : r.doc),
  id: r.id,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

type Frequency = 'each_time' | 'weekly';
/** The how-often this save sent, if any (the form sends it with an email or mobile number). */
const frequencyOf = (input: ProfileInput): Frequency | null => (input.messages as { frequency?: Frequency } | undefined)?.frequency ?? null;

export interface NewProfile {
  id: string;
  input: ProfileInput;
  editToken: string;
  ownerSub?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

export function profileRepository(db: Queryable, keys: ContactKeys) {
  const present = (r: Row) => presentProfile(r, keys);
  const record = (r: Row): ProfileRecord => ({ profile: present(r), editTokenHash: r.edit_token_hash, ownerSub: r.owner_sub });
  return {
    async find(id: string, lock = false): Promise<ProfileRecord | undefined> {
      const [row] = await db.query<Row>(`SELECT * FROM profiles WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
      return row ? record(row) : undefined;
    },

    async insert(values: NewProfile): Promise<Profile> {
      const doc = pick(values.input, PROFILE_PARTS);
      const [row] = await db.query<Row>(
        `INSERT INTO profiles (id, doc, topics, skills, edit_token_hash, owner_sub, created_at, updated_at, contact_hash, frequency)
         VALUES ($1, $2::jsonb, $3::text[], $4::text[], $5, $6, coalesce($7::timestamptz, now()), coalesce($8::timestamptz, now()), $9, $10)
         RETURNING *`,
        [values.id, json(sealDoc(doc, keys)), doc.topics ?? [], doc.skills ?? [], sha256(values.editToken), values.ownerSub ?? null, values.createdAt ?? null, values.updatedAt ?? null, keys.hasher.ofContact(doc.contact) ?? '', frequencyOf(values.input)],
      );
      return present(row!);
    },

    async update(id: string, input: ProfileInput): Promise<Profile> {
      const doc = pick(input, PROFILE_PARTS);
      const [row] = await db.query<Row>(
        'UPDATE profiles SET doc = $2::jsonb, topics = $3::text[], skills = $4::text[], contact_hash = $5, frequency = coalesce($6, frequency), updated_at = now() WHERE id = $1 RETURNING *',
        [id, json(sealDoc(doc, keys)), doc.topics ?? [], doc.skills ?? [], keys.hasher.ofContact(doc.contact) ?? '', frequencyOf(input)],
      );
      return present(row!);
    },

    /** How often this profile itself asked to hear from us (sent with a save), never the shared preferences row (review M1). */
    async frequencyOf(id: string): Promise<Frequency | undefined> {
      const [row] = await db.query<{ frequency: Frequency | null }>('SELECT frequency FROM profiles WHERE id = $1', [id]);
      return row?.frequency ?? undefined;
    },

    /** The profile, the stored idempotent replies about it and its sign-in sessions. */
    /**
     * Staff are deleting this profile: keep which contact hash it had (migration 180), so that the
     * person still sees the deletion under "who looked at my profile".
     */
    async rememberDeletion(id: string): Promise<void> {
      await db.query(
        `INSERT INTO profile_deletions (profile_id, contact_hash) SELECT id, contact_hash FROM profiles WHERE id = $1 AND contact_hash IS NOT NULL AND contact_hash <> ''
         ON CONFLICT (profile_id) DO NOTHING`,
        [id],
      );
    },

    async delete(id: string): Promise<void> {
      await db.query('DELETE FROM profiles WHERE id = $1', [id]);
      await db.query('DELETE FROM idempotency_keys WHERE subject_id = $1', [id]);
      await db.query('DELETE FROM me_sessions WHERE profile_id = $1', [id]);
    },

    async list(query: ProfileQuery, { offset, limit }: { offset: number; limit: number }): Promise<{ items: Profile[]; total: number }> {
      const sql = new SqlParams();
      const where: string[] = ['true'];
      if (query.topic) where.push(`${sql.param(query.topic)} = ANY(topics)`);
      if (query.skill?.trim()) where.push(`EXISTS (SELECT 1 FROM unnest(skills) s WHERE s ILIKE ${sql.param(`%${likeEscape(query.skill.trim())}%`)})`);
      const whereSql = where.join(' AND ');
      const [count] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM profiles WHERE ${whereSql}`, sql.values);
      const rows = await db.query<Row>(
        `SELECT * FROM profiles WHERE ${whereSql} ORDER BY created_at DESC, id ASC LIMIT ${sql.param(limit)} OFFSET ${sql.param(offset)}`,
        sql.values,
      );
      return { items: rows.map(present), total: count?.total ?? 0 };
    },
  };
}

export type ProfileRepository = ReturnType<typeof profileRepository>;
