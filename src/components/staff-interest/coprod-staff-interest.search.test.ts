import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { submitSearch } from '../../../test/helpers/staff-search.js';
import { recordingApi, STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { crowdedApi } from './coprod-staff-interest.states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-interest.js';

const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusedId = (element: HTMLElement) => (shadow(element).activeElement as HTMLElement | null)?.id ?? '';
const count = (element: HTMLElement) => words(shadow(element).querySelector('#interest-count'));
const names = (element: HTMLElement) => [...shadow(element).querySelectorAll('.items > .item h3')].map((h) => words(h));
const clears = (element: HTMLElement) => [...shadow(element).querySelectorAll<HTMLButtonElement>('button')].filter((b) => words(b) === 'Clear search');

/** The widget as the page makes it: the address (what was searched, the page) is left as it is, as on a reload. */
async function render(adapter: CoprodApi = staffApi(), locale = 'en-GB'): Promise<HTMLElement> {
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN} locale=${locale}>
    <coprod-staff-interest opportunity-id="opp-carers-strategy" sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-interest>
  </coprod-provider>`);
  const element = root.querySelector<HTMLElement>('coprod-staff-interest')!;
  await until(() => shadow(element).querySelector('.items, [part="error"]'), 'the list to load', 20000);
  return element;
}

async function search(element: HTMLElement, q: string): Promise<void> {
  submitSearch(element, 'interest-q', q);
  await until(() => focusedId(element) === 'interest-count' && count(element).includes(q), `focus on the results for "${q}"`);
}

describe('<coprod-staff-interest> search and pages', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  after(() => history.replaceState(null, '', location.pathname));

  it('finds a person by name, by the words of their message, and by their reference without the hyphen, in the browser', async () => {
    const api = recordingApi();
    const element = await render(api);
    expect(count(element)).to.equal('Showing 1 to 4 of 4 results');
    expect(shadow(element).querySelector('.pagination'), 'one page: no pages to choose').to.equal(null);
    await search(element, 'ROSA');
    expect(names(element)).to.deep.equal(['Rosa Quennell']);
    expect(count(element)).to.equal('Showing 1 to 1 of 1 result for “ROSA”');
    await search(element, 'hearing loop');
    expect(names(element)).to.deep.equal(['Idris Blackthorn']);
    await search(element, 'int4m9t');
    expect(names(element)).to.deep.equal(['Idris Blackthorn']);
    expect(location.hash).to.contain('interest-q=int4m9t');
    expect(api.calls.filter((c) => c.method === 'listInterests'), 'searching asks the server nothing more').to.have.length(1);
  });

  it('says when no one matches, with one "Clear search" that lists everyone again', async () => {
    const element = await render();
    await search(element, 'zebra crossing');
    expect(words(shadow(element).querySelector('.nothing-found'))).to.contain('Nothing matches “zebra crossing”');
    expect(names(element)).to.deep.equal([]);
    expect(clears(element)).to.have.length(1);
    expect(clears(element)[0]!.closest('.list-search')).to.not.equal(null);
    clears(element)[0]!.click();
    await until(() => focusedId(element) === 'interest-count' && count(element) === 'Showing 1 to 4 of 4 results', 'everyone again, focused');
    expect(clears(element), 'nothing searched: nothing to clear').to.have.length(0);
  });

  it('shows ten at a time with GOV.UK pages, keeps the page and the search through a reload, and Back goes to the first page', async () => {
    const api = crowdedApi();
    const element = await render(api);
    expect(count(element)).to.equal('Showing 1 to 10 of 18 results');
    const firstPage = names(element);
    expect(firstPage).to.have.length(10);
    const pages = shadow(element).querySelector('nav.pagination')!;
    expect(pages.getAttribute('aria-label')).to.equal('Pages of results');
    expect(pages.querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('1');
    pages.querySelector<HTMLAnchorElement>('a[rel="next"]')!.click();
    await until(() => focusedId(element) === 'interest-count', 'focus on the count of the new page');
    expect(count(element)).to.equal('Showing 11 to 18 of 18 results');
    expect(names(element)).to.have.length(8);
    expect(names(element).some((n) => firstPage.includes(n))).to.equal(false);
    expect(location.hash).to.contain('interest-page=2');
    expect(shadow(element).querySelector('.pagination a[rel="prev"]')).to.not.equal(null);

    element.closest('coprod-provider')!.remove();
    const again = await render(api);
    expect(count(again), 'a reload keeps the page').to.equal('Showing 11 to 18 of 18 results');
    history.back();
    await until(() => count(again).startsWith('Showing 1 to 10'), 'Back goes to the first page');

    await search(again, 'take part');
    expect(count(again), 'a search starts at its first page').to.equal('Showing 1 to 10 of 14 results for “take part”');
    again.closest('coprod-provider')!.remove();
    const reloaded = await render(api);
    expect(shadow(reloaded).querySelector<HTMLInputElement>('#interest-q')!.value, 'a reload keeps the words').to.equal('take part');
    expect(count(reloaded)).to.equal('Showing 1 to 10 of 14 results for “take part”');
  });

  it('searches in Welsh with the shared words', async () => {
    const element = await render(staffApi(), 'cy');
    expect(words(shadow(element).querySelector('label[for="interest-q"]'))).to.equal('Chwilio');
    expect(words(shadow(element).querySelector('#interest-q-hint'))).to.contain('cyfeirnod');
    await search(element, 'dim neb');
    expect(words(shadow(element).querySelector('.nothing-found'))).to.contain('Does dim byd yn cyfateb i “dim neb”');
    expect([...shadow(element).querySelectorAll('button')].filter((b) => words(b) === 'Clirio’r chwiliad')).to.have.length(1);
  });
});
