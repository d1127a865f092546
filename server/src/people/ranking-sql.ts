/**
 * Suggestions for an opportunity without reading the whole pool into Node (issue 18): the
 * database scores everyone with the same arithmetic as `scoreOne` (src/api/matching/rank.ts)
 * and sends back only the few who can be in the top `limit`; `rank` then scores those few
 * again and gives their reasons. The answer is exactly `rank(brief, everyone in id order,
 * weights, limit)` (test: server/test/ranking-sql.test.ts compares the two on generated pools).
 *
 * Exactness, step by step:
 * - Sums are built in `scoreOne`'s order from IEEE doubles (float8), and rounded as
 *   `Math.round(x * 1000) / 1000` rounds (half up), so equal scores are equal in both.
 * - Skills compare after `trim().toLowerCase()`. The brief's skills are normalised here in
 *   JavaScript; a person's are normalised by PostgreSQL's `lower(btrim())`, which agrees with
 *   JavaScript only on printable ASCII. A person with any other character in a skill is
 *   "unsure": scored as if every skill matched (an upper bound), and sent back whenever that
 *   bound reaches the lowest score of the sure top `limit`. `rank` then scores them exactly.
 * - Equal scores are in id order (C collation, as JavaScript compares ASCII ids).
 * - A training or support session puts first the people who asked for one (`rank` sorts them
 *   first). The same query is run a second time over only them (ASKED_SQL: the wish allows them
 *   and `trainingWanted` is not empty), so at most the top `limit` of them (and their unsure
 *   ones) are read, never all who asked: the answer takes the best `limit` of them first, and
 *   when fewer than `limit` asked, the rest from the top `limit` of everyone, which holds at
 *   least the best `limit` minus (how many asked) of the others. So it is still exact.
 */
import type { Queryable } from '../db/db.js';
import { candidateOf, isSession, rank, type Brief, type Ranked } from '../../../src/api/matching/rank.js';
import type { AccessNeed, MatchWeights, ProfileInput } from '../types.js';

const RECENT = `interval '3 months'`;

interface Row {
  id: string;
  topics: string[];
  skills: string[];
  availability: ProfileInput['availability'] | null;
  needs: AccessNeed[] | null;
  training_wanted: string | null;
  invited: number;
  took: number;
  considered: number;
}

/** Only people whose invitation wish lets us ask them about these topics (as `wantsInvitation` says). */
const WISH_ALLOWS = `(coalesce(p.doc->'invitations', 'null'::jsonb) = 'null'::jsonb
     OR p.doc->'invitations'->>'wanted' = 'all'
     OR (p.doc->'invitations'->>'wanted' IS DISTINCT FROM 'none' AND coalesce(p.doc->'invitations'->'topics', '[]'::jsonb) ?| $1::text[]))`;

/** `Math.round(x * 1000) / 1000` for x >= 0 (half up; `x - floor(x)` is exact). */
const round3 = (x: string) => `(CASE WHEN (${x}) * 1000 - floor((${x}) * 1000) >= 0.5 THEN floor((${x}) * 1000) + 1 ELSE floor((${x}) * 1000) END) / 1000`;

/**
 * $1 topics, $2 skills (normalised), $3 days, $4 times, $5 modes, $6-$10 weights (topic,
 * skill, availability, mode, newVoice), $11 limit.
 *
 * 1. `fit`: everyone the wish allows, with every part of the score but the skills (cheap).
 *    `low` is their score with no skill matched, `high` with every skill matched.
 * 2. `cut`: the `limit`-th highest `low`. At least `limit` people score that or more, so
 *    nobody whose `high` is below it can be in the top: `near` keeps the rest (a few hundred
 *    of 10,000 for a real brief).
 * 3. Only `near` has its skills compared (the costly part); then the top `limit` of those
 *    whose skills PostgreSQL normalises as JavaScript does, and the unsure ones that could
 *    still beat the last of them.
 * Each step is MATERIALIZED and narrow, so the planner neither repeats an expression per use
 * nor carries whole profiles through the joins and sorts.
 */
