/**
 * One polite live region for the whole page, outside every shadow root, so screen
 * readers announce it whichever widget speaks. It is created on first use and styled
 * through the CSSOM (allowed under a strict CSP, unlike a `style` attribute).
 *
 * Messages are said in the order they were asked for: a failure that comes back before
 * "Sending…" reached the region is still said after it, never before.
 */
let region: HTMLElement | undefined;
let clearTimer: ReturnType<typeof setTimeout> | undefined;
const queue: string[] = [];
let speaking = false;
/** How long a message stays before the next one replaces it, so it is read. */
const HOLD_MS = 250;

function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.querySelector<HTMLElement>('[data-coprod-live-region]') ?? undefined;
  if (!region) {
    region = document.createElement('div');
    region.dataset['coprodLiveRegion'] = '';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    const hidden: Record<string, string> = {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: '0',
      border: '0',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      'clip-path': 'inset(50%)',
      'white-space': 'nowrap',
    };
    for (const [name, value] of Object.entries(hidden)) region.style.setProperty(name, value, 'important');
    document.body.append(region);
  }
  return region;
}

function speakNext(): void {
  const target = liveRegion();
  target.textContent = '';
  clearTimeout(clearTimer);
  // A fresh text node after a tick is what makes screen readers read a repeat.
  setTimeout(() => {
    target.textContent = queue.shift() ?? '';
    if (queue.length > 0) {
      setTimeout(speakNext, HOLD_MS);
      return;
    }
    speaking = false;
    clearTimer = setTimeout(() => (target.textContent = ''), 7000);
  }, 50);
}

/** Says `message` politely, after anything asked for before it. Saying the same words twice still announces them twice. */
export function announce(message: string): void {
  queue.push(message);
  if (speaking) return;
  speaking = true;
  speakNext();
}

/** @internal For tests: what the live region says now. */
export function currentAnnouncement(): string {
  return region?.textContent ?? '';
}
