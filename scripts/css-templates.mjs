/**
 * A rollup plugin: the CSS in Lit's css`` templates (and unsafeCSS(`...`)) ships without its
 * comments and with its whitespace collapsed, then through esbuild's CSS minifier for the
 * browsers the bundles run in (#ffffff as #fff, 0.5em as .5em, no last semicolon in a rule,
 * rules with the same body merged: about 40 B gzip a bundle). esbuild minifies the JavaScript
 * around a template but never the text inside it, so every comment and indent reached the bundles.
 *
 * Only the template's own text changes, never what is inside a quoted CSS string (content:
 * ' — ') nor the expressions between `${` and `}`. A template whose quotes do not pair up
 * within each piece of text (a string that spans an expression) is left as written.
 * The sources, their tests and Storybook keep the CSS as written.
 */
import { transformSync } from 'esbuild';
import { rewriteTemplates } from './template-rewrite.mjs';

const STRING = /(["'])(?:\\.|(?!\1)[^\\])*\1/g;

/** The CSS text between two quoted strings: comments out, whitespace collapsed and trimmed around punctuation. */
function squeeze(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** One piece of a template's raw text, or undefined when it cannot be minified safely. */
export function minifyCssText(raw) {
  const uncommented = raw.replace(/\/\*[\s\S]*?\*\//g, '');
  if (uncommented.includes('/*')) return undefined;
  const outside = uncommented.split(STRING);
  // split() with a capturing group gives [text, quote, text, quote, ...]: keep the strings by their matches.
  const strings = uncommented.match(STRING) ?? [];
  const texts = outside.filter((_, index) => index % 2 === 0);
  if (texts.some((text) => /["']/.test(text))) return undefined;
  let out = '';
  texts.forEach((text, index) => {
    out += squeeze(text) + (strings[index] ?? '');
  });
  return out;
}

/** The browsers the bundles run in (README.md), so the CSS minifier writes nothing they cannot read. */
export const CSS_TARGET = ['chrome98', 'edge98', 'firefox94', 'safari15.4', 'ios15.4'];

/**
 * A template's pieces through esbuild's CSS minifier (shorter colours and numbers, no last semicolons,
 * repeated rules merged), expressions held by placeholders; undefined when that cannot be done
 * safely (an escape in the text, a placeholder moved or lost, a warning), so the squeeze stays.
 */
export function minifyCssWhole(pieces) {
  if (pieces.some((piece) => /[\\`]|\$\{/.test(piece))) return undefined;
  // A placeholder where a declaration may stand (after `{`, `;` or `}`) is a declaration; elsewhere a word in a value.
  const declaration = pieces.map((piece) => /(^|[{;}])\s*$/.test(piece));
  const mark = (index) => (declaration[index - 1] ? `--coprod-expression-${index}:0` : `__coprod${index}__`);
  const source = pieces.map((piece, index) => (index ? (declaration[index - 1] ? `;${mark(index)};` : mark(index)) : '') + piece).join('');
  let result;
  try {
    result = transformSync(source, { loader: 'css', minify: true, target: CSS_TARGET, logLevel: 'silent' });
  } catch {
    return undefined;
  }
  if (result.warnings.length) return undefined;
  let code = result.code.trim();
  const out = [];
  for (let index = 1; index < pieces.length; index++) {
    const at = code.indexOf(mark(index));
    if (at < 0 || code.indexOf(mark(index), at + 1) >= 0) return undefined;
    out.push(code.slice(0, at));
    code = code.slice(at + mark(index).length);
  }
  out.push(code);
  if (out.some((piece) => /[\\`]|\$\{/.test(piece))) return undefined;
  return out;
}

/** A piece-by-piece rewrite of one template: undefined when a piece cannot be minified safely. */
function minifyCssPieces(pieces) {
  const minified = pieces.map(minifyCssText);
  if (minified.includes(undefined)) return undefined;
  minified[0] = minified[0].trimStart();
  minified[minified.length - 1] = minified[minified.length - 1].trimEnd();
  return minifyCssWhole(minified) ?? minified;
}

export function cssTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'coprod-css-templates',
    transform(code, id) {
      if (!include.test(id.split('?')[0]) || !/\bcss\b|unsafeCSS/.test(code)) return null;
      return rewriteTemplates((text) => this.parse(text), code, id, {
        from: /^(lit|@lit\/reactive-element)$/,
        tags: ['css'],
        calls: ['unsafeCSS'],
        rewrite: minifyCssPieces,
        left: (file) => process.env.COPROD_CSS_DEBUG && console.error(`css template left as written in ${file}`),
      });
    },
  };
}
