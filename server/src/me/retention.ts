import type { Queryable } from '../db/db.js';

export interface RetentionResult {
  /** Closed feedback items whose name and contact details were removed. */
  feedbackContactsRemoved: number;
  signInCodesRemoved: number;
  sessionsRemoved: number;
}

/**
 * Feedback contact details are kept for `months` after the item closes ("we did" or "we
 * could not": the last change to a closed item counts as its closing), then removed with
 * the name; expired sign-in codes and sessions go after a day. Safe to run on every
 * instance at once: each statement is one idempotent UPDATE or DELETE.
 */
export async function enforceRetention(db: Queryable, months: number): Promise<RetentionResult> {
  const contacts = await db.query(
    `UPDATE feedback SET name = NULL, reply = NULL, contact_hash = NULL
     WHERE status IN ('changed', 'not_changed') AND last_updated_at < now() - make_interval(months => $1)
       AND (name IS NOT NULL OR reply IS NOT NULL OR contact_hash IS NOT NULL)
     RETURNING id`,
    [months],
  );
  const codes = await db.query(`DELETE FROM sign_in_codes WHERE expires_at < now() - interval '1 day' RETURNING id`);
  const sessions = await db.query(`DELETE FROM me_sessions WHERE expires_at < now() - interval '1 day' RETURNING token_hash`);
  return { feedbackContactsRemoved: contacts.length, signInCodesRemoved: codes.length, sessionsRemoved: sessions.length };
}

/** Runs `enforceRetention` now and then every `everyMs` (default hourly) until stopped. */
export function scheduleRetention(db: Queryable, months: number, onError: (error: unknown) => void, everyMs = 60 * 60 * 1000): () => void {
  const run = () => void enforceRetention(db, months).catch(onError);
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
