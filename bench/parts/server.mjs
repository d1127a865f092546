/**
 * The reference server under load from autocannon, on 127.0.0.1 only and bounded in time:
 * GET /api/v1/opportunities and POST /api/v1/opportunities/{id}/interests (a fresh
 * Idempotency-Key and a valid body on every POST; the anonymous rate limit is switched off
 * for the bench with RATE_LIMIT_MAX=0). The floor measured in the same run is the same
 * server answering GET /widgets/coprod-autoload.js (Fastify's static files: no database).
 * PGlite always; PostgreSQL when DATABASE_URL is set (in a throw-away database when the
 * role may create one, so the bench's expressions of interest do not stay behind).
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { startServer } from '../lib/server-process.mjs';
import { median, row, unavailable, withTimeout } from '../lib/stats.mjs';

const require = createRequire(import.meta.url);
const RUNS = Number(process.env.BENCH_SERVER_RUNS ?? 3);
const DURATION = Number(process.env.BENCH_SERVER_SECONDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

export function loadAutocannon() {
  for (const from of ['../../server/node_modules/autocannon', 'autocannon']) {
    try {
      return require(from);
    } catch {
      // try the next place
    }
  }
  throw new Error('autocannon is not installed (server workspace devDependency)');
}

export function cannon(autocannon, url, options) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing to load anything but 127.0.0.1: ${url}`);
  const run = autocannon({ url, connections: CONNECTIONS, duration: options.duration ?? DURATION, ...options, renderProgressBar: false, renderResultsTable: false });
  // What went wrong with the requests that got no answer (ECONNREFUSED, ECONNRESET, a timeout), by kind.
  const errorKinds = new Map();
  run.on('reqError', (error) => {
    const kind = error?.code ?? error?.message ?? String(error);
    errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  });
  return withTimeout(run, ((options.duration ?? DURATION) + 20) * 1000, 'autocannon').then((result) => ({ ...result, errorKinds }));
}

/**
 * What the server itself spent, from its own /metrics (prom-client) read before and after a run:
 * `http_request_duration_seconds` for the route (Fastify's reply.elapsedTime: from the request
 * parsed to the answer handed to the socket) and the process's CPU seconds. autocannon's latency
 * adds what happens outside the server's handling: the request waiting in the socket and the
 * event loop behind others, and the client itself (autocannon runs in the bench's own process, on
 * the same 2 cores). On a loaded machine that queueing, not the server's work, is most of a p99.
 */
export async function serverMetrics(origin, route) {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const buckets = new Map();
  let sum = 0;
  let count = 0;
  let cpu = 0;
  const cache = { hits: 0, misses: 0, invalidations: 0 };
  for (const line of text.split('\n')) {
    const [name, value] = line.split(' ');
    if (name?.startsWith('process_cpu_seconds_total')) cpu = Number(value);
    if (name === 'coprod_public_cache_answers_total{result="hit"}') cache.hits = Number(value);
    if (name === 'coprod_public_cache_answers_total{result="miss"}') cache.misses = Number(value);
    if (name === 'coprod_public_cache_invalidations_total') cache.invalidations = Number(value);
    if (!name?.includes(`route="${route}"`) || !name.includes('method="GET"') || !name.includes('status_code="200"')) continue;
    if (name.startsWith('http_request_duration_seconds_bucket')) buckets.set(name.match(/le="([^"]+)"/)[1], Number(value));
    else if (name.startsWith('http_request_duration_seconds_sum')) sum = Number(value);
    else if (name.startsWith('http_request_duration_seconds_count')) count = Number(value);
  }
  return { buckets, sum, count, cpu, cache };
}

/** The server's own figures for the requests between two reads: mean, the bucket its p99 falls in, CPU per request. */
function serverSpent(before, after) {
  const count = after.count - before.count;
  if (!count) return undefined;
  const within = [...after.buckets].map(([le, n]) => [le, n - (before.buckets.get(le) ?? 0)]).filter(([le]) => le !== '+Inf').sort((a, b) => Number(a[0]) - Number(b[0]));
  const p99 = within.find(([, n]) => n >= count * 0.99)?.[0];
  // The public cache between the two reads: answers computed (misses) and times it was emptied.
  const cache = { misses: after.cache.misses - before.cache.misses, invalidations: after.cache.invalidations - before.cache.invalidations };
  return { count, meanMs: ((after.sum - before.sum) / count) * 1000, p99AtMostMs: p99 === undefined ? undefined : Number(p99) * 1000, cpuMs: ((after.cpu - before.cpu) / count) * 1000, cache };
}

