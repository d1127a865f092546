import { expect, fixture, html } from '@open-wc/testing';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { until } from '../helpers/dom.js';
import '../../src/components/provider/coprod-provider.js';
import '../../src/components/feedback-loop/coprod-feedback-loop.js';

/** What the widget's themed root computes to, inside its shadow root. */
function rootStyle(element: Element): CSSStyleDeclaration {
  return getComputedStyle(element.shadowRoot!.querySelector('[part=base]')!);
}

async function widget(attributes = ''): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(
    html`<div class="host-page"><coprod-provider .adapter=${new InMemoryApi({ staff: false })}>${''}</coprod-provider></div>`,
  );
  const provider = root.querySelector('coprod-provider')!;
  provider.innerHTML = `<coprod-feedback-loop mode="board" ${attributes}></coprod-feedback-loop>`;
  const element = provider.querySelector<HTMLElement>('coprod-feedback-loop')!;
  await until(() => element.shadowRoot?.querySelector('[part=base]'), 'the widget to render');
  return element;
}

describe('theming', () => {
  let hostile: HTMLStyleElement;
  before(() => {
    // A council CMS's global CSS: tiny rem base, loud inherited text styles, a * rule.
    hostile = document.createElement('style');
    hostile.textContent = `html { font-size: 62.5%; } body { font-size: 2rem; } * { letter-spacing: 0.3em; text-transform: uppercase; color: rgb(255, 0, 0); font-style: italic; }`;
    document.head.append(hostile);
  });
  after(() => hostile.remove());

  it('inherits the page font size, but not its inherited text styles', async () => {
    const element = await widget();
    const style = rootStyle(element);
    expect(style.fontSize).to.equal(getComputedStyle(element).fontSize);
    expect(style.fontSize).to.equal('20px');
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.fontStyle).to.equal('normal');
    expect(style.color).to.equal('rgb(11, 12, 12)');
  });

  it('switches to dark colours with theme="dark"', async () => {
    const element = await widget('theme="dark"');
    expect(rootStyle(element).color).to.equal('rgb(243, 242, 241)');
    expect(rootStyle(element).backgroundColor).to.equal('rgb(27, 27, 27)');
  });

  it('takes a council brand from --coprod-* custom properties', async () => {
    const element = await widget();
    element.style.setProperty('--coprod-color-text', 'rgb(10, 20, 30)');
    element.style.setProperty('--coprod-font-size', '24px');
    expect(rootStyle(element).color).to.equal('rgb(10, 20, 30)');
    expect(rootStyle(element).fontSize).to.equal('24px');
  });
});
