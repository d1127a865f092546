import { expect, fixture } from '@open-wc/testing';
import type { ComponentStates } from '../../src/core/states.js';
import './axe-wcag22.js';

/**
 * axe on every named state of a component, in whichever browser runs the file. The
 * `region` rule is for whole pages (every content inside a landmark); a component
 * fixture on its own is not a page, so it is off here and on in the end-to-end tests.
 * Importing this module also turns on axe's WCAG 2.2 rules (`target-size`), off by default.
 */
export const componentAxeOptions = { ignoredRules: ['region'] };

export async function renderState(tag: string, render: ComponentStates['states'][number]['render']): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(render());
  const element = root.localName === tag ? root : root.querySelector<HTMLElement>(tag);
  if (!element) throw new Error(`The state did not render <${tag}>`);
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

export function describeStates({ tag, states }: ComponentStates): void {
  describe(`${tag}: every named state is accessible`, () => {
    for (const state of states) {
      it(`${state.name} passes axe`, async function () {
        // A state that lazy-loads a whole section (the workspace's opportunities) and axe over
        // its large tree took over 20 s once with the machine shared; a hang still fails.
        this.timeout(40_000);
        const element = await renderState(tag, state.render);
        await state.play?.(element);
        await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
        await expect(element).to.be.accessible(componentAxeOptions);
      });
    }
  });
}
