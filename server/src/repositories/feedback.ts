import { newId, sha256 } from '../crypto.js';
import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { iso, isoOrNull } from '../present.js';
import { json, SqlParams } from '../sql.js';
import { searchQuery } from './search.js';
import { feedbackReferencesIn } from '../../../src/api/rules.js';
import type { FeedbackChange, FeedbackInput, FeedbackItem, FeedbackQuery, FeedbackUpdate, FeedbackUpdateInput } from '../types.js';

export interface FeedbackRow {
  id: string;
  reference: string;
  topic: string;
  text: string;
  language: FeedbackItem['language'];
  name: string | null;
  reply: FeedbackItem['reply'];
  consent_to_publish: boolean;
  status: FeedbackItem['status'];
  published: boolean;
  merged_into: string | null;
  supporters: number;
  created_at: Date;
  last_updated_at: Date;
  last_answered_at: Date | null;
}

export interface UpdateRow {
  id: string;
  feedback_id: string;
  kind: FeedbackUpdate['kind'];
  text: string;
  language: FeedbackUpdate['language'];
  text_cy: string | null;
  links: FeedbackUpdate['links'];
  author: string | null;
  created_at: Date;
}

const presentUpdate = (u: UpdateRow): FeedbackUpdate => ({
  id: u.id,
  kind: u.kind,
  text: u.text,
  language: u.language ?? 'en-GB',
  ...(u.text_cy ? { translations: { cy: { text: u.text_cy } } } : {}),
  links: u.links ?? [],
  ...(u.author ? { author: u.author } : {}),
  createdAt: iso(u.created_at),
});

/**
 * Names and reply details are personal: only staff (and the person, on their own page) see
 * them, and they are sealed at rest (server/src/contacts.ts). The consent to publish promises
 * "without your name", so the public attribution is always null.
 */
export function presentFeedback(r: FeedbackRow, updates: UpdateRow[], updateCount: number, staff: boolean, keys: ContactKeys): FeedbackItem {
  return {
    id: r.id,
    reference: r.reference,
    topic: r.topic,
    text: r.text,
    language: r.language,
    attribution: null,
    ...(staff ? { name: keys.cipher.openOrNull(r.name), reply: keys.cipher.openContact(r.reply ?? null) } : {}),
    consentToPublish: r.consent_to_publish,
    createdAt: iso(r.created_at),
    status: r.status,
    published: r.published,
    mergedInto: r.merged_into,
    supporters: r.supporters,
    updates: updates.map(presentUpdate),
    updateCount,
    lastUpdatedAt: iso(r.last_updated_at),
    lastAnsweredAt: isoOrNull(r.last_answered_at),
  };
}

const COLUMNS = 'f.id, f.reference, f.topic, f.text, f.language, f.name, f.reply, f.consent_to_publish, f.status, f.published, f.merged_into, f.supporters, f.created_at, f.last_updated_at, f.last_answered_at';

const ORDERS: Record<string, string> = {
  newest: 'f.created_at DESC, f.id ASC',
  updated: 'f.last_updated_at DESC, f.id ASC',
  oldest_unanswered: '(f.last_answered_at IS NULL) DESC, coalesce(f.last_answered_at, f.created_at) ASC, f.id ASC',
  most_supported: 'f.supporters DESC, f.created_at DESC, f.id ASC',
};

export interface NewFeedback {
  id: string;
  reference: string;
  input: FeedbackInput;
  status?: string;
  published?: boolean;
  mergedInto?: string | null;
  supporters?: number;
  createdAt?: string;
  lastUpdatedAt?: string;
  lastAnsweredAt?: string | null;
}

export type NewFeedbackUpdate = FeedbackUpdateInput & { id?: string; author?: string | undefined; createdAt?: string };

