#!/usr/bin/env node
/**
 * `npm run bench`: one table of figures, each the median of repeated runs, with its ratio
 * to a baseline measured in the same run where it has one; the same figures as JSON in
 * bench/results/latest.json. Timings never fail the run (budgets for bytes live in
 * scripts/size.mjs); only a crash does. A part that cannot run yet prints
 * "not available: <why>" and the run goes on.
 *
 *   npm run bench                      everything (about 3-4 minutes on 2 cores)
 *   npm run bench -- --build           rebuild dist/ first (it is built anyway when missing)
 *   npm run bench -- --only=size,render,cls,server,matching,training,lighthouse
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), DATABASE_URL or BENCH_DATABASE_URL
 * (adds the PostgreSQL rows), BENCH_RUNS (render runs, 7), BENCH_CLS_RUNS (3),
 * BENCH_SERVER_RUNS (3), BENCH_SERVER_SECONDS (4), BENCH_CONNECTIONS (10).
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTimeout } from './lib/stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (part) => !only || only.includes(part);
const started = Date.now();
const log = (message) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

if (args.includes('--build') || !existsSync('dist/coprod-widgets.js')) {
  log('building dist/ (node scripts/build.mjs)');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) log(`the build exited with ${build.status}; measuring what is in dist/`);
}

const PARTS = [
  { name: 'size', file: './parts/sizes.mjs', fn: 'sizeRows', limit: 60_000 },
  { name: 'render', file: './parts/render.mjs', fn: 'renderRows', limit: 900_000 },
  { name: 'cls', file: './parts/cls.mjs', fn: 'clsRows', limit: 240_000 },
  { name: 'server', file: './parts/server.mjs', fn: 'serverRows', limit: 600_000 },
  { name: 'matching', file: './parts/matching.mjs', fn: 'matchingRows', limit: 600_000 },
  { name: 'training', file: './parts/training-asked.mjs', fn: 'trainingAskedRows', limit: 600_000 },
  { name: 'lighthouse', file: './parts/lighthouse.mjs', fn: 'lighthouseRows', limit: 600_000 },
];

const rows = [];
let crashed = false;
for (const part of PARTS.filter((p) => wanted(p.name))) {
  log(`${part.name}...`);
  try {
    const module = await import(part.file);
    rows.push(...(await withTimeout(module[part.fn](log), part.limit, `the ${part.name} part`)));
  } catch (error) {
    crashed = true;
    log(`${part.name} crashed: ${error.stack ?? error}`);
    rows.push({ part: part.name, figure: '(whole part)', unavailable: `crashed: ${String(error.message ?? error).split('\n')[0]}` });
  }
}

// The table.
const ratio = (r) => (typeof r.ratio === 'number' && Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}x` : '');
const baselineText = (r) => {
  if (!r.baseline) return '';
  const base = r.unit === 'bytes' ? (r.baselineValue > 2 ** 20 ? `${(r.baselineValue / 2 ** 20).toFixed(1)} MB` : `${(r.baselineValue / 1024).toFixed(1)} KB`) : r.unit === 'ms' ? `${r.baselineValue.toFixed(1)} ms` : r.unit === 'req/s' ? `${Math.round(r.baselineValue)} req/s` : r.unit === 'CLS' ? r.baselineValue.toFixed(3) : String(r.baselineValue);
  return `${r.baseline}: ${base}`;
};
const cells = rows.map((r) =>
  r.unavailable
    ? [r.part, r.figure, `not available: ${r.unavailable}`, '', '', '', '']
    : [r.part, r.figure, r.display, String(r.runs), baselineText(r), ratio(r), r.note ?? ''],
);
const header = ['part', 'figure', 'median', 'runs', 'baseline (same run)', 'ratio', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...cells.filter((c) => c[3] !== '' || i < 2).map((c) => c[i].length)));
const line = (c) => c.map((cell, i) => (i === c.length - 1 ? cell : cell.padEnd(widths[i]))).join(' | ').trimEnd();
console.log('');
console.log(line(header));
console.log(widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? 4 : w)).join('-|-'));
for (const c of cells) console.log(c[3] === '' && c[2].startsWith('not available') ? `${c[0].padEnd(widths[0])} | ${c[1].padEnd(widths[1])} | ${c[2]}` : line(c));
console.log(`\nMedians over the runs shown; ratio = figure / baseline (for sizes: / the all-in-one). ${cpus().length} CPUs, Node ${process.version}, ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);

// The JSON.
let commit;
try {
  commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  commit = undefined;
}
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  `${JSON.stringify({ date: new Date().toISOString(), commit, node: process.version, cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), seconds: Math.round((Date.now() - started) / 1000), rows }, null, 2)}\n`,
);
log('wrote bench/results/latest.json');
process.exitCode = crashed ? 1 : 0;
