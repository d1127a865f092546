import type { FeedbackItem, InterestInput, LocalisedText, Profile, ProfileInput } from '../../../src/api/types.js';
import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { iso, isoOrNull } from '../present.js';
import { forgetPeople } from '../messages/preferences.js';
import { presentFeedback, type FeedbackRow, type UpdateRow } from '../repositories/feedback.js';
import { openInterestDoc } from '../repositories/interests.js';
import { presentProfile } from '../repositories/profiles.js';
import { erasePay } from '../repositories/receipts.js';

/** Whose rows a request may reach: everything tied to an address, and/or one profile. */
export interface Scope {
  contactHash: string | null;
  profileIds: string[];
}

type ProfileRow = { id: string; doc: ProfileInput; created_at: Date; updated_at: Date };

export async function profilesIn(db: Queryable, keys: ContactKeys, scope: Scope): Promise<Profile[]> {
  const rows = await db.query<ProfileRow>(
    `SELECT id, doc, created_at, updated_at FROM profiles WHERE ($1::text IS NOT NULL AND contact_hash = $1) OR id = ANY($2::text[])
     ORDER BY updated_at DESC, id`,
    [scope.contactHash, scope.profileIds],
  );
  return rows.map((r) => presentProfile(r, keys));
}

/**
 * The one profile that stands for a person who has several (the same address used twice): the
 * one that already has their equality answers, else the most recently changed, as the page lists
 * them (profilesIn). One rule for everything about "you" that needs one profile: the equality
 * answers are kept with it (issue 17: deleting another profile never drops them, changing another
 * never hides them), "may suit you" matches it (issue 18, my-suggestions.ts) and the person's
 * record carries its name (issue 16, my-pay.ts). The in-memory adapter's copy of this order:
 * src/api/person-profile.ts (server/test/person-profile.test.ts holds the two to one answer for the
 * equality answers and "may suit you"; record-period.test.ts for the record's name).
 */
export async function personProfileIn(db: Queryable, scope: Scope): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>(
    `SELECT p.id FROM profiles p LEFT JOIN profile_equality e ON e.profile_id = p.id
     WHERE ($1::text IS NOT NULL AND p.contact_hash = $1) OR p.id = ANY($2::text[])
     ORDER BY (e.profile_id IS NOT NULL) DESC, p.updated_at DESC, p.id LIMIT 1`,
    [scope.contactHash, scope.profileIds],
  );
  return row?.id;
}

/** The equality routes' name for the rule above (the same function). */
export const equalityProfileIn = personProfileIn;

export async function profileInScope(db: Queryable, scope: Scope, id: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM profiles WHERE id = $1 AND (($2::text IS NOT NULL AND contact_hash = $2) OR id = ANY($3::text[]))', [id, scope.contactHash, scope.profileIds]);
  return rows.length > 0;
}

interface InterestRow {
  id: string;
  reference: string;
  opportunity_id: string;
  doc: InterestInput;
  status: 'new' | 'contacted' | 'joined' | 'not_this_time';
  created_at: Date;
  updated_at: Date;
  first_answered_at: Date | null;
  title_en: string;
  title_cy: string | null;
}

/** Their expressions of interest, newest first, without the staff's private note. */
export async function interestsIn(db: Queryable, keys: ContactKeys, scope: Scope) {
  if (!scope.contactHash) return [];
  const rows = await db.query<InterestRow>(
    `SELECT i.id, i.reference, i.opportunity_id, i.doc, i.status, i.created_at, i.updated_at, i.first_answered_at,
            o.doc->>'title' AS title_en, nullif(o.doc->'translations'->'cy'->>'title', '') AS title_cy
     FROM interests i JOIN opportunities o ON o.id = i.opportunity_id
     WHERE i.contact_hash = $1 ORDER BY i.created_at DESC, i.id`,
    [scope.contactHash],
  );
  return rows.map((r) => {
    const title: LocalisedText = { en: r.title_en, ...(r.title_cy ? { cy: r.title_cy } : {}) };
    const doc = openInterestDoc(r.doc, keys);
    return {
      id: r.id,
      reference: r.reference,
      opportunityId: r.opportunity_id,
      opportunityTitle: title,
      name: doc.name,
      contact: doc.contact,
      ...(doc.needs?.length ? { needs: doc.needs } : {}),
      ...(doc.accessNeeds ? { accessNeeds: doc.accessNeeds } : {}),
      ...(doc.message ? { message: doc.message } : {}),
      status: r.status,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
      firstAnsweredAt: isoOrNull(r.first_answered_at),
    };
  });
}

/**
 * Their feedback, newest first, each with every update (oldest first), shown as staff see it
 * (their own name and reply details). An item merged into another shows that item's updates
 * too: that is where staff answer.
 */