export function feedbackRepository(db: Queryable, keys: ContactKeys) {
  const present = (r: FeedbackRow, updates: UpdateRow[], updateCount: number, staff: boolean) => presentFeedback(r, updates, updateCount, staff, keys);
  return {
    /** One item with its whole timeline, oldest first; `lock` holds the row for the transaction. */
    async find(id: string, staff: boolean, lock = false): Promise<{ row: FeedbackRow; item: FeedbackItem } | undefined> {
      const [row] = await db.query<FeedbackRow>(`SELECT ${COLUMNS} FROM feedback f WHERE f.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
      if (!row) return undefined;
      const updates = await db.query<UpdateRow>('SELECT * FROM feedback_updates WHERE feedback_id = $1 ORDER BY created_at ASC, seq ASC', [id]);
      return { row, item: present(row, updates, updates.length, staff) };
    },

    /** Each listed item carries its latest update only, and how many there are. */
    async list(query: FeedbackQuery, { includeAll, staff, offset, limit }: { includeAll: boolean; staff: boolean; offset: number; limit: number }) {
      const sql = new SqlParams();
      const where = includeAll ? ['true'] : ['f.published', 'f.merged_into IS NULL'];
      // A reference ("FB-8M2D") finds that item; other words search what was said.
      const references = feedbackReferencesIn(query.q);
      if (references.length) where.push(`f.reference = ANY(${sql.param(references)}::text[])`);
      else if (query.q?.trim()) where.push(`f.search @@ ${searchQuery(sql, query.q)}`);
      if (query.topic) where.push(`f.topic = ${sql.param(query.topic)}`);
      if (query.status?.length) where.push(`f.status = ANY(${sql.param(query.status)}::text[])`);
      const order = ORDERS[query.sort ?? 'newest'] ?? ORDERS.newest;
      const whereSql = where.join(' AND ');
      const [count] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM feedback f WHERE ${whereSql}`, sql.values);
      const rows = await db.query<FeedbackRow>(`SELECT ${COLUMNS} FROM feedback f WHERE ${whereSql} ORDER BY ${order} LIMIT ${sql.param(limit)} OFFSET ${sql.param(offset)}`, sql.values);
      const ids = rows.map((r) => r.id);
      const latest = ids.length
        ? await db.query<UpdateRow & { update_count: number }>(
            `SELECT DISTINCT ON (u.feedback_id) u.*, count(*) OVER (PARTITION BY u.feedback_id)::int AS update_count
             FROM feedback_updates u WHERE u.feedback_id = ANY($1::text[]) ORDER BY u.feedback_id, u.created_at DESC, u.seq DESC`,
            [ids],
          )
        : [];
      const byItem = new Map(latest.map((u) => [u.feedback_id, u]));
      const items = rows.map((r) => {
        const u = byItem.get(r.id);
        return present(r, u ? [u] : [], u?.update_count ?? 0, staff);
      });
      return { items, total: count?.total ?? 0 };
    },

    /** Returns when the database recorded it. */
    async insert(values: NewFeedback): Promise<string> {
      const [row] = await db.query<{ created_at: Date }>(
        `INSERT INTO feedback (id, reference, topic, text, name, reply, consent_to_publish, status, published, merged_into, supporters, created_at, last_updated_at, last_answered_at, contact_hash, language)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, coalesce($12::timestamptz, now()), coalesce($13::timestamptz, now()), $14::timestamptz, $15, $16)
         RETURNING created_at`,
        [
          values.id, values.reference, values.input.topic, values.input.text, keys.cipher.sealOrNull(values.input.name?.trim() || null), json(keys.cipher.sealContact(values.input.reply)),
          values.input.consentToPublish, values.status ?? 'received', values.published ?? false, values.mergedInto ?? null, values.supporters ?? 0,
          values.createdAt ?? null, values.lastUpdatedAt ?? null, values.lastAnsweredAt ?? null, keys.hasher.ofContact(values.input.reply) ?? '',
          values.input.language ?? 'en-GB',
        ],
      );
      return iso(row!.created_at);
    },

    async insertUpdate(feedbackId: string, update: NewFeedbackUpdate): Promise<void> {
      await db.query(
        `INSERT INTO feedback_updates (id, feedback_id, kind, text, links, author, created_at, language, text_cy) VALUES ($1, $2, $3, $4, $5::jsonb, $6, coalesce($7::timestamptz, now()), $8, $9)`,
        [update.id ?? newId(), feedbackId, update.kind, update.text, json(update.links ?? []), update.author ?? null, update.createdAt ?? null, update.language ?? 'en-GB', update.translations?.cy?.text ?? null],
      );
    },

    /** An update is an answer; "changed" and "not changed" also set the status. */
    async markAnswered(id: string, status: string | null): Promise<void> {
      await db.query('UPDATE feedback SET status = coalesce($2, status), last_updated_at = now(), last_answered_at = now() WHERE id = $1', [id, status]);
    },

    async change(id: string, change: FeedbackChange): Promise<void> {
      await db.query(
        `UPDATE feedback SET status = coalesce($2, status), published = coalesce($3, published), topic = coalesce($4, topic), last_updated_at = now() WHERE id = $1`,
        [id, change.status ?? null, change.published ?? null, change.topic ?? null],
      );
    },

    async summary(id: string): Promise<{ id: string; published: boolean; merged_into: string | null } | undefined> {
      const [row] = await db.query<{ id: string; published: boolean; merged_into: string | null }>('SELECT id, published, merged_into FROM feedback WHERE id = $1', [id]);
      return row;
    },

    /** Counts a supporter key once per item; returns the new count and whether this one counted. */
    async support(id: string, supporterKey: string): Promise<{ supporters: number; counted: boolean }> {
      const added = await db.query(
        'INSERT INTO feedback_supporters (feedback_id, key_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING feedback_id',
        [id, sha256(supporterKey)],
      );
      const [row] = await db.query<{ supporters: number }>('UPDATE feedback SET supporters = supporters + $2 WHERE id = $1 RETURNING supporters', [id, added.length]);
      return { supporters: row!.supporters, counted: added.length > 0 };
    },

    /** Locks both rows in id order, so two opposite merges cannot deadlock. */
    async lockPair(a: string, b: string): Promise<FeedbackRow[]> {
      return db.query<FeedbackRow>(`SELECT ${COLUMNS} FROM feedback f WHERE f.id = ANY($1::text[]) ORDER BY f.id FOR UPDATE`, [[a, b]]);
    },

    /** The source points at the target, which gains the source's supporters and the source itself. */
    async merge(source: FeedbackRow, intoId: string): Promise<void> {
      await db.query('UPDATE feedback SET merged_into = $2, last_updated_at = now() WHERE id = $1', [source.id, intoId]);
      await db.query('UPDATE feedback SET supporters = supporters + $2, last_updated_at = now() WHERE id = $1', [intoId, source.supporters + 1]);
    },
  };
}

export type FeedbackRepository = ReturnType<typeof feedbackRepository>;
