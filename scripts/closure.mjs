/**
 * The files a built module imports, read from dist/'s code: what a page downloads for it.
 * One reading of the rule for the size table (scripts/size.mjs), the bench (bench/parts/sizes.mjs)
 * and the tests that check what a browser really fetched (test/e2e/autoload.e2e.ts,
 * test/e2e/hydrate-later.e2e.ts). No side effects: importing this reads nothing.
 *
 * Paths are relative to `root` (the working directory unless given) with forward slashes, as a
 * module's own specifiers are, so they read as URL paths under the folder `root` is served from.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** A static `import … from './x.js'`, `import './x.js'` or `export … from './x.js'` of a relative module. */
const STATIC = /(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

const read = (file, root) => readFileSync(root === undefined ? file : posix.join(root, file), 'utf8');
const resolveFrom = (file, specifier) => posix.join(posix.dirname(file), specifier);

/**
 * `file` and every module it imports statically, transitively, added to `seen` (returned):
 * what a page with only that script downloads before it runs. Dynamic imports are not followed.
 */
export function closure(file, seen = new Set(), root = undefined) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of read(file, root).matchAll(STATIC)) closure(resolveFrom(file, match[1]), seen, root);
  return seen;
}

/**
 * The relative modules `file` imports dynamically (`import('./x.js')`) whose path matches `name`
 * (a regular expression's source, e.g. 'more-filters' or '(?:hydrate-support|more-filters)').
 */
export function dynamicImports(file, name, root = undefined) {
  const pattern = new RegExp(`import\\(\\s*["'](\\.{1,2}\\/[^"']*(?:${name})[^"']*\\.js)["']\\s*\\)`, 'g');
  return [...read(file, root).matchAll(pattern)].map((match) => resolveFrom(file, match[1]));
}
