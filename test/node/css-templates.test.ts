/// <reference types="node" />
/**
 * The build ships css`` templates without comments and runs of whitespace
 * (scripts/css-templates.mjs). What a browser reads must not change: every template in src/
 * squeezed gives the same CSS as written, as esbuild's CSS minifier reads both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { transformSync } from 'esbuild';
// @ts-expect-error a build script in plain JavaScript, without types
import { minifyCssText, minifyCssWhole } from '../../scripts/css-templates.mjs';
import { sources } from './source-files.js';

const squeeze = minifyCssText as (raw: string) => string | undefined;
const whole = minifyCssWhole as (pieces: string[]) => string[] | undefined;

test('comments go, whitespace collapses, quoted strings stay as written', () => {
  assert.equal(squeeze('\n  /* The host page stops here. */\n  .a ,\n  .b {\n    color : red;\n    content: \' — \';\n  }\n'), ' .a,.b{color :red;content:\' — \'}');
  assert.equal(squeeze('margin: calc(1em + 2px) 0;'), 'margin:calc(1em + 2px) 0;');
  assert.equal(squeeze('.a :is(.b) > .c {}'), '.a :is(.b) > .c{}');
});

test('a quote or comment that spans an expression leaves the template as written', () => {
  assert.equal(squeeze("content: '"), undefined);
  assert.equal(squeeze('color: red; /* a comment that goes on'), undefined);
});

test("esbuild's minifier shortens what it can and puts each expression back where it was", () => {
  // A declaration-list expression (baseStyles' dark tokens) and a value expression, each in its place.
  assert.deepEqual(whole([':host{color:#ffffff}:host([theme=\'dark\']){', '}.a{margin:0.5em ', ';width:10px}.c{width:10px}.d{width:10px}']), [
    ':host{color:#fff}:host([theme="dark"]){',
    '}.a{margin:.5em ',
    ';width:10px}.c,.d{width:10px}',
  ]);
  // What it cannot do safely is left to the squeeze: a bare declaration list (unsafeCSS), an escape.
  assert.equal(whole(['--_text:var(--x,#fff);--_muted:red;']), undefined);
  assert.equal(whole(['.a:before{content:"\\201C"}']), undefined);
});

type Node = { type: string; start: number; end: number; [key: string]: unknown };

test('every css template in src/ means the same CSS squeezed as written', () => {
  let count = 0;
  let minified = 0;
  for (const file of sources('src')) {
    const ts = readFileSync(file, 'utf8');
    if (!ts.includes('css`')) continue;
    const js = transformSync(ts, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
    const visit = (node: Node) => {
      if (node.type === 'TaggedTemplateExpression' && (node.tag as { name?: string }).name === 'css') {
        count++;
        const raw = ((node.quasi as Node).quasis as Node[]).map((quasi) => js.slice(quasi.start, quasi.end));
        const squeezed = raw.map(squeeze);
        assert.ok(squeezed.every((piece) => piece !== undefined), `${file}: a template left as written`);
        // Expressions become placeholders; esbuild keeps custom properties' values as written, so
        // whitespace after their colons and commas is set aside (it means nothing there either).
        const css = (pieces: string[]) =>
          transformSync(pieces.map((piece, index) => (index ? `__expression${index}__` : '') + piece).join(''), { loader: 'css', minify: true })
            .code.replace(/([:,]) /g, '$1');
        assert.equal(css(squeezed as string[]), css(raw), file);
        // What the build ships: the squeezed pieces through esbuild's minifier where that is safe.
        const shipped = whole(squeezed as string[]);
        if (shipped) {
          minified++;
          assert.equal(shipped.length, raw.length, `${file}: every expression put back`);
          assert.equal(css(shipped), css(raw), `${file} (esbuild's minifier)`);
        }
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach((child) => child && typeof child.type === 'string' && visit(child));
        else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') visit(value as Node);
      }
    };
    visit(parse(js, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Node);
  }
  assert.ok(count > 20, `found ${count} css templates`);
  assert.ok(minified > 20, `${minified} of ${count} css templates through esbuild's minifier`);
});
