import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { InMemoryApi } from '../../api/in-memory.js';
import type { Opportunity, OpportunityQuery } from '../../api/types.js';
import { currentAnnouncement } from '../../core/announcer.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { renderState } from '../../../test/helpers/state-sweep.js';
import { NOW, untilLoaded } from './coprod-opportunity-list.states.js';
import { moreCode } from './internal/loading.js';
import { forgetPages } from './internal/last-results.js';
import { DRAWN_PAGE } from './internal/more-pages.js';

/**
 * A thousand results loaded at once (an adapter that sends every match, whatever the `limit`):
 * the list draws a page of cards, says the total, and draws the rest a page at a time on "Show more".
 */
const LOADED = 1000;

/** n opportunities cloned from the in-memory ones, every fourth with "Garden" in its title. */
async function thousand(): Promise<Opportunity[]> {
  const seed = (await new InMemoryApi({ now: NOW }).listOpportunities({ limit: 100 })).items;
  return Array.from({ length: LOADED }, (_, i) => {
    const clone = structuredClone(seed[i % seed.length]!);
    return { ...clone, id: `${clone.id}-${i}`, title: `${i % 4 === 0 ? 'Garden' : 'Plan'} ${i + 1}` };
  });
}

/** The in-memory adapter, but listOpportunities answers with every match in one page. */
function allAtOnce(items: Opportunity[]): InMemoryApi {
  return new Proxy(new InMemoryApi({ now: NOW }), {
    get(target, property) {
      if (property === 'listOpportunities') {
        return async (query: OpportunityQuery = {}) => {
          const word = (query.q ?? '').trim().toLowerCase();
          const found = items.filter((item) => item.title.toLowerCase().includes(word));
          return { items: found, total: found.length, nextCursor: null };
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const root = (element: HTMLElement) => shadow(element);
const cards = (element: HTMLElement) => [...root(element).querySelectorAll<HTMLElement>('.cards .card')];
const titles = (element: HTMLElement) => cards(element).map((card) => card.querySelector('.card-title')!.textContent!.trim());
const count = (element: HTMLElement) => root(element).querySelector('.results-bar p')?.textContent?.trim();
const showing = (element: HTMLElement) => root(element).querySelector('.results-bar .muted:not(.updating)')?.textContent?.trim();
const showMore = (element: HTMLElement) => root(element).querySelector<HTMLButtonElement>('[part=show-more]');

/** A list of a hundred a page over the thousand, all answered at once. */
const thousandLoaded = async () => {
  const items = await thousand();
  const element = (await renderState(
    'coprod-opportunity-list',
    () => html`<coprod-provider .adapter=${allAtOnce(items)} locale="en-GB">
      <coprod-opportunity-list .today=${NOW} limit="100"></coprod-opportunity-list>
    </coprod-provider>`,
  )) as HTMLElement;
  return { items, element };
};

describe('<coprod-opportunity-list> with a thousand results loaded', () => {
  beforeEach(() => forgetPages());
  afterEach(() => forgetPages());

  it('draws cards already loaded on "Show more" without fetching any code (offline, the remembered page is such cards)', async () => {
    const { element } = await thousandLoaded();
    await untilLoaded(element);
    await until(() => cards(element).length === DRAWN_PAGE, 'a page of cards');
    const { load } = moreCode;
    let asked = 0;
    moreCode.load = () => (asked++, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    try {
      showMore(element)!.click();
      await until(() => cards(element).length === 2 * DRAWN_PAGE, 'the next page of the cards loaded');
      expect(asked, 'no code fetched').to.equal(0);
      expect(root(element).querySelector('[part=error]'), 'no error').to.equal(null);
    } finally {
      moreCode.load = load;
    }
  });

  it('draws a page of cards after a keyword search, says the total, and draws the rest by keyboard without moving the reader', async () => {
    const { items, element } = await thousandLoaded();
    await untilLoaded(element);
    await until(() => count(element) === '1000 opportunities' || count(element) === '1,000 opportunities', 'the thousand counted');
    expect(cards(element), 'a page of the thousand').to.have.length(DRAWN_PAGE);

    // The keyword and Enter, by keyboard.
    root(element).querySelector<HTMLInputElement>('#field-q')!.focus();
    await sendKeys({ type: 'garden' });
    await sendKeys({ press: 'Enter' });
    const matches = items.filter((item) => item.title.startsWith('Garden')).map((item) => item.title);
    expect(matches).to.have.length(250);
    await until(() => count(element) === '250 opportunities', 'the total of the matches');
    expect(titles(element), 'the first page of the matches, in order').to.deep.equal(matches.slice(0, DRAWN_PAGE));
    expect(showing(element)).to.equal(`Showing ${DRAWN_PAGE} of 250`);
    await until(() => currentAnnouncement() === '250 opportunities found', 'the total announced, not the cards drawn');

    // "Show more" by keyboard until every match is drawn: each press draws the next page, moves
    // the focus to its first card, and leaves the cards above as they were.
    for (let drawn = DRAWN_PAGE; drawn < 250; drawn += DRAWN_PAGE) {
      const above = cards(element);
      showMore(element)!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => cards(element).length === drawn + DRAWN_PAGE, `${drawn + DRAWN_PAGE} cards`);
      expect(cards(element).slice(0, drawn), 'the cards above kept, not drawn again').to.deep.equal(above);
      const first = cards(element)[drawn]!;
      await until(() => root(element).activeElement === first.querySelector('.card-title a'), `focus on card ${drawn + 1}`);
      await until(() => currentAnnouncement() === `${DRAWN_PAGE} more opportunities shown`, 'the page announced');
      expect(count(element), 'the total still').to.equal('250 opportunities');
    }
    expect(titles(element)).to.deep.equal(matches);
    expect(showMore(element), 'nothing more to show').to.equal(null);
    expect(showing(element), 'every match shown').to.equal(undefined);
  });
});
