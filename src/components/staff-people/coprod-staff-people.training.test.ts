import { expect, fixture, html } from '@open-wc/testing';
import { shadow, until } from '../../../test/helpers/dom.js';
import { STAFF_TOKEN } from '../../../test/helpers/staff-states.js';
import { CARERS, trainingApi } from './coprod-staff-people.states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-people.js';

const text = (node: Element) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(locale = 'en-GB', readingLevel = 'standard') {
  history.replaceState(null, '', location.pathname);
  const root = await fixture(html`<coprod-provider .adapter=${trainingApi()} token=${STAFF_TOKEN} locale=${locale} reading-level=${readingLevel}>
    <coprod-staff-people opportunity-id=${CARERS}></coprod-staff-people>
  </coprod-provider>`);
  const element = root.querySelector<HTMLElement>('coprod-staff-people')!;
  await until(() => shadow(element).querySelector('[part="suggestion"]'), 'the suggestions');
  return element;
}

// Issue 17 item 5: a training or support session is offered first to those who asked for one.
describe('<coprod-staff-people> suggestions for a training session', () => {
  it('puts first everyone whose profile asks for training or support, saying so', async () => {
    const element = await render();
    const cards = [...shadow(element).querySelectorAll('[part="suggestion"]')];
    const asked = cards.map((card) => text(card).includes('Asked for training or support in their profile'));
    expect(asked.filter(Boolean).length, 'someone in the seed asked').to.be.greaterThan(0);
    expect(asked.indexOf(false) === -1 || asked.slice(asked.indexOf(false)).every((a) => !a), `those who asked come first: ${asked.join(',')}`).to.equal(true);
  });

  it('says it in Welsh and in easy read', async () => {
    expect(text(shadow(await render('cy')).querySelector('[part="suggestion"]')!)).to.contain('Wedi gofyn am hyfforddiant neu gymorth yn eu proffil');
    expect(text(shadow(await render('en-GB', 'easy-read')).querySelector('[part="suggestion"]')!)).to.contain('They want training or support.');
  });
});
