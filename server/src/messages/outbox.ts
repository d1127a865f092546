/**
 * The transactional outbox: a change and the messages that tell people about it are written
 * in one transaction (the caller's `tx`), so a message exists exactly when its change does.
 * The worker (worker.ts) sends them. SQL for `messages` lives here and in worker.ts.
 */
import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { isKnownEvent } from './catalog.js';
import { PAGE_LINK } from './links.js';
import { rememberContact, type Contact } from './preferences.js';
import type { OutgoingMessage } from './registry.js';
import type { Language, MessageData, ReadingLevel } from './templates.js';

export type MessageStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'digest' | 'summarised' | 'manual' | 'done' | 'cancelled';

/** Where news goes when nothing else says: at once, in the weekly summary, by hand (staff), or not at all. */
const STATUS_SQL = `CASE WHEN p.channel IN ('letter', 'phone', 'supporter') THEN 'manual'
            WHEN NOT $2 AND p.frequency = 'weekly' THEN 'digest'
            ELSE 'queued' END`;

/**
 * One message per person who follows the subject and still wants to hear. A decision goes
 * now whatever the person's digest setting; other news waits for the weekly summary when the
 * person chose it. Letters, phone calls and supporters are listed for staff to act on.
 * `recipients` is SQL selecting (subject_type, subject_id, person_key) rows; its parameters
 * start at $5 ($1 event, $2 decision, $3 data, $4 link).
 */
async function enqueue(tx: Queryable, recipients: string, params: unknown[], message: OutgoingMessage, decision: boolean, link: string | null = null): Promise<number> {
  if (!isKnownEvent(message.event)) throw new Error(`There is no message template called "${message.event}" (register it in server/src/messages/catalog.ts).`);
  const rows = await tx.query(
    `INSERT INTO messages (id, person_key, subject_type, subject_id, event, decision, data, link, channel, language, reading_level, status)
     SELECT gen_random_uuid()::text, p.person_key, r.subject_type, r.subject_id, $1, $2, $3::jsonb, $4, p.channel, p.language, p.reading_level, ${STATUS_SQL}
     FROM (${recipients}) r JOIN preferences p ON p.person_key = r.person_key
     WHERE p.channel <> 'none' AND p.unsubscribed_at IS NULL
     RETURNING id`,
    [message.event, decision, JSON.stringify(message.data), link, ...params],
  );
  return rows.length;
}

/** Everyone who gave this feedback or said "I said this too", on it or on items merged into it. */
export function tellFeedback(tx: Queryable, feedbackId: string, data: MessageData, decision: boolean): Promise<number> {
  return enqueue(
    tx,
    `SELECT DISTINCT 'feedback' AS subject_type, $5::text AS subject_id, s.person_key FROM message_subscriptions s
     WHERE s.subject_type = 'feedback' AND (s.subject_id = $5 OR s.subject_id IN (SELECT f.id FROM feedback f WHERE f.merged_into = $5))`,
    [feedbackId],
    { event: data.event, data },
    decision,
  );
}

/** The person behind one expression of interest (an answer is a decision: sent at once). */
export function tellInterest(tx: Queryable, interestId: string, data: MessageData): Promise<number> {
  return enqueue(
    tx,
    `SELECT 'interest' AS subject_type, s.subject_id, s.person_key FROM message_subscriptions s WHERE s.subject_type = 'interest' AND s.subject_id = $5`,
    [interestId],
    { event: data.event, data },
    true,
  );
}

/** Everyone with a live expression of interest in the opportunity (each message filed under their interest). */
export function tellOpportunity(tx: Queryable, opportunityId: string, data: MessageData): Promise<number> {
  return enqueue(
    tx,
    `SELECT 'interest' AS subject_type, s.subject_id, s.person_key FROM interests i
     JOIN message_subscriptions s ON s.subject_type = 'interest' AND s.subject_id = i.id
     WHERE i.opportunity_id = $5 AND i.status <> 'not_this_time'`,
    [opportunityId],
    { event: data.event, data },
    true,
  );
}

