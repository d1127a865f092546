#!/usr/bin/env node
/**
 * Where the council page's Total Blocking Time goes, by source function, summed over many loads:
 * the page from the reference server at Lighthouse's phone size, **unthrottled** (Lighthouse's
 * mobile setting traces an unthrottled page and re-times each task 4x), one Chromium trace a load
 * with V8's sampling profiler in it (`disabled-by-default-v8.cpu_profiler`). The tasks counted are
 * the main thread's tasks after first contentful paint whose CPU time x4 is over 50 ms (the ones TBT
 * counts); each is named by what it ran (module evaluation, the timer a `define()` waits for, ...),
 * and its V8 samples are charged to source functions through dist/'s source maps.
 *
 * Samples are counted, not timed: a sample's wall-clock delta swells when a busy machine
 * deschedules the renderer, a sample count does not (each is one sampling interval of the thread
 * running). So read the figures as shares of the counted tasks' CPU (ms = CPU of those tasks x share).
 *
 *   node bench/tbt-profile.mjs [/index.html] [--loads=10] [--rows=30] [--by=function|file] [--inclusive]
 *
 * Not part of `npm run bench` (a tool, not a figure).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchChromium } from './lib/browser.mjs';
import { startServer } from './lib/server-process.mjs';
import { startTracing } from './lib/tracing.mjs';
import { distMapFor } from './lib/source-maps.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => { const [k, v = 'true'] = a.slice(2).split('='); return [k, v]; }));
const path = args[0] ?? '/index.html';
const loads = Number(flags.loads ?? 10);
const rows = Number(flags.rows ?? 30);
const by = flags.by ?? 'function';
const SLOWDOWN = 4;
const LONG = 50;

const server = await startServer({ env: { SEED: 'true' } });
const browser = await launchChromium();
const mapFor = distMapFor;
const inners = new Map();
const innerMap = (file) => {
  if (!inners.has(file)) inners.set(file, file.startsWith('node_modules/') && existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null);
  return inners.get(file);
};
const where = ({ functionName, url, lineNumber, columnNumber }) => {
  const map = url && mapFor(url);
  if (map && lineNumber >= 0) {
    let pos = originalPositionFor(map, { line: lineNumber + 1, column: Math.max(0, columnNumber) });
    // Lit ships minified with its own source maps: map a position in node_modules/lit* once more, to its names.
    const inner = pos.source && innerMap(pos.source.replace(/^(\.\.\/)+/, ''));
    if (inner) {
      const deeper = originalPositionFor(inner, { line: pos.line, column: pos.column });
      if (deeper.source) pos = { ...deeper, source: `${pos.source.replace(/[^/]+$/, '')}${deeper.source}` };
    }
    if (pos.source) return `${pos.name ?? functionName ?? '(anonymous)'} ${pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '')}:${pos.line}`;
  }
  if (url) return `${functionName || '(anonymous)'} ${new URL(url).pathname}:${lineNumber + 1}`;
  return functionName || '(native)';
};
const short = (url) => String(url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '').replace(/-[A-Za-z0-9_-]{7}\.js$/, '.js');
/** What a task ran, from its largest direct child: module evaluation of a file, a timer, microtasks, style... */
const nameOf = (task, thread) => {
  const inside = thread.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && !/RunTask$/.test(e.name));
  const named = inside.filter((e) => /^(v8\.evaluateModule|TimerFire|EventDispatch|FireAnimationFrame|ParseHTML|FunctionCall|RunMicrotasks|v8\.callFunction|UpdateLayoutTree|Layout)$/.test(e.name));
  const top = named.sort((x, y) => (y.tdur ?? y.dur) - (x.tdur ?? x.dur))[0];
  if (!top) return 'other';
  const data = top.args?.data ?? top.args?.beginData ?? {};
  const url = short(data.url ?? data.scriptName ?? top.args?.fileName ?? '');
  return `${top.name}${data.type ? ` ${data.type}` : ''}${url ? ` ${url}` : ''}`;
};

