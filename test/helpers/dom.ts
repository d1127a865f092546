/**
 * Steps a person takes, for tests and the named states' \`play\` scripts: wait for
 * something to show, type into a field, click a button. Test code: it lives here, out of
 * \`src/\`, so none of it ships in \`dist/\`.
 */
/** Resolves when `check` returns something truthy; rejects after `timeout` ms with `what`. */
export async function until<T>(check: () => T | undefined | null | false, what = 'condition', timeout = 4000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The element's shadow root, for state scripts. */
export function shadow(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** Types into a field in the element's shadow root the way a person would (input events). */
export function typeInto(element: HTMLElement, selector: string, text: string): void {
  const field = shadow(element).querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`No field ${selector} in ${element.localName}`);
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
}

/** Clicks a button or link found by selector (and optionally by its visible text). */
export function clickOn(element: HTMLElement, selector: string, text?: string): void {
  const candidates = Array.from(shadow(element).querySelectorAll<HTMLElement>(selector));
  const target = text ? candidates.find((candidate) => candidate.textContent?.trim().includes(text)) : candidates[0];
  if (!target) throw new Error(`Nothing matches ${selector}${text ? ` with "${text}"` : ''} in ${element.localName}`);
  target.click();
}

/**
 * What the page's live region says from now on, each change once, in order (what a screen reader would
 * read out); `stop()` when done. For tests that check that a long notice is on the page, not read out.
 */
export function hearLiveRegion(): { heard: string[]; stop: () => void } {
  const heard: string[] = [];
  const listener = new MutationObserver(() => {
    const said = document.querySelector('[data-coprod-live-region]')?.textContent ?? '';
    if (said && heard.at(-1) !== said) heard.push(said);
  });
  listener.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { heard, stop: () => listener.disconnect() };
}

/**
 * A drag event of `type` carrying `file`, as a person dragging it from their files makes, dispatched on `target` and
 * returned: `defaultPrevented` says whether the page took it (on `drop`: the browser does not leave the page to show it).
 */
export function dropFile(target: EventTarget, file: File, type: 'dragenter' | 'dragover' | 'dragleave' | 'drop' = 'drop', relatedTarget: EventTarget | null = null): DragEvent {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const event = new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer, relatedTarget });
  target.dispatchEvent(event);
  return event;
}

/** Puts `file` in a file input as the browser's picker does, and says so (the change event). */
export function pickFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
