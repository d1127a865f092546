import { upgradePlaceholder } from './placeholders.js';

const TAG = /^coprod-[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Watches the page for `coprod-*` elements that are not defined yet (and `data-coprod`
 * placeholders, which it upgrades) and calls `load(tag)` once per tag, the first time the
 * tag appears. The autoloader and the all-in-one module's on-demand elements both use it.
 *
 * With `later` (the autoloader's loadLater), an element whose shadow root the server rendered is
 * handed to it instead: its code need not come before the first paint.
 *
 * The `near` tag (the long profile form, often below the fold or behind a closed
 * `<details>`) loads the first time one of its elements comes within a screen of the
 * viewport: scrolled towards, jumped to by a link, or shown. Its first render then stays
 * out of the page's start-up, where it was the one long task on a phone.
 */
export function loadWhenUsed(
  load: (tag: string) => Promise<unknown> | undefined,
  near?: string,
  later?: (element: Element, load: () => Promise<boolean> | undefined) => void,
): void {
  const requested = new Map<string, Promise<boolean> | undefined>();
  /** Loads `tag`'s code once; the answer says whether it came. A load that failed is forgotten: the next call tries again. */
  const request = (tag: string): Promise<boolean> | undefined => {
    if (!requested.has(tag) && !customElements.get(tag))
      requested.set(
        tag,
        load(tag)?.then(
          () => true,
          (error: unknown) => (requested.delete(tag), console.warn(`coprod-widgets: could not load <${tag}>`, error), false),
        ),
      );
    return requested.get(tag);
  };
  let nearby: IntersectionObserver | undefined;
  const use = (element: Element): void => {
    // Server-rendered (its shadow root came with the page) and not defined yet: the `later` strategy.
    if (later && element.shadowRoot && !customElements.get(element.localName)) later(element, () => request(element.localName));
    else if (element.localName !== near) void request(element.localName);
    else
      (nearby ??= new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && void request(element.localName), { rootMargin: '100%' })).observe(
        element,
      );
  };
  const visit = (element: Element): void => {
    if (element instanceof HTMLElement && element.dataset['coprod'] !== undefined) {
      const upgraded = upgradePlaceholder(element);
      if (upgraded) use(upgraded);
    }
    if (TAG.test(element.localName)) use(element);
  };
  const discover = (root: ParentNode): void => {
    if (root instanceof Element) visit(root);
    for (const element of Array.from(root.querySelectorAll('*'))) visit(element);
  };
  const start = (): void => {
    discover(document);
    new MutationObserver((records) => {
      for (const record of records) for (const node of Array.from(record.addedNodes)) if (node instanceof Element) discover(node);
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
