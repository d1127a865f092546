/**
 * The autoloader: a tiny module that finds `coprod-*` elements that are not defined yet
 * (and `data-coprod` placeholders), and imports only the modules they need from
 * `elements/` beside it. A page with one widget downloads one widget.
 *
 *   <script type="module" src="/widgets/coprod-autoload.js"></script>
 *
 * Choose it over the all-in-one `coprod-widgets.js` when a page shows one or two widgets;
 * choose the all-in-one when a page shows most of them (one request, no discovery delay).
 */
import { upgradePlaceholder } from './core/placeholders.js';

const TAG = /^coprod-[a-z0-9]+(-[a-z0-9]+)*$/;
const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  import(/* @vite-ignore */ new URL(`./elements/${tag}.js`, import.meta.url).href).catch((error: unknown) => {
    console.warn(`coprod-widgets: no module for <${tag}>`, error);
  });
}

function discover(root: ParentNode): void {
  if (root instanceof Element) visit(root);
  for (const element of Array.from(root.querySelectorAll('*'))) visit(element);
}

function visit(element: Element): void {
  if (element instanceof HTMLElement && element.dataset['coprod'] !== undefined) {
    const upgraded = upgradePlaceholder(element);
    if (upgraded) load(upgraded.localName);
  }
  if (TAG.test(element.localName)) load(element.localName);
}

function start(): void {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of Array.from(record.addedNodes)) if (node instanceof Element) discover(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
