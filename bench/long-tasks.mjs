#!/usr/bin/env node
/**
 * What is inside each long task of a page's start-up: the page from the reference server at a
 * phone's size, Chromium's CPU slowed 4x as Lighthouse's mobile setting does, one Chromium trace
 * (CDP `Tracing`, with V8's sampling profiler in it) from navigation to load + 3 s. For every task
 * of the main thread over 50 ms it prints when it started, how long it took, what Chromium did in
 * it (script, style, layout, parse...) and the functions that took its time (self time, through
 * dist/'s source maps). Lighthouse's TBT is the sum of these tasks' time over 50 ms (its lantern
 * simulation re-times them; read this for which task and why, Lighthouse for the score).
 *
 *   node bench/long-tasks.mjs [/index.html] [loads=3] [--rows=12] [--scroll=selector] [--save=trace.json]
 *
 * --scroll scrolls the element into view once the page has loaded (what a reader reaching it costs).
 * Not part of `npm run bench` (a tool, not a figure).
 */
import { writeFileSync } from 'node:fs';
import { originalPositionFor } from '@jridgewell/trace-mapping';
import { launchChromium } from './lib/browser.mjs';
import { startServer } from './lib/server-process.mjs';
import { startTracing } from './lib/tracing.mjs';
import { distMapFor } from './lib/source-maps.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')));
const path = args[0] ?? '/index.html';
const loads = Number(args[1] ?? 3);
const rows = Number(flags.rows ?? 12);

const server = await startServer({ env: { SEED: 'true' } });
const browser = await launchChromium();
const mapFor = distMapFor;
const where = ({ functionName, url, lineNumber, columnNumber }) => {
  const map = url && mapFor(url);
  if (map && lineNumber >= 0) {
    const pos = originalPositionFor(map, { line: lineNumber + 1, column: Math.max(0, columnNumber) });
    if (pos.source) return `${pos.name ?? functionName ?? '(anonymous)'} ${pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '')}:${pos.line}`;
  }
  if (url) return `${functionName || '(anonymous)'} ${new URL(url).pathname}:${lineNumber + 1}`;
  return functionName || '(native)';
};

const KIND = [
  [/^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|V8\.|v8\.|MajorGC|MinorGC|BlinkScheduler_PerformMicrotaskCheckpoint)/, 'script'],
  [/^(UpdateLayoutTree|ScheduleStyleRecalculation|RecalculateStyles|ParseAuthorStyleSheet)/, 'style'],
  [/^(Layout|UpdateLayerTree|PrePaint)/, 'layout'],
  [/^(ParseHTML)/, 'parse HTML'],
  [/^(Paint|Commit|Layerize|CompositeLayers|RasterTask)/, 'paint'],
];

