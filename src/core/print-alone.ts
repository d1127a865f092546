/**
 * "Print or save as PDF" prints the widget alone (review SHOULD 6): not the council's header,
 * menus or other widgets, and not the list or page a widget is opened inside.
 *
 * The widget that prints gets `data-coprod-printing`, which its own styles read
 * (`:host([data-coprod-printing])`: what of the widget goes on paper). Each element on the way
 * out to the page (the widget, then the host of each shadow root it sits in, up to the one in
 * the page's own DOM), and every element round it in its root, gets `data-coprod-print-path`;
 * each of those roots, the page included, a print rule that hides everything neither on that
 * path nor inside the printing widget (what a page put in its slots prints with it). A root's
 * rules see only its own elements, so every root needs its own; and an outer widget is marked
 * with the path, not with `data-coprod-printing`, or its own print styles (my-involvement's
 * record sheet) would print instead of the widget inside it (the profile form). The elements
 * round the path are marked rather than found with `:has()`, which Chrome and Edge before 105
 * and Firefox before 121 lack (the whole rule would be dropped and the page printed).
 * Undone after printing.
 */
import { nonceStyle } from './forms/form-styles.js';

export const PRINTING = 'data-coprod-printing';
const PATH = 'data-coprod-print-path';

const RULE = `@media print { :not([${PATH}], [${PRINTING}] *) { display: none !important; } }`;
let sheet: CSSStyleSheet | undefined;
let undoLast: (() => void) | undefined;

/** Puts the rule in a root: an adopted sheet, or (no constructable stylesheets: Safari < 16.4, Firefox < 101, as Lit does) a <style>. Returns the undo. */
function addRule(root: Document | ShadowRoot): () => void {
  if ('adoptedStyleSheets' in Document.prototype && 'replace' in CSSStyleSheet.prototype) {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(RULE);
    const rule = sheet;
    if (root.adoptedStyleSheets.includes(rule)) return () => undefined;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, rule];
    return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== rule));
  }
  const style = nonceStyle(RULE);
  (root instanceof Document ? root.head : root).append(style);
  return () => style.remove();
}

/** Prints `host` alone: marks it and the path out to the page, prints, and undoes both afterwards. */
export function printAlone(host: HTMLElement): void {
  undoLast?.();
  const undos: Array<() => void> = [];
  for (let element: Element | undefined = host; element; ) {
    const root = element.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) break;
    for (let marked: Element | null = element; marked; marked = marked.parentElement) {
      const on = marked;
      on.setAttribute(PATH, '');
      undos.push(() => on.removeAttribute(PATH));
    }
    undos.push(addRule(root));
    element = root instanceof ShadowRoot ? root.host : undefined;
  }
  host.setAttribute(PRINTING, '');
  const undo = (): void => {
    window.removeEventListener('afterprint', undo);
    if (undoLast === undo) undoLast = undefined;
    host.removeAttribute(PRINTING);
    for (const step of undos) step();
  };
  undoLast = undo;
  window.addEventListener('afterprint', undo);
  window.print();
}
