#!/usr/bin/env node
/**
 * Lighthouse A/B in one run: two checkouts, each served by its own reference server (its demo/ and
 * dist/: build both first), audited in turn (A B B A ...) with the bench's settings (Lighthouse's
 * default mobile, Debian's Chromium, performance only); per side the median performance score,
 * TBT, LCP, and each run with the load average as it started. On a shared machine only a same-run
 * comparison says anything: Lighthouse's TBT multiplies whatever the host's CPU does.
 *
 *   node bench/ab-lighthouse.mjs <checkout A> <checkout B> [--page=/index.html] [--runs=3]
 *
 * Not part of `npm run bench` (a tool, not a figure).
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { browserPaths, chromiumArgs } from '../scripts/browsers.mjs';
import { startServer } from './lib/server-process.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => { const [k, v = 'true'] = a.slice(2).split('='); return [k, v]; }));
if (args.length !== 2) throw new Error('usage: node bench/ab-lighthouse.mjs <checkout A> <checkout B> [--page=/index.html] [--runs=3]');
const sides = { A: resolve(args[0]), B: resolve(args[1]) };
const path = flags.page ?? '/index.html';
const runs = Number(flags.runs ?? 3);
const median = (v) => { const s = [...v].sort((x, y) => x - y); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

const servers = {};
for (const [side, cwd] of Object.entries(sides)) servers[side] = await startServer({ cwd, env: { SEED: 'true' } });
const results = { A: [], B: [] };
try {
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 ? ['B', 'A'] : ['A', 'B']) {
      const load = loadavg()[0];
      const chrome = await launch({ chromePath: browserPaths().chromium, chromeFlags: ['--headless=new', ...chromiumArgs] });
      let lhr;
      try {
        ({ lhr } = await lighthouse(`${servers[side].origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }));
      } finally {
        await chrome.kill();
      }
      const a = lhr.audits;
      const run = { score: Math.round(lhr.categories.performance.score * 100), tbt: a['total-blocking-time'].numericValue, lcp: a['largest-contentful-paint'].numericValue, cls: a['cumulative-layout-shift'].numericValue, load };
      results[side].push(run);
      console.log(`${side} run ${results[side].length}: performance ${run.score}, TBT ${run.tbt.toFixed(0)} ms, LCP ${run.lcp.toFixed(0)} ms, CLS ${run.cls.toFixed(3)}; long tasks ${(a['long-tasks']?.details?.items ?? []).map((t) => `${t.duration.toFixed(0)}@${t.startTime.toFixed(0)}`).join(' ')}; load average ${load.toFixed(1)}`);
    }
  }
} finally {
  await Promise.all(Object.values(servers).map((s) => s.stop()));
}
console.log(`\n${path}, ${runs} runs a side, alternated`);
for (const side of ['A', 'B']) {
  const r = results[side];
  console.log(`${side} ${sides[side]}: performance median ${median(r.map((x) => x.score))} (${r.map((x) => x.score).join(', ')}); TBT median ${median(r.map((x) => x.tbt)).toFixed(0)} ms (${r.map((x) => x.tbt.toFixed(0)).join(', ')}); LCP median ${median(r.map((x) => x.lcp)).toFixed(0)} ms; CLS max ${Math.max(...r.map((x) => x.cls)).toFixed(3)}`);
}
