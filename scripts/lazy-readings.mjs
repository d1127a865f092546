/**
 * A rollup plugin: Welsh and easy-read strings leave the bundle and load when a widget first
 * needs them. Each catalog written `const x = defineMessages({ 'en-GB': {...}, cy: {...},
 * easyRead: { 'en-GB': {...}, cy: {...} } })` is rewritten, in the built code only, to
 *
 *   defineMessages({ 'en-GB': {...}, readings: { cy: () => import('<file>?coprod-cy'), easy: () => import('<file>?coprod-easy') } })
 *
 * where `<file>?coprod-cy` is the same module with only `cy` and `easyRead.cy` kept, and
 * `?coprod-easy` the same with only `easyRead['en-GB']`. Rollup makes each a chunk beside
 * the module that imports it, so it resolves relative to that module's URL wherever dist/ is
 * served. The widget waits (src/core/i18n.ts `readingsReady`) until what its reader needs
 * is there. The sources, their tests and Storybook keep whole catalogs.
 */
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import { importedAs, walk } from './template-rewrite.mjs';

const QUERY = /\?coprod-(cy|easy)$/;
/**
 * The name a reading's module exports its catalogs under. It stays as written in every
 * `import(...).then((m) => m.<name>[i])` (a dynamic import's namespace is not renamed), so it is
 * short: `__coprodReadings` cost 15-22 B gzip a page. A module exporting the same name fails the build.
 */
const EXPORT = 'r';

const keyOf = (property) => (property.key.type === 'Identifier' ? property.key.name : property.key.value);

/** Every `defineMessages({...})` call whose argument is an object literal, with its properties by key. */
function catalogCalls(ast) {
  // esbuild may have renamed the import (it minifies as it transforms).
  const names = new Set(['defineMessages', ...importedAs(ast, ['defineMessages']).keys()]);
  const calls = [];
  walk(ast, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || !names.has(node.callee.name) || node.arguments[0]?.type !== 'ObjectExpression') return false;
    const object = node.arguments[0];
    const props = Object.fromEntries(object.properties.filter((p) => p.type === 'Property').map((p) => [keyOf(p), p]));
    const easyRead = props.easyRead?.value.type === 'ObjectExpression' ? Object.fromEntries(props.easyRead.value.properties.map((p) => [keyOf(p), p])) : {};
    calls.push({ call: node, object, props, easyRead });
    return true;
  });
  return calls;
}

const text = (code, node) => (node ? code.slice(node.start, node.end) : undefined);

export function lazyReadings({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'coprod-lazy-readings',
    resolveId: {
      order: 'pre',
      handler: (source) => (QUERY.test(source) ? source : null),
    },
    async load(id) {
      const match = QUERY.exec(id);
      if (!match) return null;
      const file = id.replace(QUERY, '');
      const ts = readFileSync(file, 'utf8');
      const { code } = await transform(ts, { loader: 'ts', format: 'esm', target: 'es2021', sourcefile: file, tsconfigRaw: '{}' });
      const ast = this.parse(code);
      const out = new MagicString(code);
      // Only `r` is read from a reading's module, so it exports nothing else. What its source exports, and
      // re-exports from elsewhere, would otherwise stay (vocabulary.ts re-exports the access words and the
      // other fixed lists): loading a reading would load those modules' English, whose catalogs would then
      // want their own reading, a second wait (the server rendered a Welsh list as its skeleton: session
      // 17's 94baab2; a Welsh list page fetched the lists' English it never shows). test/node/reading-chunks.test.ts
      // A default export goes too (review NIT 3, session 18): esbuild writes `export default x` as
      // `export { x as default }`, stripped with the named ones; should one reach here as written, a
      // named function or class keeps its declaration and anything else stays as `void <expression>`.
      for (const node of ast.body) {
        if (node.type === 'ExportNamedDeclaration' && node.declaration) out.remove(node.start, node.declaration.start);
        else if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') out.remove(node.start, node.end);
        else if (node.type === 'ExportDefaultDeclaration') {
          if (node.declaration.id) out.remove(node.start, node.declaration.start);
          else out.overwrite(node.start, node.declaration.start, 'void ');
        }
      }
      let index = 0;
      for (const { call, object, props, easyRead } of catalogCalls(ast)) {
        const kept =
          match[1] === 'cy'
            ? `{ cy: ${text(code, props.cy?.value) ?? '{}'}, easyRead: { cy: ${text(code, easyRead.cy?.value) ?? '{}'} } }`
            : `{ easyRead: { 'en-GB': ${text(code, easyRead['en-GB']?.value) ?? '{}'} } }`;
        out.overwrite(object.start, object.end, kept);
        out.prependLeft(call.start, `(${EXPORT}[${index++}] = `);
        out.appendLeft(call.end, ')');
      }
      out.prepend(`export const ${EXPORT} = [];\n`);
      return { code: out.toString(), map: out.generateMap({ hires: true, source: file }) };
    },
    transform(code, id) {
      if (QUERY.test(id) || !include.test(id.split('?')[0]) || !code.includes('defineMessages')) return null;
      const calls = catalogCalls(this.parse(code));
      if (calls.length === 0) return null;
      const out = new MagicString(code);
      calls.forEach(({ call, object, props }, index) => {
        // A catalog nothing reads can go: defineMessages only records it (for its readings to load), so a
        // bundle that never uses one of a module's catalogs (a fixed list, a part's words) leaves it out.
        out.prependLeft(call.start, '/* @__PURE__ */ ');
        if (!props['en-GB'] || !props.cy) return;
        const load = (reading) => `() => import(${JSON.stringify(`${id}?coprod-${reading}`)}).then((m) => m.${EXPORT}[${index}])`;
        out.overwrite(object.start, object.end, `{ 'en-GB': ${text(code, props['en-GB'].value)}, readings: { cy: ${load('cy')}, easy: ${load('easy')} } }`);
      });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
