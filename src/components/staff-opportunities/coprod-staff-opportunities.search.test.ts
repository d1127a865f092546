import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CoprodApi } from '../../api/api.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { expectFailedSearchInWelsh, expectFailedSearchKeepsTheBox, submitSearch } from '../../../test/helpers/staff-search.js';
import { failingSearches, recordingApi, STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-opportunities.js';

const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusedId = (element: HTMLElement) => (shadow(element).activeElement as HTMLElement | null)?.id ?? '';
const count = (element: HTMLElement) => words(shadow(element).querySelector('#opportunities-count'));
const shownTitles = (element: HTMLElement) => [...shadow(element).querySelectorAll('.item h3')].map((h) => words(h));
// checkVisibility: a closed <details> keeps its content laid out but hidden (content-visibility) in Chromium.
const onScreen = (node: Element | null | undefined) => Boolean(node && node.checkVisibility() && node.getClientRects().length > 0);

/** The widget as the page makes it: the address (what was searched, the page) is left as it is, as on a reload. */
async function render(adapter: CoprodApi = staffApi()): Promise<HTMLElement> {
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN}>
    <coprod-staff-opportunities organisation="anytown-council" sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-opportunities>
  </coprod-provider>`);
  const element = root.querySelector<HTMLElement>('coprod-staff-opportunities')!;
  await until(() => shadow(element).querySelector('.tabs, [part="error"]'), 'the list to load', 20000);
  return element;
}

async function search(element: HTMLElement, q: string): Promise<void> {
  submitSearch(element, 'opportunities-q', q);
  await until(() => focusedId(element) === 'opportunities-count' && count(element).includes(q), `focus on the results for "${q}"`);
}

describe('<coprod-staff-opportunities> search and pages', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  after(() => history.replaceState(null, '', location.pathname));

  it('shows ten at a time, moves between pages, and keeps the page through a reload and Back', async () => {
    const api = staffApi();
    const open = (await api.listOpportunities({ status: ['open'], organisation: 'anytown-council', limit: 100 })).total;
    expect(open, 'the seed has more than one page of open opportunities').to.be.greaterThan(10);
    const element = await render(api);
    expect(count(element)).to.equal(`Showing 1 to 10 of ${open} results`);
    expect(shownTitles(element)).to.have.length(10);
    const firstPage = shownTitles(element);

    const next = shadow(element).querySelector<HTMLAnchorElement>('.pagination a[rel="next"]')!;
    expect(words(next)).to.equal('Next page');
    next.click();
    await until(() => focusedId(element) === 'opportunities-count', 'focus on the count of the new page');
    expect(count(element)).to.equal(`Showing 11 to ${Math.min(20, open)} of ${open} results`);
    expect(shownTitles(element).some((t) => firstPage.includes(t))).to.equal(false);
    expect(shadow(element).querySelector('.pagination [aria-current="page"]')?.textContent?.trim()).to.equal('2');
    expect(location.hash).to.contain('opportunities-page=2');

    element.closest('coprod-provider')!.remove();
    const again = await render(api);
    expect(count(again), 'a reload keeps the page').to.equal(`Showing 11 to ${Math.min(20, open)} of ${open} results`);

    history.back();
    await until(() => count(again).startsWith('Showing 1 to 10'), 'Back goes to the first page');
  });

  it('searches the words typed, on the service, and keeps the search in the address', async () => {
    const api = recordingApi();
    const element = await render(api);
    await search(element, 'carers');
    const asked = api.calls.filter((c) => c.method === 'listOpportunities').map((c) => (c.args[0] as { q?: string }).q);
    expect(asked).to.include('carers');
    expect(count(element)).to.match(/^Showing 1 to \d+ of \d+ results? for “carers”$/);
    expect(shownTitles(element).some((t) => /carer/i.test(t))).to.equal(true);
    expect(location.hash).to.contain('opportunities-q=carers');
    element.closest('coprod-provider')!.remove();
    const again = await render(api);
    expect(shadow(again).querySelector<HTMLInputElement>('#opportunities-q')!.value, 'a reload keeps the words').to.equal('carers');
    expect(count(again)).to.contain('“carers”');
  });

  it('shows one topic, chosen beside the search, keeps it in the address, and "Clear search" shows every topic again', async () => {
    const api = recordingApi();
    const about = (await api.listOpportunities({ status: ['open'], organisation: 'anytown-council', topic: ['older-people'], limit: 100 })).items.map((o) => o.title);
    expect(about.length, 'the seed has open opportunities about older people').to.be.greaterThan(0);
    const element = await render(api);
    const all = count(element);
    const select = shadow(element).querySelector<HTMLSelectElement>('#topic-filter')!;
    expect(words(shadow(element).querySelector('label[for="topic-filter"]'))).to.equal('Topic');
    select.value = 'older-people';
    select.dispatchEvent(new Event('change'));
    await until(() => focusedId(element) === 'opportunities-count' && count(element).includes('Older people'), 'focus on the opportunities about older people');
    expect(count(element)).to.equal(`Showing 1 to ${about.length} of ${about.length} result${about.length === 1 ? '' : 's'} for “Older people”`);
    expect(shownTitles(element).sort()).to.deep.equal([...about].sort());
    const asked = api.calls.filter((c) => c.method === 'listOpportunities').map((c) => (c.args[0] as { topic?: string[] }).topic);
    expect(asked).to.deep.include(['older-people']);
    expect(location.hash).to.contain('opportunities-topic=older-people');

    element.closest('coprod-provider')!.remove();
    const again = await render(api);
    expect(shadow(again).querySelector<HTMLSelectElement>('#topic-filter')!.value, 'a reload keeps the topic').to.equal('older-people');
    expect(count(again)).to.contain('“Older people”');
    [...shadow(again).querySelectorAll<HTMLButtonElement>('.list-search button')].find((b) => words(b) === 'Clear search')!.click();
    await until(() => focusedId(again) === 'opportunities-count' && count(again) === all, 'every topic again, focused');
    expect(shadow(again).querySelector<HTMLSelectElement>('#topic-filter')!.value).to.equal('');
    expect(location.hash).not.to.contain('opportunities-topic');
  });

  // A co-production lead's look (session 23): "Topic" was as narrow as "All topics", under a search box and above a
  // "Show opportunities that are" twice as wide. The controls above the list line up: one width, one right edge.
  for (const width of [320, 1280]) {
    it(`lines up the search box, Topic and what to show at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const element = await render();
        const edges = (selector: string) => shadow(element).querySelector(selector)!.getBoundingClientRect();
        const topic = edges('#topic-filter');
        const status = edges('#status-filter');
        // The search row: its box, and at 320 px the Search button beside it, end where the selects end.
        const row = edges('.search-row');
        const last = [...shadow(element).querySelectorAll('.search-row > *')].map((node) => node.getBoundingClientRect());
        const rowEnd = width === 320 ? Math.max(...last.map((box) => box.right)) : edges('#opportunities-q').right;
        expect({ left: topic.left, width: Math.round(topic.width) }, 'Topic as wide as the select below it').to.deep.equal({ left: status.left, width: Math.round(status.width) });
        expect(Math.abs(rowEnd - topic.right), `the search ${width === 320 ? 'row' : 'box'} ends where Topic ends`).to.be.below(2);
        expect(row.left).to.equal(topic.left);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('shows each opportunity as a summary row that opens to its facts and actions', async () => {
    const element = await render();
    const item = shadow(element).querySelector<HTMLElement>('.item')!;
    expect(onScreen(item.querySelector('h3')), 'the title').to.equal(true);
    expect(words(item.querySelector('.summary-line'))).to.contain('Closes');
    const edit = [...item.querySelectorAll('button')].find((b) => words(b).startsWith('Edit'));
    expect(onScreen(edit), 'the actions wait until it is opened').to.equal(false);
    item.querySelector<HTMLElement>('.item-more summary')!.click();
    await until(() => onScreen(edit), 'the actions, once opened');
    expect(onScreen(item.querySelector('.facts'))).to.equal(true);
  });

  it('says when nothing matches, and "Clear search" lists everything again', async () => {
    const element = await render();
    const all = count(element);
    await search(element, 'zebra crossing');
    expect(words(shadow(element).querySelector('.nothing-found'))).to.contain('Nothing matches “zebra crossing”');
    expect(shownTitles(element)).to.have.length(0);
    // One "Clear search" on the page: the link under the search box (the panel had a second, a button).
    const clears = [...shadow(element).querySelectorAll<HTMLButtonElement>('button')].filter((b) => words(b) === 'Clear search');
    expect(clears.length).to.equal(1);
    expect(clears[0]!.closest('.list-search')).to.not.equal(null);
    clears[0]!.click();
    await until(() => focusedId(element) === 'opportunities-count' && count(element) === all, 'everything again, focused');
    expect(location.hash).not.to.contain('opportunities-q');
  });

  it('says a search failed, keeping the search box so it can be changed or cleared', async () => {
    const element = await render(failingSearches(staffApi(), 'listOpportunities'));
    await expectFailedSearchKeepsTheBox(element, 'opportunities-q', 'carers', () => count(element));
  });

  it('says a failed search again in Welsh when the page switches language, keeping the words', async () => {
    const page = await fixture(html`<div lang="en-GB"><coprod-provider .adapter=${failingSearches(staffApi(), 'listOpportunities')} token=${STAFF_TOKEN}>
      <coprod-staff-opportunities organisation="anytown-council" sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-opportunities>
    </coprod-provider></div>`);
    await expectFailedSearchInWelsh(page, page.querySelector<HTMLElement>('coprod-staff-opportunities')!, 'opportunities-q');
  });
});