/**
 * People invited to the opportunity (issue 18) who have not answered yet, filed under their invitation's message.
 * The link is the person's page, not the invitation: their page lists profiles, interests and feedback, never an
 * unanswered invitation, so `#invitation/<id>` (or `?invitation=<id>`) would open on nothing about it.
 */
export function tellInvited(tx: Queryable, opportunityId: string, data: MessageData): Promise<number> {
  return enqueue(
    tx,
    `SELECT DISTINCT 'invitation' AS subject_type, m.subject_id, m.person_key FROM messages m
     JOIN invitations inv ON inv.id = m.subject_id
     WHERE m.subject_type = 'invitation' AND m.event = 'invitation' AND inv.opportunity_id = $5 AND inv.status = 'invited'`,
    [opportunityId],
    { event: data.event, data },
    true,
    PAGE_LINK,
  );
}

/**
 * A message to one person, written in the caller's transaction (so it exists exactly when
 * the change it tells about commits). Made for features beside feedback and interest (claims,
 * evaluations, invitations): see server/README.md, "Sending a message from a new feature".
 */
export interface SendRequest {
  /** `template.with(data)`: a template registered in catalog.ts and its personalisation (no address in it). */
  message: OutgoingMessage;
  /** What it is about: staff list who was told by this, and the link back defaults to the person's page for it. */
  about: { type: string; id: string };
  /**
   * Who: the contact they gave (email, text or phone number, post address, a supporter), or
   * everyone following a feedback item or an interest (those who asked to hear back).
   * Letters, calls and supporters become entries staff act on by hand (status `manual`).
   */
  to: Contact | { followersOf: { type: 'feedback' | 'interest'; id: string } };
  /** The language and reading level for someone we have not written to before; a person's own choices win. */
  language: Language;
  readingLevel?: ReadingLevel;
  /** Where the message links back to (default: the person's page at `about`). */
  link?: string;
  /** A decision goes at once even to people who chose the weekly summary (default true). */
  decision?: boolean;
  /**
   * The last message to this contact (their profile is gone): a preferences row made for it
   * is removed, with its address, once the message has gone (retention), and the link is the
   * person's page, not the item.
   */
  last?: boolean;
}

/** Queues the message; returns how many were written (0 when the person unsubscribed or said "none"). */
/** `keys` are needed for a message to a contact (its address is sealed and hashed); `repos.messages.send` passes them. */
export async function sendMessage(tx: Queryable, request: SendRequest, keys?: ContactKeys): Promise<number> {
  const decision = request.decision ?? true;
  const link = request.link ?? (request.last ? PAGE_LINK : null);
  if ('followersOf' in request.to) {
    const { type, id } = request.to.followersOf;
    return enqueue(
      tx,
      `SELECT $6::text AS subject_type, $7::text AS subject_id, s.person_key FROM message_subscriptions s WHERE s.subject_type = $5 AND s.subject_id = $8`,
      [type, request.about.type, request.about.id, id],
      request.message,
      decision,
      link,
    );
  }
  if (!keys) throw new Error('sendMessage to a contact needs the contact keys: call repos.messages.send.');
  const personKey = await rememberContact(tx, keys, request.to, request.language, request.readingLevel ?? 'standard', request.last ?? false);
  return enqueue(tx, `SELECT $5::text AS subject_type, $6::text AS subject_id, $7::text AS person_key`, [request.about.type, request.about.id, personKey], request.message, decision, link);
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

/** Who was told about one subject: a feedback item, an interest, every interest in an opportunity, or a feature's own subject (`about` of `sendMessage`). */
export type ToldAbout = { feedbackId?: string; interestId?: string; opportunityId?: string; profileId?: string } | { type: string; id: string };

export async function messagesAbout(db: Queryable, subject: ToldAbout): Promise<ToldRow[]> {
  if ('type' in subject) return toldWhere(db, `m.subject_type = $2 AND m.subject_id = $1`, [subject.id, subject.type]);
  if (subject.profileId) {
    // One person (issue 15, "who was told"): what was sent to their address (they are known by its hash),
    // and about their invitations and their interests, even sent before they chose how to hear back.
    return toldWhere(
      db,
      `m.person_key IN (SELECT pr.person_key FROM preferences pr WHERE pr.contact_hash = (SELECT p.contact_hash FROM profiles p WHERE p.id = $1))
       OR (m.subject_type = 'invitation' AND m.subject_id IN (SELECT inv.id FROM invitations inv WHERE inv.profile_id = $1))
       OR (m.subject_type = 'interest' AND m.subject_id IN (SELECT i.id FROM interests i WHERE i.contact_hash = (SELECT p.contact_hash FROM profiles p WHERE p.id = $1)))`,
      [subject.profileId],
    );
  }
  const where = subject.feedbackId
    ? `m.subject_type = 'feedback' AND m.subject_id = $1`
    : subject.interestId
      ? `m.subject_type = 'interest' AND m.subject_id = $1`
      : `((m.subject_type = 'interest' AND m.subject_id IN (SELECT i.id FROM interests i WHERE i.opportunity_id = $1))
          OR (m.subject_type = 'invitation' AND m.subject_id IN (SELECT inv.id FROM invitations inv WHERE inv.opportunity_id = $1)))`;
  return toldWhere(db, where, [subject.feedbackId ?? subject.interestId ?? subject.opportunityId]);
}

async function toldWhere(db: Queryable, where: string, params: unknown[]): Promise<ToldRow[]> {
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
    params,
  );
}

