/**
 * WCAG 2.2 in every axe run: axe-core leaves its `wcag22aa` rules (today `target-size`,
 * 2.5.8 Target Size (Minimum)) switched off by default. Importing this module in a browser
 * test turns every one of them on for every run that follows, whichever helper starts it
 * (the state sweep, chai-a11y-axe's `accessible()`).
 *
 * The Storybook sweep and the end-to-end harness pass `wcag22Rules()` to `axe.run` in
 * the page instead (they inject axe themselves).
 */
import 'axe-core/axe.min.js';

type Axe = typeof import('axe-core');

/** The tags whose rules axe leaves off but our checks need. */
export const WCAG22_TAGS = ['wcag22a', 'wcag22aa'] as const;

export function enableWcag22(axe: Axe): string[] {
  const ids = axe.getRules([...WCAG22_TAGS]).map((rule) => rule.ruleId);
  axe.configure({ rules: ids.map((id) => ({ id, enabled: true })) });
  return ids;
}

/** The rule ids turned on, so a test can assert that `target-size` is among them. */
export const wcag22Rules = enableWcag22((window as unknown as { axe: Axe }).axe);
