#!/usr/bin/env node
/**
 * Where the render bench's milliseconds go: runs one of bench/pages/render.js's measurements
 * many times under Chromium's sampling profiler (CDP `Profiler`, 50 µs) and prints self time
 * by source function, mapped back through dist/'s source maps to src/ and lit.
 *
 *   node bench/profile.mjs list 50 [runs=40]
 *   node bench/profile.mjs baseline 50
 *   node bench/profile.mjs filter 1000 [runs=10]
 *   node bench/profile.mjs heap 500 [runs=1]
 *
 * Only the measured moments are profiled (from the data, or the input event, to the cards in the
 * DOM; --upto=frame to the next frame), through console.profile() marks in the page.
 * Options: --top=40 rows, --by=function|file, --upto=dom|frame. Not part of `npm run bench` (a tool, not a figure).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { build } from 'esbuild';
import { launchChromium } from './lib/browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')));
const [what = 'list', nText = '50', runsText] = args;
/** Profile up to the cards in the DOM ('dom', default) or up to the next frame ('frame'). */
const upto = flags.upto ?? 'dom';
const n = Number(nText);
const runs = Number(runsText ?? (what === 'filter' ? 10 : 40));
const top = Number(flags.top ?? 40);
const by = flags.by ?? 'function';

const lit = (await build({
  stdin: { contents: "export { html, svg, render, nothing } from 'lit-html';", resolveDir: process.cwd(), loader: 'js' },
  bundle: true, format: 'esm', minify: true, write: false, conditions: ['production'], logLevel: 'silent',
})).outputFiles[0].text;
const server = await startStaticServer('.', { '/__bench/lit-html.js': lit });
const browser = await launchChromium(['--js-flags=--expose-gc']);
const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
await page.goto(`${server.origin}/bench/pages/render.html`);
await page.waitForFunction(() => window.benchReady === true || undefined, null, { timeout: 30_000 });
const call = (...a) => page.evaluate(([name, rest]) => window.bench[name](...rest), [what, a]);
const extra = what === 'filter' ? [process.env.BENCH_FILTER_WORD ?? 'carers', 'enter'] : what === 'heap' ? ['list'] : [];
await call(n, ...extra); // warm-up
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const profiles = [];
cdp.on('Profiler.consoleProfileFinished', ({ profile }) => profiles.push(profile));
await page.evaluate(([want, until]) => {
  let on = false;
  window.benchProfile = (moment, label) => {
    if (moment === 'start' && !on && (label === want || (label === 'data' && want !== 'filter'))) {
      on = true;
      console.profile('measured');
    } else if (on && moment === until && label === want) {
      on = false;
      console.profileEnd('measured');
    }
  };
}, [what === 'heap' ? 'list' : what, upto]);
const timings = [];
for (let i = 0; i < runs; i++) timings.push(await call(n, ...extra));
await new Promise((resolve) => setTimeout(resolve, 500));
await browser.close();
await server.close();

// Self time per node, from the samples' time deltas (the first sample's delta is from the start).
const self = new Map();
const nodes = [];
profiles.forEach((profile, p) => {
  for (const node of profile.nodes) nodes.push({ ...node, id: `${p}:${node.id}` });
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    self.set(`${p}:${id}`, (self.get(`${p}:${id}`) ?? 0) + delta);
  });
});
const maps = new Map();
function mapFor(url) {
  if (!maps.has(url)) {
    let map = null;
    const path = url.startsWith(server.origin) ? join('.', new URL(url).pathname) : null;
    if (path && existsSync(`${path}.map`)) map = new TraceMap(readFileSync(`${path}.map`, 'utf8'));
    maps.set(url, map);
  }
  return maps.get(url);
}
const totals = new Map();
let all = 0;
for (const node of nodes) {
  const us = self.get(node.id) ?? 0;
  if (!us) continue;
  all += us;
  const { url, functionName, lineNumber, columnNumber } = node.callFrame;
  let key = functionName || '(anonymous)';
  let file = url ? new URL(url).pathname : '';
  const map = url && mapFor(url);
  if (map && lineNumber >= 0) {
    const pos = originalPositionFor(map, { line: lineNumber + 1, column: Math.max(0, columnNumber) });
    if (pos.source) {
      file = pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
      key = `${pos.name ?? functionName ?? '(anonymous)'} ${file}:${pos.line}`;
    }
  } else if (url) key = `${key} ${file}:${lineNumber + 1}`;
  if (by === 'file') key = file || key;
  totals.set(key, (totals.get(key) ?? 0) + us);
}
const sorted = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
const median = (v) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(`${what}(${n}) x ${runs}: dom median ${median(timings.map((t) => t.dom)).toFixed(1)} ms, frame median ${median(timings.map((t) => t.frame)).toFixed(1)} ms; ${(all / 1000).toFixed(0)} ms sampled in ${profiles.length} profiles`);
for (const [key, us] of sorted) console.log(`${(us / 1000 / runs).toFixed(2).padStart(8)} ms/run ${((100 * us) / all).toFixed(1).padStart(5)}%  ${key}`);
