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
import MagicString from 'magic-string';

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

/** Local names of `css` and `unsafeCSS` imported from lit (esbuild may have renamed them). */
function litNames(ast) {
  const css = new Set();
  const unsafe = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !/^(lit|@lit\/reactive-element)$/.test(node.source.value)) continue;
    for (const specifier of node.specifiers) {
      if (specifier.imported?.name === 'css') css.add(specifier.local.name);
      if (specifier.imported?.name === 'unsafeCSS') unsafe.add(specifier.local.name);
    }
  }
  return { css, unsafe };
}

function templates(ast, { css, unsafe }) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && css.has(node.tag.name)) found.push(node.quasi);
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && unsafe.has(node.callee.name) && node.arguments[0]?.type === 'TemplateLiteral') {
      found.push(node.arguments[0]);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && value !== node) visit(value);
    }
  };
  visit(ast);
  return found;
}

export function cssTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'coprod-css-templates',
    transform(code, id) {
      if (!include.test(id.split('?')[0]) || !/\bcss\b|unsafeCSS/.test(code)) return null;
      const ast = this.parse(code);
      const names = litNames(ast);
      if (names.css.size === 0 && names.unsafe.size === 0) return null;
      const out = new MagicString(code);
      for (const literal of templates(ast, names)) {
        const pieces = literal.quasis.map((quasi) => code.slice(quasi.start, quasi.end));
        const minified = pieces.map(minifyCssText);
        if (minified.some((piece) => piece === undefined)) {
          if (process.env.COPROD_CSS_DEBUG) console.error(`css template left as written in ${id}`);
          continue;
        }
        minified[0] = minified[0].trimStart();
        minified[minified.length - 1] = minified[minified.length - 1].trimEnd();
        literal.quasis.forEach((quasi, index) => {
          if (minified[index] === pieces[index]) return;
          if (minified[index] === '') out.remove(quasi.start, quasi.end);
          else out.overwrite(quasi.start, quasi.end, minified[index]);
        });
      }
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
