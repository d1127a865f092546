/// <reference types="node" />
/**
 * A reading's module (scripts/lazy-readings.mjs: a catalog module with only its Welsh or easy-read
 * words kept) exports `r` and nothing else, whatever its source exports: named, re-exported, all
 * (`export *`) or default (review NIT 3, session 18). Anything else it exported would stay in the
 * reading's chunk with what it brings, and loading the Welsh would load that module's English.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAst } from 'rollup/parseAst';
// @ts-expect-error -- a build script in plain JavaScript, without types
import { lazyReadings } from '../../scripts/lazy-readings.mjs';

type Node = { type: string; declaration?: { declarations?: { id: { name: string } }[] } | null };

test("a reading's module exports only `r`, whatever its source exported (a default export too)", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lazy-readings-'));
  try {
    const file = join(dir, 'words.ts');
    writeFileSync(
      file,
      [
        "import { defineMessages } from './catalogs.js';",
        "export * from './access-words.js';",
        "export { accessLabels as labels } from './vocabulary.js';",
        "export const words = defineMessages({ 'en-GB': { a: 'Open' }, cy: { a: 'Ar agor' }, easyRead: { 'en-GB': { a: 'You can say yes' }, cy: { a: 'Gallwch chi ddweud ie' } } });",
        "export default defineMessages({ 'en-GB': { b: 'Closed' }, cy: { b: 'Ar gau' } });",
        'export function helper(): string { return words.a; }',
      ].join('\n'),
    );
    const plugin = lazyReadings();
    for (const reading of ['cy', 'easy']) {
      const { code } = await plugin.load.call({ parse: (text: string) => parseAst(text) }, `${file}?coprod-${reading}`);
      const exports = (parseAst(code).body as unknown as Node[]).filter((node) => node.type.startsWith('Export'));
      assert.deepEqual(
        exports.map((node) => `${node.type} ${node.declaration?.declarations?.map((d) => d.id.name).join(', ') ?? ''}`),
        ['ExportNamedDeclaration r'],
        `the ${reading} reading exports only r:\n${code}`,
      );
      // Both catalogs, the default-exported one too, are in r.
      assert.match(code, /r\[0\] = /);
      assert.match(code, /r\[1\] = /);
      if (reading === 'cy') assert.match(code, /Ar gau/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
