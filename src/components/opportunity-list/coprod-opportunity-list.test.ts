import { expect } from '@open-wc/testing';
import { describeStates, renderState } from '../../../test/helpers/state-sweep.js';
import { states } from './coprod-opportunity-list.states.js';

describeStates(states);

describe('<coprod-opportunity-list> smoke', () => {
  it('renders cards', async () => {
    const state = states.states.find((s) => s.name === 'Filled')!;
    const element = await renderState(states.tag, state.render);
    await state.play!(element);
    expect(element.shadowRoot!.querySelectorAll('.card').length).to.equal(10);
  });
});
