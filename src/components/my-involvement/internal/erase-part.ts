/** "Erase everything" on the person's own page: ask, confirm (focus on the question), erase or keep. */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import type { ApiError } from '../../../api/errors.js';
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
  #erasing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: Hooks,
  ) {}

  /** A new sign-in: nothing half-asked. */
  reset(): void {
    this.#confirming = false;
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
    void this.#focus('[data-erase]');
  };

  readonly #erase = async (t: Strings): Promise<void> => {
    const api = this.hooks.api();
    if (this.#erasing || !api?.eraseMe) return;
    this.#erasing = true;
    this.host.requestUpdate();
    this.hooks.announce(t('erasing'));
    try {
      this.hooks.erased(await api.eraseMe(this.hooks.me()));
    } catch (error) {
      this.hooks.failed(error as ApiError);
    } finally {
      this.#erasing = false;
      this.#confirming = false;
      this.host.requestUpdate();
    }
  };

  render(view: Omit<Parameters<typeof eraseView>[0], 'confirming' | 'erasing' | 'onAsk' | 'onYes' | 'onNo'>, shown: boolean): TemplateResult | typeof nothing {
    if (!shown) return nothing;
    return eraseView({ ...view, confirming: this.#confirming, erasing: this.#erasing, onAsk: this.#ask, onYes: () => void this.#erase(view.t), onNo: this.#keep });
  }
}
