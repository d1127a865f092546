/// <reference types="node" />
/**
 * The build ships html`` and svg`` templates without indentation and comments
 * (scripts/html-templates.mjs). What a browser builds from them must not change: every template
 * in src/ minified parses (parse5, as a browser parses) to the same elements, attributes and
 * expression places as written, and the same text as `white-space: pre-line` or `normal` draws
 * it (line breaks kept, spaces around them and runs of spaces collapsed); <pre>, <textarea>,
 * <style> and <script> text exactly as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { transformSync } from 'esbuild';
import { parseFragment } from 'parse5';
// @ts-expect-error a build script in plain JavaScript, without types
import { minifyHtmlPieces } from '../../scripts/html-templates.mjs';
import { sources } from './source-files.js';

const minify = minifyHtmlPieces as (pieces: string[]) => string[] | undefined;

interface Parsed {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parsed[];
  content?: Parsed;
  value?: string;
}

const KEPT = new Set(['pre', 'textarea', 'style', 'script']);

/** Text as `white-space: pre-line` draws it (and `normal` too, where a line break is a space). */
const drawn = (text: string) => text.replace(/[ \t\f]*\n[ \t\f]*/g, '\n').replace(/[ \t\f]+/g, ' ');

/** A parsed tree as a plain value: comments out, neighbouring text joined, text as drawn. */
function shape(node: Parsed, kept = false): unknown {
  const children: unknown[] = [];
  let text: string | undefined;
  const inside = kept || KEPT.has(node.tagName ?? '');
  for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) {
    if (child.nodeName === '#comment') continue;
    if (child.nodeName === '#text') {
      text = (text ?? '') + child.value;
      continue;
    }
    if (text !== undefined) children.push(inside ? text : drawn(text));
    text = undefined;
    children.push(shape(child, inside));
  }
  if (text !== undefined) children.push(inside ? text : drawn(text));
  return { tag: node.tagName, attrs: node.attrs?.map(({ name, value }) => `${name}=${value}`), children };
}

/** The template as a browser reads it, with a marker where each expression sits (Lit's own marker text). */
function markup(pieces: string[], svg: boolean): string {
  const joined = pieces.map((piece, index) => (index ? `lit$${index}$` : '') + piece).join('');
  return svg ? `<svg>${joined}</svg>` : joined;
}

const same = (pieces: string[], minified: string[], svg: boolean) =>
  assert.deepEqual(shape(parseFragment(markup(minified, svg)) as Parsed), shape(parseFragment(markup(pieces, svg)) as Parsed));

test('indentation and comments go; text keeps its line breaks; attribute values, <pre> and expressions stay', () => {
  const pieces = ['\n  <div\n    class="a  b"\n    .x=', '\n    ?y=', ' @z="', '"\n  >\n    Hello  ', '\n    <pre>  x\n  y</pre>\n  <!-- a note -->\n  <input type=text />\n</div>\n'];
  const minified = minify(pieces)!;
  assert.deepEqual(minified, ['\n<div class="a  b" .x=', ' ?y=', ' @z="', '">\nHello ', '\n<pre>  x\n  y</pre>\n\n<input type=text />\n</div>\n']);
  same(pieces, minified, false);
  // The space between two inline elements is text a reader sees.
  assert.deepEqual(minify(['<a>x</a> <a>y</a>']), ['<a>x</a> <a>y</a>']);
  // After an expression, the space before `>` stays: `a=${x}>` is fine, but Lit reads what follows.
  assert.deepEqual(minify(['<input .value=', ' >']), ['<input .value=', ' >']);
});

test('a template the scanner cannot follow is left as written', () => {
  assert.equal(minify(['<!-- ', ' -->']), undefined);
  assert.equal(minify(['<div class="a']), undefined);
  assert.equal(minify(['a \\\n  b']), undefined);
  assert.equal(minify(['<a title=\\"x  y\\">']), undefined);
});

type Node = { type: string; start: number; end: number; [key: string]: unknown };

test('no style in src/ keeps white space that the minifier collapses (pre, pre-wrap, break-spaces)', () => {
  // Text styled `pre-line` is safe (its line breaks stay); one of these would need the minifier to leave its element's text as written.
  for (const file of sources('src')) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /white-space:\s*(pre|pre-wrap|break-spaces)\s*[;}!'"]/, file);
  }
});

test('every html and svg template in src/ builds the same DOM minified as written', () => {
  let count = 0;
  let changed = 0;
  for (const file of sources('src')) {
    const ts = readFileSync(file, 'utf8');
    if (!/\b(html|svg)`/.test(ts)) continue;
    const js = transformSync(ts, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
    const visit = (node: Node) => {
      const tag = (node.tag as { name?: string } | undefined)?.name;
      if (node.type === 'TaggedTemplateExpression' && (tag === 'html' || tag === 'svg')) {
        count++;
        const pieces = ((node.quasi as Node).quasis as Node[]).map((quasi) => js.slice(quasi.start, quasi.end));
        const minified = minify(pieces);
        assert.ok(minified, `${file}: a template left as written: ${pieces.join('${…}').slice(0, 80)}`);
        assert.equal(minified.length, pieces.length, file);
        if (minified.join() !== pieces.join()) changed++;
        try {
          same(pieces, minified, tag === 'svg');
        } catch (error) {
          throw new Error(`${file}: ${pieces.join('${…}').slice(0, 200)}\n${(error as Error).message}`);
        }
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach((child) => child && typeof child.type === 'string' && visit(child));
        else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') visit(value as Node);
      }
    };
    visit(parse(js, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Node);
  }
  assert.ok(count > 700, `found ${count} html templates`);
  assert.ok(changed > 100, `${changed} templates minified`);
});