const rankSql = (only = '') => `
WITH bounds AS MATERIALIZED (
  SELECT f.*, ${round3('(((0::float8 + tp) + ap) + mp) + np')} AS low, ${round3('((((0::float8 + tp) + $7::float8) + ap) + mp) + np')} AS high
  FROM (
    SELECT a.id, a.skills,
      CASE WHEN a.nt > 0 THEN $6::float8 * (1 + 0.2::float8 * least(a.nt - 1, 2)) ELSE 0::float8 END AS tp,
      CASE WHEN cardinality($3::text[]) > 0 OR cardinality($4::text[]) > 0
        THEN $8::float8 * (CASE WHEN (cardinality($3::text[]) = 0 OR a.day_ok) AND (cardinality($4::text[]) = 0 OR a.time_ok) THEN 1 ELSE 0 END)
        ELSE 0::float8 END AS ap,
      CASE WHEN a.mode_ok THEN $9::float8 ELSE 0::float8 END AS mp,
      $10::float8 * (1 - least(coalesce(inv.recent, 0) + 2 * coalesce(j.n, 0), 3)::float8 / 3) AS np
    FROM (
      SELECT p.id, p.contact_hash, p.skills,
        CASE WHEN p.topics && $1::text[] THEN (SELECT count(*) FROM unnest($1::text[]) t WHERE t = ANY(p.topics)) ELSE 0 END AS nt,
        coalesce(p.doc->'availability'->'days' ?| $3::text[], false) AS day_ok,
        coalesce(p.doc->'availability'->'times' ?| $4::text[], false) AS time_ok,
        coalesce(p.doc->'availability'->'modes' ?| $5::text[], false) AS mode_ok
      FROM profiles p
      WHERE ${WISH_ALLOWS}${only}
      OFFSET 0
    ) a
    LEFT JOIN (SELECT profile_id, count(*) AS recent FROM invitations WHERE profile_id IS NOT NULL AND created_at > now() - ${RECENT} GROUP BY profile_id) inv ON inv.profile_id = a.id
    LEFT JOIN (SELECT contact_hash, count(*) AS n FROM interests
               WHERE status = 'joined' AND contact_hash IS NOT NULL AND updated_at > now() - ${RECENT} GROUP BY contact_hash) j ON j.contact_hash = a.contact_hash
    OFFSET 0
  ) f
),
near AS MATERIALIZED (
  SELECT b.id, b.high, array_to_string(b.skills, '') ~ '^[ -~]*$' AS sure,
    ${round3(`((((0::float8 + b.tp) + CASE WHEN m.ns > 0 THEN $7::float8 * (m.ns::float8 / cardinality($2::text[])) ELSE 0::float8 END) + b.ap) + b.mp) + b.np`)} AS score
  FROM bounds b
  CROSS JOIN LATERAL (SELECT count(*) AS ns FROM unnest($2::text[]) w WHERE w <> '' AND EXISTS (
    SELECT 1 FROM (SELECT lower(btrim(s)) AS h FROM unnest(b.skills) s) x WHERE x.h <> '' AND (strpos(x.h, w) > 0 OR strpos(w, x.h) > 0))) m
  WHERE b.high >= coalesce((SELECT low FROM bounds ORDER BY low DESC OFFSET $11 - 1 LIMIT 1), '-Infinity'::float8)
),
top AS MATERIALIZED (SELECT id, score FROM near WHERE sure ORDER BY score DESC, id COLLATE "C" LIMIT $11),
chosen AS (
  SELECT id FROM top
  UNION ALL
  SELECT id FROM near WHERE NOT sure AND (high >= (SELECT min(score) FROM top) OR (SELECT count(*) FROM top) < $11)
)
${personRows('FROM chosen c JOIN profiles p ON p.id = c.id', '(SELECT count(*) FROM bounds)::int')}`;
const RANK_SQL = rankSql();

/** Each person with what `candidateOf` reads, and how often they were asked and took part lately. */
function personRows(from: string, considered: string, where = ''): string {
  return `SELECT p.id, p.topics, p.skills, p.doc->'availability' AS availability, p.doc->'howToHelp'->'needs' AS needs, p.doc->>'trainingWanted' AS training_wanted,
       coalesce(inv.recent, 0)::int AS invited, coalesce(j.n, 0)::int AS took, ${considered} AS considered
${from}
LEFT JOIN LATERAL (SELECT count(*) AS recent FROM invitations WHERE profile_id = p.id AND created_at > now() - ${RECENT}) inv ON true
LEFT JOIN LATERAL (SELECT count(*) AS n FROM interests WHERE contact_hash = p.contact_hash AND status = 'joined' AND updated_at > now() - ${RECENT}) j ON true
${where}`;
}

/**
 * What JavaScript's `trim()` takes away (ECMAScript WhiteSpace and LineTerminator), so that "asked"
 * here is exactly `candidateOf`'s `askedForTraining`: a profile whose words are only a line break
 * has asked nothing, and must not take the place of one who has among the top `limit`.
 */
const JS_WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** The same parameters: the top `limit` (and unsure ones) of those the wish allows whose profile says what training or support they would like. */
const ASKED_SQL = rankSql(` AND coalesce(btrim(p.doc->>'trainingWanted', E'${JS_WHITESPACE}'), '') <> ''`);

const norm = (s: string) => s.trim().toLowerCase();
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The top `limit` of the pool for a brief, best first, and how many people were considered. */
export async function topSuggestions(db: Queryable, brief: Brief, weights: MatchWeights, limit: number): Promise<{ ranked: Ranked[]; considered: number }> {
  const params = [
    brief.topics, brief.skills.map(norm), brief.days, brief.times, brief.modes,
    weights.topic, weights.skill, weights.availability, weights.mode, weights.newVoice, limit,
  ];
  const rows = await db.query<Row>(RANK_SQL, params);
  const asked = isSession(brief.kind) ? await db.query<Row>(ASKED_SQL, params) : [];
  const seen = new Set(rows.map((r) => r.id));
  const candidates = [...rows, ...asked.filter((r) => !seen.has(r.id))]
    .map((r) =>
      candidateOf(r.id, { topics: r.topics, skills: r.skills, availability: r.availability ?? {}, howToHelp: { needs: r.needs ?? [] }, trainingWanted: r.training_wanted ?? '' }, { invitedRecently: r.invited, tookPartRecently: r.took }),
    )
    .sort(byId);
  // The limit is at least 1, so nobody came back only when the pool is empty.
  return { ranked: rank(brief, candidates, weights, limit), considered: rows[0]?.considered ?? 0 };
}
