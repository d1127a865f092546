/**
 * "Erase everything" on the person's own page: ask, confirm (focus on the question), erase or
 * keep. A second press of "Yes" while it erases does nothing (BusyController). If erasing
 * fails, the question stays open with the reason under it and the focus stays on "Yes", so
 * the person can try again or keep everything.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import type { ApiError } from '../../../api/errors.js';
import { BusyController } from '../../../core/controllers/busy-controller.js';
import type { ErasureSummary } from '../../../api/types.js';
import { eraseView } from './page-views.js';
import type { Strings } from './sign-in-views.js';

interface Hooks {
  api: () => CoprodApi | undefined;
  me: () => MeCallOptions;
  announce: (text: string) => void;
  /** Erased: the host signs out and shows "erased". */
  erased: (counts: ErasureSummary) => void;
  /** It failed: the sign-in ended (`unauthorized`) or anything else. */
  failed: (error: ApiError) => void;
}

export class ErasePart {
  #confirming = false;
  /** Why the last try failed, while the question is still open. */
  #failed: ApiError['kind'] | undefined;
  readonly #busy: BusyController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: Hooks,
  ) {
    this.#busy = new BusyController(host);
  }

  /** A new sign-in: nothing half-asked. */
  reset(): void {
    this.#confirming = false;
    this.#failed = undefined;
  }

  #focus = async (selector: string): Promise<void> => {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  };

  readonly #ask = (): void => {
    this.#confirming = true;
    void this.#focus('#erase-confirm-title');
  };

  readonly #keep = (): void => {
    this.#confirming = false;
    this.#failed = undefined;
    void this.#focus('[data-erase]');
  };

  readonly #erase = (t: Strings): Promise<void> =>
    this.#busy.run('erase', async () => {
      const api = this.hooks.api();
      if (!api?.eraseMe) return;
      this.#failed = undefined;
      this.hooks.announce(t('erasing'));
      try {
        this.hooks.erased(await api.eraseMe(this.hooks.me()));
        this.#confirming = false;
      } catch (error) {
        this.#failed = (error as ApiError).kind ?? 'server';
        this.hooks.failed(error as ApiError);
      }
    }).then(() => undefined);

  render(view: Omit<Parameters<typeof eraseView>[0], 'confirming' | 'erasing' | 'failed' | 'onAsk' | 'onYes' | 'onNo'>, shown: boolean): TemplateResult | typeof nothing {
    if (!shown) return nothing;
    return eraseView({ ...view, confirming: this.#confirming, erasing: this.#busy.isBusy('erase'), failed: this.#failed, onAsk: this.#ask, onYes: () => void this.#erase(view.t), onNo: this.#keep });
  }
}
