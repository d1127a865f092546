#!/usr/bin/env node
/**
 * A/B on a busy machine: bench/pages/render.js from two checkouts (each with its dist/ built)
 * in one Chromium, one page each, measured in turn (ABBA), each against the plain lit-html floor
 * drawn in the same page just after. Load moves both sides alike, so their ratios compare.
 *
 *   node bench/ab.mjs /path/to/before /path/to/after
 *   AB_WHAT=filter AB_N=1000 AB_ROUNDS=8 node bench/ab.mjs before after
 *
 * Environment: AB_WHAT (list | filter), AB_N (50), AB_ROUNDS (30), AB_MOMENT (dom | frame: to the
 * cards in the DOM, or to the next frame painted). Not part of `npm run bench`.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from './lib/browser.mjs';
const [A, B] = process.argv.slice(2);
if (!A || !B) throw new Error('usage: node bench/ab.mjs <before checkout> <after checkout>');
const rounds = Number(process.env.AB_ROUNDS ?? 30);
const n = Number(process.env.AB_N ?? 50);
const what = process.env.AB_WHAT ?? 'list';
const moment = process.env.AB_MOMENT ?? 'dom';
const lit = (await build({ stdin: { contents: "export { html, svg, render, nothing } from 'lit-html';", resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', minify: true, write: false, conditions: ['production'], logLevel: 'silent' })).outputFiles[0].text;
const roots = { a: A, b: B };
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const [, side, ...rest] = url.pathname.split('/');
  const path = '/' + rest.join('/');
  if (path === '/__bench/lit-html.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); return res.end(lit); }
  try { const body = await readFile(join(roots[side], path)); res.writeHead(200, { 'content-type': { '.js': 'text/javascript', '.html': 'text/html' }[extname(path)] ?? 'application/octet-stream' }); res.end(body); }
  catch { res.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium(['--js-flags=--expose-gc']);
const pages = {};
for (const side of ['a', 'b']) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  // The page imports absolute /dist and /__bench paths: rewrite them under the side's prefix.
  await page.route('**/*', (route) => { const u = new URL(route.request().url()); if (!u.pathname.startsWith('/a/') && !u.pathname.startsWith('/b/')) return route.continue({ url: `${origin}/${side}${u.pathname}` }); return route.continue(); });
  await page.goto(`${origin}/${side}/bench/pages/render.html`);
  await page.waitForFunction(() => window.benchReady === true || undefined, null, { timeout: 60000 });
  pages[side] = page;
}
const call = (side, name, ...args) => pages[side].evaluate(([n, a]) => window.bench[n](...a), [name, args]);
const extra = what === 'filter' ? ['carers', 'enter'] : [];
const res = { a: { w: [], f: [] }, b: { w: [], f: [] } };
for (const side of ['a', 'b']) { await call(side, what, n, ...extra); await call(side, 'baseline', 50); }
for (let i = 0; i < rounds; i++) for (const side of i % 2 ? ['a', 'b'] : ['b', 'a']) {
  res[side].w.push((await call(side, what, n, ...extra))[moment]);
  res[side].f.push((await call(side, 'baseline', 50))[moment]);
}
const med = (v) => v.slice().sort((x, y) => x - y)[Math.floor(v.length / 2)];
for (const side of ['a', 'b']) {
  const r = res[side];
  console.log(`${side} ${roots[side]}: ${what}(${n}) to ${moment}: median ${med(r.w).toFixed(1)} ms, floor(50) ${med(r.f).toFixed(1)} ms, ratio of medians ${(med(r.w) / med(r.f)).toFixed(2)}, median paired ratio ${med(r.w.map((w, i) => w / r.f[i])).toFixed(2)}, min ${Math.min(...r.w).toFixed(1)} / ${Math.min(...r.f).toFixed(1)}`);
}
await browser.close(); server.close();
