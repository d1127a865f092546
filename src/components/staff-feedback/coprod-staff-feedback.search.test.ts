import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CoprodApi } from '../../api/api.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { expectFailedSearchInWelsh, expectFailedSearchKeepsTheBox, submitSearch } from '../../../test/helpers/staff-search.js';
import { failingSearches, recordingApi, STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-feedback.js';

const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusedId = (element: HTMLElement) => (shadow(element).activeElement as HTMLElement | null)?.id ?? '';
const count = (element: HTMLElement) => words(shadow(element).querySelector('#feedback-count'));
const references = (element: HTMLElement) => [...shadow(element).querySelectorAll('.item h3')].map((h) => words(h).split(':')[0]);
// checkVisibility: a closed <details> keeps its content laid out but hidden (content-visibility) in Chromium.
const onScreen = (node: Element | null | undefined) => Boolean(node && node.checkVisibility() && node.getClientRects().length > 0);

/** The widget as the page makes it: the address (what was searched, the page) is left as it is, as on a reload. */
async function render(adapter: CoprodApi = staffApi()): Promise<HTMLElement> {
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN}>
    <coprod-staff-feedback sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-feedback>
  </coprod-provider>`);
  const element = root.querySelector<HTMLElement>('coprod-staff-feedback')!;
  await until(() => shadow(element).querySelector('.items, [part="error"]'), 'the inbox to load', 20000);
  return element;
}

async function search(element: HTMLElement, q: string): Promise<void> {
  submitSearch(element, 'feedback-q', q);
  await until(() => focusedId(element) === 'feedback-count' && count(element).includes(q), `focus on the results for "${q}"`);
}

describe('<coprod-staff-feedback> search and pages', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  after(() => history.replaceState(null, '', location.pathname));

  // As in staff-opportunities: the controls above the list line up, one width and one right edge, at phone and
  // desktop width (the status select was as narrow as its longest status under a search box twice as wide).
  for (const width of [320, 1280]) {
    it(`lines up the search box and the status shown at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const element = await render();
        const edges = (selector: string) => shadow(element).querySelector(selector)!.getBoundingClientRect();
        const status = edges('#status-filter');
        const row = edges('.search-row');
        const last = [...shadow(element).querySelectorAll('.search-row > *')].map((node) => node.getBoundingClientRect());
        const rowEnd = width === 320 ? Math.max(...last.map((box) => box.right)) : edges('#feedback-q').right;
        expect(Math.abs(rowEnd - status.right), `the search ${width === 320 ? 'row' : 'box'} ends where the status select ends`).to.be.below(2);
        expect(row.left).to.equal(status.left);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('finds the item a person quotes by its reference, in any case and without the hyphen', async () => {
    const api = recordingApi();
    const element = await render(api);
    await search(element, 'fb8m2d');
    expect(references(element)).to.deep.equal(['FB-8M2D']);
    expect(count(element)).to.equal('Showing 1 to 1 of 1 result for “fb8m2d”');
    const asked = api.calls.filter((c) => c.method === 'listFeedback').map((c) => (c.args[0] as { q?: string }).q);
    expect(asked).to.include('fb8m2d');
  });

  it('keeps what is typed in the search box while the inbox loads', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${staffApi()} token=${STAFF_TOKEN}>
      <coprod-staff-feedback .now=${STAFF_NOW}></coprod-staff-feedback>
    </coprod-provider>`);
    const element = root.querySelector<HTMLElement>('coprod-staff-feedback')!;
    await until(() => shadow(element).querySelector('#feedback-q'), 'the search box');
    expect(shadow(element).querySelector('.items'), 'still loading').to.equal(null);
    typeInto(element, '#feedback-q', 'fb-8m2d');
    await until(() => shadow(element).querySelector('.items'), 'the inbox');
    expect(shadow(element).querySelector<HTMLInputElement>('#feedback-q')!.value).to.equal('fb-8m2d');
  });

  it('shows ten at a time, moves between pages, and keeps the search and page through a reload and Back', async () => {
    const api = staffApi();
    const total = (await api.listFeedback({ include: 'all', limit: 100 })).total;
    expect(total, 'the seed has more than one page of feedback').to.be.greaterThan(10);
    const element = await render(api);
    expect(count(element)).to.equal(`Showing 1 to 10 of ${total} results`);
    const firstPage = references(element);
    expect(firstPage).to.have.length(10);
    shadow(element).querySelector<HTMLAnchorElement>('.pagination a[rel="next"]')!.click();
    await until(() => focusedId(element) === 'feedback-count', 'focus on the count of the new page');
    expect(count(element)).to.equal(`Showing 11 to ${Math.min(20, total)} of ${total} results`);
    expect(references(element).some((r) => firstPage.includes(r))).to.equal(false);
    expect(location.hash).to.contain('feedback-page=2');

    element.closest('coprod-provider')!.remove();
    const again = await render(api);
    expect(count(again), 'a reload keeps the page').to.equal(`Showing 11 to ${Math.min(20, total)} of ${total} results`);
    history.back();
    await until(() => count(again).startsWith('Showing 1 to 10'), 'Back goes to the first page');
  });

  it('shows each item as a summary row: what was said, with its facts one click away', async () => {
    const element = await render();
    const item = shadow(element).querySelector<HTMLElement>('.item')!;
    expect(onScreen(item.querySelector('.said'))).to.equal(true);
    expect(onScreen(item.querySelector('.facts')), 'the facts wait until opened').to.equal(false);
    item.querySelector<HTMLElement>('.item-more summary')!.click();
    await until(() => onScreen(item.querySelector('.facts')), 'the facts, once opened');
  });

  it('says when nothing matches, and "Clear search" lists everything again', async () => {
    const element = await render();
    const all = count(element);
    await search(element, 'zebra crossing');
    expect(words(shadow(element).querySelector('.nothing-found'))).to.contain('Nothing matches “zebra crossing”');
    // One "Clear search" on the page: the link under the search box (the panel had a second, a button).
    const clears = [...shadow(element).querySelectorAll<HTMLButtonElement>('button')].filter((b) => words(b) === 'Clear search');
    expect(clears.length).to.equal(1);
    expect(clears[0]!.closest('.list-search')).to.not.equal(null);
    clears[0]!.click();
    await until(() => focusedId(element) === 'feedback-count' && count(element) === all, 'everything again, focused');
  });

  it('says a search failed, keeping the search box so it can be cleared', async () => {
    const element = await render(failingSearches(staffApi(), 'listFeedback'));
    await expectFailedSearchKeepsTheBox(element, 'feedback-q', 'bus', () => count(element));
  });

  it('says a failed search again in Welsh when the page switches language, keeping the words', async () => {
    const page = await fixture(html`<div lang="en-GB"><coprod-provider .adapter=${failingSearches(staffApi(), 'listFeedback')} token=${STAFF_TOKEN}>
      <coprod-staff-feedback sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-feedback>
    </coprod-provider></div>`);
    await expectFailedSearchInWelsh(page, page.querySelector<HTMLElement>('coprod-staff-feedback')!, 'feedback-q');
  });
});
