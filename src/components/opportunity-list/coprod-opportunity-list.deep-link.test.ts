/**
 * Deep links are on by default: the open opportunity is kept in the page's address (a history
 * entry, Back closes it, a shared link opens it); `no-url` leaves the address alone.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { InMemoryApi } from '../../api/in-memory.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { renderState } from '../../../test/helpers/state-sweep.js';
import type { CoprodOpportunityList } from './coprod-opportunity-list.component.js';
import { NOW, untilLoaded } from './coprod-opportunity-list.states.js';

type List = CoprodOpportunityList & HTMLElement;

async function showList(noUrl = false): Promise<List> {
  const element = (await renderState(
    'coprod-opportunity-list',
    () => html`<coprod-provider .adapter=${new InMemoryApi({ now: NOW })}><coprod-opportunity-list .today=${NOW} ?no-url=${noUrl}></coprod-opportunity-list></coprod-provider>`,
  )) as List;
  await untilLoaded(element);
  return element;
}

const root = (element: HTMLElement) => shadow(element);
const opened = () => new URLSearchParams(location.search).get('opportunity');

describe('<coprod-opportunity-list> deep links', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => history.replaceState(null, '', start));

  it('keeps the open opportunity in the address by default: Back closes it (focus to its card link), Forward opens it again', async () => {
    const element = await showList();
    const card = await until(() => root(element).querySelector<HTMLElement>('.cards .card'));
    const id = card.dataset['opportunityId']!;
    card.querySelector<HTMLAnchorElement>('.card-title a')!.click();
    await until(() => opened() === id, 'the opportunity in the address');
    // (not history.length: the runner reuses its page and Chromium keeps at most 50 entries; Back below proves the entry)
    await until(() => root(element).querySelector('coprod-opportunity'), 'the opportunity open');
    history.back();
    await until(() => !root(element).querySelector('coprod-opportunity'), 'the list again');
    expect(opened()).to.equal(null);
    await until(() => root(element).activeElement?.closest('.card')?.getAttribute('data-opportunity-id') === id, 'focus on the card link');
    expect(root(element).activeElement!.matches('.card-title a')).to.equal(true);
    history.forward();
    await until(() => root(element).querySelector('coprod-opportunity'), 'the opportunity again');
  });

  it('opens the opportunity a shared link names, without sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search ? `${location.search}&` : '?'}opportunity=opp-bsl-reference-group`);
    const element = (await renderState(
      'coprod-opportunity-list',
      () => html`<coprod-provider .adapter=${new InMemoryApi({ now: NOW })}><coprod-opportunity-list .today=${NOW}></coprod-opportunity-list></coprod-provider>`,
    )) as List;
    const detail = await until(() => root(element).querySelector<HTMLElement>('coprod-opportunity'));
    await until(() => detail.shadowRoot?.querySelector('.title'), 'the opportunity to load');
    expect(detail.shadowRoot!.querySelector('.title')!.textContent).to.contain('BSL');
  });

  it('with no-url never changes the address', async () => {
    const element = await showList(true);
    const before = location.href;
    const entries = history.length;
    const card = await until(() => root(element).querySelector<HTMLElement>('.cards .card'));
    card.querySelector<HTMLAnchorElement>('.card-title a')!.click();
    const back = await until(() => root(element).querySelector<HTMLButtonElement>('button.back'), 'the opportunity open');
    expect(location.href).to.equal(before);
    back.click();
    await until(() => !root(element).querySelector('coprod-opportunity'), 'the list again');
    expect(location.href).to.equal(before);
    expect(history.length).to.equal(entries);
  });
});
