import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { forgetDraft } from './draft-keys.js';
import { readStored, removeStored, writeStored } from './web-storage.js';

// Where drafts are kept, and forgetting them, without the controller (a page that only forgets drafts or checks for one).
export { draftKept, draftKey, forgetDraft, forgetDrafts } from './draft-keys.js';

/** How long typing pauses before the draft is written. */
export const DRAFT_DELAY_MS = 400;

export interface DraftControllerOptions<D> {
  /**
   * Where this form's draft lives (see `draftKey`). Read on every save and read, so it can
   * depend on what the form is about (an opportunity, a feedback item). Undefined: nowhere yet.
   */
  key: () => string | undefined;
  /** What to keep now, or undefined when there is nothing worth keeping (e.g. the form is not shown). */
  snapshot: () => D | undefined;
  /** Whether a stored value is a draft of this form (storage may hold anything: an older version, another tab's). */
  accept: (value: unknown) => value is D;
  /** A smaller draft to try when storage is full (e.g. without a picture), so the words at least are kept. */
  shrink?: (draft: D) => D | undefined;
  /** Called once the restored draft is on screen (e.g. to announce the notice). */
  onRestored?: () => void;
  /** Pause after the last change before writing. Default `DRAFT_DELAY_MS`. */
  delay?: number;
}

/**
 * Keeps what a person types in a form so that a reload, "Back" or a closed tab loses nothing.
 *
 * - The draft is written to sessionStorage (this tab only) a moment after typing pauses,
 *   and at once when the page is hidden (`pagehide`) or the element leaves the page.
 * - It is written to localStorage (this device) only while the person has opted in
 *   ("remember on this device"); opting out removes it from there at once.
 * - The host reads the kept draft with `read()`, puts the values back, then calls
 *   `markRestored()`: `restored` is true until the person discards it or sends the form,
 *   so the host can show a notice ("We have kept what you typed") with a way to start again.
 * - `clear()` forgets it, from both storages: on discard and after a successful send.
 *
 * Storage can be missing or full: every write is best effort and never throws.
 *
 * Used as Shoelace's controllers are: `new DraftController(this, { ... })` in the element.
 */
export class DraftController<D> implements ReactiveController {
  /** True while a restored draft is in the form and not yet discarded or sent. */
  restored = false;
  /** The person chose to keep drafts on this device (localStorage) as well as in this tab. */
  rememberOnDevice = false;

  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly flush = (): void => this.saveNow();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftControllerOptions<D>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    this.saveNow();
    window.removeEventListener('pagehide', this.flush);
  }

  /**
   * The draft kept under the current key: this tab's first, else the device's. A draft found
   * on the device means the person opted in before, so `rememberOnDevice` is set again.
   */
  read(): D | undefined {
    const key = this.options.key();
    if (!key) return undefined;
    const { accept } = this.options;
    const inTab = readStored('session', key);
    const onDevice = readStored('local', key);
    if (accept(onDevice)) this.rememberOnDevice = true;
    if (accept(inTab)) return inTab;
    return accept(onDevice) ? onDevice : undefined;
  }

  /** The host has put a kept draft back in the form: show the notice until it is discarded or sent. */
  markRestored(): void {
    this.restored = true;
    this.dirty = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.options.onRestored?.());
  }

  /** The person changed something: write the draft once typing pauses. */
  changed(): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.saveNow(), this.options.delay ?? DRAFT_DELAY_MS);
  }

  /** Writes the draft now, if anything was typed since it was last cleared. */
  saveNow(): void {
    clearTimeout(this.timer);
    if (!this.dirty) return;
    const key = this.options.key();
    const draft = this.options.snapshot();
    if (!key || draft === undefined) return;
    this.write('session', key, draft);
    if (this.rememberOnDevice) this.write('local', key, draft);
  }

  /** "Remember on this device" ticked or unticked. Unticking removes the device's copy at once. */
  setRemember(onDevice: boolean): void {
    this.rememberOnDevice = onDevice;
    if (onDevice) this.saveNow();
    else {
      const key = this.options.key();
      if (key) removeStored('local', key);
    }
    this.host.requestUpdate();
  }

  /** Forgets the draft everywhere: the person started again, or the form was sent. */
  clear(): void {
    const key = this.options.key();
    if (key) forgetDraft(key);
    this.forget();
  }

  /**
   * The form now holds values nobody typed (a saved record opened to change, a new empty
   * form): nothing to keep until the next change. Storage is left alone.
   */
  forget(): void {
    clearTimeout(this.timer);
    this.dirty = false;
    if (this.restored) {
      this.restored = false;
      this.host.requestUpdate();
    }
  }

  private write(area: 'session' | 'local', key: string, draft: D): void {
    if (writeStored(area, key, draft)) return;
    const smaller = this.options.shrink?.(draft);
    if (smaller !== undefined) writeStored(area, key, smaller);
  }
}
