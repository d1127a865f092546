import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { submitSearch } from '../../../test/helpers/staff-search.js';
import { PAY_NOW, PAY_OPPORTUNITY, payApi } from '../../../test/helpers/pay-fixtures.js';
import { STAFF_TOKEN } from '../../../test/helpers/staff-states.js';
import { crowdedClaimsApi } from './coprod-staff-claims.states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-claims.js';

const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusedId = (element: HTMLElement) => (shadow(element).activeElement as HTMLElement | null)?.id ?? '';
const count = (element: HTMLElement) => words(shadow(element).querySelector('#claims-count'));
const claims = (element: HTMLElement) => [...shadow(element).querySelectorAll<HTMLElement>('[part="claim"]')].map((li) => li.dataset.claim!);
const clears = (element: HTMLElement) => [...shadow(element).querySelectorAll<HTMLButtonElement>('button')].filter((b) => words(b) === 'Clear search');

/** The widget as the page makes it: the address (what was searched, the page) is left as it is, as on a reload. */
async function render(adapter: CoprodApi = payApi('claimed').api, locale = 'en-GB'): Promise<HTMLElement> {
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN} locale=${locale}>
    <coprod-staff-claims opportunity-id=${PAY_OPPORTUNITY} sign-in-href="/sign-in" .now=${PAY_NOW}></coprod-staff-claims>
  </coprod-provider>`);
  const element = root.querySelector<HTMLElement>('coprod-staff-claims')!;
  await until(() => shadow(element).querySelector('[part="claim"], [part="error"]'), 'the queue to load', 20000);
  return element;
}

async function search(element: HTMLElement, q: string): Promise<void> {
  submitSearch(element, 'claims-q', q);
  await until(() => focusedId(element) === 'claims-count' && count(element).includes(q), `focus on the results for "${q}"`);
}

describe('<coprod-staff-claims> search and pages', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  after(() => history.replaceState(null, '', location.pathname));

  it('finds a claim by name, by its reference without the hyphen, and by the opportunity', async () => {
    const element = await render(crowdedClaimsApi());
    expect(count(element)).to.equal('Showing 1 to 10 of 14 results');
    await search(element, 'BETHAN');
    expect(claims(element)).to.deep.equal(['CL-9C01']);
    expect(count(element)).to.equal('Showing 1 to 1 of 1 result for “BETHAN”');
    await search(element, 'cl9c02');
    expect(claims(element)).to.deep.equal(['CL-9C02']);
    expect(location.hash).to.contain('claims-q=cl9c02');
    await search(element, 'carers');
    expect(count(element), 'every claim here is for the carers strategy').to.equal('Showing 1 to 10 of 14 results for “carers”');
  });

  it('says when no claim matches, with one "Clear search" that shows the whole queue again', async () => {
    const element = await render();
    const all = count(element);
    expect(all).to.equal('Showing 1 to 1 of 1 result');
    await search(element, 'zebra crossing');
    expect(words(shadow(element).querySelector('.nothing-found'))).to.contain('Nothing matches “zebra crossing”');
    expect(claims(element)).to.deep.equal([]);
    expect(clears(element)).to.have.length(1);
    clears(element)[0]!.click();
    await until(() => focusedId(element) === 'claims-count' && count(element) === all, 'the queue again, focused');
    expect(clears(element)).to.have.length(0);
  });

  it('shows ten at a time with GOV.UK pages, keeps the page through a reload, and Back goes to the first page', async () => {
    const api = crowdedClaimsApi();
    const element = await render(api);
    const firstPage = claims(element);
    expect(firstPage).to.have.length(10);
    const pages = shadow(element).querySelector('nav.pagination')!;
    expect(pages.querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('1');
    pages.querySelector<HTMLAnchorElement>('a[rel="next"]')!.click();
    await until(() => focusedId(element) === 'claims-count', 'focus on the count of the new page');
    expect(count(element)).to.equal('Showing 11 to 14 of 14 results');
    expect(claims(element).some((c) => firstPage.includes(c))).to.equal(false);
    expect(location.hash).to.contain('claims-page=2');
    element.closest('coprod-provider')!.remove();
    const again = await render(api);
    expect(count(again), 'a reload keeps the page').to.equal('Showing 11 to 14 of 14 results');
    history.back();
    await until(() => count(again).startsWith('Showing 1 to 10'), 'Back goes to the first page');
  });

  it('searches in Welsh with the shared words', async () => {
    const element = await render(payApi('claimed').api, 'cy');
    expect(words(shadow(element).querySelector('label[for="claims-q"]'))).to.equal('Chwilio');
    expect(words(shadow(element).querySelector('#claims-q-hint'))).to.contain('cyfeirnod hawliad');
    await search(element, 'dim neb');
    expect(words(shadow(element).querySelector('.nothing-found'))).to.contain('Does dim byd yn cyfateb i “dim neb”');
  });
});
