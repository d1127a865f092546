import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host page put content in a named slot, kept up to date as the light DOM
 * changes (as Shoelace's `HasSlotController`): a widget shows its own default text only
 * when the page gave none.
 *
 *     private readonly slots = new SlotController(this, 'consent');
 *     ${this.slots.has('consent') ? html`<slot name="consent"></slot>` : defaultText}
 */
export class SlotController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly names: readonly string[];
  private observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, ...names: string[]) {
    this.host = host;
    this.names = names;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, attributes: true, attributeFilter: ['slot'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** True when a child of the host carries `slot="name"`. */
  has(name: string): boolean {
    if (!this.names.includes(name)) throw new Error(`SlotController was not told about the "${name}" slot`);
    return Array.from(this.host.children).some((child) => child.getAttribute('slot') === name);
  }
}
