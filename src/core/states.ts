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