/** A target as autocannon takes it: without the origin whose /metrics the bench reads. */
function cannonOptions(target) {
  const options = { ...target };
  delete options.origin;
  return options;
}

/**
 * Why a run is no figure, or undefined when it is one. A run in which the server answered nothing
 * (0 req/s: every request refused, reset or timed out) or nothing with a 2xx has no rate to take a
 * median or a ratio of: dividing by it once printed "Infinity" (session 18, at load 60).
 */
export function failedRun(result, seconds = DURATION) {
  const answered = result.requests?.total ?? result['2xx'] + result.non2xx;
  const kinds = [...(result.errorKinds ?? [])].map(([kind, n]) => `${kind} x${n}`).join(', ');
  if (!answered || !(result.requests?.average > 0)) {
    const why = [];
    if (result.timeouts) why.push(`${result.timeouts} timed out (no answer within autocannon's 10 s)`);
    if (result.errors - result.timeouts > 0) why.push(`${result.errors - result.timeouts} failed to connect or were cut off${kinds ? ` (${kinds})` : ''}`);
    if (!why.length) why.push('none refused, cut off or timed out before the run ended: the server too slow to answer any in time');
    return `no requests answered in ${seconds} s: ${why.join(', ')}`;
  }
  if (!result['2xx']) {
    const codes = Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => `${count} x ${code}`).join(', ');
    return `no request answered with a 2xx: ${codes || `${result.non2xx} non-2xx`}`;
  }
  return undefined;
}

export const summary = (result) => ({
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  ok: result['2xx'],
  non2xx: result.non2xx,
  // autocannon counts a timeout among its errors too.
  errors: result.errors,
  timeouts: result.timeouts,
  failed: failedRun(result),
});

/** a / b as "1.23x", or undefined when either is no figure (a failed run, none at all). */
export const times = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > 0 ? `${(a / b).toFixed(2)}x` : undefined);

/** A throw-away database beside DATABASE_URL's, or the URL itself when it cannot make one. */
let scratchMade = 0;
export async function scratchDatabase(url) {
  const { default: pg } = await import('pg');
  const name = `coprod_bench_${process.pid}_${Date.now()}_${(scratchMade += 1)}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const scratch = new URL(url);
    scratch.pathname = `/${name}`;
    return {
      url: scratch.href,
      note: `scratch database ${name}, dropped afterwards`,
      async drop() {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => {});
        await admin.end().catch(() => {});
      },
    };
  } catch (error) {
    await admin.end().catch(() => {});
    return { url, note: `could not create a scratch database (${error.message}); the POSTs stay in DATABASE_URL's database`, async drop() {} };
  }
}

export const JWT_SECRET = 'bench-only-secret-that-is-long-enough-for-hs256';
const INTERESTS_GOAL = Number(process.env.BENCH_INTERESTS ?? 15000);

