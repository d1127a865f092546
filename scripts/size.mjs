#!/usr/bin/env node
/**
 * Gzip and brotli sizes of every bundle, as a table. Exits 1 when one passes its budget
 * (size-budgets.json). A bundle's size counts its module and every chunk it imports
 * statically, lit included: what a page with only that script downloads before anything
 * renders. Chunks loaded on demand (dynamic imports) are not counted.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { closure, dynamicImports } from './closure.mjs';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));

function measure(files) {
  const code = Buffer.concat([...files].map((file) => readFileSync(file)));
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function bundleSizes() {
  const rows = [];
  for (const file of ['dist/coprod-widgets.js', 'dist/in-memory.js', 'dist/coprod-autoload.js', 'dist/staff-sign-in.js']) {
    if (existsSync(file)) rows.push({ name: file, ...measure(closure(file)), budget: budgets[file] });
  }
  if (existsSync('dist/elements')) {
    for (const entry of readdirSync('dist/elements').filter((name) => name.endsWith('.js')).sort()) {
      const file = join('dist/elements', entry);
      const files = closure(file);
      rows.push({ name: `elements/${entry}`, ...measure(files), files: files.size, budget: budgets[`elements/${entry}`] ?? budgets['elements/*'] });
    }
  }
  return rows;
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7) + ' KB';

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = bundleSizes();
  if (rows.length === 0) {
    console.error('No bundles in dist/: run `npm run build` first.');
    process.exit(1);
  }
  const nameWidth = Math.max(...rows.map((row) => row.name.length), 6);
  console.log(`${'bundle'.padEnd(nameWidth)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}  ${'budget'.padStart(10)}  status`);
  let failed = 0;
  for (const row of rows) {
    const over = row.budget !== undefined && row.gzip > row.budget;
    if (over) failed++;
    console.log(
      `${row.name.padEnd(nameWidth)}  ${kb(row.raw)}  ${kb(row.gzip)}  ${kb(row.brotli)}  ${row.budget ? kb(row.budget) : '         -'}  ${over ? 'OVER BUDGET' : 'ok'}`,
    );
  }
  // The issue 19 figures in bytes, for commit messages: the all-in-one, and a page with one list (the autoloader and the list).
  const pageWithList = new Set();
  for (const file of ['dist/coprod-autoload.js', 'dist/elements/coprod-opportunity-list.js']) if (existsSync(file)) closure(file, pageWithList);
  // What that page also fetches just after its first paint, whatever the reader does: the list's "More filters" part.
  const afterPaint = new Set(pageWithList);
  for (const file of pageWithList) for (const part of dynamicImports(file, 'more-filters')) closure(part, afterPaint);
  console.log(
    `\nall-in-one ${rows.find((row) => row.name === 'dist/coprod-widgets.js')?.gzip ?? '-'} B gzip; page with one list (autoloader + list) ${measure(pageWithList).gzip} B gzip at first paint, ${measure(afterPaint).gzip} B gzip with "More filters" fetched just after`,
  );
  if (failed) {
    console.error(`\n${failed} bundle(s) over budget (gzip). See size-budgets.json.`);
    process.exit(1);
  }
  console.log(`\nAll ${rows.length} bundles within budget (${relative('.', 'size-budgets.json')}).`);
}
