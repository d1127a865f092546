#!/usr/bin/env node
/**
 * A/B of a page's start-up by CPU time, as Lighthouse's simulated TBT counts it, so that a start-up
 * change is measurable on a busy machine. Wall-clock long tasks under load swing 2-4x from one load to
 * the next; a task's thread CPU time does not (about ±3 ms). Lighthouse's mobile setting re-times an
 * unthrottled trace 4x (lantern) and sums each task's time over 50 ms between first paint and
 * interactive; here every main-thread task of the page gets `max(0, 4 x CPU ms - 50)`, summed
 * ("TBT-like": an upper bound, as tasks before first paint count too).
 *
 * Each checkout is served by its own reference server (its server, demo/ and dist/: build first;
 * a checkout without node_modules can have a symlink to another's), both in one Chromium, loads
 * alternated A B B A ..., each in a new context at Lighthouse's phone size, one Chromium trace
 * (CDP Tracing) from navigation to load + 2.5 s. Prints each load's tasks over 5 ms CPU, then per
 * side the medians and the ratio B / A of the medians; --detail prints what the largest tasks did
 * (their direct children: script evaluation by URL, timers, style, layout, parse...).
 *
 *   node bench/ab-startup.mjs <checkout A> <checkout B> [--page=/index.html] [--loads=8] [--detail] [--kinds] [--categories=a,b] [--json=file]
 *   node bench/ab-startup.mjs . .          (A against itself: the noise floor of a figure)
 *
 * Not part of `npm run bench` (a tool, not a figure).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { launchChromium } from './lib/browser.mjs';
import { startServer } from './lib/server-process.mjs';
import { startTracing } from './lib/tracing.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => { const [k, v = 'true'] = a.slice(2).split('='); return [k, v]; }));
if (args.length !== 2) throw new Error('usage: node bench/ab-startup.mjs <checkout A> <checkout B> [--page=/index.html] [--loads=8] [--detail] [--json=file]');
const sides = { A: resolve(args[0]), B: resolve(args[1]) };
const path = flags.page ?? '/index.html';
const loads = Number(flags.loads ?? 8);
/**
 * --categories=blink,disabled-by-default-v8.compile,...: more trace categories, so that `--kinds` names what
 * the default ones leave as a task's own time (Blink's style and layout steps, V8's lazy parse and compile).
 * They add tracing work of their own: compare figures only between runs with the same categories.
 */
const EXTRA_CATEGORIES = flags.categories ? String(flags.categories).split(',') : [];
const SLOWDOWN = 4;
const LONG = 50;

/** The page's renderer main thread, from its document's HTML parse; tasks on it from then on. */
function startupTasks(events, pagePath) {
  const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(pagePath));
  if (!parse) throw new Error(`no ParseHTML of ${pagePath} in the trace`);
  const { pid, tid } = parse;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = thread
    .filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ts + e.dur >= parse.ts)
    .sort((x, y) => x.ts - y.ts)
    // Nested run loops report a RunTask inside a RunTask: count the outer one only.
    .filter((task, i, all) => !all.slice(0, i).some((outer) => outer.ts <= task.ts && task.ts + task.dur <= outer.ts + outer.dur));
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === pid);
  return { pid, tid, thread, tasks, start: parse.ts, fcp: fcp?.ts };
}

const cpuMs = (task) => (task.tdur ?? task.dur) / 1000;
/** Trace events that are style recalculation, and layout (their CPU is summed per load). */
const STYLE = ['UpdateLayoutTree', 'RecalculateStyles'];
const LAYOUT = ['Layout'];
const blocking = (cpu) => Math.max(0, SLOWDOWN * cpu - LONG);

const short = (url) => String(url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
const labelOf = (e) => {
  const data = e.args?.data ?? e.args?.beginData ?? {};
  const url = data.url ?? data.scriptName ?? e.args?.fileName ?? '';
  const what = data.functionName ? ` ${data.functionName}` : '';
  return `${e.name}${url ? ` ${short(url)}` : ''}${what}`;
};

/** A task's direct children (events it contains that no other contained event contains), by label. */
function childrenOf(task, thread) {
  const inside = thread
    .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask')
    .sort((x, y) => x.ts - y.ts || y.dur - x.dur);
  const direct = [];
  let end = -Infinity;
  for (const e of inside) if (e.ts >= end) { direct.push(e); end = e.ts + e.dur; }
  const by = new Map();
  for (const e of direct) by.set(labelOf(e), (by.get(labelOf(e)) ?? 0) + cpuMs(e));
  return [...by].sort((x, y) => y[1] - x[1]);
}

/**
 * CPU by trace event name, each event's own (self) time: its CPU less that of the events directly inside it,
 * over the given tasks (`--kinds` prints the medians: what the tasks Lighthouse counts spend their time on).
 */
function selfByName(thread, tasks) {
  const by = {};
  for (const task of tasks) {
    const end = task.ts + task.dur;
    const inside = thread.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end).sort((x, y) => x.ts - y.ts || y.dur - x.dur);
    const stack = [];
    for (const e of inside) {
      while (stack.length && e.ts >= stack.at(-1).ts + stack.at(-1).dur) stack.pop();
      const parent = stack.at(-1);
      by[e.name] = (by[e.name] ?? 0) + cpuMs(e);
      if (parent) by[parent.name] -= cpuMs(e);
      stack.push(e);
    }
  }
  return by;
}

