import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TEXT_MAX } from './form-model.js';

const COUNT_ANNOUNCE_DELAY_MS = 1200;

/** The feedback text's character count: tied to the textarea after each render, and spoken near the limit. */
export class CharacterCountController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly shadowRoot: ShadowRoot | null };
  private readonly speak: (length: number) => void;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & { readonly shadowRoot: ShadowRoot | null }, speak: (length: number) => void) {
    this.host = host;
    this.speak = speak;
    host.addController(this);
  }

  /**
   * The shared textField cannot take extra `aria-describedby` ids yet, so the character
   * count is tied to the textarea here after each render.
   */
  hostUpdated(): void {
    const textarea = this.host.shadowRoot?.querySelector('#field-text');
    const ids = textarea?.getAttribute('aria-describedby')?.split(' ').filter(Boolean) ?? [];
    if (textarea && !ids.includes('text-count')) textarea.setAttribute('aria-describedby', [...ids, 'text-count'].join(' '));
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  changed(length: number): void {
    clearTimeout(this.timer);
    // Like GOV.UK's character count: speak only when the limit is near, after typing pauses.
    if (length < TEXT_MAX - 500) return;
    this.timer = setTimeout(() => this.speak(length), COUNT_ANNOUNCE_DELAY_MS);
  }
}
