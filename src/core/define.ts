/**
 * Defines `tag` unless it already is: a page that loads the bundle twice (a CMS block
 * and a theme, say) must not throw, and the second copy must not abort its module.
 *
 * Where the page holds one of `tag` rendered by the server (a declarative shadow root from
 * GET /embed/…), Lit's hydration loads first, so the element takes over that content instead
 * of drawing it again; pages without server-rendered content never load it.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const go = (): unknown => customElements.get(tag) || customElements.define(tag, constructor);
  if (serverRendered(tag)) void import('./hydrate-support.js').then(go, go);
  else go();
}

function serverRendered(tag: string): boolean {
  // On the server (Lit's DOM shim has a document without querySelectorAll) nothing hydrates.
  return !!globalThis.document?.querySelectorAll && [...document.querySelectorAll(tag)].some((element) => element.shadowRoot);
}
