/**
 * The people pool and invitations (issue 18): all the SQL. A person's summary is read from
 * the profile, their message preferences (language) and how often they were invited or took
 * part in the last three months.
 */
import type { Queryable } from '../db/db.js';
import { iso, isoOrNull } from '../present.js';
import { likeEscape, SqlParams } from '../sql.js';
import type { AccessNeed, Invitation, InvitationStatus, InvitationWish, ParticipationMode, PeopleQuery, PersonSummary, Weekday } from '../types.js';


interface SummaryRow {
  id: string;
  name: string;
  topics: string[];
  skills: string[];
  availability: { days?: Weekday[]; times?: PersonSummary['availability']['times']; modes?: ParticipationMode[] } | null;
  needs: AccessNeed[] | null;
  training: boolean;
  wish: InvitationWish | null;
  language: 'en-GB' | 'cy' | null;
  invited_recently: number;
  took_part_recently: number;
  last_invited_at: Date | null;
  updated_at: Date;
}

export interface PersonRow extends PersonSummary {
  tookPartRecently: number;
}

const RECENT = `interval '3 months'`;

/** The person's language (their latest preferences), the one join a filter of the pool needs. */
const LANGUAGE_JOIN = `LEFT JOIN (SELECT DISTINCT ON (contact_hash) contact_hash, language FROM preferences WHERE contact_hash IS NOT NULL
             ORDER BY contact_hash, updated_at DESC) pr ON pr.contact_hash = p.contact_hash`;

/** Everything a summary needs, per profile, in one pass. */
const SELECT_SUMMARY = `
  SELECT p.id, p.doc->>'name' AS name, p.topics, p.skills, p.doc->'availability' AS availability, p.doc->'howToHelp'->'needs' AS needs,
         coalesce(p.doc->>'trainingWanted', '') <> '' AS training, p.doc->'invitations' AS wish, pr.language,
         coalesce(inv.recent, 0)::int AS invited_recently, coalesce(j.n, 0)::int AS took_part_recently, inv.last AS last_invited_at, p.updated_at
  FROM profiles p
  LEFT JOIN (SELECT profile_id, count(*) FILTER (WHERE created_at > now() - ${RECENT}) AS recent, max(created_at) AS last
             FROM invitations WHERE profile_id IS NOT NULL GROUP BY profile_id) inv ON inv.profile_id = p.id
  LEFT JOIN (SELECT contact_hash, count(*) AS n FROM interests
             WHERE status = 'joined' AND contact_hash IS NOT NULL AND updated_at > now() - ${RECENT} GROUP BY contact_hash) j ON j.contact_hash = p.contact_hash
  ${LANGUAGE_JOIN}`;

const presentSummary = (r: SummaryRow): PersonRow => ({
  id: r.id,
  name: r.name,
  topics: r.topics,
  skills: r.skills,
  availability: { days: r.availability?.days ?? [], times: r.availability?.times ?? [], modes: r.availability?.modes ?? [] },
  needs: r.needs ?? [],
  trainingWanted: r.training,
  language: r.language ?? 'en-GB',
  ...(r.wish ? { invitations: r.wish } : {}),
  invitedRecently: r.invited_recently,
  lastInvitedAt: isoOrNull(r.last_invited_at),
  updatedAt: iso(r.updated_at),
  tookPartRecently: r.took_part_recently,
});

/** The contract's summary (without the ranking's extra count). */
export const summaryOf = ({ tookPartRecently: _t, ...summary }: PersonRow): PersonSummary => summary;

interface InvitationRow {
  id: string;
  opportunity_id: string;
  profile_id: string | null;
  name: string | null;
  status: InvitationStatus;
  created_at: Date;
  answered_at: Date | null;
  interest_id: string | null;
  message_status: Invitation['messageStatus'];
}

const presentInvitation = (r: InvitationRow): Invitation => ({
  id: r.id,
  opportunityId: r.opportunity_id,
  profileId: r.profile_id,
  name: r.name ?? '',
  status: r.status,
  invitedAt: iso(r.created_at),
  answeredAt: isoOrNull(r.answered_at),
  interestId: r.interest_id,
  messageStatus: r.message_status ?? null,
});

const SELECT_INVITATION = `
  SELECT i.id, i.opportunity_id, i.profile_id, p.doc->>'name' AS name, i.status, i.created_at, i.answered_at, i.interest_id, m.status AS message_status
  FROM invitations i
  LEFT JOIN profiles p ON p.id = i.profile_id
  LEFT JOIN LATERAL (SELECT status FROM messages WHERE subject_type = 'invitation' AND subject_id = i.id ORDER BY created_at DESC LIMIT 1) m ON true`;

/** Whether a person's own wishes let us invite them to something about these topics. */
export function wantsInvitation(person: { invitations?: InvitationWish | null }, topics: readonly string[]): 'yes' | 'no-invitations' | 'other-topics' {
  const wish = person.invitations;
  if (!wish || wish.wanted === 'all') return 'yes';
  if (wish.wanted === 'none') return 'no-invitations';
  return (wish.topics ?? []).some((t) => topics.includes(t)) ? 'yes' : 'other-topics';
}