export async function feedbackIn(db: Queryable, keys: ContactKeys, scope: Scope): Promise<FeedbackItem[]> {
  if (!scope.contactHash) return [];
  const rows = await db.query<FeedbackRow>('SELECT * FROM feedback WHERE contact_hash = $1 ORDER BY created_at DESC, id', [scope.contactHash]);
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.flatMap((r) => (r.merged_into ? [r.id, r.merged_into] : [r.id])))];
  const updates = await db.query<UpdateRow>('SELECT * FROM feedback_updates WHERE feedback_id = ANY($1::text[]) ORDER BY created_at ASC, seq ASC', [ids]);
  return rows.map((r) => {
    const mine = updates.filter((u) => u.feedback_id === r.id || u.feedback_id === r.merged_into);
    return presentFeedback(r, mine, mine.length, true, keys);
  });
}

export interface ErasureSummary {
  profiles: number;
  interests: number;
  feedbackRemoved: number;
  feedbackAnonymised: number;
}

/**
 * Removes everything that is one person's, in the caller's transaction: profiles, interests,
 * feedback (unpublished items go; published ones keep their text without name or contact),
 * sign-in codes and sessions, and stored idempotent replies about any of them.
 * Returns counts only; ids never leave this function, so nothing personal can reach a log.
 */
export async function erase(tx: Queryable, scope: Scope): Promise<ErasureSummary> {
  const hash = scope.contactHash;
  const profileIds = (
    await tx.query<{ id: string }>('SELECT id FROM profiles WHERE ($1::text IS NOT NULL AND contact_hash = $1) OR id = ANY($2::text[]) FOR UPDATE', [hash, scope.profileIds])
  ).map((r) => r.id);
  const interestIds = hash ? (await tx.query<{ id: string }>('SELECT id FROM interests WHERE contact_hash = $1 FOR UPDATE', [hash])).map((r) => r.id) : [];
  const feedback = hash
    ? await tx.query<{ id: string; published: boolean; referenced: boolean }>(
        `SELECT f.id, f.published, EXISTS (SELECT 1 FROM feedback m WHERE m.merged_into = f.id) AS referenced FROM feedback f WHERE f.contact_hash = $1 FOR UPDATE OF f`,
        [hash],
      )
    : [];
  // An item others were merged into stays (their voices count on it), emptied of this person's words.
  const removable = feedback.filter((f) => !f.published && !f.referenced).map((f) => f.id);
  const keptPublished = feedback.filter((f) => f.published).map((f) => f.id);
  const keptEmptied = feedback.filter((f) => !f.published && f.referenced).map((f) => f.id);

  // Message preferences, subscriptions and messages (server/src/messages), found by the contact the person proved
  // (a link or code). Not by the address written on a profile: a profile key proves nothing about that address,
  // and anyone can write someone else's address on a profile. Staff erasure puts the profile's hash in the scope.
  await forgetPeople(tx, { contactHashes: hash ? [hash] : [], feedbackIds: feedback.map((f) => f.id), interestIds });
  // Attendance, claims, receipts and the person's limit (issue 16), by the contact the person proved.
  await erasePay(tx, hash ? [hash] : []);
  await tx.query('DELETE FROM profiles WHERE id = ANY($1::text[])', [profileIds]);
  await tx.query('DELETE FROM interests WHERE id = ANY($1::text[])', [interestIds]);
  await tx.query('DELETE FROM feedback WHERE id = ANY($1::text[])', [removable]);
  await tx.query(`UPDATE feedback SET name = NULL, reply = NULL, contact_hash = '' WHERE id = ANY($1::text[])`, [keptPublished]);
  await tx.query(`UPDATE feedback SET name = NULL, reply = NULL, contact_hash = '', text = '(Removed at the request of the person who gave it.)' WHERE id = ANY($1::text[])`, [keptEmptied]);
  const subjects = [...profileIds, ...interestIds, ...feedback.map((f) => f.id)];
  await tx.query('DELETE FROM idempotency_keys WHERE subject_id = ANY($1::text[])', [subjects]);
  const hashes = hash ? [hash] : [];
  await tx.query('DELETE FROM sign_in_codes WHERE contact_hash = ANY($1::text[])', [hashes]);
  await tx.query('DELETE FROM me_sessions WHERE contact_hash = ANY($1::text[]) OR profile_id = ANY($2::text[])', [hashes, profileIds]);
  // What "who looked at my profile" keeps of profiles staff deleted (migration 180).
  await tx.query('DELETE FROM profile_deletions WHERE contact_hash = ANY($1::text[]) OR profile_id = ANY($2::text[])', [hashes, profileIds]);
  return { profiles: profileIds.length, interests: interestIds.length, feedbackRemoved: removable.length, feedbackAnonymised: keptPublished.length + keptEmptied.length };
}
