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
import { loaded } from '../helpers/loaded.js';
import { downloadFrom, inStaffProvider, STAFF_NOW } from '../helpers/staff-states.js';
import { fillInterest, pressSend } from '../../src/components/opportunity/coprod-opportunity.states.js';
import '../../src/components/provider/coprod-provider.js';
import '../../src/components/involvement-results/coprod-involvement-results.js';
import '../../src/components/opportunity/coprod-opportunity.js';
import '../../src/components/opportunity-list/coprod-opportunity-list.js';
import '../../src/components/profile-form/coprod-profile-form.js';
import '../../src/components/staff-insights/coprod-staff-insights.js';
import '../../src/components/staff-interest/coprod-staff-interest.js';
import '../../src/components/staff-opportunities/coprod-staff-opportunities.js';
import '../../src/components/feedback-loop/coprod-feedback-loop.js';
import '../../src/components/staff-feedback/coprod-staff-feedback.js';
import '../../src/components/staff-people/coprod-staff-people.js';
import '../../src/components/my-involvement/coprod-my-involvement.js';
import { GOOD_LINK, MeFixtureApi } from '../helpers/me-fixtures.js';
import { render } from 'lit';
import { profileView } from '../../src/components/profile-form/internal/profile-view.js';
import { briefPreview } from '../../src/components/staff-opportunities/internal/brief-preview.js';
import { blankBrief } from '../../src/components/staff-opportunities/internal/brief-values.js';

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

/** The private-use marks that carry an English name through a sentence being made (src/core/english-mark.ts). */
const MARKS = /[\uE000\uE001]/;

/**
 * Where `words` (the council's English) is shown in `root` (through its shadow roots) without lang="en-GB" on it or around
 * it: each such text, for the failure's message. Empty when every showing is marked.
 */
function unmarked(root: Node, words: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.nodeValue?.includes(words) && node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'en-GB')
      found.push(`"${node.parentElement?.textContent?.trim()}" in <${node.parentElement?.localName}>`);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** How many times `words` is shown in `root`, through its shadow roots. */
function shown(root: Node, words: string): number {
  return pageText(root).split(words).length - 1;
}

const provider = (api: CoprodApi, inner: unknown) => html`<coprod-provider .adapter=${api} locale="cy">${inner}</coprod-provider>`;

/**
 * The seed with a topic (older people, on the board's first page) and an area (the first) whose Welsh names are empty,
 * beside a Welsh topic (transport) and a Welsh area (the second); `optionLangs` reads the lang on a <select>'s options
 * for the English one and the Welsh one, which should be `expected`.
 */
