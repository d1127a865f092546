/**
 * A rollup plugin: the markup in Lit's html`` and svg`` templates ships without its
 * indentation and HTML comments. esbuild minifies the JavaScript around a template but never
 * the text inside it, so every indent and line break reached the bundles (1,000 templates).
 *
 * What changes, and why it renders the same:
 * - Text between tags: a run of white space with no line break becomes one space; a run with
 *   line breaks becomes those line breaks alone (the spaces and tabs around them go). That is
 *   what `white-space: normal` and `pre-line` (the only white-space styles in src/ that keep
 *   anything) draw anyway, so text styled `pre-line` keeps its line breaks.
 * - Inside a tag: a run of white space between attributes becomes one space, and goes before
 *   the closing `>` (not after an expression, not before `/>`, where an unquoted value would
 *   take the slash).
 * - HTML comments go, unless an expression is inside one (then the template stays as written).
 * What never changes: attribute values (quoted or not), the content of <pre>, <textarea>,
 * <style>, <script> and <title>, the expressions between `${` and `}`, the number of pieces
 * and where each expression sits (Lit finds its bindings by them), and white space next to
 * an expression in text (it is kept, collapsed). A template the scanner does not end in text
 * (an unclosed tag or quote), or with a line continuation or an escaped quote, is left as written.
 * The server renders embeds from dist/ and the browser hydrates with dist/, so both read the
 * same strings. The sources, their tests and Storybook keep the templates as written.
 */
import { rewriteTemplates } from './template-rewrite.mjs';

/** Elements whose text is kept as written. */
const RAW = new Set(['pre', 'textarea', 'style', 'script', 'title']);

/** A run of HTML white space (never other Unicode spaces: a no-break space is text). */
const SPACE = /[ \t\n\r\f]+/y;

/** Text white space: one space, or the line breaks alone. */
function collapseText(run) {
  const breaks = run.replace(/\r\n?/g, '\n').replace(/[^\n]/g, '');
  return breaks || ' ';
}

/**
 * The pieces of one template (its raw text between expressions), minified; undefined when the
 * template must stay as written.
 */
export function minifyHtmlPieces(pieces) {
  // A line continuation or an escaped quote: the scan reads the source text, so leave these alone.
  if (pieces.some((piece) => /\\(\r?\n|["'`])/.test(piece))) return undefined;
  // state: text | tag (inside <name ...>) | comment | raw (inside a RAW element, until its end tag)
  let state = 'text';
  let quote = ''; // inside a quoted attribute value
  let unquoted = false; // inside an unquoted attribute value
  let rawName = ''; // the RAW element we are in
  let afterEquals = false; // just after an attribute's `=`
  let tagName = ''; // the start tag being read
  const out = [];
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    let result = '';
    if (afterEquals) {
      // `name=${value}`: the expression was the value.
      afterEquals = false;
      unquoted = true;
    }
    let i = 0;
    while (i < piece.length) {
      const c = piece[i];
      if (state === 'comment') {
        const end = piece.indexOf('-->', i);
        // An expression inside a comment: leave the whole template alone.
        if (end === -1) return undefined;
        i = end + 3;
        state = 'text';
        continue;
      }
      if (state === 'raw') {
        const close = piece.slice(i).search(new RegExp(`</${rawName}[\\s/>]`, 'i'));
        if (close === -1) {
          result += piece.slice(i);
          i = piece.length;
        } else {
          result += piece.slice(i, i + close);
          i += close;
          state = 'text';
        }
        continue;
      }
      if (state === 'text') {
        if (c === '<') {
          if (piece.startsWith('<!--', i)) {
            state = 'comment';
            i += 4;
            continue;
          }
          const name = /^<\/?([a-zA-Z][^\s/>]*)/.exec(piece.slice(i));
          if (name) {
            state = 'tag';
            tagName = piece[i + 1] === '/' ? '' : name[1].toLowerCase();
            result += name[0];
            i += name[0].length;
            continue;
          }
          result += c;
          i++;
          continue;
        }
        SPACE.lastIndex = i;
        const run = SPACE.exec(piece);
        if (run) {
          result += collapseText(run[0]);
          i += run[0].length;
          continue;
        }
        result += c;
        i++;
        continue;
      }
      // state === 'tag'
      if (quote) {
        const end = piece.indexOf(quote, i);
        if (end === -1) {
          result += piece.slice(i);
          i = piece.length;
        } else {
          result += piece.slice(i, end + 1);
          i = end + 1;
          quote = '';
        }
        continue;
      }
      SPACE.lastIndex = i;
      const run = SPACE.exec(piece);
      if (run) {
        i += run[0].length;
        if (afterEquals || piece[i] === '=') {
          // `name = "value"`: kept as written (rare; the scan stays simple).
          result += run[0];
          continue;
        }
        unquoted = false;
        // Before `>`: nothing, unless the run follows an expression (the start of a piece).
        if (piece[i] === '>' && result !== '') continue;
        result += ' ';
        continue;
      }
      if (afterEquals) {
        afterEquals = false;
        if (c === '"' || c === "'") quote = c;
        else unquoted = c !== '>';
        if (quote) {
          result += c;
          i++;
          continue;
        }
      }
      if (c === '>') {
        result += c;
        i++;
        unquoted = false;
        state = RAW.has(tagName) ? 'raw' : 'text';
        rawName = tagName;
        continue;
      }
      if (c === '=' && !unquoted) afterEquals = true;
      result += c;
      i++;
    }
    out.push(result);
  }
  if (state !== 'text' || quote) return undefined;
  return out;
}

export function htmlTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'coprod-html-templates',
    transform(code, id) {
      if (!include.test(id.split('?')[0]) || !/\b(html|svg)\b/.test(code)) return null;
      return rewriteTemplates((text) => this.parse(text), code, id, {
        from: /^(lit|lit-html)$/,
        tags: ['html', 'svg'],
        rewrite: minifyHtmlPieces,
        left: (file) => process.env.COPROD_HTML_DEBUG && console.error(`html template left as written in ${file}`),
      });
    },
  };
}
