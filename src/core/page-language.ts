/**
 * One observer of `lang` attributes for the whole page: when the host page switches
 * language (a Welsh/English toggle), every widget follows.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchPageLanguage(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of listeners) notify();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
