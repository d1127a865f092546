import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an address may name as open: an id of letters, digits, `_` and `-` (anything else is ignored). */
const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** This page's address with `?<param>=<id>` (its `#` dropped: a link that opens `id` here), or without `param`. */
export function addressWith(param: string, id: string | undefined): string {
  const url = new URL(globalThis.location.href);
  if (id) {
    url.searchParams.set(param, id);
    url.hash = '';
  } else url.searchParams.delete(param);
  return url.href;
}

export interface AddressOptions {
  /** The query parameter naming what is open, such as `opportunity` or `feedback`. */
  param: string;
  /** Whether the address is left alone now (`no-url`): nothing is written and Back/Forward are not followed. */
  off: () => boolean;
  /** Back or Forward changed the address: `linked` is what it names now. */
  onPop: (linked: string | undefined) => void;
  /** The whole address with `id` open (default: this page's address with `param` set, or removed). */
  href?: (id: string | undefined) => string;
}

/**
 * The one rule for keeping what is open in the page's address (`?<param>=<id>`): a shared
 * link opens it (read `linked` when ready), opening or closing adds a history entry (`write`),
 * the browser's Back and Forward follow it (`onPop`), and `off()` (the `no-url` attribute) leaves
 * the address alone while a link still opens what it names.
 *
 *     private readonly address = new AddressController(this, { param: 'feedback', off: () => this.noUrl, onPop: (id) => … });
 *     this.address.write(this.openId);
 */
export class AddressController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: AddressOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.pop);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.pop);
  }

  /** The page's query string. */
  get params(): URLSearchParams {
    return new URLSearchParams(location.search);
  }

  /** What the address names as open, if it looks like an id. */
  get linked(): string | undefined {
    const id = this.params.get(this.options.param);
    return id && ID.test(id) ? id : undefined;
  }

  /** Writes the address with `id` open: a new history entry (`push`) or in place (`replace`); nothing when it is unchanged or `off()`. */
  write(id: string | undefined, mode: 'push' | 'replace' = 'push'): void {
    if (this.options.off()) return;
    const href = this.options.href ? this.options.href(id) : addressWith(this.options.param, id);
    if (href !== location.href) history[mode === 'push' ? 'pushState' : 'replaceState'](history.state, '', href);
  }

  private readonly pop = (): void => {
    if (!this.options.off()) this.options.onPop(this.linked);
  };
}
