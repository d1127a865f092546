/**
 * What would go on paper. Chromium emulates print media (the @web `emulateMedia` command), so
 * the page's real `@media print` rules apply; Firefox under puppeteer cannot, so there the
 * `@media print` rules of the given roots' adopted sheets are put in force on screen (every
 * widget's styles and core/print-alone.ts's rule are adopted sheets). Returns the undo.
 */
import { emulateMedia } from '@web/test-runner-commands';

export function asOnPaper(...roots: Array<Document | ShadowRoot>): () => void {
  const added = roots.map((root) => {
    const rules = root.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules)).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    const paper = new CSSStyleSheet();
    paper.replaceSync(rules.flatMap((rule) => Array.from(rule.cssRules, (r) => r.cssText)).join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, paper];
    return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== paper));
  });
  return () => added.forEach((undo) => undo());
}

/** Every root from the element's own shadow root out to the page. */
export function rootsOf(element: Element): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = element.shadowRoot ? [element.shadowRoot] : [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot || root instanceof Document; root = (root as ShadowRoot).host.getRootNode()) {
    roots.push(root);
    if (root instanceof Document) break;
  }
  return roots;
}

const chromium = navigator.userAgent.includes('Chrome/');

/** Print media for the whole page (Chromium), or the roots' print rules on screen (Firefox). */
export async function onPaper(...roots: Array<Document | ShadowRoot>): Promise<() => Promise<void>> {
  if (chromium) {
    await emulateMedia({ media: 'print' });
    return () => emulateMedia({ media: 'screen' });
  }
  const undo = asOnPaper(...roots);
  return async () => undo();
}

/** Whether a person would see it (on paper, once `onPaper` is in force). */
export const shown = (node: Element | null | undefined): boolean => !!node && node.checkVisibility();
