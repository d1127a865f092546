/**
 * Suggestions for a training session over 10,000 profiles on PostgreSQL (issue 17 item 5): a
 * training or support session puts first the people who asked for training, so the server runs
 * the ranking a second time over only them (ASKED_SQL in server/src/people/ranking-sql.ts,
 * bounded to the top `limit`). Here 3,000 of the 10,000 asked (the worst a council is likely to
 * see). Figure: p95 of GET /api/v1/opportunities/{id}/suggestions?limit=20 for the session, one
 * request at a time. Baseline in the same run: the same opportunity as an ordinary activity
 * (no second query), so the ratio is what asking "who wanted training" costs. The pool is the
 * matching part's (test/helpers/profile-pool.ts), in a scratch database dropped afterwards.
 */
import { randomUUID } from 'node:crypto';
import { tsImport } from 'tsx/esm/api';
import { SignJWT } from 'jose';
import { startServer } from '../lib/server-process.mjs';
import { row, unavailable } from '../lib/stats.mjs';
import { scratchDatabase } from './server.mjs';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 10_000);
const ASKED = Math.round(PROFILES * 0.3);
const REQUESTS = Number(process.env.BENCH_MATCH_REQUESTS ?? 60);
const FIGURE = `PostgreSQL: suggestions for a training session, ${ASKED.toLocaleString('en-GB')} of ${PROFILES.toLocaleString('en-GB')} asked for training (p95)`;
const SECRET = `bench-${randomUUID()}`;

const p50 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];

async function fill(url) {
  const { generatePool } = await tsImport('../../test/helpers/profile-pool.ts', import.meta.url);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const pool = generatePool(PROFILES, 18);
    for (let start = 0; start < pool.length; start += 1000) {
      // Every tenth in three said what training or support they would like.
      const batch = pool.slice(start, start + 1000).map((doc, i) => ({ id: `bench-${start + i}`, doc: (start + i) % 10 < 3 ? { ...doc, trainingWanted: 'How to chair a meeting' } : doc }));
      await client.query(
        `INSERT INTO profiles (id, doc, topics, skills, edit_token_hash, created_at, updated_at)
         SELECT p->>'id', p->'doc', ARRAY(SELECT jsonb_array_elements_text(p->'doc'->'topics')), ARRAY(SELECT jsonb_array_elements_text(p->'doc'->'skills')),
                'bench', now(), now()
         FROM jsonb_array_elements($1::jsonb) p`,
        [JSON.stringify(batch)],
      );
    }
  } finally {
    await client.end();
  }
}

async function timed(url, token, count) {
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

/** Makes the opportunity a session of `kind` ('training') or an ordinary 'activity', as staff would on the brief. */
async function setKind(origin, token, id, kind) {
  const read = await fetch(`${origin}/api/v1/opportunities/${id}`, { headers: { authorization: `Bearer ${token}` } });
  const brief = await read.json();
  // What the server adds to a brief, not part of what staff send back.
  for (const key of ['id', 'organisation', 'area', 'placesTaken', 'interestCount', 'createdAt', 'updatedAt', 'publishedAt']) delete brief[key];
  const etag = read.headers.get('etag');
  const put = await fetch(`${origin}/api/v1/opportunities/${id}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(etag ? { 'if-match': etag } : {}) },
    body: JSON.stringify({ ...brief, kind }),
  });
  if (!put.ok) throw new Error(`making it ${kind}: ${put.status} ${(await put.text()).slice(0, 200)}`);
}

export async function trainingAskedRows(log = () => {}) {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl) return [unavailable('training', FIGURE, 'DATABASE_URL is not set (e.g. DATABASE_URL=$(bash server/scripts/start-postgres.sh | tail -n 1))')];
  const scratch = await scratchDatabase(databaseUrl);
  const server = await startServer({ databaseUrl: scratch.url, env: { SEED: 'true', JWT_SECRET: SECRET, MESSAGES_WORKER: 'false' } });
  try {
    const token = await new SignJWT({ roles: ['staff', 'people'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('bench').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
    const open = await (await fetch(`${server.origin}/api/v1/opportunities?limit=100`)).json();
    const opportunity = open.items.find((o) => o.topics.includes('carers')) ?? open.items[0];
    if (!opportunity) throw new Error('no open opportunity');
    log(`training: ${PROFILES} profiles (${ASKED} asked for training) into ${scratch.note}`);
    await fill(scratch.url);
    const suggestions = `${server.origin}/api/v1/opportunities/${opportunity.id}/suggestions?limit=20`;
    await setKind(server.origin, token, opportunity.id, 'activity');
    await timed(suggestions, token, 3); // warm up
    const base = await timed(suggestions, token, REQUESTS);
    await setKind(server.origin, token, opportunity.id, 'training');
    await timed(suggestions, token, 3);
    log(`training: ${REQUESTS} requests each, one at a time`);
    const session = await timed(suggestions, token, REQUESTS);
    const answer = await (await fetch(suggestions, { headers: { authorization: `Bearer ${token}` } })).json();
    const first = (answer.items ?? answer.suggestions ?? []).filter((s) => (s.reasons ?? []).some((r) => r.code === 'asked-for-training')).length;
    const [value, baselineValue] = [p95(session), p95(base)];
    return [
      row('training', FIGURE, {
        value,
        unit: 'ms',
        display: `${value.toFixed(0)} ms`,
        runs: REQUESTS,
        baseline: 'the same opportunity as an ordinary activity (no asked-for-training query)',
        baselineValue,
        ratio: value / baselineValue,
        note: `${first} of the 20 suggested asked for training; p50 ${p50(session).toFixed(0)} ms (baseline p50 ${p50(base).toFixed(0)} ms); ${scratch.note}`,
      }),
    ];
  } catch (error) {
    return [unavailable('training', FIGURE, error.message)];
  } finally {
    await server.stop();
    await scratch.drop();
  }
}
