import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AddressController } from '../../../core/controllers/address-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface OpenItemOptions {
  /** Whether the address is left alone (`no-url`, or no board shown). */
  off: () => boolean;
  /** Whether the open item has loaded (or failed): its heading can take focus. */
  loaded: () => boolean;
}

/**
 * The item open in place of the board: which one, kept in the page's address
 * (`?feedback=<id>`, the one rule of AddressController), and where the focus goes on opening,
 * on going back and once the item has loaded.
 */
export class OpenItem implements ReactiveController {
  /** The item open in place (from the board, or the page's address). */
  id: string | undefined;
  private focusWhenLoaded = false;
  /** The item was opened from the page's address: take focus only if nothing else has it. */
  private onlyIfIdle = false;

  /** Back and Forward open the item the address names (focus to its heading) or close it (focus to its link). */
  private readonly address: AddressController;

  constructor(
    private readonly host: Host,
    private readonly options: OpenItemOptions,
  ) {
    host.addController(this);
    this.address = new AddressController(host, {
      param: 'feedback',
      off: options.off,
      onPop: (linked) => {
        if (linked === this.id) return;
        if (linked) this.follow(linked, false);
        else void this.close(false);
      },
    });
  }

  hostConnected(): void {
    // A "follow" link: the person came for this item, so it takes focus (and comes on screen) once loaded.
    const linked = this.address.linked;
    if (linked && this.id === undefined) this.follow(linked, true);
  }

  hostUpdated(): void {
    if (!this.focusWhenLoaded || !this.options.loaded()) return;
    this.focusWhenLoaded = false;
    const idle = !document.activeElement || document.activeElement === document.body;
    const heading = this.host.shadowRoot?.querySelector<HTMLElement>('#item-heading');
    if (heading && (!this.onlyIfIdle || idle)) {
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start' });
    }
    this.onlyIfIdle = false;
  }

  /** Opens an item from the board (a new history entry). */
  async open(id: string): Promise<void> {
    this.follow(id, false);
    this.address.write(id);
    await this.host.updateComplete;
    // Until the item arrives, focus waits on its container (which says it is loading).
    this.host.shadowRoot?.querySelector<HTMLElement>('#item-view')?.focus();
  }

  /** "Back to the board" (`push`: a new history entry), or the browser's Back. */
  async close(push = true): Promise<void> {
    const id = this.id;
    this.id = undefined;
    if (push) this.address.write(undefined);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const link = id ? this.host.shadowRoot?.querySelector<HTMLElement>(`[data-item-link="${id}"]`) : null;
    (link ?? this.host.shadowRoot?.querySelector<HTMLElement>('#board-heading'))?.focus();
  }

  /** Opens the item an address names; it takes focus once loaded (`onlyIfIdle`: unless the person has moved elsewhere). */
  private follow(id: string, onlyIfIdle: boolean): void {
    this.id = id;
    this.focusWhenLoaded = true;
    this.onlyIfIdle = onlyIfIdle;
    this.host.requestUpdate();
  }
}
