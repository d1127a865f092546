/**
 * Bundle sizes from scripts/size.mjs, plus each bundle's share of lit: the bytes that the
 * source maps attribute to lit's packages (lit, lit-html, lit-element, @lit/*), gzipped
 * on their own; and what the rest is spent on (by package or src/ folder, each gzipped on
 * its own, so the parts add up to more than the whole). Bytes are exact: measured once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { closure, dynamicImports } from '../../scripts/closure.mjs';
import { kb, row } from '../lib/stats.mjs';

const LIT = /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Where a source file's bytes are counted: a package, or a folder of src/. */
function groupOf(source) {
  // BENCH_SIZE_BY_FILE=1: each source file on its own, to see what a folder's bytes are.
  if (process.env.BENCH_SIZE_BY_FILE) return source.replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  if (pkg) return LIT.test(source) ? 'lit' : pkg[1];
  const local = /src\/(components\/[^/]+|api\/seed|[^/]+)/.exec(source);
  return local ? `src/${local[1].replace(/\.ts$/, '')}` : 'other';
}

/** The code of `file`, split by the group (see groupOf) its source map attributes it to. */
export function codeByGroup(file) {
  const mapFile = `${file}.map`;
  const groups = new Map();
  if (!existsSync(mapFile)) return groups;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = readFileSync(file, 'utf8').split('\n');
  const group = map.sources.map(groupOf);
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    const segments = [];
    for (const segment of lineMappings.split(',').filter(Boolean)) {
      const [columnDelta, sourceDelta] = decodeVlq(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) sourceIndex += sourceDelta;
      segments.push({ column, source: sourceDelta === undefined ? -1 : sourceIndex });
    }
    segments.forEach((segment, i) => {
      if (segment.source < 0) return;
      const name = group[segment.source];
      groups.set(name, (groups.get(name) ?? '') + line.slice(segment.column, segments[i + 1]?.column ?? line.length));
    });
  });
  return groups;
}

/** The code of `file` that its source map attributes to lit, as one string. */
export const litCode = (file) => codeByGroup(file).get('lit') ?? '';

/** Gzip bytes per group over several files, largest first: what the bytes are spent on. */
function spentOn(files) {
  const all = new Map();
  for (const file of files) for (const [name, code] of codeByGroup(file)) all.set(name, (all.get(name) ?? '') + code);
  return [...all].map(([name, code]) => ({ name, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length })).sort((a, b) => b.gzip - a.gzip);
}

