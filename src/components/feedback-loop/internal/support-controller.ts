import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import { newIdempotencyKey } from '../../../api/idempotency.js';
import type { FeedbackItem, SupportResult } from '../../../api/types.js';
import { BusyController } from '../../../core/controllers/busy-controller.js';
import type { HearBack } from './hear-back.js';
import type { SupportState } from './item-parts.js';
import { hasAsked, hasSupported, rememberSupported, supporterKey } from './supporter-key.js';

export interface SupportOptions {
  api: () => CoprodApi | undefined;
  onSupported: (item: FeedbackItem, result: SupportResult) => void;
  /** Words the failure; the message is shown beside the item's button. */
  onFailed: (item: FeedbackItem, error: unknown) => string;
}

/**
 * "I said this too": one press per item and device (the supporter key), the count the
 * server returns, and an error beside the button. A press while one is on its way is
 * ignored; after a failure, the same idempotency key is sent again.
 */
export class SupportController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: SupportOptions;
  private readonly busy: BusyController;
  private readonly counts = new Map<string, number>();
  private readonly errors = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  /** "Tell me when this changes" forms opened (loaded on first use). */
  private readonly hearing = new Map<string, HearBack>();

  constructor(host: ReactiveControllerHost, options: SupportOptions) {
    this.host = host;
    this.options = options;
    this.busy = new BusyController(host);
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the item's "I said this too" button shows. */
  state(item: FeedbackItem): SupportState {
    // Offered for every item this device supported, on this visit or an earlier one: the stored supporter key is what asks.
    const supported = hasSupported(item.id);
    // Already asked (on this device): they are told that they will be told, and how to stop, not offered it again.
    if (supported && hasAsked(item.id) && !this.hearing.has(item.id)) void this.offer(item, true);
    return {
      supporters: this.counts.get(item.id) ?? item.supporters,
      supported,
      pending: this.busy.isBusy(item.id),
      error: this.errors.get(item.id),
      onSupport: () => void this.support(item),
      hearBack: this.hearing.get(item.id),
      offer: supported ? () => void this.offer(item) : undefined,
    };
  }

  private async offer(item: FeedbackItem, asked?: boolean): Promise<void> {
    const { HearBack } = await import('./hear-back.js');
    this.hearing.set(item.id, new HearBack(this.host, item.id, this.options.api, asked));
  }

  private async support(item: FeedbackItem): Promise<void> {
    const api = this.options.api();
    if (!api || hasSupported(item.id)) return;
    await this.busy.run(item.id, async () => {
      // One key per attempt, reused if the person presses again after a failure.
      const key = this.keys.get(item.id) ?? newIdempotencyKey();
      this.keys.set(item.id, key);
      this.errors.delete(item.id);
      try {
        const result = await api.supportFeedback(item.id, supporterKey(), { idempotencyKey: key });
        rememberSupported(item.id);
        this.keys.delete(item.id);
        this.counts.set(item.id, result.supporters);
        this.options.onSupported(item, result);
      } catch (error) {
        this.errors.set(item.id, this.options.onFailed(item, error));
      }
    });
  }
}
