import { expect } from '@open-wc/testing';
import { InMemoryApi } from '../../api/in-memory.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { showOpportunity } from '../../../test/helpers/opportunity-mount.js';
import { forgetDrafts } from '../../core/controllers/draft-controller.js';
import { fillInterest, NOW, OPPORTUNITY_ID, pressSend, tickNeeds } from './coprod-opportunity.states.js';

const show = showOpportunity;

const lines = (element: HTMLElement, selector: string): string[] =>
  [...shadow(element).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<coprod-opportunity>: what would help you take part', () => {
  beforeEach(() => forgetDrafts('interest'));

  it('offers the one access vocabulary as ticks, marking what this opportunity already offers', async () => {
    const element = await show(new InMemoryApi({ now: NOW }));
    const labels = shadow(element).querySelectorAll('input[name=field-needs]').length;
    expect(labels).to.equal(13);
    const hearingLoop = shadow(element).querySelector('label[for=field-needs-3]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(hearingLoop).to.equal('Hearing loop This opportunity already offers this');
    const bsl = shadow(element).querySelector('label[for=field-needs-1]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(bsl).to.equal('British Sign Language interpreter');
    // Session 19: a book for easy read and large print, a clock for breaks and extra time: words only, as GOV.UK's.
    expect(shadow(element).querySelectorAll('label[for^=field-needs-] svg'), 'no picture repeated for two needs').to.have.length(0);
  });

  it('tells the person which of their needs are already met and which the team will be told, and sends the ticked ids', async () => {
    const api = new InMemoryApi({ now: NOW });
    const element = await show(api);
    expect(shadow(element).querySelector('[part=needs-met]')).to.equal(null);
    await tickNeeds(element, ['hearing_loop', 'bsl', 'step_free']);
    await until(() => shadow(element).querySelector('[part=needs-met]'), 'the needs summary');
    expect(lines(element, '[part=needs-met] p')).to.deep.equal(['This opportunity already offers:', 'We will tell the team you also need:']);
    expect(lines(element, '[part=needs-met] ul:first-of-type li')).to.deep.equal(['Step-free access', 'Hearing loop']);
    expect(lines(element, '[part=needs-met] ul:last-of-type li')).to.deep.equal(['British Sign Language interpreter']);
    await fillInterest(element);
    pressSend(element);
    await until(() => shadow(element).querySelector('[part=success]'), 'the success panel');
    const [interest] = (await api.listInterests(OPPORTUNITY_ID)).filter((i) => i.name === 'Sam Okafor');
    expect(interest!.needs).to.deep.equal(['hearing_loop', 'bsl', 'step_free']);
  });

  it('says it in Welsh and in easy read', async () => {
    const welsh = await show(new InMemoryApi({ now: NOW }), 'cy');
    await tickNeeds(welsh, ['hearing_loop']);
    await until(() => shadow(welsh).querySelector('[part=needs-met]'));
    expect(lines(welsh, '[part=needs-met] p')).to.deep.equal(['Mae’r cyfle hwn eisoes yn cynnig:']);
    expect(lines(welsh, '[part=needs-met] li')).to.deep.equal(['Dolen glyw']);
    const easy = await show(new InMemoryApi({ now: NOW }), 'en-GB', 'easy-read');
    await tickNeeds(easy, ['bsl']);
    await until(() => shadow(easy).querySelector('[part=needs-met]'));
    expect(lines(easy, '[part=needs-met] p')).to.deep.equal(['We will ask the team for:']);
  });
});
