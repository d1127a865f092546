#!/usr/bin/env node
/**
 * A/B of the reference server of two checkouts in ONE run: both servers up at once (each on its
 * own PGlite folder, and on its own scratch PostgreSQL database when DATABASE_URL is set), each
 * target loaded by autocannon on one side then the other, the order alternated round by round
 * (A B, B A, A B ...), so both sides see the same machine. Per target: each side's median req/s
 * and p99, the ratio B / A of the medians and of each round's pair, and the server's own CPU per
 * answered request (process_cpu_seconds_total from its /metrics, before and after the run): on a
 * shared machine the CPU a request costs moves far less than req/s does.
 *
 * Phases, each side in turn: reads on the seed as it started (no transaction has run yet),
 * POSTs (each a transaction), then the same reads again (a server that has run transactions).
 *
 *   node bench/ab-server.mjs <checkout A> <checkout B> [--rounds=4] [--seconds=4] [--json=file]
 *        [--kinds=PGlite,PostgreSQL] [--phases=fresh,posts,after] [--only=floor,get,getBr,getStaff] [--rate=get:400,getStaff:30]
 *   node bench/ab-server.mjs . .          (A against itself: the noise of a ratio)
 *
 * Each checkout needs node_modules (a symlink to another's will do) and dist/ (for the static
 * floor: the same dist/ on both sides keeps that target identical). Not part of `npm run bench`.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { startServer } from './lib/server-process.mjs';
import { median } from './lib/stats.mjs';
import { JWT_SECRET, cannon, loadAutocannon, scratchDatabase, staffToken, summary } from './parts/server.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => { const [k, v = 'true'] = a.slice(2).split('='); return [k, v]; }));
if (args.length !== 2) throw new Error('usage: node bench/ab-server.mjs <checkout A> <checkout B> [--rounds=4] [--seconds=4] [--json=file]');
const checkouts = { A: resolve(args[0]), B: resolve(args[1]) };
const ROUNDS = Number(flags.rounds ?? 4);
const SECONDS = Number(flags.seconds ?? 4);
// --rate=<target>:<req/s>,...: that target at a fixed rate (autocannon's overallRate) instead of as fast as it
// goes, so both sides answer the same requests at the same pace: CPU per request is then comparable even on a
// busy machine (flat out, a starved server batches more requests per event-loop turn and spends less on each).
const RATES = Object.fromEntries(String(flags.rate ?? '').split(',').filter(Boolean).map((pair) => { const [k, v] = pair.split(':'); return [k, Number(v)]; }));
const PHASES = String(flags.phases ?? 'fresh,posts,after').split(',');
const KEYS = flags.only ? String(flags.only).split(',') : undefined;
const log = (text) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);

async function cpuSeconds(origin) {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('process_cpu_seconds_total '));
  return line ? Number(line.split(' ')[1]) : undefined;
}

async function targetsOf(origin) {
  const list = await (await fetch(`${origin}/api/v1/opportunities?limit=1`)).json();
  const opportunityId = list.items?.[0]?.id;
  const get = { url: `${origin}/api/v1/opportunities` };
  const body = JSON.stringify({ name: 'Bench Person', contact: { method: 'email', detail: 'bench@example.com' }, message: 'Sent by bench/ab-server.mjs.', consent: true });
  const targets = {
    floor: { url: `${origin}/widgets/coprod-autoload.js` },
    get,
    getBr: { ...get, headers: { 'accept-encoding': 'br, gzip' } },
    getStaff: { ...get, headers: { authorization: `Bearer ${await staffToken()}` } },
    post: {
      url: `${origin}/api/v1/opportunities/${opportunityId}/interests`,
      requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, body, setupRequest: (r) => ({ ...r, headers: { ...r.headers, 'idempotency-key': randomUUID() } }) }],
    },
  };
  for (const [key, target] of Object.entries(targets)) Object.defineProperty(target, 'key', { value: key, enumerable: false });
  return targets;
}

async function measure(autocannon, server, target, duration = SECONDS) {
  const cpuBefore = await cpuSeconds(server.origin);
  const result = summary(await cannon(autocannon, target.url, { ...target, duration, ...(RATES[target.key] ? { overallRate: RATES[target.key] } : {}) }));
  const cpuAfter = await cpuSeconds(server.origin);
  const answered = result.ok + result.non2xx;
  return { ...result, cpuMs: answered ? ((cpuAfter - cpuBefore) * 1000) / answered : undefined, load: loadavg()[0] };
}

const fmt = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : '-');

function report(kind, phase, key, runs) {
  const a = runs.A;
  const b = runs.B;
  const rps = { A: median(a.map((r) => r.rps)), B: median(b.map((r) => r.rps)) };
  const p99 = { A: median(a.map((r) => r.p99)), B: median(b.map((r) => r.p99)) };
  const cpu = { A: median(a.map((r) => r.cpuMs)), B: median(b.map((r) => r.cpuMs)) };
  const pairs = a.map((r, i) => (b[i] ? (b[i].rps / r.rps).toFixed(2) : '-')).join(' ');
  const cpuPairs = a.map((r, i) => (b[i] ? (b[i].cpuMs / r.cpuMs).toFixed(2) : '-')).join(' ');
  const loads = [...a, ...b].map((r) => r.load);
  const bad = [...a, ...b].filter((r) => r.failed || r.non2xx || r.errors).length;
  return {
    kind, phase, key,
    text: `${kind.padEnd(10)} ${phase.padEnd(6)} ${key.padEnd(9)} A ${fmt(rps.A).padStart(6)} req/s p99 ${fmt(p99.A).padStart(3)} ms cpu ${fmt(cpu.A, 3)} ms | B ${fmt(rps.B).padStart(6)} req/s p99 ${fmt(p99.B).padStart(3)} ms cpu ${fmt(cpu.B, 3)} ms | B/A req/s ${fmt(rps.B / rps.A, 3)} (rounds ${pairs}) cpu ${fmt(cpu.B / cpu.A, 3)} (rounds ${cpuPairs}) | load ${fmt(Math.min(...loads), 1)}-${fmt(Math.max(...loads), 1)}${bad ? ` | ${bad} runs with errors/non-2xx` : ''}`,
    rps, p99, cpu, samples: runs,
  };
}

async function benchKind(autocannon, kind, databaseUrl) {
  const scratch = {};
  const servers = {};
  const out = [];
  try {
    for (const side of ['A', 'B']) {
      scratch[side] = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
      servers[side] = await startServer({ cwd: checkouts[side], databaseUrl: scratch[side]?.url, env: { RATE_LIMIT_MAX: '0', SEED: 'true', JWT_SECRET } });
      log(`${kind} ${side}: ${checkouts[side]} at ${servers[side].origin}`);
    }
    const targets = { A: await targetsOf(servers.A.origin), B: await targetsOf(servers.B.origin) };
    const reads = ['floor', 'get', 'getBr', 'getStaff'].filter((k) => !KEYS || KEYS.includes(k));
    const phase = async (name, keys) => {
      for (const side of ['A', 'B']) for (const key of keys) await cannon(autocannon, targets[side][key].url, { ...targets[side][key], duration: 1 });
      const runs = Object.fromEntries(keys.map((k) => [k, { A: [], B: [] }]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const key of keys) {
          for (const side of round % 2 ? ['B', 'A'] : ['A', 'B']) {
            log(`${kind} ${name} round ${round + 1}/${ROUNDS} ${key} ${side}`);
            runs[key][side].push(await measure(autocannon, servers[side], targets[side][key]));
          }
        }
      }
      for (const key of keys) {
        const r = report(kind, name, key, runs[key]);
        out.push(r);
        console.log(r.text);
      }
    };
    // The warm-up of the first phase has no POST in it: no transaction has run before it.
    if (PHASES.includes('fresh')) await phase('fresh', reads);
    if (PHASES.includes('posts')) await phase('posts', ['post']);
    // Without the measured POSTs, one POST a side all the same: "after" means after a transaction has run.
    else for (const side of ['A', 'B']) await cannon(autocannon, targets[side].post.url, { ...targets[side].post, amount: 5, connections: 1 });
    if (PHASES.includes('after')) await phase('after', reads);
  } finally {
    for (const side of ['A', 'B']) await servers[side]?.stop();
    for (const side of ['A', 'B']) await scratch[side]?.drop();
  }
  return out;
}

const autocannon = loadAutocannon();
console.log(`A = ${checkouts.A}\nB = ${checkouts.B}\n${ROUNDS} rounds x ${SECONDS} s, 10 connections${Object.keys(RATES).length ? `, fixed rates ${JSON.stringify(RATES)} req/s` : ''}; load at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const all = [];
const KINDS = String(flags.kinds ?? 'PGlite,PostgreSQL').split(',');
if (KINDS.includes('PGlite')) all.push(...(await benchKind(autocannon, 'PGlite')));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!KINDS.includes('PostgreSQL')) console.log('PostgreSQL: not asked for (--kinds)');
else if (databaseUrl) all.push(...(await benchKind(autocannon, 'PostgreSQL', databaseUrl)));
else console.log('PostgreSQL: DATABASE_URL not set, not run');
console.log(`load at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
if (flags.json) writeFileSync(flags.json, JSON.stringify(all, null, 2));