export async function sizeRows() {
  const { bundleSizes } = await import('../../scripts/size.mjs');
  const bundles = bundleSizes();
  const allInOne = bundles.find((b) => b.name === 'dist/coprod-widgets.js');
  const rows = [];
  for (const bundle of bundles) {
    if (bundle.name === 'dist/in-memory.js') continue; // a demo and test helper, not something a council page loads
    const file = bundle.name.startsWith('elements/') ? join('dist', bundle.name) : bundle.name;
    // Its static closure, as scripts/size.mjs counts it: what a page downloads before anything renders.
    const files = [...closure(file)];
    const groups = spentOn(files);
    const lit = files.map(litCode).join('');
    const litGzip = lit ? gzipSync(lit, { level: 9 }).length : 0;
    const top = groups.slice(0, 4).map((g) => `${g.name} ${kb(g.gzip)}`).join(', ');
    const chunks = files.length > 1 ? ` (+${files.length - 1} chunk${files.length === 2 ? '' : 's'})` : '';
    const label = `${bundle.name === 'dist/coprod-widgets.js' ? 'all-in-one coprod-widgets.js' : bundle.name === 'dist/coprod-autoload.js' ? 'autoloader coprod-autoload.js' : bundle.name}${chunks}`;
    const baseline = allInOne && bundle !== allInOne ? { baseline: 'all-in-one', baselineValue: allInOne.gzip, ratio: bundle.gzip / allInOne.gzip } : {};
    rows.push(
      row('size', `${label} gzip`, {
        value: bundle.gzip,
        unit: 'bytes',
        display: kb(bundle.gzip),
        runs: 1,
        ...baseline,
        note: `brotli ${kb(bundle.brotli)}, raw ${kb(bundle.raw)}${litGzip ? `; lit ${kb(litGzip)} gzip (${Math.round((100 * litGzip) / bundle.gzip)}%)` : '; no lit'}${bundle.budget ? `; budget ${kb(bundle.budget)}` : ''}${groups.length > 1 ? `; most bytes (gzip alone): ${top}` : ''}`,
        spentOn: groups,
        brotli: bundle.brotli,
        raw: bundle.raw,
        litGzip,
        litRaw: Buffer.byteLength(lit),
        budget: bundle.budget,
      }),
    );
  }
  // What a council page with one list downloads before it renders: the autoloader, the list's
  // module and every chunk they import (Welsh and easy-read strings, the detail view and the
  // forms load later, on first use). Goal (issue 19): 20 KB gzip.
  if (existsSync('dist/coprod-autoload.js') && existsSync('dist/elements/coprod-opportunity-list.js')) {
    const files = new Set([...closure('dist/coprod-autoload.js'), ...closure('dist/elements/coprod-opportunity-list.js')]);
    const code = Buffer.concat([...files].map((file) => readFileSync(file)));
    const gzip = gzipSync(code, { level: 9 }).length;
    const top = spentOn([...files]).slice(0, 4).map((g) => `${g.name} ${kb(g.gzip)}`).join(', ');
    rows.push(
      row('size', `page with one list (autoloader + list + ${files.size - 2} chunks) gzip`, {
        value: gzip,
        unit: 'bytes',
        display: kb(gzip),
        runs: 1,
        ...(allInOne ? { baseline: 'all-in-one', baselineValue: allInOne.gzip, ratio: gzip / allInOne.gzip } : {}),
        note: `goal 20 KB: ${gzip <= 20 * 1024 ? 'met' : 'NOT met'}; most bytes (gzip alone): ${top}`,
      }),
    );
  }
  // The same page with the list rendered by the server (GET /embed/opportunity-list, issue 19 item 2):
  // before its first paint it fetches the autoloader and its part for server-rendered widgets, no
  // element code; until the list works (hydrated: on idle or first use) it fetches the list's
  // module and chunks, Lit's hydration and "More filters", which a server-rendered list hydrates
  // with. test/e2e/hydrate-later.e2e.ts checks the first set against what the page really fetches.
  if (existsSync('dist/coprod-autoload-later.js') && existsSync('dist/elements/coprod-opportunity-list.js')) {
    const firstPaint = new Set([...closure('dist/coprod-autoload.js'), ...closure('dist/coprod-autoload-later.js')]);
    const working = new Set(firstPaint);
    closure('dist/elements/coprod-opportunity-list.js', working);
    // The dynamic imports a server-rendered list waits for before it hydrates, with their own imports
    // (an English reader's: the Welsh and easy-read words of "More filters" load only for theirs).
    for (let grew = true; grew; ) {
      grew = false;
      for (const file of [...working]) {
        for (const target of dynamicImports(file, 'hydrate-support|more-filters')) {
          // Welsh and easy-read words come only for those readers.
          if (working.has(target) || /\.(cy|easy)-[\w-]{7}\.js$/.test(target)) continue;
          grew = true;
          closure(target, working);
        }
      }
    }
    const gzipOf = (files) => gzipSync(Buffer.concat([...files].map((file) => readFileSync(file))), { level: 9 }).length;
    const before = gzipOf(firstPaint);
    const after = gzipOf(working);
    rows.push(
      row('size', `server-rendered page with one list: before first paint (${firstPaint.size} files) gzip`, {
        value: before,
        unit: 'bytes',
        display: kb(before),
        runs: 1,
        ...(allInOne ? { baseline: 'all-in-one', baselineValue: allInOne.gzip, ratio: before / allInOne.gzip } : {}),
        // Not the issue's "page with one list" row: that counts the list's code, which this page fetches a moment later (the row below).
        note: `readable with no element code: the autoloader and its part for server-rendered widgets (the list is read from the server's HTML); the 20 KB goal is judged on the page with one list, not here`,
      }),
      row('size', `server-rendered page with one list: until it works (${working.size} files) gzip`, {
        value: after,
        unit: 'bytes',
        display: kb(after),
        runs: 1,
        ...(allInOne ? { baseline: 'all-in-one', baselineValue: allInOne.gzip, ratio: after / allInOne.gzip } : {}),
        note: `goal 20 KB: ${after <= 20 * 1024 ? 'met' : 'NOT met'}; fetched on idle or first use: + the list's module and chunks, Lit's hydration, "More filters" (${[...working].filter((f) => !firstPaint.has(f)).map((f) => f.replace(/^dist\//, '').replace(/-[\w-]{7}\.js$/, '')).join(', ')})`,
      }),
    );
  }
  return rows;
}
