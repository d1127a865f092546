#!/usr/bin/env node
/**
 * Where the council demo page's start-up goes (Lighthouse's TBT is its long task): the page from the
 * reference server, Chromium's CPU slowed 4x as Lighthouse's mobile setting does, a V8 CPU profile
 * from navigation to load + 3 s, self time by source function through dist/'s source maps.
 *
 *   node bench/startup.mjs [loads=3] [rows=40]
 *
 * Not part of `npm run bench` (a tool, not a figure).
 */
import { readFileSync, existsSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchChromium } from './lib/browser.mjs';
import { startServer } from './lib/server-process.mjs';
const server = await startServer({});
const browser = await launchChromium();
const results = [];
for (let run = 0; run < Number(process.argv[2] ?? 3); run++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const { profile } = await cdp.send('Profiler.stop');
  results.push(profile);
  await context.close();
}
await browser.close();
await server.stop();
const maps = new Map();
const mapFor = (url) => {
  if (!maps.has(url)) {
    const path = url.includes('/widgets/') ? `dist/${new URL(url).pathname.replace(/^\/widgets\//, '')}` : null;
    maps.set(url, path && existsSync(`${path}.map`) ? new TraceMap(readFileSync(`${path}.map`, 'utf8')) : null);
  }
  return maps.get(url);
};
const totals = new Map();
let all = 0;
for (const profile of results) {
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us || node.callFrame.functionName === '(idle)') continue;
    all += us;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let key = functionName || '(anonymous)';
    const map = url && mapFor(url);
    if (map && lineNumber >= 0) {
      const pos = originalPositionFor(map, { line: lineNumber + 1, column: Math.max(0, columnNumber) });
      if (pos.source) key = `${pos.name ?? functionName} ${pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '')}:${pos.line}`;
    } else if (url) key = `${key} ${new URL(url).pathname}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + us);
  }
}
const runs = results.length;
console.log(`council page start-up, 4x CPU, x${runs}: ${(all / 1000 / runs).toFixed(0)} ms busy a run (not idle)`);
for (const [key, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 40))) console.log(`${(us / 1000 / runs).toFixed(1).padStart(7)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${key}`);
