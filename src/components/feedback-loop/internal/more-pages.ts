import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorKind } from '../../../api/errors.js';
import type { FeedbackItem, FeedbackPage } from '../../../api/types.js';
import type { BoardData } from './board.js';

export interface MorePagesOptions {
  load: (cursor: string, signal: AbortSignal) => Promise<FeedbackPage>;
  /** After the new items are on screen. */
  onShown: (page: FeedbackPage) => Promise<void>;
  /** Words the failure shown under the list. */
  onFailed: (error: unknown) => string;
}

/** "Show more": the items added after the first page, until the filters change. */
export class MorePages implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: MorePagesOptions;
  private items: FeedbackItem[] = [];
  private cursor: string | null | undefined;
  private controller: AbortController | undefined;
  loading = false;
  error: string | undefined;

  constructor(host: ReactiveControllerHost, options: MorePagesOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Drops what "Show more" added, for new filters. */
  reset(): void {
    this.controller?.abort();
    this.items = [];
    this.cursor = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** The first page with the items added after it. */
  with(first: BoardData | undefined): BoardData | undefined {
    if (!first) return undefined;
    return { ...first, items: [...first.items, ...this.items], nextCursor: this.cursor === undefined ? first.nextCursor : this.cursor };
  }

  async more(data: BoardData | undefined): Promise<void> {
    if (!data?.nextCursor || this.loading) return;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    this.controller = new AbortController();
    try {
      const page = await this.options.load(data.nextCursor, this.controller.signal);
      this.items = [...this.items, ...page.items];
      this.cursor = page.nextCursor;
      this.loading = false;
      this.host.requestUpdate();
      await this.options.onShown(page);
    } catch (error) {
      this.loading = false;
      this.host.requestUpdate();
      if (errorKind(error) === 'aborted') return;
      this.error = this.options.onFailed(error);
    }
  }
}
