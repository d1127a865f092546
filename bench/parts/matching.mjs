/**
 * Suggestions for one opportunity over 10,000 profiles on PostgreSQL (issue 18): the p95 of
 * GET /api/v1/opportunities/{id}/suggestions (ranking everyone on the pool, with their
 * invitation history), one request at a time. Baseline in the same run: a page of 20 from
 * the pool (GET /api/v1/people), the same database and the same audit write, without the
 * ranking. Goal: p95 under 200 ms. The profiles are the generated pool of the ranking test
 * (test/helpers/profile-pool.ts), 3,000 invitations spread over them, in a scratch database.
 */
import { randomUUID } from 'node:crypto';
import { tsImport } from 'tsx/esm/api';
import { SignJWT } from 'jose';
import { startServer } from '../lib/server-process.mjs';
import { row, unavailable } from '../lib/stats.mjs';
import { scratchDatabase } from './server.mjs';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 10_000);
const REQUESTS = Number(process.env.BENCH_MATCH_REQUESTS ?? 60);
const FIGURE = `PostgreSQL: suggestions over ${PROFILES.toLocaleString('en-GB')} profiles (p95)`;
const SECRET = `bench-${randomUUID()}`;

export const p50 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];

/** The generated pool of PROFILES into the scratch database; `change(doc, n)` may alter the n-th; with `opportunityIds`, 3,000 invitations too. */
export async function fill(url, { opportunityIds, change = (doc) => doc } = {}) {
  const { generatePool } = await tsImport('../../test/helpers/profile-pool.ts', import.meta.url);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const pool = generatePool(PROFILES, 18);
    for (let start = 0; start < pool.length; start += 1000) {
      const batch = pool.slice(start, start + 1000).map((doc, i) => ({ id: `bench-${start + i}`, doc: change(doc, start + i) }));
      await client.query(
        `INSERT INTO profiles (id, doc, topics, skills, edit_token_hash, created_at, updated_at)
         SELECT p->>'id', p->'doc', ARRAY(SELECT jsonb_array_elements_text(p->'doc'->'topics')), ARRAY(SELECT jsonb_array_elements_text(p->'doc'->'skills')),
                'bench', now(), now()
         FROM jsonb_array_elements($1::jsonb) p`,
        [JSON.stringify(batch)],
      );
    }
    // Some people were asked lately: 3,000 invitations over the first 2,000 profiles (or over all
    // of them in a smaller pool: an invitation to a profile that does not exist breaks its foreign key).
    if (opportunityIds && pool.length) await client.query(
      `INSERT INTO invitations (id, opportunity_id, profile_id, invited_by, created_at)
       SELECT 'bench-inv-' || n, ($1::text[])[1 + n % array_length($1::text[], 1)], 'bench-' || (n % $2::int), 'bench', now() - (n % 120) * interval '1 day'
       FROM generate_series(0, 2999) n ON CONFLICT DO NOTHING`,
      [opportunityIds, invitedProfiles(pool.length)],
    );
  } finally {
    await client.end();
  }
}

/** How many of the pool's first profiles the 3,000 invitations go to: 2,000, or the whole pool when it is smaller. */
export const invitedProfiles = (profiles) => Math.min(2000, profiles);

export async function timed(url, token, count) {
  const took = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    took.push(performance.now() - started);
  }
  return took;
}

/**
 * A scratch database, the seeded server on it, a staff token and an open carers opportunity;
 * `run` fills the pool and measures. Without DATABASE_URL, or on any failure, the figure is unavailable.
 */
export async function onScratchServer(name, figure, run) {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl) return [unavailable(name, figure, 'DATABASE_URL is not set (e.g. DATABASE_URL=$(bash server/scripts/start-postgres.sh | tail -n 1))')];
  const scratch = await scratchDatabase(databaseUrl);
  const server = await startServer({ databaseUrl: scratch.url, env: { SEED: 'true', JWT_SECRET: SECRET, MESSAGES_WORKER: 'false' } });
  try {
    const token = await new SignJWT({ roles: ['staff', 'people'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('bench').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
    const open = await (await fetch(`${server.origin}/api/v1/opportunities?limit=100`)).json();
    const opportunity = open.items.find((o) => o.topics.includes('carers')) ?? open.items[0];
    if (!opportunity) throw new Error('no open opportunity');
    return await run({ server, token, open, opportunity, scratch });
  } catch (error) {
    return [unavailable(name, figure, error.message)];
  } finally {
    await server.stop();
    await scratch.drop();
  }
}

export function matchingRows(log = () => {}) {
  return onScratchServer('matching', FIGURE, async ({ server, token, open, opportunity, scratch }) => {
    log(`matching: ${PROFILES} profiles into ${scratch.note}`);
    await fill(scratch.url, { opportunityIds: open.items.map((o) => o.id) });
    const suggestions = `${server.origin}/api/v1/opportunities/${opportunity.id}/suggestions?limit=20`;
    const page = `${server.origin}/api/v1/people?reason=find-people&limit=20`;
    await timed(suggestions, token, 3); // warm up
    await timed(page, token, 3);
    log(`matching: ${REQUESTS} requests each, one at a time`);
    const ranked = await timed(suggestions, token, REQUESTS);
    const base = await timed(page, token, REQUESTS);
    const [value, baselineValue] = [p95(ranked), p95(base)];
    const considered = (await (await fetch(suggestions, { headers: { authorization: `Bearer ${token}` } })).json()).considered;
    return [
      row('matching', FIGURE, {
        value,
        unit: 'ms',
        display: `${value.toFixed(0)} ms`,
        runs: REQUESTS,
        baseline: 'a page of 20 from the pool (GET /people)',
        baselineValue,
        ratio: value / baselineValue,
        note: `goal under 200 ms: ${value < 200 ? 'met' : 'NOT met'}; ${considered} people ranked for "${opportunity.title}"; p50 ${p50(ranked).toFixed(0)} ms; ${scratch.note}`,
      }),
    ];
  });
}