/** A message waiting to be sent by hand, with what it will say (its data) and in which words. */
export interface ByHandRow extends ToldRow {
  data: unknown;
  /** The profiles of the person it goes to (their contact's hash, the profile or invitation it is about): the read is audited with them, in a row without message ids, and never for a feedback message (routes.ts). */
  profile_ids: string[];
  language: Language;
  reading_level: ReadingLevel;
}

/** Messages waiting for staff to send by hand, except those about `hidden` subject types (the viewer's roles do not cover them). */
const WAITING = `m.status = 'manual' AND NOT (m.subject_type = ANY($1::text[]))`;

/** How many wait to be sent by hand that the viewer may see (the workspace's count and the list's total). */
export async function countByHand(db: Queryable, hidden: readonly string[]): Promise<number> {
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM messages m WHERE ${WAITING}`, [hidden]);
  return count?.n ?? 0;
}

/** Every message waiting for staff to send by hand, the longest waiting first, except `hidden` subject types; and how many there are. */
export async function messagesByHand(db: Queryable, hidden: readonly string[], offset: number, limit: number): Promise<{ rows: ByHandRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.query<ByHandRow>(
      `SELECT m.id, m.subject_type, m.subject_id, m.event, m.decision, m.channel, m.status, m.attempts, m.failure_reason,
         m.created_at, m.sent_at, m.delivered_at, p.address, m.data, COALESCE(p.language, m.language) AS language, COALESCE(p.reading_level, m.reading_level) AS reading_level,
         (SELECT s.role FROM message_subscriptions s WHERE s.person_key = m.person_key AND s.subject_type = m.subject_type
            AND (s.subject_id = m.subject_id OR m.subject_type = 'feedback') ORDER BY s.subject_id = m.subject_id DESC LIMIT 1) AS role,
         NULL AS summary_status, NULL AS summary_sent_at,
         ARRAY(SELECT pf.id FROM profiles pf WHERE p.contact_hash <> '' AND pf.contact_hash = p.contact_hash
               UNION SELECT m.subject_id WHERE m.subject_type = 'profile'
               UNION SELECT inv.profile_id FROM invitations inv WHERE m.subject_type = 'invitation' AND inv.id = m.subject_id) AS profile_ids
       FROM messages m LEFT JOIN preferences p ON p.person_key = m.person_key
       WHERE ${WAITING}
       ORDER BY m.created_at, m.id
       LIMIT $2 OFFSET $3`,
      [hidden, limit, offset],
    ),
    countByHand(db, hidden),
  ]);
  return { rows, total };
}

/** Staff record that they told someone by hand (a letter, a call, through a supporter). */
export async function markManualDone(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query(`UPDATE messages SET status = 'done', sent_at = now(), updated_at = now() WHERE id = $1 AND status = 'manual' RETURNING id`, [id]);
  return rows.length > 0;
}
