/**
 * `hide-heading`: a page that has its own heading above a widget hides the widget's top
 * heading from sight; a screen reader still finds it (the section keeps its name), and the
 * headings inside the widget stay on screen. It follows `heading-level`, and can be undone.
 */
import { expect } from '@open-wc/testing';
import { states, untilLoaded } from '../../src/components/opportunity-list/coprod-opportunity-list.states.js';
import { renderState } from '../helpers/state-sweep.js';

const seen = (element: Element): boolean => element.getBoundingClientRect().width > 1;

describe('hide-heading', () => {
  it('hides the widget’s own top heading from sight only, whatever its level, and can be undone', async () => {
    const state = states.states.find((candidate) => candidate.name === 'Heading hidden')!;
    const list = await renderState('coprod-opportunity-list', state.render);
    await untilLoaded(list);
    const root = list.shadowRoot!;
    const top = root.querySelector('h3#list-heading')!;
    expect(top.textContent?.trim()).to.equal('Opportunities to get involved');
    expect(seen(top), 'the top heading is hidden from sight').to.equal(false);
    expect(getComputedStyle(top).display).to.not.equal('none');
    expect(top.closest('[aria-hidden=true]')).to.equal(null);
    const cardTitle = root.querySelector('h4.card-title')!;
    expect(seen(cardTitle), 'the cards’ headings stay').to.equal(true);

    list.removeAttribute('hide-heading');
    await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(seen(top), 'shown again without the attribute').to.equal(true);
  });
});
