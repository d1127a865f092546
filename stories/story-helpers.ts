import type { StoryObj } from '@storybook/web-components-vite';
import type { ComponentStates } from '../src/core/states.js';

/**
 * A story for one named state: the same render and the same steps the axe sweep in the
 * tests uses, so what a designer previews is what is tested.
 */
export function stateStory({ tag, states }: ComponentStates, name: string): StoryObj {
  const state = states.find((candidate) => candidate.name === name);
  if (!state) throw new Error(`${tag} has no state named "${name}"`);
  return {
    name,
    render: () => state.render(),
    parameters: state.description ? { docs: { description: { story: state.description } } } : {},
    play: async ({ canvasElement }) => {
      const element = canvasElement.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(tag);
      if (!element) throw new Error(`The story did not render <${tag}>`);
      await element.updateComplete;
      await state.play?.(element);
    },
  };
}
