/**
 * "Print or save as PDF" prints the widget alone (review SHOULD 6, src/core/print-alone.ts): the
 * interest receipt, and the saved profile, without the council's page around them, and without
 * the list or the person's page they were opened in. Chromium prints for real (print media
 * emulated); Firefox puts the print rules in force on screen (test/helpers/paper.ts).
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { NOW, OPPORTUNITY_ID, fillInterest, pressSend, untilLoaded } from '../../src/components/opportunity/coprod-opportunity.states.js';
import '../../src/components/opportunity-list/coprod-opportunity-list.js';
import '../../src/components/opportunity/coprod-opportunity.js';
import '../../src/components/my-involvement/coprod-my-involvement.js';
import '../../src/components/provider/coprod-provider.js';
import { forgetDrafts } from '../../src/core/controllers/draft-controller.js';
import { printAlone } from '../../src/core/print-alone.js';
import { shadow, until } from '../helpers/dom.js';
import { GOOD_LINK, MeFixtureApi } from '../helpers/me-fixtures.js';
import { onPaper, rootsOf, shown } from '../helpers/paper.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const PRINTING = 'data-coprod-printing';
const PATH = 'data-coprod-print-path';

/** Presses the widget's print button with `window.print` held until `check` has looked at the page as printed. */
async function printing(widget: HTMLElement, button: string, check: () => void): Promise<void> {
  const original = window.print;
  let printed = 0;
  window.print = () => void (printed += 1);
  try {
    shadow(widget).querySelector<HTMLButtonElement>(button)!.click();
    expect(printed, 'window.print called').to.equal(1);
    const undo = await onPaper(...rootsOf(widget));
    try {
      check();
    } finally {
      await undo();
    }
    window.dispatchEvent(new Event('afterprint'));
  } finally {
    window.print = original;
  }
}

/** Nothing of the printing is left: no mark on any element, no print rule in any root. */
function nothingLeft(widget: HTMLElement): void {
  expect(document.querySelectorAll(`[${PRINTING}], [${PATH}]`).length, 'marks in the page').to.equal(0);
  for (const root of rootsOf(widget)) {
    expect(root.querySelectorAll(`[${PRINTING}], [${PATH}]`).length, 'marks in a shadow root').to.equal(0);
    const rules = root.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText));
    expect(rules.filter((rule) => rule.includes(PATH)), 'print rules left').to.deep.equal([]);
  }
}

/** Sends interest in the opportunity and waits for the receipt. */
async function sendInterest(detail: Widget): Promise<void> {
  await untilLoaded(detail);
  await fillInterest(detail);
  pressSend(detail);
  await until(() => shadow(detail).querySelector('[part=success] .reference'), 'the receipt');
}

