/**
 * What the build's source rewriters share (css-templates.mjs, html-templates.mjs, lazy-readings.mjs): the local
 * names a module gave what it imports (esbuild may have renamed them as it minified), one walk over the parsed
 * module, and the rewrite of template literals' text in place, expressions untouched.
 */
import MagicString from 'magic-string';

/** What the module imports under one of `names` from a module `from` matches, by the local name it uses: local -> imported. */
export function importedAs(ast, names, from = /(?:)/) {
  const local = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !from.test(node.source.value)) continue;
    for (const specifier of node.specifiers) if (names.includes(specifier.imported?.name)) local.set(specifier.local.name, specifier.imported.name);
  }
  return local;
}

/** Visits every node of the tree in source order, a node before its children; `visit` returning true skips its children. */
export function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  if (visit(node)) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && value !== node) walk(value, visit);
  }
}

/**
 * A rollup `transform` for template literals: in `code`, every template tagged with one of `tags`, and the
 * template given as first argument to one of `calls`, each imported from a module `from` matches, has its pieces
 * of text (the raw text between expressions) replaced by what `rewrite(pieces)` gives, piece for piece.
 * When `rewrite` gives undefined the template is left as written (and `left(id)` is told).
 */
export function rewriteTemplates(parse, code, id, { from, tags, calls = [], rewrite, left }) {
  const ast = parse(code);
  const names = importedAs(ast, [...tags, ...calls], from);
  if (names.size === 0) return null;
  const literals = [];
  walk(ast, (node) => {
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.includes(names.get(node.tag.name))) literals.push(node.quasi);
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && calls.includes(names.get(node.callee.name)) && node.arguments[0]?.type === 'TemplateLiteral') {
      literals.push(node.arguments[0]);
    }
  });
  const out = new MagicString(code);
  for (const literal of literals) {
    const pieces = literal.quasis.map((quasi) => code.slice(quasi.start, quasi.end));
    const rewritten = rewrite(pieces);
    if (!rewritten) {
      left?.(id);
      continue;
    }
    literal.quasis.forEach((quasi, index) => {
      if (rewritten[index] === pieces[index]) return;
      if (rewritten[index] === '') out.remove(quasi.start, quasi.end);
      else out.overwrite(quasi.start, quasi.end, rewritten[index]);
    });
  }
  return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
}