export async function staffToken() {
  const { SignJWT } = await import('jose');
  return new SignJWT({ roles: ['staff'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('bench-staff').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(JWT_SECRET));
}

/**
 * PostgreSQL only (PGlite is inside the server's process): expressions of interest copied from
 * one already there until there are `goal` in all, spread over every opportunity, status 'new'
 * (so the places taken do not change). Returns how many there are now.
 */
async function topUpInterests(databaseUrl, goal) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM interests')).rows;
    if (n < goal) {
      await client.query(
        `WITH ids AS (SELECT array_agg(id ORDER BY id) AS a FROM opportunities),
              template AS (SELECT i FROM interests i LIMIT 1)
         INSERT INTO interests
         SELECT (jsonb_populate_record(NULL::interests, to_jsonb(t.i) || jsonb_build_object(
           'id', 'bench-' || g, 'reference', 'BENCH-' || g, 'status', 'new', 'invitation_id', NULL,
           'opportunity_id', ids.a[1 + g % cardinality(ids.a)]))).*
         FROM template t, ids, generate_series(1, $1::int) g`,
        [goal - n],
      );
    }
    // As a database that gathered them over months would be (autovacuum keeps up with a trickle):
    // counted, planned and marked all-visible now, not by an autovacuum running through the reads.
    await client.query('VACUUM ANALYZE interests');
    await client.query('VACUUM ANALYZE data_versions');
    return (await client.query('SELECT count(*)::int AS n FROM interests')).rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * The rows of one server (PGlite or PostgreSQL) from its runs, `results[key]` each a list of
 * summaries (see `summary`). Apart from the measuring so that what a failed run prints can be
 * checked without a server (test/node/bench-server-rows.test.ts).
 */
export function resultRows(kind, results, { posted = 0, interests } = {}) {
  const rows = [];
  // A failed run (no requests answered) is no figure: left out of every median and ratio, and named in the row.
  const answered = (key) => results[key].filter((r) => !r.failed);
  const rpsOf = (key) => median(answered(key).map((r) => r.rps));
  const floorRps = rpsOf('floor');
  const describe = (key, label, baseline = floorRps && key !== 'floor' ? { baseline: 'static file, same server', baselineValue: floorRps } : {}) => {
    const all = results[key];
    const failures = all.map((r, i) => (r.failed ? `run ${i + 1} of ${all.length} FAILED, ${r.failed}` : undefined)).filter(Boolean);
    const runs = answered(key);
    if (!runs.length) {
      const failedRow = unavailable('server', `${kind}: ${label}`, `FAILED, no figure: ${all.length ? `${failures.join('; ')}` : 'not run'}`);
      return { ...failedRow, failed: true, failures, samples: all };
    }
    const rps = median(runs.map((r) => r.rps));
    const p50 = median(runs.map((r) => r.p50));
    const p99 = median(runs.map((r) => r.p99));
    const non2xx = runs.reduce((n, r) => n + r.non2xx, 0);
    const errors = runs.reduce((n, r) => n + r.errors, 0);
    const ok = runs.reduce((n, r) => n + r.ok, 0);
    // The machine's load (1-minute average) after each run: p99 grows with it on a shared machine.
    const load = all.map((r) => r.load.toFixed(1)).join(', ');
    const goal = key === 'get' || key === 'getAfter' ? `; p99 goal <= 25 ms: ${p99 <= 25 ? 'met' : 'NOT met'}` : '';
    // Anonymous reads: how many the public cache computed (misses), and how often it was emptied, over the runs.
    const cached = runs.map((r) => r.server?.cache).filter(Boolean);
    const cache = key.startsWith('get') && !key.startsWith('getStaff') && cached.length
      ? `; public cache: ${cached.reduce((n, c) => n + c.misses, 0)} computed, emptied ${cached.reduce((n, c) => n + c.invalidations, 0)} times`
      : '';
    // The server's own share of each request (its /metrics), apart from the queueing autocannon's latency adds.
    const spent = runs.map((r) => r.server).filter(Boolean);
    const within = spent.map((s) => s.p99AtMostMs);
    const inServer = spent.length
      ? `; in the server (its /metrics): mean ${median(spent.map((s) => s.meanMs)).toFixed(2)} ms, p99 within ${within.every((w) => w !== undefined) ? `${Math.max(...within)} ms` : 'the top bucket'}, CPU ${median(spent.map((s) => s.cpuMs)).toFixed(2)} ms a request; the rest of autocannon's p99 is waiting (socket, event loop, a 2-core machine shared with the client)`
      : '';
    return row('server', `${kind}: ${label}`, {
      value: rps,
      unit: 'req/s',
      display: `${Math.round(rps)} req/s`,
      runs: runs.length,
      ...(baseline.baselineValue ? { ...baseline, ratio: rps / baseline.baselineValue } : {}),
      note: `${failures.length ? `${failures.join('; ')} (left out: the median is of ${runs.length}); ` : ''}p50 ${p50} ms, p99 ${p99} ms${goal}${inServer}${cache}; load average ${load}; ${CONNECTIONS} connections x ${DURATION} s${non2xx ? `; ${non2xx} non-2xx of ${ok + non2xx}` : ''}${errors ? `; ${errors} errors/timeouts` : ''}`,
      p50,
      p99,
      ...(spent.length ? { serverMeanMs: median(spent.map((s) => s.meanMs)), serverP99AtMostMs: Math.max(...within), serverCpuMs: median(spent.map((s) => s.cpuMs)) } : {}),
      non2xx,
      errors,
      ...(failures.length ? { failedRuns: failures.length, failures } : {}),
      samples: all,
    });
  };
  const after = interests ? `${interests} interests` : 'the POSTs';
  rows.push(describe('get', 'GET /api/v1/opportunities (cached)'));
  rows.push(describe('getBr', 'GET /api/v1/opportunities, Accept-Encoding br (cached)'));
  rows.push(describe('getStaff', 'GET /api/v1/opportunities as staff (never cached)'));
  rows.push(describe('post', 'POST .../interests'));
  // With an empty server: the ratio to it (runs alternated); the ratio to the GET before, minutes earlier, in the note.
  const paired = (fullKey, emptyKey) =>
    results[emptyKey].length
      ? `; run by run (full / empty, each pair in turn): ${results[fullKey].map((r, i) => {
        const other = results[emptyKey][i];
        const none = [r.failed && 'full', (!other || other.failed) && 'empty'].filter(Boolean);
        if (none.length) return `no ratio (${none.join(' and ')} run ${i + 1}: no figure)`;
        return times(r.rps, other.rps);
      }).join(', ')}`
      : '';
  const baselineOf = (fullKey, emptyKey, label) =>
    results[emptyKey].length
      ? { baseline: `${label} on the seed alone, a second server, runs in turn`, baselineValue: rpsOf(emptyKey) }
      : { baseline: `${label} before, same run`, baselineValue: rpsOf(fullKey === 'getAfter' ? 'get' : 'getStaff') };
  const beforeRatio = (fullKey, beforeKey, what) => (results[`${beforeKey}Empty`].length ? `; ${times(rpsOf(fullKey), rpsOf(beforeKey)) ?? 'no ratio (a side with no figure)'} ${what} before (minutes earlier)` : '');
  // The anonymous list is served from the public cache, and since migration 340 nothing in this
  // part empties it (the copied-in interests are not 'joined'): this figure is a cache hit and
  // counts no interests at all. The staff list (never cached) is what counting them costs, so its
  // ratio stands beside it: "met" here does not mean "counting 15,000 interests is cheap".
  const staffRatio = baselineOf('getStaffAfter', 'getStaffEmpty', 'the staff GET');
  const staffBeside = `; beside it, the staff GET (never cached: counts every interest) after ${after}: ${times(rpsOf('getStaffAfter'), staffRatio.baselineValue) ?? 'no ratio (a side with no figure)'} ${staffRatio.baseline}`;
  rows.push(describe('getAfter', `GET /api/v1/opportunities after ${after} (anonymous: a cache hit, counts no interests)`, baselineOf('getAfter', 'getEmpty', 'the GET')));
  // A failed row (no figure) has no note to add to.
  const addNote = (text) => {
    if (!rows.at(-1).unavailable) rows.at(-1).note += text;
  };
  addNote(`${staffBeside}; ${posted} POSTed${interests ? `, then copied in up to ${interests} in all` : ' more than the seed\'s'}${paired('getAfter', 'getEmpty')}${beforeRatio('getAfter', 'get', 'the GET')}`);
  rows.push(describe('getStaffAfter', `GET as staff after ${after} (never cached: counts them)`, staffRatio));
  addNote(`${paired('getStaffAfter', 'getStaffEmpty')}${beforeRatio('getStaffAfter', 'getStaff', 'the staff GET')}`);
  if (results.getEmpty.length) rows.push(describe('getEmpty', 'GET /api/v1/opportunities on the seed alone (the empty figure, in turn with the full)'));
  if (results.floor.length) rows.push(describe('floor', 'floor: GET /widgets/coprod-autoload.js'));
  return rows;
}

async function benchOne(autocannon, kind, databaseUrl, log, emptyDatabaseUrl) {
  const server = await startServer({ databaseUrl, env: { RATE_LIMIT_MAX: '0', SEED: 'true', JWT_SECRET } });
  let empty;
  const rows = [];
  try {
    const list = await (await fetch(`${server.origin}/api/v1/opportunities?limit=1`)).json();
    const opportunityId = list.items?.[0]?.id;
    if (!opportunityId) throw new Error('no open opportunity to post interests to');
    const get = { url: `${server.origin}/api/v1/opportunities`, origin: server.origin };
    // As a browser asks: the cached answer's brotli bytes, compressed once per change of the data.
    const getBr = { ...get, headers: { 'accept-encoding': 'br, gzip' } };
    // Staff lists are never cached and count every interest: what the list costs to compute.
    const getStaff = { ...get, headers: { authorization: `Bearer ${await staffToken()}` } };
    const body = JSON.stringify({ name: 'Bench Person', contact: { method: 'email', detail: 'bench@example.com' }, message: 'Sent by npm run bench.', consent: true });
    const post = {
      url: `${server.origin}/api/v1/opportunities/${opportunityId}/interests`,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }),
        },
      ],
    };
    const floor = { url: `${server.origin}/widgets/coprod-autoload.js` };
    const floorWorks = (await fetch(floor.url)).ok;
    const results = { floor: [], get: [], getBr: [], getStaff: [], post: [], getAfter: [], getStaffAfter: [], getEmpty: [], getStaffEmpty: [] };
    const measure = async (key, target, i) => {
      log(`server ${kind}: ${key} run ${i + 1}/${RUNS} (${DURATION} s)`);
      const route = target.origin ? '/api/v1/opportunities' : undefined;
      const before = route && (await serverMetrics(target.origin, route).catch(() => undefined));
      const result = summary(await cannon(autocannon, target.url, cannonOptions(target)));
      const after = before && (await serverMetrics(target.origin, route).catch(() => undefined));
      results[key].push({ ...result, load: loadavg()[0], server: after && serverSpent(before, after) });
      if (result.failed) log(`server ${kind}: ${key} run ${i + 1} FAILED: ${result.failed}`);
    };
    // Reads first, on the seed as it is; then the POSTs; then (PostgreSQL) interests copied in
    // up to BENCH_INTERESTS; then the reads again (the list counts them for every opportunity).
    // Each phase starts with a 1 s warm-up that is not counted.
    const warm = (target) => cannon(autocannon, target.url, { ...cannonOptions(target), duration: 1 });
    for (const target of floorWorks ? [floor, get, getStaff] : [get, getStaff]) await warm(target);
    for (let i = 0; i < RUNS; i++) {
      if (floorWorks) await measure('floor', floor, i);
      await measure('get', get, i);
      await measure('getBr', getBr, i);
      await measure('getStaff', getStaff, i);
    }
    await warm(post);
    for (let i = 0; i < RUNS; i++) await measure('post', post, i);
    const posted = results.post.reduce((n, r) => n + r.ok, 0);
    let interests;
    if (databaseUrl) {
      log(`server ${kind}: copying expressions of interest up to ${INTERESTS_GOAL}`);
      interests = await topUpInterests(databaseUrl, INTERESTS_GOAL);
    }
    // The empty figure, measured in turn with the full one: the same server on the seed alone (its
    // own scratch database), started now. Figures taken minutes apart on a shared 2-core machine
    // differ by 2-4x with its load alone (session 18: 2,610 req/s before, 560-1,263 after at load
    // 13 -> 16, the cached answer the same bytes with no miss); runs alternated, empty first in
    // one round and full first in the next, see the same machine.
    let emptyGet;
    let emptyStaff;
    if (emptyDatabaseUrl) {
      empty = await startServer({ databaseUrl: emptyDatabaseUrl, env: { RATE_LIMIT_MAX: '0', SEED: 'true', JWT_SECRET } });
      emptyGet = { ...get, url: `${empty.origin}/api/v1/opportunities`, origin: empty.origin };
      emptyStaff = { ...getStaff, url: emptyGet.url, origin: empty.origin };
    }
    for (const target of [get, getStaff, emptyGet, emptyStaff].filter(Boolean)) await warm(target);
    for (let i = 0; i < RUNS; i++) {
      const pairs = [['getAfter', get, 'getEmpty', emptyGet], ['getStaffAfter', getStaff, 'getStaffEmpty', emptyStaff]];
      for (const [fullKey, full, emptyKey, nothing] of pairs) {
        const turn = nothing ? (i % 2 ? [[fullKey, full], [emptyKey, nothing]] : [[emptyKey, nothing], [fullKey, full]]) : [[fullKey, full]];
        for (const [key, target] of turn) await measure(key, target, i);
      }
    }
    rows.push(...resultRows(kind, results, { posted, interests }));
  } finally {
    await empty?.stop();
    await server.stop();
  }
  return rows;
}

