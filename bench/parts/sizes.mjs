/**
 * Bundle sizes from scripts/size.mjs, plus each bundle's share of lit: the bytes that the
 * source maps attribute to lit's packages (lit, lit-html, lit-element, @lit/*), gzipped
 * on their own. Bytes are exact, so these rows are measured once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** The code of `file` that its source map attributes to lit, as one string. */
export function litCode(file) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return '';
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = readFileSync(file, 'utf8').split('\n');
  const isLit = map.sources.map((source) => LIT.test(source));
  let sourceIndex = 0;
  let out = '';
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
      if (segment.source >= 0 && isLit[segment.source]) out += line.slice(segment.column, segments[i + 1]?.column ?? line.length);
    });
  });
  return out;
}

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) closure(join(dirname(file), match[1]), seen);
  return seen;
}

export async function sizeRows() {
  const { bundleSizes } = await import('../../scripts/size.mjs');
  const bundles = bundleSizes();
  const allInOne = bundles.find((b) => b.name === 'dist/coprod-widgets.js');
  const rows = [];
  for (const bundle of bundles) {
    if (bundle.name === 'dist/in-memory.js') continue; // a demo and test helper, not something a council page loads
    const file = bundle.name.startsWith('elements/') ? join('dist', bundle.name) : bundle.name;
    const files = bundle.name.startsWith('elements/') ? [...closure(file)] : [file];
    const lit = files.map(litCode).join('');
    const litGzip = lit ? gzipSync(lit, { level: 9 }).length : 0;
    const label = bundle.name === 'dist/coprod-widgets.js' ? 'all-in-one coprod-widgets.js' : bundle.name === 'dist/coprod-autoload.js' ? 'autoloader coprod-autoload.js' : `${bundle.name}${bundle.files ? ` (+${bundle.files - 1} chunk${bundle.files === 2 ? '' : 's'})` : ''}`;
    const baseline = allInOne && bundle !== allInOne ? { baseline: 'all-in-one', baselineValue: allInOne.gzip, ratio: bundle.gzip / allInOne.gzip } : {};
    rows.push(
      row('size', `${label} gzip`, {
        value: bundle.gzip,
        unit: 'bytes',
        display: kb(bundle.gzip),
        runs: 1,
        ...baseline,
        note: `brotli ${kb(bundle.brotli)}, raw ${kb(bundle.raw)}${litGzip ? `; lit ${kb(litGzip)} gzip (${Math.round((100 * litGzip) / bundle.gzip)}%)` : '; no lit'}${bundle.budget ? `; budget ${kb(bundle.budget)}` : ''}`,
        brotli: bundle.brotli,
        raw: bundle.raw,
        litGzip,
        litRaw: Buffer.byteLength(lit),
        budget: bundle.budget,
      }),
    );
  }
  return rows;
}
