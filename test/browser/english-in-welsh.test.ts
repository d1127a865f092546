/**
 * Welsh pages, English-only data: what the council wrote only in English carries lang="en-GB" (WCAG 3.1.2), by
 * textIn's rule (src/core/text-in.ts: an empty Welsh text is none), and the private-use marks that carry an English
 * name through a sentence being made (U+E000 … U+E001, src/core/english-mark.ts) never reach the page.
 * The seed with the carers strategy's Welsh title and every organisation's Welsh name emptied.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { createSeed } from '@coprod/seed';
import { InMemoryApi } from '../../src/api/in-memory.js';
import type { CoprodApi } from '../../src/api/api.js';
import { forgetDrafts } from '../../src/core/controllers/draft-controller.js';
import { ACTIVITY, addAnswers } from '../helpers/insights-fixtures.js';
import { shadow, until } from '../helpers/dom.js';
import { inStaffProvider, STAFF_NOW } from '../helpers/staff-states.js';
import '../../src/components/provider/coprod-provider.js';
import '../../src/components/involvement-results/coprod-involvement-results.js';
import '../../src/components/opportunity/coprod-opportunity.js';
import '../../src/components/staff-opportunities/coprod-staff-opportunities.js';

/** The seed, with no Welsh for the carers strategy's title or any organisation's name. */
function englishOnlyApi(): InMemoryApi {
  const seed = createSeed(STAFF_NOW);
  for (const o of seed.opportunities) {
    o.organisation.name.cy = '';
    if (o.id === ACTIVITY && o.translations?.cy) o.translations.cy.title = '';
  }
  for (const organisation of seed.taxonomy.organisations) organisation.name.cy = '';
  return new InMemoryApi({ now: STAFF_NOW, seed });
}

/** Every text the page shows, through every shadow root, and every attribute value (aria-label, title, value). */
function pageText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node instanceof Element) {
      for (const attribute of node.attributes) parts.push(attribute.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join('\n');
}

const english = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((element) => element.closest('[lang]')?.getAttribute('lang'));

/** The consent box's id: the interest form's field for `consent` (src/core/forms/form-controller.ts fieldId). */
const consentId = (root: ParentNode): string => root.querySelector<HTMLInputElement>('input[type=checkbox][id*="consent"]')?.id ?? 'consent';

const provider = (api: CoprodApi, inner: unknown) => html`<coprod-provider .adapter=${api} locale="cy">${inner}</coprod-provider>`;

describe('Welsh pages with data the council wrote only in English', () => {
  it('mark the English lang="en-GB" (results tables, who runs it, the consent box, the staff list) and never show the marks', async function () {
    this.timeout(30_000);
    const api = englishOnlyApi();
    await addAnswers(api, 6);
    const title = (await api.getOpportunity(ACTIVITY)).title;
    const organisation = (await api.getOpportunity(ACTIVITY)).organisation.name.en;

    // Results: each table's name "Teitl (Carers strategy)", the title in English.
    const results = (await fixture(provider(api, html`<coprod-involvement-results opportunity-id=${ACTIVITY}></coprod-involvement-results>`))).querySelector('coprod-involvement-results')!;
    const captions = await until(() => {
      const found = [...shadow(results).querySelectorAll('.table-caption')];
      return found.length ? found : undefined;
    }, 'the results tables', 8000);
    for (const caption of captions) {
      const marked = caption.querySelector('[lang="en-GB"]');
      expect(marked?.textContent, `table name "${caption.textContent}"`).to.equal(title);
    }

    // The opportunity page: who runs it, and the consent box's default words.
    forgetDrafts('interest');
    const opportunity = (await fixture(provider(api, html`<coprod-opportunity opportunity-id=${ACTIVITY} .today=${STAFF_NOW}></coprod-opportunity>`))).querySelector('coprod-opportunity')!;
    await until(() => shadow(opportunity).querySelector('.title'), 'the opportunity', 8000);
    const root = shadow(opportunity);
    const runBy = [...root.querySelectorAll('.opportunity p.muted')].find((p) => p.textContent?.trim() === organisation);
    expect(runBy?.getAttribute('lang'), 'who runs it').to.equal('en-GB');
    expect(english(root, '.opportunity .title span'), 'the title').to.deep.equal(['en-GB']);
    const consent = await until(() => root.querySelector(`#${CSS.escape(consentId(root))}`)?.closest('.choice'), 'the consent box', 8000);
    const named = [...consent.querySelectorAll('[lang="en-GB"]')].map((span) => span.textContent);
    expect(named, `the consent words "${consent.textContent?.trim()}"`).to.deep.equal([organisation]);

    // The staff list: each brief's title (the English-only one) and who runs it.
    forgetDrafts('staff-brief');
    const staff = (await fixture(inStaffProvider(api, { locale: 'cy' }, html`<coprod-staff-opportunities organisation="anytown-council" initial-status="open" .now=${STAFF_NOW}></coprod-staff-opportunities>`))).querySelector('coprod-staff-opportunities')!;
    const items = await until(() => {
      const found = [...shadow(staff).querySelectorAll('li.item')];
      return found.length ? found : undefined;
    }, 'the staff list', 8000);
    let englishTitles = 0;
    for (const item of items) {
      const id = item.getAttribute('aria-labelledby')!.replace(/^opp-/, '');
      const welsh = (await api.getOpportunity(id)).translations?.cy?.title;
      expect(item.querySelector(`#opp-${id}`)?.getAttribute('lang') ?? null, `${id}: its title`).to.equal(welsh ? null : 'en-GB');
      expect(item.querySelector('p.subtle')?.getAttribute('lang'), `${id}: who runs it`).to.equal('en-GB');
      if (!welsh) englishTitles += 1;
    }
    expect(englishTitles, 'the list has an English-only title').to.be.greaterThan(0);

    // The marks that carry an English name through a sentence never reach what is shown.
    for (const element of [results, opportunity, staff]) {
      const text = pageText(element);
      expect(/[\uE000\uE001]/.test(text), `${element.localName}: a private-use mark reached the page`).to.equal(false);
    }
  });
});