export function peopleRepository(db: Queryable) {
  return {
    /** A page of the pool, newest change first. */
    async list(query: PeopleQuery, { offset, limit }: { offset: number; limit: number }): Promise<{ items: PersonRow[]; total: number }> {
      const sql = new SqlParams();
      const where: string[] = ['true'];
      const has = (path: string, value: string) => `p.doc${path} @> jsonb_build_array(${sql.param(value)}::text)`;
      if (query.q?.trim()) {
        const like = sql.param(`%${likeEscape(query.q.trim())}%`);
        where.push(`(p.doc->>'name' ILIKE ${like} OR p.doc->>'experience' ILIKE ${like} OR p.doc->>'networks' ILIKE ${like} OR EXISTS (SELECT 1 FROM unnest(p.skills) s WHERE s ILIKE ${like}))`);
      }
      if (query.topic) where.push(`${sql.param(query.topic)} = ANY(p.topics)`);
      if (query.skill?.trim()) where.push(`EXISTS (SELECT 1 FROM unnest(p.skills) s WHERE s ILIKE ${sql.param(`%${likeEscape(query.skill.trim())}%`)})`);
      if (query.day) where.push(has(`->'availability'->'days'`, query.day));
      if (query.time) where.push(has(`->'availability'->'times'`, query.time));
      if (query.mode) where.push(has(`->'availability'->'modes'`, query.mode));
      if (query.support) where.push(has(`->'howToHelp'->'needs'`, query.support));
      if (query.training !== undefined) where.push(`(coalesce(p.doc->>'trainingWanted', '') <> '') = ${sql.param(query.training)}`);
      if (query.language) where.push(`coalesce(pr.language, 'en-GB') = ${sql.param(query.language)}`);
      // The page and the count need only the profiles (and the language, when filtered on it): the
      // invitation and taking-part counts are joined for the page's rows alone, not the whole pool.
      const filtered = `FROM profiles p ${query.language ? LANGUAGE_JOIN : ''} WHERE ${where.join(' AND ')}`;
      const page = await db.query<{ id: string; total: number }>(
        `SELECT p.id, count(*) OVER ()::int AS total ${filtered} ORDER BY p.updated_at DESC, p.id ASC LIMIT ${sql.param(limit)} OFFSET ${sql.param(offset)}`,
        sql.values,
      );
      let total = page[0]?.total ?? 0;
      if (!page.length && offset > 0) {
        const [count] = await db.query<{ total: number }>(`SELECT count(*)::int AS total ${filtered}`, sql.values.slice(0, -2));
        total = count?.total ?? 0;
      }
      const rows = page.length ? await db.query<SummaryRow>(`${SELECT_SUMMARY} WHERE p.id = ANY($1::text[]) ORDER BY p.updated_at DESC, p.id ASC`, [page.map((r) => r.id)]) : [];
      return { items: rows.map(presentSummary), total };
    },

    /** The summaries of these people, in no particular order. */
    async some(ids: string[]): Promise<PersonRow[]> {
      return (await db.query<SummaryRow>(`${SELECT_SUMMARY} WHERE p.id = ANY($1::text[])`, [ids])).map(presentSummary);
    },

    async one(profileId: string): Promise<PersonRow | undefined> {
      const [row] = await db.query<SummaryRow>(`${SELECT_SUMMARY} WHERE p.id = $1`, [profileId]);
      return row ? presentSummary(row) : undefined;
    },

    async invitationsFor(opportunityId: string): Promise<Invitation[]> {
      const rows = await db.query<InvitationRow>(`${SELECT_INVITATION} WHERE i.opportunity_id = $1 ORDER BY i.created_at DESC, i.id`, [opportunityId]);
      return rows.map(presentInvitation);
    },

    async invitationsOf(profileId: string): Promise<Invitation[]> {
      const rows = await db.query<InvitationRow>(`${SELECT_INVITATION} WHERE i.profile_id = $1 ORDER BY i.created_at DESC, i.id`, [profileId]);
      return rows.map(presentInvitation);
    },

    async invitation(id: string, lock = false): Promise<Invitation | undefined> {
      const [row] = await db.query<InvitationRow>(`${SELECT_INVITATION} WHERE i.id = $1${lock ? ' FOR UPDATE OF i' : ''}`, [id]);
      return row ? presentInvitation(row) : undefined;
    },

    async invite(values: { id: string; opportunityId: string; profileId: string; invitedBy: string }): Promise<void> {
      await db.query('INSERT INTO invitations (id, opportunity_id, profile_id, invited_by) VALUES ($1, $2, $3, $4)', [values.id, values.opportunityId, values.profileId, values.invitedBy]);
    },

    async answer(id: string, status: InvitationStatus, interestId: string | null): Promise<void> {
      await db.query('UPDATE invitations SET status = $2, interest_id = coalesce($3, interest_id), answered_at = now() WHERE id = $1', [id, status, interestId]);
    },
  };
}

export type PeopleRepository = ReturnType<typeof peopleRepository>;
