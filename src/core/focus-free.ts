/**
 * Whether the focus is free to move: on nothing a person chose (the page just opened, or just signed in), so a page
 * opened at one thing (`?feedback=`, `?attendance=`) may put the focus there without taking it from what they are on.
 * The deepest focused element, through shadow roots, is none, the page's body, or `host` itself.
 */
export function focusIsFree(host?: Element): boolean {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return !active || active === document.body || active === host;
}
