import { expect, fixture, html } from '@open-wc/testing';
import { InMemoryApi } from '../../api/in-memory.js';
import { until } from '../../../test/helpers/dom.js';
import { forgetReaderChoice } from '../../core/reader-choice.js';
import '../../components/provider/coprod-provider.js';
import '../../components/opportunity-list/coprod-opportunity-list.js';
import '../../components/opportunity/coprod-opportunity.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const api = () => new InMemoryApi({ now: NOW, staff: false });
const inside = (element: Element) => element.shadowRoot!;

describe('language of what a Welsh reader sees', () => {
  it('marks an untranslated title and summary lang="en-GB" and says so; a translated one has no mark', async () => {
    const list = await fixture<HTMLElement>(html`<coprod-opportunity-list locale="cy" limit="40" .today=${NOW} .adapter=${api()}></coprod-opportunity-list>`);
    await until(() => inside(list).querySelector('.cards'), 'the cards');
    const card = (id: string) => inside(list).querySelector<HTMLElement>(`[data-opportunity-id="${id}"]`)!;
    const english = card('opp-mystery-shop-day-service');
    expect(english.querySelector('.card-title a')!.getAttribute('lang')).to.equal('en-GB');
    expect(english.querySelector('.summary')!.getAttribute('lang')).to.equal('en-GB');
    expect(english.querySelector('.lang-note')!.textContent!.trim()).to.equal('Yn Saesneg yn unig');
    const welsh = card('opp-carers-strategy');
    expect(welsh.querySelector('.card-title a')!.hasAttribute('lang')).to.equal(false);
    expect(welsh.querySelector('.lang-note')).to.equal(null);
  });

  it('names the Welsh button where English text says Press "I’m interested", marked lang="cy"', async () => {
    const element = await fixture<HTMLElement>(
      html`<coprod-opportunity locale="cy" opportunity-id="opp-mystery-shop-day-service" .today=${NOW} .adapter=${api()}></coprod-opportunity>`,
    );
    await until(() => inside(element).querySelector('#s-involved'), 'the brief');
    const section = inside(element).querySelector('#s-involved')!.closest('section')!;
    const paragraph = section.querySelector('p[lang="en-GB"]')!;
    expect(paragraph.textContent).to.contain('“Mae gen i ddiddordeb”');
    expect(paragraph.textContent).not.to.match(/I['’]m interested/);
    expect(paragraph.querySelector('span[lang="cy"]')!.textContent).to.equal('Mae gen i ddiddordeb');
    expect(inside(element).querySelector('.lang-note')!.textContent).to.contain('Saesneg');
  });

  it('leaves English readers’ text unmarked', async () => {
    const element = await fixture<HTMLElement>(
      html`<coprod-opportunity locale="en-GB" opportunity-id="opp-mystery-shop-day-service" .today=${NOW} .adapter=${api()}></coprod-opportunity>`,
    );
    await until(() => inside(element).querySelector('#s-involved'), 'the brief');
    expect(inside(element).querySelector('.opportunity [lang]')).to.equal(null);
    expect(inside(element).querySelector('.lang-note')).to.equal(null);
  });
});

describe('the reading switch', () => {
  beforeEach(() => forgetReaderChoice());
  afterEach(() => forgetReaderChoice());

  it('on the provider: "Cymraeg" and "Easy read" change every widget inside, and the choice is kept for the tab', async () => {
    const page = await fixture<HTMLElement>(html`<coprod-provider show-reading-switch .adapter=${api()}>
      <coprod-opportunity-list .today=${NOW}></coprod-opportunity-list>
    </coprod-provider>`);
    const list = page.querySelector('coprod-opportunity-list')!;
    const heading = () => inside(list).querySelector('.list-heading')?.textContent?.trim();
    await until(() => heading() === 'Opportunities to get involved', 'the English heading');
    const button = (name: string) => [...inside(page).querySelectorAll<HTMLButtonElement>('.reading-switch button')].find((b) => b.textContent!.trim() === name);
    // The switch's buttons load the first time a switch is shown (src/core/reading-switch.ts).
    await until(() => button('Cymraeg'), 'the switch’s buttons');
    expect(button('Cymraeg')!.getAttribute('lang')).to.equal('cy');
    button('Cymraeg')!.click();
    await until(() => heading() === 'Cyfleoedd i gymryd rhan', 'the Welsh heading');
    expect(JSON.parse(sessionStorage.getItem('coprod-reader-choice')!)).to.deep.equal({ locale: 'cy' });
    button('Hawdd ei ddeall')!.click();
    await until(() => heading() === 'Ffyrdd o gymryd rhan', 'the Welsh easy-read heading');

    // Another page in this tab starts where the person left it.
    const again = await fixture<HTMLElement>(html`<coprod-provider show-reading-switch .adapter=${api()}>
      <coprod-opportunity-list .today=${NOW}></coprod-opportunity-list>
    </coprod-provider>`);
    const second = again.querySelector('coprod-opportunity-list')!;
    await until(() => inside(second).querySelector('.list-heading')?.textContent?.trim() === 'Ffyrdd o gymryd rhan', 'the choice kept');
    const english = await until(() => [...inside(again).querySelectorAll<HTMLButtonElement>('.reading-switch button')].find((b) => b.textContent!.trim() === 'English'), 'the English button');
    english.click();
    await until(() => heading() === 'Ways to get involved', 'back to English, still easy read');
  });

  it('is off unless the council turns it on, and a choice does not reach widgets without it', async () => {
    const page = await fixture<HTMLElement>(html`<coprod-provider .adapter=${api()}><coprod-opportunity-list .today=${NOW}></coprod-opportunity-list></coprod-provider>`);
    const list = page.querySelector('coprod-opportunity-list')!;
    await until(() => inside(list).querySelector('.list-heading'), 'the heading');
    expect(inside(page).querySelector('.reading-switch')).to.equal(null);
    expect(inside(list).querySelector('.reading-switch')).to.equal(null);
    const own = await fixture<HTMLElement>(html`<coprod-opportunity-list show-reading-switch .today=${NOW} .adapter=${api()}></coprod-opportunity-list>`);
    const welsh = await until(() => inside(own).querySelector<HTMLButtonElement>('[data-switch="language"]'), 'the widget’s own switch');
    welsh.click();
    await until(() => inside(own).querySelector('.list-heading')?.textContent?.trim() === 'Cyfleoedd i gymryd rhan', 'the widget in Welsh');
    expect(inside(list).querySelector('.list-heading')!.textContent!.trim()).to.equal('Opportunities to get involved');
  });
});
