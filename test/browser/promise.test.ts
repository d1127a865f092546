/**
 * Issue 17, the promise: the ladder rung a brief offers is on the card in the list and on
 * the opportunity's own page, in plain words, in Welsh and in easy read.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { InMemoryApi } from '../../src/api/in-memory.js';
import type { CoprodApi } from '../../src/api/api.js';
import type { LadderRung, Opportunity } from '../../src/api/types.js';
import { NOW, OPPORTUNITY_ID, untilLoaded } from '../../src/components/opportunity/coprod-opportunity.states.js';
import '../../src/components/opportunity/coprod-opportunity.js';
import '../../src/components/opportunity-list/coprod-opportunity-list.js';
import '../../src/components/provider/coprod-provider.js';
import { shadow, until } from '../helpers/dom.js';
import { renderState } from '../helpers/state-sweep.js';

/** The seed's adapter, with one brief promising `rung`. */
function promising(rung: LadderRung): CoprodApi {
  const api = new InMemoryApi({ now: NOW });
  const withPromise = (o: Opportunity): Opportunity => (o.id === OPPORTUNITY_ID ? { ...o, promise: rung } : o);
  return new Proxy(api, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (name === 'getOpportunity') return async (...args: Parameters<CoprodApi['getOpportunity']>) => withPromise(await target.getOpportunity(...args));
      if (name === 'listOpportunities')
        return async (...args: Parameters<CoprodApi['listOpportunities']>) => {
          const page = await target.listOpportunities(...args);
          return { ...page, items: page.items.map(withPromise) };
        };
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const said = (root: ParentNode): string => (root.querySelector('.fact-promise dd')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const label = (root: ParentNode): string => (root.querySelector('.fact-promise dt')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function detail(rung: LadderRung, locale = 'en-GB', level = 'standard'): Promise<HTMLElement> {
  const element = await renderState(
    'coprod-opportunity',
    () => html`<coprod-provider .adapter=${promising(rung)} locale=${locale} reading-level=${level}>
      <coprod-opportunity opportunity-id=${OPPORTUNITY_ID} .today=${NOW}></coprod-opportunity>
    </coprod-provider>`,
  );
  await untilLoaded(element);
  return element;
}

describe('the promise (ladder rung) on an opportunity', () => {
  it('says on the opportunity’s page what say people will have', async () => {
    const element = await detail('consultation');
    expect(label(shadow(element))).to.equal('How we decide');
    expect(said(shadow(element))).to.equal('We will ask your views and then decide');
  });

  it('says it in Welsh and in easy read', async () => {
    expect(said(shadow(await detail('co_production', 'cy')))).to.equal('Byddwn yn penderfynu gyda’n gilydd');
    const easy = shadow(await detail('co_production', 'en-GB', 'easy-read'));
    expect(label(easy)).to.equal('Who decides');
    expect(said(easy)).to.equal('We decide together.');
  });

  it('shows it on the card in the list', async () => {
    const list = await renderState(
      'coprod-opportunity-list',
      () => html`<coprod-provider .adapter=${promising('co_production')} locale="en-GB"><coprod-opportunity-list></coprod-opportunity-list></coprod-provider>`,
    );
    const card = await until(() => shadow(list).querySelector(`[data-opportunity-id="${OPPORTUNITY_ID}"]`));
    expect(said(card)).to.equal('We will decide together');
    const other = [...shadow(list).querySelectorAll('[data-opportunity-id]')].find((c) => c.getAttribute('data-opportunity-id') !== OPPORTUNITY_ID);
    expect(other?.querySelector('.fact-promise'), 'a brief that promises nothing says nothing').to.equal(null);
  });
});