const median = (v) => { const s = [...v].sort((x, y) => x - y); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

const servers = {};
for (const [side, cwd] of Object.entries(sides)) servers[side] = await startServer({ cwd, env: { SEED: 'true' } });
const browser = await launchChromium();
const results = { A: [], B: [] };
const loadStart = loadavg()[0];
try {
  for (let i = 0; i < loads; i++) {
    for (const side of i % 2 ? ['B', 'A'] : ['A', 'B']) {
      // Lighthouse's mobile emulation: a phone's viewport and pixel ratio (its CPU slowdown is applied above, by arithmetic).
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const stop = await startTracing(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading', 'v8', 'v8.execute', 'blink.user_timing', ...EXTRA_CATEGORIES]);
      await page.goto(`${servers[side].origin}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(2500);
      const events = await stop();
      await context.close();
      const { tasks, thread, fcp } = startupTasks(events, path);
      const cpu = tasks.map(cpuMs);
      const tbt = cpu.reduce((sum, c) => sum + blocking(c), 0);
      const afterPaint = fcp ? tasks.filter((t) => t.ts >= fcp).map(cpuMs).reduce((sum, c) => sum + blocking(c), 0) : NaN;
      const over5 = cpu.filter((c) => c > 5);
      // Style and layout on the main thread from the HTML parse on (each event's own CPU; they do not nest in each other).
      const sinceParse = thread.filter((e) => e.ts >= tasks[0].ts);
      const spent = (names) => sinceParse.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + cpuMs(e), 0);
      const result = { tbt, afterPaint, largest: Math.max(...cpu), cpuOver5: over5.reduce((a, b) => a + b, 0), cpuAll: cpu.reduce((a, b) => a + b, 0), style: spent(STYLE), layout: spent(LAYOUT), selfAfterPaint: selfByName(thread, tasks.filter((t) => !fcp || t.ts >= fcp)), tasks: over5 };
      results[side].push(result);
      console.log(`${side} load ${i + 1}: TBT-like ${tbt.toFixed(0)} ms (after first paint ${afterPaint.toFixed(0)}), largest task ${result.largest.toFixed(1)} ms CPU; all tasks ${result.cpuAll.toFixed(1)} ms CPU (style ${result.style.toFixed(1)}, layout ${result.layout.toFixed(1)}); tasks over 5 ms CPU: ${over5.map((c) => c.toFixed(1)).join(' ')}; load average ${loadavg()[0].toFixed(1)}`);
      if (flags.detail && i < 2) {
        for (const task of [...tasks].sort((x, y) => cpuMs(y) - cpuMs(x)).slice(0, Number(flags.detail) || 4)) {
          console.log(`   task at +${((task.ts - tasks[0].ts) / 1000).toFixed(0)} ms, ${cpuMs(task).toFixed(1)} ms CPU${fcp && task.ts < fcp ? ' (before first paint)' : ''}:`);
          for (const [label, ms] of childrenOf(task, thread).slice(0, 8)) if (ms >= 0.3) console.log(`      ${ms.toFixed(1).padStart(5)} ms  ${label}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((s) => s.stop()));
}
const summary = {};
console.log(`\n${path}, ${loads} loads a side, alternated; load average ${loadStart.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
for (const side of ['A', 'B']) {
  const r = results[side];
  summary[side] = { checkout: sides[side], tbt: median(r.map((x) => x.tbt)), afterPaint: median(r.map((x) => x.afterPaint)), largest: median(r.map((x) => x.largest)), cpuOver5: median(r.map((x) => x.cpuOver5)), cpuAll: median(r.map((x) => x.cpuAll)), style: median(r.map((x) => x.style)), layout: median(r.map((x) => x.layout)) };
  const s = summary[side];
  console.log(`${side} ${sides[side]}: TBT-like median ${s.tbt.toFixed(0)} ms (${r.map((x) => x.tbt.toFixed(0)).join(', ')}); after first paint ${s.afterPaint.toFixed(0)} ms; largest task ${s.largest.toFixed(1)} ms CPU; CPU in tasks over 5 ms ${s.cpuOver5.toFixed(1)} ms; all tasks ${s.cpuAll.toFixed(1)} ms; style ${s.style.toFixed(1)} ms (${r.map((x) => x.style.toFixed(1)).join(', ')}); layout ${s.layout.toFixed(1)} ms (${r.map((x) => x.layout.toFixed(1)).join(', ')})`);
}
if (flags.kinds) {
  const names = new Set(['A', 'B'].flatMap((side) => results[side].flatMap((r) => Object.keys(r.selfAfterPaint))));
  const med = (side, name) => median(results[side].map((r) => r.selfAfterPaint[name] ?? 0));
  console.log('\nafter first paint, self CPU by trace event (median ms a load): A, B, B / A');
  for (const name of [...names].sort((x, y) => med('A', y) - med('A', x)).slice(0, Number(flags.kinds) || 14)) console.log(`  ${med('A', name).toFixed(1).padStart(6)} ${med('B', name).toFixed(1).padStart(6)}  ${med('A', name) ? (med('B', name) / med('A', name)).toFixed(2) : '-'}  ${name}`);
}
const ratio = (k) => (summary.A[k] ? (summary.B[k] / summary.A[k]).toFixed(2) : 'n/a');
// Each load's B / A in turn (the pair run one after the other), for a figure whose medians could hide a drift.
const pairs = (k) => results.A.map((a, i) => (results.B[i] && a[k] ? (results.B[i][k] / a[k]).toFixed(2) : '-')).join(' ');
console.log(`B / A: TBT-like ${ratio('tbt')}x, largest task ${ratio('largest')}x, CPU in tasks over 5 ms ${ratio('cpuOver5')}x, all tasks ${ratio('cpuAll')}x, style ${ratio('style')}x (pairs ${pairs('style')}), layout ${ratio('layout')}x (pairs ${pairs('layout')})`);
if (flags.json) writeFileSync(flags.json, JSON.stringify({ path, loads, summary, results }, null, 2));
