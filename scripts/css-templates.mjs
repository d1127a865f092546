/**
 * A rollup plugin: the CSS in Lit's css`` templates (and unsafeCSS(`...`)) ships without its
 * comments and with its whitespace collapsed. esbuild minifies the JavaScript around a
 * template but never the text inside it, so every comment and indent reached the bundles.
 *
 * Only the template's own text changes, never what is inside a quoted CSS string (content:
 * ' — ') nor the expressions between `${` and `}`. A template whose quotes do not pair up
 * within each piece of text (a string that spans an expression) is left as written.
 * The sources, their tests and Storybook keep the CSS as written.
 */
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

/** A piece-by-piece rewrite of one template: undefined when a piece cannot be minified safely. */
function minifyCssPieces(pieces) {
  const minified = pieces.map(minifyCssText);
  if (minified.includes(undefined)) return undefined;
  minified[0] = minified[0].trimStart();
  minified[minified.length - 1] = minified[minified.length - 1].trimEnd();
  return minified;
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