describe('"Print or save as PDF" prints the widget alone', () => {
  let header: HTMLElement;
  let start: string;
  beforeEach(() => {
    forgetDrafts('interest');
    start = location.href;
    header = document.createElement('header');
    header.textContent = 'Anytown Council: home, services, news';
    document.body.prepend(header);
  });
  afterEach(() => {
    header.remove();
    history.replaceState(null, '', start);
  });

  it('the interest receipt: the opportunity’s title and the receipt, not the brief, the buttons or the council’s page; then everything comes back', async () => {
    const root = await fixture<HTMLElement>(html`<coprod-provider .adapter=${new InMemoryApi({ now: NOW })}>
      <coprod-opportunity opportunity-id=${OPPORTUNITY_ID} .today=${NOW}></coprod-opportunity>
    </coprod-provider>`);
    const detail = root.querySelector<Widget>('coprod-opportunity')!;
    await sendInterest(detail);
    const find = (selector: string) => shadow(detail).querySelector(selector);
    await printing(detail, 'button.print', () => {
      expect(detail.hasAttribute(PRINTING)).to.equal(true);
      expect(shown(find('.reference')), 'the reference').to.equal(true);
      expect(shown(find('.title')), 'the opportunity’s title').to.equal(true);
      expect(shown(find('#s-what')), 'the brief').to.equal(false);
      expect(shown(find('button.print')), 'the print button').to.equal(false);
      expect(shown(header), 'the council’s header').to.equal(false);
    });
    nothingLeft(detail);
    expect(shown(find('#s-what')), 'the brief after printing').to.equal(true);
    expect(shown(header), 'the council’s header after printing').to.equal(true);
  });

  it('the receipt of an opportunity opened inside the list: the receipt alone, not the list', async () => {
    history.replaceState(null, '', `${location.pathname}?opportunity=${OPPORTUNITY_ID}`);
    const root = await fixture<HTMLElement>(html`<coprod-provider .adapter=${new InMemoryApi({ now: NOW })}>
      <coprod-opportunity-list .today=${NOW}></coprod-opportunity-list>
    </coprod-provider>`);
    const list = root.querySelector<Widget>('coprod-opportunity-list')!;
    const detail = await until(() => list.shadowRoot?.querySelector<Widget>('coprod-opportunity'), 'the opportunity open in the list');
    await sendInterest(detail);
    const back = await until(() => shadow(list).querySelector('.back'), 'the list’s Back link');
    // Today the list shows only its Back button (a button, never printed) beside the opportunity: anything
    // else it comes to show there (a notice, a heading) stays off the paper too.
    const notice = Object.assign(document.createElement('p'), { textContent: 'Something else the list shows' });
    shadow(list).append(notice);
    await printing(detail, 'button.print', () => {
      expect(detail.hasAttribute(PRINTING), 'the opportunity prints').to.equal(true);
      expect(list.hasAttribute(PRINTING), 'the list is only on the way out').to.equal(false);
      expect(shown(shadow(detail).querySelector('.reference')), 'the reference').to.equal(true);
      expect(shown(shadow(detail).querySelector('#s-what')), 'the brief').to.equal(false);
      expect(shown(back), 'the list’s Back link').to.equal(false);
      expect(shown(notice), 'the rest of the list').to.equal(false);
      expect(shown(header), 'the council’s header').to.equal(false);
    });
    nothingLeft(detail);
    expect(shown(back), 'the Back link after printing').to.equal(true);
    expect(shown(notice), 'the rest of the list after printing').to.equal(true);
    notice.remove();
  });

  it('the profile on the person’s own page: the profile alone, not their involvement record or the rest of their page', async () => {
    const page = await fixture<Widget>(html`<coprod-my-involvement .adapter=${new MeFixtureApi()} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    const form = await until(() => page.shadowRoot?.querySelector<Widget>('coprod-profile-form'), 'the profile');
    await until(() => form.shadowRoot?.querySelector('[data-print]'), 'the print button');
    const title = shadow(page).querySelector('#title');
    await printing(form, '[data-print]', () => {
      expect(form.hasAttribute(PRINTING), 'the profile prints').to.equal(true);
      expect(page.hasAttribute(PRINTING), 'my-involvement is only on the way out (its record sheet does not print)').to.equal(false);
      expect(shown(shadow(form).querySelector('[part=profile]')), 'the profile').to.equal(true);
      expect(shown(shadow(form).querySelector('[part=actions]')), 'its buttons').to.equal(false);
      expect(shown(title), 'the page’s heading').to.equal(false);
      expect(shown(shadow(page).querySelector('[data-record-open]')), 'the record’s button').to.equal(false);
      expect(shown(header), 'the council’s header').to.equal(false);
    });
    nothingLeft(form);
    expect(shown(title), 'the page’s heading after printing').to.equal(true);
  });
  it('what a page put inside the printed widget (its slotted children) prints with it; the page beside it does not', async () => {
    if (!customElements.get('print-alone-slots')) {
      customElements.define(
        'print-alone-slots',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<p>The widget’s own words</p><slot></slot>';
          }
        },
      );
    }
    const area = await fixture<HTMLElement>(html`<div>
      <p id="beside">The council’s words beside the widget</p>
      <print-alone-slots><p id="slotted">The council’s wording, in the widget’s slot</p></print-alone-slots>
    </div>`);
    const widget = area.querySelector<HTMLElement>('print-alone-slots')!;
    const original = window.print;
    window.print = () => undefined;
    try {
      printAlone(widget);
      const undo = await onPaper(...rootsOf(widget));
      try {
        expect(shown(widget.shadowRoot!.querySelector('p')), 'the widget’s own words').to.equal(true);
        expect(shown(area.querySelector('#slotted')), 'its slotted child').to.equal(true);
        expect(shown(area.querySelector('#beside')), 'the page beside it').to.equal(false);
        expect(shown(header), 'the council’s header').to.equal(false);
      } finally {
        await undo();
      }
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      window.print = original;
    }
    nothingLeft(widget);
    expect(shown(area.querySelector('#beside')), 'the page after printing').to.equal(true);
  });

  it('needs no :has() (Chrome and Edge 98 to 104, Firefox 94 to 120 lack it, and would drop the rule and print the whole page)', async () => {
    const widget = await fixture<HTMLElement>(html`<div><p>A widget</p></div>`);
    const original = window.print;
    const rules: string[] = [];
    window.print = () => void rules.push(...document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).filter((rule) => rule.includes(PATH)));
    try {
      printAlone(widget);
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      window.print = original;
    }
    expect(rules, 'the print rule').to.have.length(1);
    expect(rules[0], 'the print rule').to.not.contain(':has(');
  });
});