for (let load = 0; load < loads; load++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const stopTracing = await startTracing(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8.execute', 'v8', 'blink.user_timing', 'loading', 'toplevel']);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  if (flags.scroll) {
    await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView(), flags.scroll);
    await page.waitForTimeout(3000);
  }
  const events = await stopTracing();
  await context.close();
  if (flags.save) writeFileSync(flags.save.replace(/(\.json)?$/, `-${load + 1}$1`), JSON.stringify({ traceEvents: events }));

  // The renderer's main thread: the thread named CrRendererMain of the process that ran the page's scripts.
  const start = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL).endsWith(path));
  if (!start) throw new Error('no navigation to the page in the trace');
  const main = { pid: start.pid, tid: start.tid };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const navigation = start.ts;
  // Tasks from the navigation on (the one that commits it also starts the profiler: left out).
  const tasks = onMain
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.dur >= 50_000 && e.ts > navigation)
    .filter((t) => !onMain.some((e) => e.name === 'CpuProfiler::StartProfiling' && e.ts >= t.ts && e.ts < t.ts + t.dur))
    .sort((a, b) => a.ts - b.ts);

  // V8's samples on that thread, as [time, node] with the node's call frame.
  const nodes = new Map();
  const samples = [];
  const profiles = new Map();
  for (const e of events.filter((x) => x.pid === main.pid && (x.name === 'Profile' || x.name === 'ProfileChunk'))) {
    if (e.name === 'Profile') {
      profiles.set(e.id, { time: e.args.data.startTime });
      continue;
    }
    const state = profiles.get(e.id) ?? { time: e.ts };
    profiles.set(e.id, state);
    const cpu = e.args.data.cpuProfile ?? {};
    for (const node of cpu.nodes ?? []) nodes.set(`${e.id}:${node.id}`, node.callFrame);
    const deltas = e.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id, i) => {
      state.time += deltas[i] ?? 0;
      samples.push([state.time, `${e.id}:${id}`]);
    });
  }
  samples.sort((a, b) => a[0] - b[0]);

  console.log(`\n## ${path}, load ${load + 1}: ${tasks.length} tasks over 50 ms (4x CPU), ${(tasks.reduce((sum, t) => sum + Math.max(0, t.dur - 50_000), 0) / 1000).toFixed(0)} ms over 50 ms in all`);
  for (const task of tasks) {
    const end = task.ts + task.dur;
    // What Chromium did in it: self time of the events nested in the task, grouped by kind.
    const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && e !== task).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const kinds = new Map();
    const stack = [];
    const charge = (span) => {
      const kind = KIND.find(([re]) => re.test(span.name))?.[1] ?? 'other';
      kinds.set(kind, (kinds.get(kind) ?? 0) + span.dur - span.children);
    };
    for (const e of inside) {
      const span = { name: e.name, ts: e.ts, dur: e.dur ?? 0, children: 0 };
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= span.ts) charge(stack.pop());
      if (stack.length) stack.at(-1).children += Math.min(span.dur, stack.at(-1).ts + stack.at(-1).dur - span.ts);
      stack.push(span);
    }
    while (stack.length) charge(stack.pop());
    const top = inside.filter((e) => /^(v8\.evaluateModule|v8\.callFunction|FunctionCall|TimerFire|EventDispatch|ParseHTML|UpdateLayoutTree|Layout|RunMicrotasks|Paint)$/.test(e.name) && e.dur > 5_000).slice(0, 4);
    const urls = [...new Set(inside.map((e) => e.args?.data?.url || e.args?.data?.stackTrace?.[0]?.url || '').filter((u) => u.includes('/widgets/') || u.includes('/assets/')))];
    console.log(`- at ${((task.ts - navigation) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(0)} ms: ${top.map((e) => `${e.name} ${(e.dur / 1000).toFixed(0)}`).join(', ')} ${urls.map((u) => u.replace(server.origin, '')).join(' ')}`);
    console.log(`    ${[...kinds].sort((a, b) => b[1] - a[1]).filter(([, us]) => us > 1000).map(([k, us]) => `${k} ${(us / 1000).toFixed(0)} ms`).join(', ')}`);
    const self = new Map();
    const files = new Map();
    for (let i = 0; i < samples.length; i++) {
      const [time, id] = samples[i];
      if (time < task.ts || time >= end) continue;
      const frame = nodes.get(id);
      if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
      const us = (samples[i + 1]?.[0] ?? time) - time;
      const key = where(frame);
      self.set(key, (self.get(key) ?? 0) + us);
      const file = key.includes(' ') ? key.split(' ')[1].replace(/:\d+$/, '') : key;
      files.set(file, (files.get(file) ?? 0) + us);
    }
    const sampled = [...self.values()].reduce((a, b) => a + b, 0);
    if (!sampled) continue;
    console.log(`    script samples ${(sampled / 1000).toFixed(0)} ms; by file: ${[...files].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([f, us]) => `${f} ${(us / 1000).toFixed(0)}`).join(', ')}`);
    for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`    ${(us / 1000).toFixed(1).padStart(6)} ms  ${key}`);
  }
}
await browser.close();
await server.stop();
