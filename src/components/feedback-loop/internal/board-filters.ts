import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BoardFilters } from './board.js';

const SEARCH_DELAY_MS = 400;
export const noFilters: BoardFilters = { q: '', status: '', topic: '' };

/** The board's search box and filters: the search waits until typing pauses; every change starts the list again. */
export class BoardFiltersController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  /** Runs before new filters apply (the count is announced, "Show more" starts again). */
  private readonly onChange: () => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What is in the search box, applied when typing pauses or the search is sent. */
  searchText = '';
  filters: BoardFilters = noFilters;

  constructor(host: ReactiveControllerHost, onChange: () => void) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  get filtered(): boolean {
    return !!(this.filters.q || this.filters.status || this.filters.topic);
  }

  set(change: Partial<BoardFilters>): void {
    this.onChange();
    this.filters = { ...this.filters, ...change };
    this.host.requestUpdate();
  }

  input(text: string): void {
    this.searchText = text;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.apply(), SEARCH_DELAY_MS);
  }

  apply(): void {
    clearTimeout(this.timer);
    const q = this.searchText.trim();
    if (q !== this.filters.q) this.set({ q });
  }

  clear(): void {
    clearTimeout(this.timer);
    this.searchText = '';
    this.set(noFilters);
  }
}
