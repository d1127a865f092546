import { expect } from '@open-wc/testing';
import { InMemoryApi } from '../../api/in-memory.js';
import { createSeed } from '@coprod/seed';
import { forgetDrafts } from '../../core/controllers/draft-controller.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { showOpportunity } from '../../../test/helpers/opportunity-mount.js';
import { fillInterest, fullApi, NOW, OPPORTUNITY_ID, pressSend } from './coprod-opportunity.states.js';

const show = showOpportunity;

const placesFact = (element: HTMLElement): string => shadow(element).querySelector('.fact-places')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<coprod-opportunity> places', () => {
  beforeEach(() => forgetDrafts('interest'));

  it('says how many places are left, in English, Welsh and easy read', async () => {
    const seed = createSeed(NOW);
    Object.assign(seed.opportunities.find((o) => o.id === OPPORTUNITY_ID)!, { places: 5, placesTaken: 2, status: 'open' });
    expect(placesFact(await show(new InMemoryApi({ now: NOW, seed: structuredClone(seed) })))).to.equal('Places 3 places left');
    expect(placesFact(await show(new InMemoryApi({ now: NOW, seed: structuredClone(seed) }), 'cy'))).to.equal('Lleoedd 3 lle ar ôl');
    expect(placesFact(await show(new InMemoryApi({ now: NOW, seed: structuredClone(seed) }), 'en-GB', 'easy-read'))).to.equal('Places There are 3 places left.');
  });

  it('says "Waiting list" when every place is taken, still takes interest, and tells the person they are on the waiting list', async () => {
    const element = await show(fullApi());
    expect(placesFact(element)).to.match(/^Places Waiting list: every place is taken/);
    await fillInterest(element);
    pressSend(element);
    const success = await until(() => shadow(element).querySelector('[part=success]'), 'the success panel');
    expect(success.textContent).to.contain('you are on the waiting list');
    expect(placesFact(await show(fullApi(), 'cy'))).to.match(/^Lleoedd Rhestr aros/);
  });
});
