/**
 * Deep links are on by default: an item opened from the board is kept in the page's address
 * (`?feedback=<id>`, a history entry; Back closes it, Forward opens it again); `no-url` leaves
 * the address alone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clickOn, until } from '../../../test/helpers/dom.js';
import type { CoprodFeedbackLoop } from './coprod-feedback-loop.component.js';
import { publicApi, waitForBoard } from './coprod-feedback-loop.states.js';
import './coprod-feedback-loop.js';

const $ = (element: CoprodFeedbackLoop, selector: string): HTMLElement | null => element.shadowRoot!.querySelector<HTMLElement>(selector);
const focused = (element: CoprodFeedbackLoop): Element | null => element.shadowRoot!.activeElement;
const opened = () => new URLSearchParams(location.search).get('feedback');

async function board(noUrl = false): Promise<CoprodFeedbackLoop> {
  const element = await fixture<CoprodFeedbackLoop>(html`<coprod-feedback-loop mode="board" topic="carers" ?no-url=${noUrl} .adapter=${publicApi()}></coprod-feedback-loop>`);
  await waitForBoard(element);
  return element;
}

describe('<coprod-feedback-loop> deep links', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => history.replaceState(null, '', start));

  it('keeps the open item in the address by default: Back closes it (focus to its link), Forward opens it again (focus to its heading)', async () => {
    const element = await board();
    clickOn(element, '[data-item-link="fb-8m2d"]');
    await until(() => focused(element)?.id === 'item-heading', 'focus on the item heading');
    expect(opened()).to.equal('fb-8m2d');
    // (not history.length: the runner reuses its page and Chromium keeps at most 50 entries; Back below proves the entry)
    history.back();
    await until(() => !$(element, '#item-view'), 'the board again');
    expect(opened()).to.equal(null);
    await until(() => focused(element)?.getAttribute('data-item-link') === 'fb-8m2d', 'focus on the item link');
    history.forward();
    await until(() => focused(element)?.id === 'item-heading', 'the item again, focus on its heading');
    expect(opened()).to.equal('fb-8m2d');
  });

  it('"Back to the board" adds a history entry without the item', async () => {
    const element = await board();
    clickOn(element, '[data-item-link="fb-8m2d"]');
    await until(() => focused(element)?.id === 'item-heading', 'the item');
    clickOn(element, '.back');
    await until(() => focused(element)?.getAttribute('data-item-link') === 'fb-8m2d', 'focus back on the item link');
    expect(opened()).to.equal(null);
    history.back();
    await until(() => focused(element)?.id === 'item-heading', 'Back opens the item again');
  });

  it('opens the item a shared link names', async () => {
    const url = new URL(location.href);
    url.searchParams.set('feedback', 'fb-8m2d');
    history.replaceState(null, '', url);
    const element = await fixture<CoprodFeedbackLoop>(html`<coprod-feedback-loop mode="board" .adapter=${publicApi()}></coprod-feedback-loop>`);
    await until(() => $(element, '.timeline'), 'the linked item');
    expect($(element, '#item-heading')!.textContent).to.contain('FB-8M2D');
  });

  it('with no-url never changes the address', async () => {
    const element = await board(true);
    const before = location.href;
    const entries = history.length;
    clickOn(element, '[data-item-link="fb-8m2d"]');
    await until(() => focused(element)?.id === 'item-heading', 'the item');
    expect(location.href).to.equal(before);
    clickOn(element, '.back');
    await until(() => focused(element)?.getAttribute('data-item-link') === 'fb-8m2d', 'the board again');
    expect(location.href).to.equal(before);
    expect(history.length).to.equal(entries);
  });
});
