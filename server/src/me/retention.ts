import type { ContactKeys } from '../contacts.js';
import type { Db, Queryable } from '../db/db.js';
import { protectContacts } from './contact-protection.js';

export interface RetentionResult {
  /** Closed feedback items whose name and contact details were removed. */
  feedbackContactsRemoved: number;
  /** People's message preferences removed: nothing left to tell them about, and untouched for the whole period. */
  preferencesRemoved: number;
  signInCodesRemoved: number;
  sessionsRemoved: number;
}

/**
 * Feedback contact details are kept for `months` after the item closes ("we did" or "we
 * could not": the last change to a closed item counts as its closing), then removed with
 * the name, and nobody is subscribed to it any more. A person's message preferences go when
 * they follow nothing, have not acted for `months` and have nothing recent waiting to go
 * (their messages with them). Expired
 * sign-in codes and sessions go after a day. Safe to run on every instance at once: each
 * statement is one idempotent UPDATE or DELETE.
 */
export async function enforceRetention(db: Queryable, months: number | false): Promise<RetentionResult> {
  // RETENTION_MONTHS=0: nothing is removed for its age. What was never meant to be kept still goes below.
  const byAge = months === false ? { feedbackContactsRemoved: 0, preferencesRemoved: 0 } : await removeOld(db, months);
  // An address kept only to send one last message (a deleted profile) goes once nothing is waiting to go to it.
  const sentOnce = await db.query(
    `DELETE FROM preferences p WHERE p.forget_when_sent
       AND NOT EXISTS (SELECT 1 FROM message_subscriptions s WHERE s.person_key = p.person_key)
       AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.person_key = p.person_key AND m.status IN ('queued', 'sending', 'digest', 'manual'))
     RETURNING person_key`,
  );
  const codes = await db.query(`DELETE FROM sign_in_codes WHERE expires_at < now() - interval '1 day' RETURNING id`);
  const sessions = await db.query(`DELETE FROM me_sessions WHERE expires_at < now() - interval '1 day' RETURNING token_hash`);
  return { feedbackContactsRemoved: byAge.feedbackContactsRemoved, preferencesRemoved: byAge.preferencesRemoved + sentOnce.length, signInCodesRemoved: codes.length, sessionsRemoved: sessions.length };
}

/** Feedback contact details and idle preferences older than `months`. */
async function removeOld(db: Queryable, months: number): Promise<{ feedbackContactsRemoved: number; preferencesRemoved: number }> {
  const contacts = await db.query(
    `UPDATE feedback SET name = NULL, reply = NULL, contact_hash = ''
     WHERE status IN ('changed', 'not_changed') AND last_updated_at < now() - make_interval(months => $1)
       AND (name IS NOT NULL OR reply IS NOT NULL OR contact_hash <> '')
     RETURNING id`,
    [months],
  );
  await db.query(
    `DELETE FROM message_subscriptions s USING feedback f
     WHERE s.subject_type = 'feedback' AND s.subject_id = f.id
       AND f.status IN ('changed', 'not_changed') AND f.last_updated_at < now() - make_interval(months => $1)`,
    [months],
  );
  const idle = `SELECT p.person_key FROM preferences p
     WHERE p.updated_at < now() - make_interval(months => $1)
       AND NOT EXISTS (SELECT 1 FROM message_subscriptions s WHERE s.person_key = p.person_key)
       AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.person_key = p.person_key AND m.status IN ('queued', 'sending', 'digest', 'manual')
                         AND m.created_at > now() - make_interval(months => $1))`;
  await db.query(`DELETE FROM messages WHERE person_key IN (${idle})`, [months]);
  const preferences = await db.query(`DELETE FROM preferences WHERE person_key IN (${idle}) RETURNING person_key`, [months]);
  // "Who looked at my profile" shows a deletion by staff for as long as the rest is kept.
  await db.query('DELETE FROM profile_deletions WHERE deleted_at < now() - make_interval(months => $1)', [months]);
  return { feedbackContactsRemoved: contacts.length, preferencesRemoved: preferences.length };
}

/** Runs `enforceRetention` (and seals any row an older instance wrote in plain text) now and then every `everyMs` (default hourly) until stopped. */
export function scheduleRetention(db: Db, keys: ContactKeys, months: number | false, onError: (error: unknown) => void, everyMs = 60 * 60 * 1000): () => void {
  const run = () => void enforceRetention(db, months).then(() => protectContacts(db, keys)).catch(onError);
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
