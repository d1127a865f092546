/**
 * The "Messages to send by hand" section (issue 15 item 2), after the pool: its heading, what it
 * is for and a "Show" button until staff ask (each look is audited); then the list itself
 * (by-hand-part.ts: its state, loading, "Show more" and "Mark as sent by hand"), whose module is
 * imported on that first press, so the element does not carry it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { BusyController } from '../../../core/controllers/busy-controller.js';
import { heading } from '../../../core/heading.js';
import type { ByHandHost, ByHandPart } from './by-hand-part.js';

export class ByHandSection implements ReactiveController {
  /** The list, once staff asked for it. */
  private part: ByHandPart | undefined;
  /** The one double-submit guard for "Show" while the list's module and first page load. */
  private readonly busy: BusyController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly h: ByHandHost,
  ) {
    host.addController(this);
    this.busy = new BusyController(host);
  }

  hostConnected(): void {}

  /** Nothing when the adapter cannot list them. */
  render(level: number): TemplateResult | typeof nothing {
    if (!this.h.api()?.listMessagesByHand) return nothing;
    const { t } = this.h;
    return html`<section class="part" aria-labelledby="by-hand-title">
      ${heading(level, t('byHandTitle'), { id: 'by-hand-title' })}
      <p class="pre-line">${t('byHandIntro')}</p>
      ${this.part
        ? this.part.render(level)
        : html`<button type="button" class="button secondary" part="by-hand-show" aria-disabled=${this.busy.ariaDisabled('by-hand')} @click=${() => void this.busy.run('by-hand', () => this.show())}>
            ${t('byHandShow')}
          </button>`}
    </section>`;
  }

  private async show(): Promise<void> {
    try {
      const { ByHandPart } = await import('./by-hand-part.js');
      this.part = new ByHandPart(this.host, this.h);
      this.host.requestUpdate();
      await this.part.load();
    } catch (error) {
      this.h.reportError('load', error);
      this.h.announce(this.h.errorText(error));
    }
  }
}
