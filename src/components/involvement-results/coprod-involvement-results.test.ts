import { expect, fixture } from '@open-wc/testing';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { insightsApi } from '../../../test/helpers/insights-fixtures.js';
import { states, widget } from './coprod-involvement-results.states.js';
import type { CoprodInvolvementResults } from './coprod-involvement-results.component.js';

describeStates(states);

const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(answers: number, changed = false) {
  const root = await fixture(widget(insightsApi(answers).api, { changed }));
  return root.querySelector<CoprodInvolvementResults>('coprod-involvement-results')!;
}

function row(element: HTMLElement, name: string): string[] {
  const th = [...shadow(element).querySelectorAll('table tbody th')].find((h) => clean(h) === name);
  return [...(th?.parentElement?.querySelectorAll('td') ?? [])].map((td) => clean(td));
}

describe('<coprod-involvement-results>', () => {
  it('publishes six answers with every count under the threshold hidden, and no free text', async () => {
    const element = await render(6);
    await until(() => shadow(element).querySelector('[part="chart"]'), 'a chart');
    // strongly disagree, disagree, neither, agree, strongly agree, not for this: the one "disagree" and the one "strongly agree" are hidden
    expect(row(element, 'Power shared')).to.deep.equal(['0', 'hidden', '0', 'hidden', 'hidden', '0']);
    expect(clean(shadow(element).querySelector('section'))).not.to.contain('Send the papers a week earlier.');
    expect(shadow(element).querySelector<HTMLElement>('[part="changed"]')!.hidden).to.equal(true);
  });

  it('publishes nothing of two answers, and says when results will appear', async () => {
    const element = await render(2);
    await until(() => shadow(element).querySelector('[part="too-few"]'), 'too few');
    expect(shadow(element).querySelector('table')).to.equal(null);
    expect(clean(shadow(element).querySelector('[part="too-few"]'))).to.contain('at least 5 people');
  });

  it('shows what changed, in the council’s words, under its own heading', async () => {
    const element = await render(6, true);
    const part = shadow(element).querySelector<HTMLElement>('[part="changed"]')!;
    expect(part.hidden).to.equal(false);
    expect(clean(part.querySelector('h3, h4, h5'))).to.equal('What changed because of what you said');
    expect(part.querySelector('slot')!.assignedElements()[0]!.textContent).to.contain('a week before');
  });
});
