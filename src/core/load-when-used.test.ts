import { expect } from '@open-wc/testing';
import { until } from '../../test/helpers/dom.js';
import { loadWhenUsed } from './load-when-used.js';

/** Two frames: long enough for an IntersectionObserver to have said where its elements are. */
const frames = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));

function page(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  document.body.append(root);
  return root;
}

describe('loadWhenUsed', () => {
  afterEach(() => {
    for (const root of Array.from(document.body.children)) if (root.localName === 'div') root.remove();
  });

  it('loads the "near" tag only once its element is shown (a closed <details> opened), other tags at once', async () => {
    const root = page(`
      <coprod-lwu-plain></coprod-lwu-plain>
      <details><summary>Start your profile</summary><coprod-lwu-form></coprod-lwu-form></details>`);
    const loaded: string[] = [];
    loadWhenUsed((tag) => void loaded.push(tag), 'coprod-lwu-form');
    await frames();
    expect(loaded, 'behind a closed <details>').to.deep.equal(['coprod-lwu-plain']);
    root.querySelector('details')!.open = true;
    await until(() => loaded.includes('coprod-lwu-form'), 'the form requested once shown');
    expect(loaded).to.deep.equal(['coprod-lwu-plain', 'coprod-lwu-form']);
  });

  it('loads the "near" tag when the reader comes within a screen of it (scrolling, or a link to it), once', async () => {
    const root = page(`<div class="spacer"></div><coprod-lwu-below id="below"></coprod-lwu-below><coprod-lwu-below></coprod-lwu-below>`);
    const spacer = root.querySelector<HTMLElement>('.spacer')!;
    spacer.style.height = `${innerHeight * 4}px`;
    const loaded: string[] = [];
    loadWhenUsed((tag) => void loaded.push(tag), 'coprod-lwu-below');
    await frames();
    expect(loaded, 'four screens below').to.deep.equal([]);
    root.querySelector('#below')!.scrollIntoView();
    await until(() => loaded.length, 'the element requested once scrolled to');
    await frames();
    expect(loaded, 'one request for the two elements').to.deep.equal(['coprod-lwu-below']);
    scrollTo(0, 0);
  });

  it('forgets a load that failed, so the next ask of a server-rendered element tries again (review M1)', async () => {
    const root = page(`<coprod-lwu-flaky></coprod-lwu-flaky>`);
    root.querySelector('coprod-lwu-flaky')!.attachShadow({ mode: 'open' });
    let tries = 0;
    let ask: (() => Promise<boolean> | undefined) | undefined;
    loadWhenUsed(
      () => (++tries === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()),
      undefined,
      (_element, load) => (ask = load),
    );
    await until(() => ask, 'handed to later');
    expect(await ask!(), 'the first load failed').to.equal(false);
    expect(await ask!(), 'asked again, it came').to.equal(true);
    expect(tries).to.equal(2);
  });
});
