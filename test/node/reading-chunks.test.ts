/// <reference types="node" />
/**
 * Loading a reading (the Welsh or easy-read words a widget waits for, scripts/lazy-readings.mjs)
 * brings no catalog of its own: a module that a reading's chunk needs and the code loading it
 * lacks may be a helper of those words (the Welsh times of day), never a module with catalogs
 * (whose own readings it loads). If it were, that module's English would arrive with the reading,
 * and its catalogs would want their own reading: a second wait, and a page's Welsh drawn only after it. Session 17's
 * 94baab2 (the access words in their own module, re-exported by vocabulary.ts, whose Welsh chunk then
 * imported them) made the server render a Welsh list as its skeleton, and a Welsh list page fetch the
 * access words and the other fixed lists it never shows. Runs over dist/ (build first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closure, dynamicImports } from '../../scripts/closure.mjs';

const READING = /\.(cy|easy)-[\w-]+\.js$/;

/** Whether a chunk holds a catalog whose readings load later (its loaders import a reading's chunk). */
const loadsReadings = (file: string): boolean => dynamicImports(file, '').some((target) => READING.test(target));

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

test('a reading brings no catalog of its own: what its chunk needs beyond the code loading it has no readings to load', { skip: existsSync('dist/coprod-widgets.js') ? false : 'no dist/: run the build first' }, () => {
  let readings = 0;
  const extra: string[] = [];
  for (const file of jsFiles('dist')) {
    const have = closure(file);
    for (const target of dynamicImports(file, '')) {
      if (!READING.test(target)) continue;
      readings++;
      for (const needed of closure(target)) {
        if (needed === target || READING.test(needed) || have.has(needed) || !loadsReadings(needed)) continue;
        extra.push(`${relative('dist', target)} (loaded by ${relative('dist', file)}) brings ${relative('dist', needed)}`);
      }
    }
  }
  assert.ok(readings > 50, `only ${readings} readings found: has the build's naming changed?`);
  assert.deepEqual([...new Set(extra)], []);
});
