/**
 * The transactional outbox: a change and the messages that tell people about it are written
 * in one transaction (the caller's `tx`), so a message exists exactly when its change does.
 * The worker (worker.ts) sends them. SQL for `messages` lives here and in worker.ts.
 */
import type { Queryable } from '../db/db.js';
import type { MessageData } from './templates.js';

export type MessageStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'digest' | 'summarised' | 'manual' | 'done' | 'cancelled';

/**
 * One message per person who follows the subject and still wants to hear. A decision goes
 * now whatever the person's digest setting; other news waits for the weekly summary when the
 * person chose it. Letters, phone calls and supporters are listed for staff to act on.
 * `recipients` is SQL selecting (subject_id, person_key) pairs, with `$1` the subject.
 */
async function enqueue(tx: Queryable, recipients: string, subject: string, data: MessageData, decision: boolean): Promise<number> {
  const rows = await tx.query(
    `INSERT INTO messages (id, person_key, subject_type, subject_id, event, decision, data, channel, language, reading_level, status)
     SELECT gen_random_uuid()::text, p.person_key, r.subject_type, r.subject_id, $2, $3, $4::jsonb, p.channel, p.language, p.reading_level,
       CASE WHEN p.channel IN ('letter', 'phone', 'supporter') THEN 'manual'
            WHEN NOT $3 AND p.frequency = 'weekly' THEN 'digest'
            ELSE 'queued' END
     FROM (${recipients}) r JOIN preferences p ON p.person_key = r.person_key
     WHERE p.channel <> 'none' AND p.unsubscribed_at IS NULL
     RETURNING id`,
    [subject, data.event, decision, JSON.stringify(data)],
  );
  return rows.length;
}

/** Everyone who gave this feedback or said "I said this too", on it or on items merged into it. */
export function tellFeedback(tx: Queryable, feedbackId: string, data: MessageData, decision: boolean): Promise<number> {
  return enqueue(
    tx,
    `SELECT DISTINCT 'feedback' AS subject_type, $1::text AS subject_id, s.person_key FROM message_subscriptions s
     WHERE s.subject_type = 'feedback' AND (s.subject_id = $1 OR s.subject_id IN (SELECT f.id FROM feedback f WHERE f.merged_into = $1))`,
    feedbackId,
    data,
    decision,
  );
}

/** The person behind one expression of interest (an answer is a decision: sent at once). */
export function tellInterest(tx: Queryable, interestId: string, data: MessageData): Promise<number> {
  return enqueue(
    tx,
    `SELECT 'interest' AS subject_type, s.subject_id, s.person_key FROM message_subscriptions s WHERE s.subject_type = 'interest' AND s.subject_id = $1`,
    interestId,
    data,
    true,
  );
}

/** Everyone with a live expression of interest in the opportunity (each message filed under their interest). */
export function tellOpportunity(tx: Queryable, opportunityId: string, data: MessageData): Promise<number> {
  return enqueue(
    tx,
    `SELECT 'interest' AS subject_type, s.subject_id, s.person_key FROM interests i
     JOIN message_subscriptions s ON s.subject_type = 'interest' AND s.subject_id = i.id
     WHERE i.opportunity_id = $1 AND i.status <> 'not_this_time'`,
    opportunityId,
    data,
    true,
  );
}

/** For staff: who was told about an item, how, and whether it arrived. */
export interface ToldRow {
  id: string;
  subject_type: string;
  subject_id: string;
  event: string;
  decision: boolean;
  channel: string;
  status: MessageStatus;
  attempts: number;
  failure_reason: string | null;
  created_at: Date;
  sent_at: Date | null;
  delivered_at: Date | null;
  address: string | null;
  role: string | null;
  summary_status: MessageStatus | null;
  summary_sent_at: Date | null;
}

export async function messagesAbout(db: Queryable, subject: { feedbackId?: string; interestId?: string; opportunityId?: string }): Promise<ToldRow[]> {
  const where = subject.feedbackId
    ? `m.subject_type = 'feedback' AND m.subject_id = $1`
    : subject.interestId
      ? `m.subject_type = 'interest' AND m.subject_id = $1`
      : `m.subject_type = 'interest' AND m.subject_id IN (SELECT i.id FROM interests i WHERE i.opportunity_id = $1)`;
  return db.query<ToldRow>(
    `SELECT m.id, m.subject_type, m.subject_id, m.event, m.decision, m.channel, m.status, m.attempts, m.failure_reason,
       m.created_at, m.sent_at, m.delivered_at, p.address,
       (SELECT s.role FROM message_subscriptions s WHERE s.person_key = m.person_key AND s.subject_type = m.subject_type
          AND (s.subject_id = m.subject_id OR m.subject_type = 'feedback') ORDER BY s.subject_id = m.subject_id DESC LIMIT 1) AS role,
       sm.status AS summary_status, sm.sent_at AS summary_sent_at
     FROM messages m
     LEFT JOIN preferences p ON p.person_key = m.person_key
     LEFT JOIN messages sm ON sm.id = m.summary_id
     WHERE ${where}
     ORDER BY m.created_at DESC, m.id
     LIMIT 500`,
    [subject.feedbackId ?? subject.interestId ?? subject.opportunityId],
  );
}

/** Staff record that they told someone by hand (a letter, a call, through a supporter). */
export async function markManualDone(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query(`UPDATE messages SET status = 'done', sent_at = now(), updated_at = now() WHERE id = $1 AND status = 'manual' RETURNING id`, [id]);
  return rows.length > 0;
}
