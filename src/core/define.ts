/**
 * Defines `tag` unless it already is: a page that loads the bundle twice (a CMS block
 * and a theme, say) must not throw, and the second copy must not abort its module.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
