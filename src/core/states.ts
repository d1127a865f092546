import type { TemplateResult } from 'lit';

/**
 * A named state of a component: how it looks loading, empty, failed, filled, with errors,
 * sent, in Welsh, in easy read... The same list drives the Storybook stories and the axe
 * sweep in the tests, so no state can be designed without being tested.
 */
export interface NamedState {
  /** Story name, e.g. "Form with errors". */
  name: string;
  description?: string;
  render: () => TemplateResult;
  /** Steps a person would take to reach the state (type, click), given the widget element. */
  play?: (element: HTMLElement) => Promise<void>;
}

export interface ComponentStates {
  /** The tag of the element under test, e.g. `coprod-opportunity-list`. */
  tag: string;
  states: readonly NamedState[];
}

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
