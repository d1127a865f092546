import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { InMemoryApi } from '../../api/in-memory.js';
import { forgetDrafts } from '../../core/controllers/draft-controller.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { showOpportunity } from '../../../test/helpers/opportunity-mount.js';
import { renderState } from '../../../test/helpers/state-sweep.js';
import { NOW, OPPORTUNITY_ID, sessionApi } from './coprod-opportunity.states.js';
import '../opportunity-list/coprod-opportunity-list.js';

const show = showOpportunity;

const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const kindFact = (element: HTMLElement): string => text(shadow(element).querySelector('.fact-kind'));

// Issue 17 item 5: a training or support session says so in plain words, first among the facts.
describe('<coprod-opportunity> a training or support session', () => {
  beforeEach(() => forgetDrafts('interest'));

  it('says it is training or support, first, in English, Welsh and easy read', async () => {
    const element = await show(sessionApi());
    expect(kindFact(element)).to.equal('What it is Training for people who take part');
    expect(shadow(element).querySelector('.fact')?.classList.contains('fact-kind'), 'the first fact').to.equal(true);
    expect(kindFact(await show(sessionApi('support'), 'cy'))).to.equal('Beth yw hwn Sesiwn gymorth i bobl sy’n cymryd rhan');
    expect(kindFact(await show(sessionApi(), 'en-GB', 'easy-read'))).to.equal('What it is This is training.It helps you take part.');
    expect(kindFact(await show(sessionApi('support'), 'cy', 'easy-read'))).to.equal('Beth yw hwn Sesiwn gymorth yw hon.Gallwch gael help yma.');
  });

  it('an activity (no kind) says nothing about it', async () => {
    expect(shadow(await show(new InMemoryApi({ now: NOW }))).querySelector('.fact-kind')).to.equal(null);
  });

  it('the card in the list says it too', async () => {
    const list = await renderState(
      'coprod-opportunity-list',
      () => html`<coprod-provider .adapter=${sessionApi('support')} locale="en-GB"><coprod-opportunity-list .today=${NOW}></coprod-opportunity-list></coprod-provider>`,
    );
    const card = await until(() => shadow(list).querySelector(`[data-opportunity-id="${OPPORTUNITY_ID}"]`), 'the session’s card');
    expect(text(card.querySelector('.fact-kind'))).to.equal('What it is A support session for people who take part');
    expect(shadow(list).querySelectorAll('.fact-kind').length, 'only the session says so').to.equal(1);
  });
});
