import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Opportunity } from '../../../api/types.js';
import type { CoprodOpportunity } from '../../opportunity/coprod-opportunity.component.js';
import { DETAIL_TAG, detailReady, importDetailView } from './results.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The opportunity opened in place of the list: which one, whether `<coprod-opportunity>`'s code
 * has loaded (it loads on first use), and where the focus goes on opening and going back.
 */
export class OpenInPlace implements ReactiveController {
  /** The opportunity open in place (from a card, or the page's address). */
  id: string | undefined;
  /** The opened card's opportunity, when it came from a card (else the view loads it). */
  opportunity: Opportunity | undefined;
  /** Whether the opportunity view's code has loaded. */
  view: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  /** `moved`: the list writes the page's address (a new history entry). */
  constructor(
    private readonly host: Host,
    private readonly moved: () => void,
  ) {
    host.addController(this);
  }

  /** Called before each render: an opportunity to open loads the view's code. */
  hostUpdate(): void {
    if (this.id !== undefined && this.view === 'idle') this.loadView();
  }

  /** What the page's address says is open (under `sync-url`). */
  follow(id: string | undefined, opportunity = this.opportunity?.id === id ? this.opportunity : undefined): void {
    this.id = id;
    this.opportunity = opportunity;
    this.host.requestUpdate();
  }

  /** Opens an opportunity (the focus to its heading), or goes back to the list (the focus to the card that was open). */
  async show(opportunity?: Opportunity): Promise<void> {
    const openedId = this.id;
    this.follow(opportunity?.id, opportunity);
    this.moved();
    await this.host.updateComplete;
    if (opportunity) await this.focusDetail();
    else if (openedId) this.focusCard(openedId);
  }

  /** Back or Forward: `read` follows the address; the focus goes to what opened (its heading), or to the card that was open. */
  async popped(read: () => void): Promise<void> {
    const wasOpen = this.id;
    read();
    const nowOpen = this.id;
    await this.host.updateComplete;
    if (wasOpen && !nowOpen) this.focusCard(wasOpen);
    else if (nowOpen && nowOpen !== wasOpen) await this.focusDetail();
  }

  retry(): void {
    this.loadView();
    void this.focusDetail();
  }

  /** Focuses the opened opportunity's heading once its code has loaded and it has rendered. */
  async focusDetail(): Promise<void> {
    if (!detailReady()) await importDetailView().catch(() => undefined);
    await this.host.updateComplete;
    const detail = this.host.shadowRoot?.querySelector<CoprodOpportunity>(DETAIL_TAG);
    if (detail) await detail.focusHeading();
    else this.host.shadowRoot?.querySelector<HTMLElement>('.detail [part=error] button, .detail .back')?.focus();
  }

  /** Focuses a card's title link (or the list, when the card is no longer shown). */
  focusCard(id: string): void {
    const link = this.host.shadowRoot?.querySelector<HTMLElement>(`[data-opportunity-id="${CSS.escape(id)}"] .card-title a`);
    if (link) link.focus();
    else this.host.focus();
  }

  private loadView(): void {
    // Defined by the page's own <coprod-opportunity> is not enough: the list's template for it comes with opened.ts.
    if (detailReady()) {
      this.view = 'ready';
      return;
    }
    this.view = 'loading';
    importDetailView().then(
      () => 'ready' as const,
      () => 'failed' as const,
    ).then((view) => {
      this.view = view;
      this.host.requestUpdate();
    });
  }
}
