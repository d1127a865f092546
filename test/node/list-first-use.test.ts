/// <reference types="node" />
/**
 * The list's parts that wait for their first use stay out of its first paint: what a press of
 * "Show more" does (internal/show-more.ts) and the keeping of the last results for a lost network
 * (internal/last-results.ts, loaded with the first results). Reading what was kept
 * (internal/last-page.ts) must stay in the first paint: after the network failed, no chunk can be
 * counted on. Read from the source maps of the built files, so a static import of either part
 * (or of the reader moved out) fails here. Runs over dist/ (scripts/build.mjs builds it first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { closure, dynamicImports } from '../../scripts/closure.mjs';

const INTERNAL = 'src/components/opportunity-list/internal/';

/** The source files (repository paths from src/) of built files, read from their maps. */
function sourcesOf(files: Iterable<string>): Set<string> {
  const sources = new Set<string>();
  for (const file of files) {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
    for (const source of map.sources) {
      const at = source.indexOf('src/');
      if (at >= 0) sources.add(source.slice(at));
    }
  }
  return sources;
}

const PAGES: Record<string, string[]> = {
  'a page with one list': ['dist/coprod-autoload.js', 'dist/elements/coprod-opportunity-list.js'],
  'the all-in-one': ['dist/coprod-widgets.js'],
};

test('the list loads "Show more" and the keeping of its last results on first use, and reads kept results in its first paint', { skip: !existsSync('dist/coprod-widgets.js') }, () => {
  for (const [page, entries] of Object.entries(PAGES)) {
    const files = new Set<string>();
    for (const entry of entries) closure(entry, files);
    const firstPaint = sourcesOf(files);
    assert.ok(firstPaint.has(`${INTERNAL}loading.ts`), `${page}: the list's loading is not in the first paint (is this test reading the right files?)`);
    assert.ok(firstPaint.has(`${INTERNAL}last-page.ts`), `${page}: reading the last results must be in the first paint (a lost network cannot fetch a chunk)`);
    for (const part of ['show-more', 'last-results']) {
      assert.ok(!firstPaint.has(`${INTERNAL}${part}.ts`), `${page} carries ${part}.ts at first paint`);
      const later = [...files].flatMap((file) => dynamicImports(file, part));
      assert.ok(later.length > 0, `${page} never imports ${part} on demand`);
      assert.ok(sourcesOf(later).has(`${INTERNAL}${part}.ts`), `${page}: the ${part} chunk does not hold ${part}.ts`);
    }
  }
});
