#!/usr/bin/env node
/**
 * Where the render bench's milliseconds go, by what Chromium did: runs one of
 * bench/pages/render.js's measurements many times under a Chromium trace (CDP `Tracing`) and
 * prints, for the renderer's main thread between the measured moments (the input event, or the
 * data, to the next frame), the self time of each trace event: script (`FunctionCall`,
 * `RunMicrotasks`, `V8.GC*`), style (`UpdateLayoutTree`), layout, pre-paint, paint, commit...
 * bench/profile.mjs says which of our functions the script time is; this says how much of the
 * moment is script at all, and what the rest is.
 *
 *   node bench/trace.mjs filter 1000 [runs=8]
 *   node bench/trace.mjs list 50 [runs=20]
 *
 * Each row gives wall time and the thread time the trace reports (`tdur`). In this container the
 * thread time came out far below the sampling profiler's figures (11 ms a run of the filter against
 * ~100 ms of samples), so compare builds with bench/ab.mjs, and read this for where the time goes.
 *
 * Options: --top=30 rows, --save=trace.json (the raw trace, for chrome://tracing or DevTools),
 * --root=<checkout> (serve bench/pages and dist/ from another checkout, e.g. main's, to compare).
 * Not part of `npm run bench` (a tool, not a figure).
 */
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium } from './lib/browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { startTracing } from './lib/tracing.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')));
const [what = 'filter', nText = '1000', runsText] = args;
const n = Number(nText);
const runs = Number(runsText ?? (what === 'filter' ? 8 : 20));
const top = Number(flags.top ?? 30);

const lit = (await build({
  stdin: { contents: "export { html, svg, render, nothing } from 'lit-html';", resolveDir: process.cwd(), loader: 'js' },
  bundle: true, format: 'esm', minify: true, write: false, conditions: ['production'], logLevel: 'silent',
})).outputFiles[0].text;
const server = await startStaticServer(flags.root ?? '.', { '/__bench/lit-html.js': lit });
const browser = await launchChromium(['--js-flags=--expose-gc']);
const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
await page.goto(`${server.origin}/bench/pages/render.html`);
await page.waitForFunction(() => window.benchReady === true || undefined, null, { timeout: 30_000 });
const extra = what === 'filter' ? [process.env.BENCH_FILTER_WORD ?? 'carers', 'enter'] : [];
const call = (...a) => page.evaluate(([name, rest]) => window.bench[name](...rest), [what, a]);
await call(n, ...extra); // warm-up

// The page marks the measured moments as user timing marks, which the trace records.
await page.evaluate((want) => {
  window.benchProfile = (moment, label) => {
    if ((moment === 'start' && (label === want || (label === 'data' && want !== 'filter'))) || (moment === 'frame' && label === want)) performance.mark(`bench-${moment}`);
  };
}, what);

const cdp = await page.context().newCDPSession(page);
const stopTracing = await startTracing(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'blink', 'cc', 'gpu', 'loading']);
const timings = [];
for (let i = 0; i < runs; i++) timings.push(await call(n, ...extra));
const events = await stopTracing();
await browser.close();
await server.close();
if (flags.save) writeFileSync(flags.save, JSON.stringify({ traceEvents: events }));

// The renderer's main thread: where the marks are.
const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && String(e.name).startsWith('bench-')).sort((a, b) => a.ts - b.ts);
if (!marks.length) throw new Error('no bench marks in the trace');
const { pid, tid } = marks[0];
const windows = [];
for (let i = 0; i < marks.length; i++) if (marks[i].name === 'bench-start' && marks[i + 1]?.name === 'bench-frame') windows.push([marks[i].ts, marks[i + 1].ts]);
const inWindow = (ts) => windows.some(([a, b]) => ts >= a && ts < b);

// Complete events (X) and begin/end pairs (B/E) on that thread, as [name, start, end].
const spans = [];
const open = [];
for (const e of events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts)) {
  if (e.ph === 'X' && e.dur !== undefined) spans.push([e.name, e.ts, e.ts + e.dur, e.tdur ?? 0]);
  else if (e.ph === 'B') open.push(e);
  else if (e.ph === 'E') {
    const begin = open.pop();
    if (begin) spans.push([begin.name, begin.ts, e.ts, e.tts !== undefined && begin.tts !== undefined ? e.tts - begin.tts : 0]);
  }
}
spans.sort((a, b) => a[1] - b[1] || b[2] - a[2]);
// Self time: a span's time minus its children's (nesting by time on one thread).
const self = new Map();
const selfCpu = new Map();
const stack = [];
const charge = (span) => {
  const [name, start, end, cpu] = span;
  if (!inWindow(start)) return;
  self.set(name, (self.get(name) ?? 0) + (end - start - span.children));
  selfCpu.set(name, (selfCpu.get(name) ?? 0) + Math.max(0, cpu - span.childrenCpu));
};
for (const span of spans) {
  span.children = 0;
  span.childrenCpu = 0;
  while (stack.length && stack.at(-1)[2] <= span[1]) charge(stack.pop());
  const parent = stack.at(-1);
  if (parent) {
    parent.children += Math.min(span[2], parent[2]) - span[1];
    parent.childrenCpu += span[3];
  }
  stack.push(span);
}
while (stack.length) charge(stack.pop());
const measured = windows.reduce((sum, [a, b]) => sum + (b - a), 0);
const busy = [...self.values()].reduce((a, b) => a + b, 0);
const cpu = [...selfCpu.values()].reduce((a, b) => a + b, 0);
const median = (v) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(`${what}(${n}) x ${runs}: dom median ${median(timings.map((t) => t.dom)).toFixed(1)} ms, frame median ${median(timings.map((t) => t.frame)).toFixed(1)} ms (traced: ${(measured / 1000 / windows.length).toFixed(1)} ms a run, main thread in trace events ${(busy / 1000 / windows.length).toFixed(1)} ms of it, thread time ${(cpu / 1000 / windows.length).toFixed(1)} ms)`);
console.log('    wall ms/run   thread ms/run  share of thread time');
const per = (us) => (us / 1000 / windows.length).toFixed(2).padStart(8);
for (const [name, us] of [...selfCpu].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${per(self.get(name))}  ${per(us)}  ${((100 * us) / cpu).toFixed(1).padStart(5)}%  ${name}`);
}