export async function serverRows(log = () => {}) {
  const figures = (kind) => [`${kind}: GET /api/v1/opportunities (cached)`, `${kind}: POST .../interests`];
  let autocannon;
  try {
    autocannon = loadAutocannon();
  } catch (error) {
    return [...figures('PGlite'), ...figures('PostgreSQL')].map((f) => unavailable('server', f, error.message));
  }
  const rows = [];
  try {
    rows.push(...(await benchOne(autocannon, 'PGlite', undefined, log)));
  } catch (error) {
    rows.push(...figures('PGlite').map((f) => unavailable('server', f, error.message)));
  }
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl) {
    rows.push(...figures('PostgreSQL').map((f) => unavailable('server', f, 'DATABASE_URL is not set (e.g. DATABASE_URL=$(sudo bash server/scripts/start-postgres.sh | tail -n 1))')));
    return rows;
  }
  const scratch = await scratchDatabase(databaseUrl);
  // The empty figure's database: the seed alone (none when the role may not create databases).
  const emptyScratch = scratch.url === databaseUrl ? undefined : await scratchDatabase(databaseUrl);
  try {
    const pgRows = await benchOne(autocannon, 'PostgreSQL', scratch.url, log, emptyScratch?.url === databaseUrl ? undefined : emptyScratch?.url);
    for (const r of pgRows) r.note = `${r.note}; ${scratch.note}`;
    rows.push(...pgRows);
  } catch (error) {
    rows.push(...figures('PostgreSQL').map((f) => unavailable('server', f, error.message)));
  } finally {
    await emptyScratch?.drop();
    await scratch.drop();
  }
  return rows;
}
