import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The one double-submit guard, like GOV.UK Frontend's `preventDoubleClick`: while an action
 * runs, its button says so with `aria-disabled="true"` (not `disabled`, which would throw
 * focus to the page) and a second press does nothing. Actions are keyed, so a list can
 * keep one row busy while the others still work.
 *
 *     private readonly busy = new BusyController(this);
 *     html`<button aria-disabled=${this.busy.ariaDisabled(item.id)} @click=${() => this.busy.run(item.id, () => save(item))}>`
 */
export class BusyController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly running = new Set<string>();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the action `key` (or, with no key, any action) is running. */
  isBusy(key?: string): boolean {
    return key === undefined ? this.running.size > 0 : this.running.has(key);
  }

  /** `aria-disabled` for the button of `key`: `"true"` while it runs, else no attribute. */
  ariaDisabled(key?: string): 'true' | typeof nothing {
    return this.isBusy(key) ? 'true' : nothing;
  }

  /**
   * Runs `action` unless `key` is already running, and marks it busy until it settles.
   * Resolves to the action's result, or `undefined` when the press was ignored.
   */
  async run<T>(key: string, action: () => Promise<T>): Promise<T | undefined> {
    if (this.running.has(key)) return undefined;
    this.running.add(key);
    this.host.requestUpdate();
    try {
      return await action();
    } finally {
      this.running.delete(key);
      this.host.requestUpdate();
    }
  }
}
