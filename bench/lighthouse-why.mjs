#!/usr/bin/env node
/**
 * What Lighthouse says costs the council pages their performance score: the bench's audit
 * (bench/parts/lighthouse.mjs: reference server, Debian's Chromium, mobile settings) with the
 * details printed: each metric and its score, the LCP element and its phases, the long tasks, the
 * main thread's work by kind and script boot-up by file, render-blocking requests.
 *
 *   node bench/lighthouse-why.mjs [/index.html|/council-ssr.html ...]   (both by default)
 *
 * Writes each report's JSON to bench/results/lighthouse-<page>.json. A tool, not a figure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { browserPaths, chromiumArgs } from '../scripts/browsers.mjs';
import { startServer } from './lib/server-process.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/index.html', '/council-ssr.html'];
const server = await startServer({ env: { SEED: 'true' } });
mkdirSync('bench/results', { recursive: true });
const ms = (value) => `${Math.round(value)} ms`;
try {
  for (const path of paths) {
    const chrome = await launch({ chromePath: browserPaths().chromium, chromeFlags: ['--headless=new', ...chromiumArgs] });
    let lhr;
    try {
      ({ lhr } = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }));
    } finally {
      await chrome.kill();
    }
    writeFileSync(`bench/results/lighthouse-${path.replace(/\W+/g, '')}.json`, JSON.stringify(lhr));
    const a = lhr.audits;
    console.log(`\n## ${path}: performance ${Math.round(lhr.categories.performance.score * 100)}`);
    for (const key of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive', 'max-potential-fid']) {
      if (a[key]) console.log(`${key}: ${a[key].displayValue ?? a[key].numericValue} (score ${a[key].score})`);
    }
    const lcp = a['largest-contentful-paint-element']?.details?.items ?? [];
    for (const item of lcp) {
      for (const entry of item.items ?? []) {
        if (entry.node) console.log(`LCP element: ${entry.node.snippet} (${entry.node.selector})`);
        else if (entry.phase) console.log(`  LCP ${entry.phase}: ${ms(entry.timing)}`);
      }
    }
    console.log('long tasks (simulated):');
    for (const task of a['long-tasks']?.details?.items ?? []) console.log(`  ${ms(task.startTime)} +${ms(task.duration)} ${task.url}`);
    console.log('main thread by kind:');
    for (const item of a['mainthread-work-breakdown']?.details?.items ?? []) console.log(`  ${item.groupLabel}: ${ms(item.duration)}`);
    console.log('script boot-up by file (total / evaluation / parse+compile):');
    for (const item of a['bootup-time']?.details?.items ?? []) console.log(`  ${item.url}: ${ms(item.total)} / ${ms(item.scripting)} / ${ms(item.scriptParseCompile)}`);
    console.log('render-blocking:');
    for (const item of a['render-blocking-resources']?.details?.items ?? []) console.log(`  ${item.url}: ${ms(item.wastedMs)}`);
    console.log('critical request chains:');
    const walk = (chains, depth) => {
      for (const node of Object.values(chains ?? {})) {
        console.log(`  ${'  '.repeat(depth)}${node.request.url.replace(server.origin, '')} (${(node.request.transferSize / 1024).toFixed(1)} KiB, ends ${ms((node.request.endTime - node.request.startTime) * 1000)} after it starts)`);
        walk(node.children, depth + 1);
      }
    };
    walk(a['critical-request-chains']?.details?.chains, 0);
  }
} finally {
  await server.stop();
}
