/**
 * The weekly summary, for people who chose it: one message per person, grouped by item, the
 * item with the newest news first and each item's news newest first. Nobody with nothing new
 * gets one. Decisions never wait for it (they were sent at once).
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import { summaryParts } from './catalog.js';
import type { Language, ReadingLevel, SummaryGroup } from './templates.js';
import { sentLink, type Links } from './links.js';

interface DigestRow {
  id: string;
  person_key: string;
  subject_type: string;
  subject_id: string;
  event: string;
  data: unknown;
  link: string | null;
  created_at: Date;
  channel: string;
  language: Language;
  reading_level: ReadingLevel;
  unsubscribed_at: Date | null;
}

export async function buildWeeklySummaries(tx: Queryable, links: Links, now: Date): Promise<number> {
  const rows = await tx.query<DigestRow>(
    `SELECT m.id, m.person_key, m.subject_type, m.subject_id, m.event, m.data, m.link, m.created_at, p.channel, p.language, p.reading_level, p.unsubscribed_at
     FROM messages m JOIN preferences p ON p.person_key = m.person_key
     WHERE m.status = 'digest' AND m.created_at <= $1
     ORDER BY m.person_key, m.created_at DESC, m.id
     FOR UPDATE OF m SKIP LOCKED`,
    [now],
  );
  const byPerson = new Map<string, DigestRow[]>();
  for (const row of rows) byPerson.set(row.person_key, [...(byPerson.get(row.person_key) ?? []), row]);
  let made = 0;
  for (const [personKey, news] of byPerson) {
    const ids = news.map((n) => n.id);
    const person = news[0]!;
    if (person.unsubscribed_at || (person.channel !== 'email' && person.channel !== 'text')) {
      await tx.query(`UPDATE messages SET status = 'cancelled', updated_at = now() WHERE id = ANY($1::text[])`, [ids]);
      continue;
    }
    const summaryId = randomUUID();
    await tx.query(
      `INSERT INTO messages (id, person_key, subject_type, subject_id, event, decision, data, channel, language, reading_level, status)
       VALUES ($1, $2, 'summary', $1, 'weekly_summary', false, $3::jsonb, $4, $5, $6, 'queued')`,
      [summaryId, personKey, JSON.stringify({ event: 'weekly_summary', groups: groupNews(news, links, person.language, person.reading_level), at: now.toISOString() }), person.channel, person.language, person.reading_level],
    );
    await tx.query(`UPDATE messages SET status = 'summarised', summary_id = $2, updated_at = now() WHERE id = ANY($1::text[])`, [ids, summaryId]);
    made++;
  }
  return made;
}

/** News arrives newest first, so the first time an item is seen is its newest news: groups keep that order. */
export function groupNews(news: (Pick<DigestRow, 'subject_type' | 'subject_id' | 'data' | 'created_at'> & { event?: string; link?: string | null })[], links: Links, language: Language, readingLevel: ReadingLevel = 'standard'): SummaryGroup[] {
  const groups = new Map<string, SummaryGroup>();
  for (const n of news) {
    const key = `${n.subject_type}:${n.subject_id}`;
    const parts = summaryParts({ event: n.event ?? (n.data as { event: string }).event, data: n.data }, language);
    let group = groups.get(key);
    if (!group) {
      group = { label: parts.label, url: sentLink(links, n.link, n.subject_type, n.subject_id, language, readingLevel), entries: [] };
      groups.set(key, group);
    }
    group.entries.push({ at: new Date(n.created_at).toISOString(), line: parts.line });
  }
  return [...groups.values()];
}
