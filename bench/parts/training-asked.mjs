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
import { row } from '../lib/stats.mjs';
import { fill, onScratchServer, p50, p95, timed } from './matching.mjs';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 10_000);
const ASKED = Math.round(PROFILES * 0.3);
const REQUESTS = Number(process.env.BENCH_MATCH_REQUESTS ?? 60);
const FIGURE = `PostgreSQL: suggestions for a training session, ${ASKED.toLocaleString('en-GB')} of ${PROFILES.toLocaleString('en-GB')} asked for training (p95)`;

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

export function trainingAskedRows(log = () => {}) {
  // Every tenth in three said what training or support they would like.
  return onScratchServer('training', FIGURE, async ({ server, token, opportunity, scratch }) => {
    log(`training: ${PROFILES} profiles (${ASKED} asked for training) into ${scratch.note}`);
    await fill(scratch.url, { change: (doc, n) => (n % 10 < 3 ? { ...doc, trainingWanted: 'How to chair a meeting' } : doc) });
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
  });
}