const total = new Map();
const perTask = new Map();
let samplesAll = 0;
let cpuAll = 0;
let tbtAll = 0;
const started = loadavg()[0];
try {
  for (let load = 0; load < loads; load++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const stop = await startTracing(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading', 'v8', 'v8.execute', 'disabled-by-default-v8.cpu_profiler']);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(2500);
    const events = await stop();
    await context.close();

    const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(path));
    const { pid, tid } = parse;
    const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
    const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === pid)?.ts ?? parse.ts;
    const tasks = thread
      .filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ts >= fcp)
      .sort((x, y) => x.ts - y.ts)
      .filter((task, i, all) => !all.slice(0, i).some((outer) => outer.ts <= task.ts && task.ts + task.dur <= outer.ts + outer.dur))
      .filter((task) => SLOWDOWN * (task.tdur ?? task.dur) / 1000 > LONG)
      // The task that starts the profiler is the profiler's, not the page's.
      .filter((t) => !thread.some((e) => e.name === 'CpuProfiler::StartProfiling' && e.ts >= t.ts && e.ts < t.ts + t.dur));

    // V8's samples on that thread: [time, node id], and each node's call frame.
    const nodes = new Map();
    const samples = [];
    const profiles = new Map();
    for (const e of events.filter((x) => x.pid === pid && (x.name === 'Profile' || x.name === 'ProfileChunk'))) {
      if (e.name === 'Profile') { profiles.set(e.id, { time: e.args.data.startTime }); continue; }
      const state = profiles.get(e.id) ?? { time: e.ts };
      profiles.set(e.id, state);
      const cpu = e.args.data.cpuProfile ?? {};
      for (const node of cpu.nodes ?? []) nodes.set(`${e.id}:${node.id}`, { ...node.callFrame, parent: node.parent === undefined ? undefined : `${e.id}:${node.parent}` });
      (cpu.samples ?? []).forEach((id, i) => { const delta = (e.args.data.timeDeltas ?? [])[i] ?? 0; state.time += delta; samples.push([state.time, `${e.id}:${id}`, delta]); });
    }

    const line = [];
    for (const task of tasks) {
      const cpu = (task.tdur ?? task.dur) / 1000;
      const name = nameOf(task, thread);
      const inTask = samples.filter(([time]) => time >= task.ts && time < task.ts + task.dur);
      const entry = perTask.get(name) ?? { count: 0, cpu: 0, tbt: 0, samples: 0, fns: new Map() };
      entry.count++;
      entry.cpu += cpu;
      entry.tbt += SLOWDOWN * cpu - LONG;
      cpuAll += cpu;
      tbtAll += SLOWDOWN * cpu - LONG;
      for (const [, id, delta] of inTask) {
        const frame = nodes.get(id);
        if (!frame || frame.functionName === '(idle)') continue;
        entry.wall = (entry.wall ?? 0) + delta;
        const keyOf = (f) => {
          const key = f.functionName === '(program)' ? '(program: native work no JS frame names)' : where(f);
          return by === 'file' && key.includes(' ') ? key.split(' ').slice(1).join(' ').replace(/:\d+$/, '') : key;
        };
        // --inclusive: every function on the sample's stack is charged once (its total time, callees included).
        const keys = new Set([keyOf(frame)]);
        if (flags.inclusive) for (let f = frame.parent && nodes.get(frame.parent); f; f = f.parent && nodes.get(f.parent)) if (f.functionName !== '(root)') keys.add(keyOf(f));
        for (const key of keys) {
          entry.fns.set(key, (entry.fns.get(key) ?? 0) + 1);
          total.set(key, (total.get(key) ?? 0) + 1);
        }
        entry.samples++;
        samplesAll++;
      }
      perTask.set(name, entry);
      line.push(`${name} ${cpu.toFixed(1)}`);
    }
    console.log(`load ${load + 1}: TBT-like after first paint ${tasks.reduce((s, t) => s + SLOWDOWN * (t.tdur ?? t.dur) / 1000 - LONG, 0).toFixed(0)} ms; tasks (ms CPU): ${line.join(', ')}; load average ${loadavg()[0].toFixed(1)}`);
  }
} finally {
  await browser.close();
  await server.stop();
}

const share = (n, of) => `${((100 * n) / of).toFixed(1).padStart(5)}%`;
console.log(`\n${path}, ${loads} loads, unthrottled, load average ${started.toFixed(1)} -> ${loadavg()[0].toFixed(1)}: tasks after first paint over ${LONG} ms at ${SLOWDOWN}x: ${(cpuAll / loads).toFixed(1)} ms CPU a load, TBT-like ${(tbtAll / loads).toFixed(0)} ms a load; ${samplesAll} samples`);
console.log('\nby task (what it ran): loads it was long in, ms CPU a load, TBT-like ms a load, then its top functions (share of its samples)');
for (const [name, entry] of [...perTask].sort((a, b) => b[1].tbt - a[1].tbt)) {
  console.log(`- ${name}: ${entry.count}/${loads} loads, ${(entry.cpu / loads).toFixed(1)} ms CPU, TBT-like ${(entry.tbt / loads).toFixed(0)} ms; samples span ${((entry.wall ?? 0) / 1000 / loads).toFixed(1)} ms (wall: more than the CPU when the thread waited or was descheduled)`);
  for (const [key, n] of [...entry.fns].sort((a, b) => b[1] - a[1]).slice(0, Math.ceil(rows / 2))) console.log(`    ${share(n, entry.samples)}  ${key}`);
}
console.log(`\nall counted tasks, by ${by} (share of samples; ms = share x ${(cpuAll / loads).toFixed(1)} ms CPU a load)`);
for (const [key, n] of [...total].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`  ${share(n, samplesAll)} ${((n / samplesAll) * cpuAll / loads).toFixed(1).padStart(6)} ms  ${key}`);
