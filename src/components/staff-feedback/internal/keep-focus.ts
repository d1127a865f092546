/**
 * After an action the button pressed may have been swapped for another (publish for keep
 * private): focus moves to the one now in its place in `panel`, or to the result message.
 * Only when focus was dropped (to the page), never taken from where someone moved it.
 */
export function refocusIfDropped(host: HTMLElement, panel: HTMLElement | null | undefined, selector: string): void {
  if (!panel) return;
  if (host.shadowRoot?.activeElement) return;
  const outer = (host.getRootNode() as Document | ShadowRoot).activeElement;
  if (outer && outer !== document.body && outer !== host) return;
  const target = panel.querySelector<HTMLElement>(selector) ?? panel.querySelector<HTMLElement>('.action-result');
  target?.focus();
}