function withEnglishOnlyTerms() {
  const seed = createSeed(STAFF_NOW);
  const olderPeople = seed.taxonomy.topics.find((topic) => topic.id === 'older-people')!;
  const transport = seed.taxonomy.topics.find((topic) => topic.id === 'transport')!;
  const [town, riverside] = seed.taxonomy.areas as [(typeof seed.taxonomy.areas)[number], (typeof seed.taxonomy.areas)[number]];
  olderPeople.name.cy = '';
  town.name.cy = '';
  const api = new InMemoryApi({ now: STAFF_NOW, seed });
  const optionLangs = (root: ParentNode, select: string) => ({
    english: root.querySelector(`${select} option[value="${olderPeople.id}"], ${select} option[value="${town.id}"]`)?.getAttribute('lang'),
    welsh: root.querySelector(`${select} option[value="${transport.id}"], ${select} option[value="${riverside.id}"]`)?.getAttribute('lang'),
  });
  return { seed, olderPeople, transport, town, riverside, api, optionLangs, expected: { english: 'en-GB', welsh: null } };
}

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

  it('mark it on "what happens next", the staff confirm questions and staff insights, and keep the marks out of every CSV', async function () {
    this.timeout(60_000);
    const api = englishOnlyApi();
    await addAnswers(api, 6);
    const { title, organisation } = await api.getOpportunity(ACTIVITY);
    const runBy = organisation.name.en;

    // "What happens next" after an interest is sent: who will be in touch, in our Welsh sentence, their name in English.
    forgetDrafts('interest');
    const opportunity = (await fixture(provider(api, html`<coprod-opportunity opportunity-id=${ACTIVITY} .today=${STAFF_NOW}></coprod-opportunity>`))).querySelector('coprod-opportunity')!;
    await until(() => shadow(opportunity).querySelector('#field-name'), 'the interest form', 8000);
    await fillInterest(opportunity);
    pressSend(opportunity);
    const sent = await until(() => shadow(opportunity).querySelector('[part="success"]'), 'the interest sent', 8000);
    expect(shown(sent, runBy), 'what happens next names who runs it').to.be.greaterThan(0);
    expect(unmarked(sent, runBy), 'what happens next').to.deep.equal([]);
    expect(MARKS.test(pageText(sent)), 'what happens next: a private-use mark reached the page').to.equal(false);

    // The staff list's confirm questions ("Cau “…”?", "Nodi bod “…” yn llawn?", "Canslo “…”? …"), each opened and left.
    forgetDrafts('staff-brief');
    const staff = (await fixture(inStaffProvider(api, { locale: 'cy' }, html`<coprod-staff-opportunities organisation="anytown-council" initial-status="open" .now=${STAFF_NOW}></coprod-staff-opportunities>`))).querySelector('coprod-staff-opportunities')!;
    await loaded(staff);
    // A brief on the first page with no Welsh title (the seed has several).
    const item = [...shadow(staff).querySelectorAll<HTMLElement>('li.item')].find((li) => li.querySelector(`#${li.getAttribute('aria-labelledby')}`)?.getAttribute('lang') === 'en-GB');
    expect(item, 'an English-only brief in the staff list').to.exist;
    const briefId = item!.getAttribute('aria-labelledby')!.replace(/^opp-/, '');
    const brief = (await api.getOpportunity(briefId)).title;
    const asks = () => [...item!.querySelectorAll<HTMLButtonElement>('.item-more > .button-group > button')].slice(1); // after "Golygu" (edit)
    const questions: string[] = [];
    for (let n = 0; n < asks().length; n++) {
      asks()[n]!.click();
      const confirm = await until(() => item!.querySelector('.confirm'), 'the confirm step', 8000);
      const question = confirm.querySelector(`#confirm-${briefId}`)!;
      questions.push(question.textContent!.trim());
      expect(shown(question, brief), `the question "${question.textContent}" names the brief`).to.equal(1);
      expect(unmarked(confirm, brief), 'the confirm step').to.deep.equal([]);
      expect(MARKS.test(pageText(confirm)), `"${question.textContent}": a private-use mark reached the page`).to.equal(false);
      [...confirm.querySelectorAll<HTMLButtonElement>('.button-group button')].at(-1)!.click(); // "Na" / "Na, ei gadw": left as it was
      await until(() => !item!.querySelector('.confirm'), 'the confirm step closed', 8000);
    }
    expect(questions, 'close, filled and cancel asked').to.have.length(3);

    // Staff insights: the activity's heading and its charts' and tables' names, the title in English.
    const insights = (await fixture(inStaffProvider(api, { locale: 'cy' }, html`<coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights>`))).querySelector('coprod-staff-insights')!;
    await loaded(insights);
    expect(shown(insights, title), 'insights name the activity').to.be.greaterThan(1);
    expect(unmarked(insights, title), 'staff insights').to.deep.equal([]);
    expect(MARKS.test(pageText(insights)), 'staff insights: a private-use mark reached the page').to.equal(false);

    // Every CSV a Welsh reader downloads: the insights' figures (each group named by its titles) and the interest list.
    const figures = await (await downloadFrom(insights)).text();
    expect(figures, 'the figures name the activity').to.contain(title);
    expect(MARKS.test(figures), 'the insights CSV holds a private-use mark').to.equal(false);
    const interest = (await fixture(inStaffProvider(api, { locale: 'cy' }, html`<coprod-staff-interest opportunity-id=${ACTIVITY} .now=${STAFF_NOW}></coprod-staff-interest>`))).querySelector('coprod-staff-interest')!;
    await loaded(interest);
    expect(unmarked(interest, title), 'the interest list').to.deep.equal([]);
    const people = await (await downloadFrom(interest)).text();
    expect(people.split('\r\n').length, 'the interest CSV has its people').to.be.greaterThan(2);
    expect(MARKS.test(people), 'the interest CSV holds a private-use mark').to.equal(false);
  });

  it('name a profile topic with no Welsh name in English, marked, so its chip’s tick box keeps an accessible name (core/vocabulary.ts termName, textIn’s rule)', async function () {
    this.timeout(20_000);
    const seed = createSeed(STAFF_NOW);
    const [carers, other] = seed.taxonomy.topics as [(typeof seed.taxonomy.topics)[number], (typeof seed.taxonomy.topics)[number]];
    carers.name.cy = '';
    const api = new InMemoryApi({ now: STAFF_NOW, seed });
    const form = (await fixture(provider(api, html`<coprod-profile-form id="welsh-topic-chips"></coprod-profile-form>`))).querySelector('coprod-profile-form')!;
    const box = (topic: { id: string }) => [...shadow(form).querySelectorAll<HTMLInputElement>('input.chip-input')].find((input) => input.value === topic.id);
    await until(() => box(carers), 'the topic chips', 8000);
    // A tick box's accessible name is its label's text (the tick itself is hidden).
    const name = (topic: { id: string }) => box(topic)!.labels![0]!;
    expect(name(carers).textContent?.trim(), 'the tick box with no Welsh name').to.equal(carers.name.en);
    expect(unmarked(name(carers), carers.name.en), 'its English name').to.deep.equal([]);
    expect(name(other).textContent?.trim(), 'a topic with a Welsh name').to.equal(other.name.cy);
    expect(name(other).querySelector('[lang]'), 'its Welsh name is not marked English').to.equal(null);
  });

  it('mark a list card’s place lang="en-GB" where the area has no Welsh name, and leave a Welsh area, a venue’s name (free text, in whatever language the council typed it) and the ways unmarked (plain-words.ts whereInWords)', async function () {
    this.timeout(20_000);
    const seed = createSeed(STAFF_NOW);
    const englishArea = seed.opportunities.find((o) => o.area && o.where.modes.includes('in_person'))!.area!.id;
    for (const o of seed.opportunities) if (o.area?.id === englishArea) o.area.name.cy = '';
    // Every other in-person opportunity of another area meets at a venue the council named in Welsh, and names no area.
    const others = seed.opportunities.filter((o) => o.area && o.area.id !== englishArea && o.where.modes.includes('in_person'));
    others.forEach((o, index) => {
      if (index % 2 === 0) return;
      o.area = null;
      o.where.venue = { ...o.where.venue, name: 'Neuadd y Dref' };
    });
    const api = new InMemoryApi({ now: STAFF_NOW, seed });
    const list = (await fixture(provider(api, html`<coprod-opportunity-list no-url .today=${STAFF_NOW}></coprod-opportunity-list>`))).querySelector('coprod-opportunity-list')!;
    const cards = await until(() => {
      const found = [...shadow(list).querySelectorAll('article.card')];
      return found.length ? found : undefined;
    }, 'the cards', 8000);
    const seen = { english: 0, welsh: 0, venue: 0 };
    for (const card of cards) {
      const o = seed.opportunities.find((each) => each.id === card.getAttribute('data-opportunity-id'))!;
      const where = card.querySelector('.fact-where dd')!;
      expect(where.getAttribute('lang'), `${o.id}: the ways are Welsh`).to.equal(null);
      if (!o.where.modes.includes('in_person')) continue;
      const place = o.area?.name.cy || o.area?.name.en || o.where.venue?.name;
      if (!place) continue;
      expect(where.textContent, `${o.id}: names its place`).to.contain(`, ${place}`);
      const english = o.area ? !o.area.name.cy : false;
      const marked = [...where.querySelectorAll('[lang="en-GB"]')].map((span) => span.textContent);
      expect(marked, `${o.id}: "${where.textContent}"`).to.deep.equal(english ? [place] : []);
      seen[o.area ? (english ? 'english' : 'welsh') : 'venue'] += 1;
    }
    expect(seen.english, 'a card with an English-only area').to.be.greaterThan(0);
    expect(seen.welsh, 'a card with a Welsh area').to.be.greaterThan(0);
    expect(seen.venue, 'a card with a Welsh venue').to.be.greaterThan(0);
  });

  it('mark a topic or area with no Welsh name lang="en-GB" where it is named alone: the feedback form’s topic options and pinned topic, the list’s filters, the profile’s summary, the staff inbox and the plain brief preview (textIn’s rule)', async function () {
    this.timeout(60_000);
    const { seed, olderPeople, transport, town, riverside, api, optionLangs, expected } = withEnglishOnlyTerms();

    // The feedback form: its topic choices, and a pinned topic.
    forgetDrafts('feedback');
    const form = (await fixture(provider(api, html`<coprod-feedback-loop mode="form"></coprod-feedback-loop>`))).querySelector<HTMLElement>('coprod-feedback-loop')!;
    await until(() => shadow(form).querySelector(`#field-topic option[value="${olderPeople.id}"]`), 'the form’s topics', 8000);
    expect(optionLangs(shadow(form), '#field-topic'), 'the form’s topic choices').to.deep.equal(expected);
    const pinnedForm = (await fixture(provider(api, html`<coprod-feedback-loop mode="form" topic=${olderPeople.id}></coprod-feedback-loop>`))).querySelector<HTMLElement>('coprod-feedback-loop')!;
    const pinned = await until(() => shadow(pinnedForm).querySelector('.pinned-topic strong'), 'the pinned topic', 8000);
    expect([pinned.textContent, unmarked(pinned, olderPeople.name.en)], 'the pinned topic').to.deep.equal([olderPeople.name.en, []]);

    // The list's More filters: topics and areas.
    const list = (await fixture(provider(api, html`<coprod-opportunity-list no-url .today=${STAFF_NOW}></coprod-opportunity-list>`))).querySelector<HTMLElement>('coprod-opportunity-list')!;
    (await until(() => shadow(list).querySelector<HTMLElement>('details.more-filters summary'), 'More filters', 8000)).click();
    await until(() => shadow(list).querySelector(`#field-area option[value="${town.id}"]`), 'the list’s filters', 8000);
    expect(optionLangs(shadow(list), '#field-topic'), 'the list’s topic filter').to.deep.equal(expected);
    expect(optionLangs(shadow(list), '#field-area'), 'the list’s area filter').to.deep.equal(expected);

    // The staff inbox: each item's heading names its topic.
    const inbox = (await fixture(inStaffProvider(api, { locale: 'cy' }, html`<coprod-staff-feedback .now=${STAFF_NOW}></coprod-staff-feedback>`))).querySelector<HTMLElement>('coprod-staff-feedback')!;
    const headings = await until(() => {
      const found = [...shadow(inbox).querySelectorAll('.item h3')];
      return found.length ? found : undefined;
    }, 'the inbox', 8000);
    const olderPeopleHeading = headings.find((h) => h.textContent?.includes(`: ${olderPeople.name.en}`));
    expect(olderPeopleHeading, 'an item about olderPeople').to.exist;
    expect(unmarked(olderPeopleHeading!, olderPeople.name.en), 'the inbox item’s topic').to.deep.equal([]);
    const transportHeading = headings.find((h) => h.textContent?.includes(`: ${transport.name.cy}`));
    expect(transportHeading?.querySelector('[lang="en-GB"]'), 'a Welsh topic is not marked').to.equal(null);

    // The profile's summary and the staff brief's plain preview, drawn alone.
    const host = document.createElement('div');
    host.setAttribute('lang', 'cy');
    document.body.append(host);
    try {
      const t = ((key: string) => key) as never;
      const profile = { ...seed.profiles[0], topics: [olderPeople.id, transport.id] } as never;
      render(profileView({ profile, t, locale: 'cy', taxonomy: seed.taxonomy, level: 2 }), host);
      const items = [...host.querySelectorAll('.plain-list li')].filter((li) => [olderPeople.name.en, transport.name.cy].includes(li.textContent!.trim()));
      expect(items.map((li) => [li.textContent?.trim(), li.querySelector('[lang]')?.getAttribute('lang') ?? null]), 'the profile’s topics').to.deep.equal([
        [olderPeople.name.en, 'en-GB'],
        [transport.name.cy, null],
      ]);
      for (const [area, lang] of [[town, 'en-GB'], [riverside, null]] as const) {
        const values = { ...blankBrief('anytown-council'), modes: ['in_person'], areaId: area.id } as never;
        render(briefPreview({ t, locale: 'cy', level: 2, values, taxonomy: seed.taxonomy, previewLevel: 'standard', onLevel: () => undefined, previewApi: undefined, now: STAFF_NOW }), host);
        const named = [...host.querySelectorAll('.facts dd span')].find((span) => span.textContent === (area.name.cy || area.name.en));
        expect(named?.getAttribute('lang') ?? null, `the preview’s area ${area.id}`).to.equal(lang);
      }
    } finally {
      host.remove();
    }
  });

  it('mark a topic with no Welsh name lang="en-GB" on the board: its topic filter’s option and each item’s topic (textIn’s rule)', async function () {
    this.timeout(20_000);
    const { olderPeople, transport, api, optionLangs, expected } = withEnglishOnlyTerms();

    // The board: its topic filter, and each item's topic fact.
    const board = (await fixture(provider(api, html`<coprod-feedback-loop mode="board"></coprod-feedback-loop>`))).querySelector<HTMLElement>('coprod-feedback-loop')!;
    await until(() => shadow(board).querySelector(`#board-topic option[value="${olderPeople.id}"]`), 'the board’s topics', 8000);
    expect(optionLangs(shadow(board), '#board-topic'), 'the board’s topic filter').to.deep.equal(expected);
    const facts = await until(() => {
      const found = [...shadow(board).querySelectorAll('.facts .fact:first-child dd')];
      return found.length ? found : undefined;
    }, 'the items’ topics', 8000);
    const topics = facts.map((dd) => [dd.textContent?.trim(), dd.getAttribute('lang')]);
    expect(topics, `the items’ topics ${JSON.stringify(topics)}`).to.deep.include([olderPeople.name.en, 'en-GB']);
    expect(topics, 'the items’ topics').to.deep.include([transport.name.cy, null]);
  });

  it('name a topic the taxonomy does not have by its id, marked English, wherever a topic is named alone: the board, the staff inbox, the profile and the pool (core/vocabulary.ts termText, written once)', async function () {
    this.timeout(40_000);
    const { seed, olderPeople, transport } = withEnglishOnlyTerms();
    // Transport leaves the taxonomy; the feedback and people about it keep its id.
    seed.taxonomy.topics = seed.taxonomy.topics.filter((topic) => topic.id !== transport.id);
    const api = new InMemoryApi({ now: STAFF_NOW, seed });

    const board = (await fixture(provider(api, html`<coprod-feedback-loop mode="board"></coprod-feedback-loop>`))).querySelector<HTMLElement>('coprod-feedback-loop')!;
    const facts = await until(() => {
      const found = [...shadow(board).querySelectorAll('.facts .fact:first-child dd')];
      return found.some((dd) => dd.textContent?.trim() === transport.id) ? found : undefined;
    }, 'an item about the topic gone', 8000);
    const gone = facts.find((dd) => dd.textContent?.trim() === transport.id)!;
    expect(unmarked(gone, transport.id), 'the board’s item').to.deep.equal([]);

    const inbox = (await fixture(inStaffProvider(api, { locale: 'cy' }, html`<coprod-staff-feedback .now=${STAFF_NOW}></coprod-staff-feedback>`))).querySelector<HTMLElement>('coprod-staff-feedback')!;
    const heading = await until(() => [...shadow(inbox).querySelectorAll('.item h3')].find((h) => h.textContent?.includes(`: ${transport.id}`)), 'the inbox’s item about the topic gone', 8000);
    expect(unmarked(heading, transport.id), 'the inbox’s item').to.deep.equal([]);

    const people = (await fixture(inStaffProvider(api, { locale: 'cy' }, html`<coprod-staff-people></coprod-staff-people>`))).querySelector<HTMLElement>('coprod-staff-people')!;
    const person = await until(() => [...shadow(people).querySelectorAll('.facts dd')].find((dd) => dd.textContent?.includes(transport.id)), 'a person about the topic gone', 8000);
    expect(unmarked(person, transport.id), 'the pool’s person').to.deep.equal([]);
    expect(unmarked(shadow(people), olderPeople.name.en), 'the pool’s English-only topic').to.deep.equal([]);

    const host = document.createElement('div');
    host.setAttribute('lang', 'cy');
    document.body.append(host);
    try {
      const profile = { ...seed.profiles[0], topics: [transport.id] } as never;
      render(profileView({ profile, t: ((key: string) => key) as never, locale: 'cy', taxonomy: seed.taxonomy, level: 2 }), host);
      const item = [...host.querySelectorAll('.plain-list li')].find((li) => li.textContent?.trim() === transport.id);
      expect(item, 'the profile names the topic gone by its id').to.exist;
      expect(unmarked(item!, transport.id), 'the profile’s topic').to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('name the topic chosen in the staff list’s "Showing … for" lang="en-GB" where it has no Welsh name, and a Welsh one unmarked (SHOULD 5)', async function () {
    this.timeout(30_000);
    const { olderPeople, transport, api } = withEnglishOnlyTerms();
    const element = (await fixture(inStaffProvider(api, { locale: 'cy' }, html`<coprod-staff-opportunities organisation="anytown-council" .now=${STAFF_NOW}></coprod-staff-opportunities>`))).querySelector<HTMLElement>('coprod-staff-opportunities')!;
    const choose = async (topic: { id: string; name: { en: string; cy?: string | null } }) => {
      const select = await until(() => shadow(element).querySelector<HTMLSelectElement>(`#topic-filter:has(option[value="${topic.id}"])`), 'the topic filter', 15000);
      select.value = topic.id;
      select.dispatchEvent(new Event('change'));
      return until(() => {
        const count = shadow(element).querySelector('#opportunities-count');
        return count?.textContent?.includes(topic.name.cy || topic.name.en) ? count : undefined;
      }, `"Showing … for" ${topic.id}`, 15000);
    };
    const english = await choose(olderPeople);
    expect(unmarked(english, olderPeople.name.en), 'the English-only topic').to.deep.equal([]);
    expect(MARKS.test(english.textContent ?? ''), 'no marks on the page').to.equal(false);
    const welsh = await choose(transport);
    expect(welsh.querySelector('[lang="en-GB"]'), 'a Welsh topic is not marked').to.equal(null);
  });
});

/**
 * A person's own words keep their language (WCAG 3.1.2 Language of Parts): feedback carries the language it was written
 * in (`language`), and wherever it is shown it is marked with it, so a screen reader says English words with an English
 * voice on a Welsh page and Welsh words with a Welsh voice on an English page. The seed's FB-2RM8 was given in Welsh,
 * FB-8M2D in English.
 */
describe('a person’s own words, in the language they wrote them in', () => {
  const WELSH_WORDS = 'Mae angen seibiant ar ofalwyr';
  const ENGLISH_WORDS = 'assessment form is 24 pages long';
  /** FB-2RM8's replies in the seed: one written in Welsh, one in English with its Welsh version. */
  const WELSH_REPLY = 'Rydym yn cytuno ei bod yn cymryd gormod o amser';
  const ENGLISH_REPLY = 'A group of carers has reviewed our short breaks';
  const WELSH_VERSION = 'Mae grŵp o ofalwyr wedi adolygu ein seibiannau byr';

  /** The seed with only the English item and the Welsh one, both published, both about carers. */
  function twoItems(): InMemoryApi {
    const seed = createSeed(STAFF_NOW);
    seed.feedback = seed.feedback.filter((item) => item.reference === 'FB-8M2D' || item.reference === 'FB-2RM8');
    expect(seed.feedback.map((item) => item.language).sort(), 'the seed has one of each').to.deep.equal(['cy', 'en-GB']);
    return new InMemoryApi({ now: STAFF_NOW, seed });
  }

  /** The language a screen reader would use for each showing of `words` in `root` (the nearest lang, through shadow roots). */
  function langsOf(root: Node, words: string): Array<string | null | undefined> {
    const found: Array<string | null | undefined> = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE && node.nodeValue?.includes(words)) found.push(node.parentElement?.closest('[lang]')?.getAttribute('lang'));
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) walk(child);
    };
    walk(root);
    return found;
  }

  for (const locale of ['cy', 'en-GB'] as const) {
    it(`on the board in ${locale === 'cy' ? 'Welsh' : 'English'}: the quote in the list and “What was said” in the opened item`, async function () {
      this.timeout(20_000);
      const board = (await fixture(html`<coprod-provider .adapter=${twoItems()} locale=${locale}><coprod-feedback-loop mode="board" no-url></coprod-feedback-loop></coprod-provider>`)).querySelector<HTMLElement>('coprod-feedback-loop')!;
      await until(() => langsOf(board, WELSH_WORDS).length && langsOf(board, ENGLISH_WORDS).length, 'both quotes', 8000);
      expect(langsOf(board, WELSH_WORDS), 'the Welsh quote').to.deep.equal(['cy']);
      expect(langsOf(board, ENGLISH_WORDS), 'the English quote').to.deep.equal(['en-GB']);
      expect(shadow(board).querySelector('.quote[lang="cy"]'), 'the quote element itself says so').to.exist;

      shadow(board).querySelector<HTMLElement>('[data-item-link="fb-2rm8"]')!.click();
      await until(() => shadow(board).querySelector('blockquote.said'), 'the opened item', 8000);
      expect(langsOf(shadow(board).querySelector('blockquote.said')!, WELSH_WORDS), 'what was said, opened').to.deep.equal(['cy']);
      // Staff answered in Welsh ("heard"), then in English with its Welsh version ("doing"): a Welsh reader reads both in
      // Welsh; an English reader the Welsh answer marked Welsh, and the English.
      const timeline = shadow(board).querySelector('.timeline')!;
      expect(langsOf(timeline, WELSH_REPLY), 'the reply written in Welsh').to.deep.equal(['cy']);
      if (locale === 'cy') {
        expect(langsOf(timeline, WELSH_VERSION), 'the Welsh version of the English reply').to.deep.equal(['cy']);
        expect(langsOf(timeline, ENGLISH_REPLY), 'the English it stands for, not shown beside it').to.deep.equal([]);
        expect(timeline.querySelector(`.entry-text[lang="en-GB"]`), 'no reply marked English').to.equal(null);
      } else {
        expect(langsOf(timeline, ENGLISH_REPLY), 'the English reply').to.deep.equal(['en-GB']);
        expect(langsOf(timeline, WELSH_VERSION), 'its Welsh version, not shown to an English reader').to.deep.equal([]);
        expect(timeline.querySelector('.entry-text[lang="cy"]')?.textContent, 'the Welsh reply marked Welsh itself').to.include(WELSH_REPLY);
      }
    });
  }

  it('on the Welsh board, a reply staff wrote only in English is marked English, item by item', async function () {
    this.timeout(20_000);
    const board = (await fixture(html`<coprod-provider .adapter=${twoItems()} locale="cy"><coprod-feedback-loop mode="board" no-url></coprod-feedback-loop></coprod-provider>`)).querySelector<HTMLElement>('coprod-feedback-loop')!;
    await until(() => shadow(board).querySelector('[data-item-link="fb-8m2d"]'), 'the English item', 8000);
    shadow(board).querySelector<HTMLElement>('[data-item-link="fb-8m2d"]')!.click();
    await until(() => shadow(board).querySelector('.timeline .entry-text'), 'its replies', 8000);
    const replies = [...shadow(board).querySelectorAll('.timeline .entry-text')];
    expect(replies.length, 'the seed’s seven replies').to.be.greaterThan(1);
    expect(replies.map((reply) => reply.getAttribute('lang')), 'each marked English').to.satisfy((langs: unknown[]) => langs.every((lang) => lang === 'en-GB'));
    // The links staff gave with a reply are titled in the reply's language: English here, so marked English too.
    const timeline = shadow(board).querySelector('.timeline')!;
    expect(langsOf(timeline, 'Easy-read guide to the new assessment'), 'a link’s title').to.deep.equal(['en-GB']);
    expect(timeline.querySelector('.update-links')?.getAttribute('lang'), 'the list’s own name stays in the page’s language').to.equal(null);
  });

  it('in the staff inbox and on the person’s own page, on a Welsh page', async function () {
    this.timeout(20_000);
    const inbox = (await fixture(inStaffProvider(twoItems(), { locale: 'cy' }, html`<coprod-staff-feedback .now=${STAFF_NOW}></coprod-staff-feedback>`))).querySelector<HTMLElement>('coprod-staff-feedback')!;
    await until(() => langsOf(inbox, WELSH_WORDS).length && langsOf(inbox, ENGLISH_WORDS).length, 'the inbox', 8000);
    expect(langsOf(inbox, WELSH_WORDS), 'the Welsh item (its text, and its choice in “merge into”)').to.satisfy((langs: unknown[]) => langs.length > 0 && langs.every((lang) => lang === 'cy'));
    expect(langsOf(inbox, ENGLISH_WORDS), 'the English item').to.satisfy((langs: unknown[]) => langs.length > 0 && langs.every((lang) => lang === 'en-GB'));

    const mine = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${new MeFixtureApi()} locale="cy" .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    await until(() => shadow(mine).querySelector('.feedback blockquote'), 'their feedback', 8000);
    expect(langsOf(mine, 'Respite breaks are booked up months ahead'), 'what they said, in English').to.deep.equal(['en-GB']);
    expect(langsOf(mine, 'Four other carers told us the same'), 'a reply written only in English').to.deep.equal(['en-GB']);
    expect(langsOf(mine, 'O fis Ebrill, cedwir deg lle seibiant brys'), 'a reply with its Welsh version: the Welsh').to.deep.equal(['cy']);
    expect(langsOf(mine, 'From April, ten emergency respite places'), 'not its English beside it').to.deep.equal([]);
    // Its link's title has no Welsh version: it stays in the reply's own language, marked so.
    expect(langsOf(mine, 'Respite for carers'), 'the reply’s link, titled in English').to.deep.equal(['en-GB']);

    // The inbox names the latest reply in the reader's language too (FB-2RM8's is English, with its Welsh version).
    expect(langsOf(inbox, 'Mae grŵp o ofalwyr wedi adolygu'), 'the latest reply, in Welsh').to.deep.equal(['cy']);
    expect(langsOf(inbox, 'A group of carers has reviewed'), 'not its English').to.deep.equal([]);
  });
});
