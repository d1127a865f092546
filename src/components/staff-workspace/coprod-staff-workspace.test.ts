import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { shadow, until } from '../../../test/helpers/dom.js';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { staffApi } from '../../../test/helpers/staff-states.js';
import { submitSearch } from '../../../test/helpers/staff-search.js';
import { clearAddress, SECTION_WAIT, states, workspace } from './coprod-staff-workspace.states.js';
import { byHandActed } from '../staff-people/coprod-staff-people.states.js';
import type { CoprodStaffWorkspace } from './coprod-staff-workspace.component.js';

describeStates(states);

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(options: Parameters<typeof workspace>[1] = {}) {
  const root = await fixture(workspace(staffApi(), options));
  const element = root.querySelector<CoprodStaffWorkspace>('coprod-staff-workspace')!;
  await until(() => shadow(element).querySelector('.section-link .count'), 'the counts');
  return element;
}

const link = (element: HTMLElement, name: string) => [...shadow(element).querySelectorAll<HTMLAnchorElement>('.section-link')].find((a) => text(a.querySelector('.name')) === name)!;
const sectionWidget = (element: HTMLElement) => shadow(element).querySelector<HTMLElement>('.section > *:last-child')!;
/** The deepest focused element, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The headings a screen reader lists, in page order, through shadow roots: `level words`.
 * A heading hidden from sight only (visually hidden) is still listed; one not rendered
 * (display: none, hidden, aria-hidden) is not.
 */
function headingList(root: Element): string[] {
  const out: string[] = [];
  const visit = (el: Element) => {
    if (el.closest('[aria-hidden="true"]') || !el.checkVisibility()) return;
    const level = /^H([1-6])$/.exec(el.tagName)?.[1] ?? (el.getAttribute('role') === 'heading' ? el.getAttribute('aria-level') : null);
    if (level) return void out.push(`${level} ${text(el)}`);
    const children = el.localName === 'slot' ? (el as HTMLSlotElement).assignedElements({ flatten: true }) : [...(el.shadowRoot ?? el).children];
    children.forEach(visit);
  };
  visit(root);
  return out;
}

describe('<coprod-staff-workspace>', () => {
  afterEach(() => clearAddress());

  // Issue 14: "the staff workspace shows each section's list within one screen of its heading".
  for (const viewport of [{ width: 320, height: 568 }, { width: 1280, height: 720 }]) {
    it(`shows each section's list within one screen of its heading at ${viewport.width} px`, async function () {
      this.timeout(120_000);
      await setViewport(viewport);
      try {
        const sections = [
          { section: 'opportunities' },
          { section: 'interest', opportunityId: 'opp-carers-strategy' },
          { section: 'feedback' },
          { section: 'claims' },
          { section: 'people' },
          { section: 'audit' },
        ];
        const gaps: string[] = [];
        for (const options of sections) {
          const element = await render(options);
          const widget = sectionWidget(element);
          const first = await until(() => widget.shadowRoot?.querySelector<HTMLElement>('.item, [part="empty"]'), `the ${options.section} list`, SECTION_WAIT);
          const gap = first.getBoundingClientRect().top - shadow(element).getElementById('section-heading')!.getBoundingClientRect().top;
          gaps.push(`${options.section} ${Math.round(gap)} px`);
          expect(gap, `${options.section}: the first item starts ${Math.round(gap)} px below the section heading (screen ${viewport.height} px)`).to.be.below(viewport.height);
        }
        console.log(`${viewport.width} px: heading to first item: ${gaps.join(', ')}`);
      } finally {
        await setViewport({ width: 1280, height: 720 });
      }
    });
  }

  it('lists each section with what waits there and what is overdue', async () => {
    const element = await render();
    const summary = await staffApi().getStaffSummary();
    expect(text(link(element, 'People interested'))).to.include(`${summary.interest.waiting} waiting for an answer`);
    expect(text(link(element, 'Feedback'))).to.include(`${summary.feedback.waiting} not answered`);
    expect(link(element, 'Opportunities').getAttribute('aria-current')).to.equal('page');
  });

  it('moves by keyboard: Tab to a section, Enter, and focus lands on its heading with the address kept', async () => {
    const element = await render();
    link(element, 'Opportunities').focus();
    await sendKeys({ press: 'Tab' });
    expect(text(focused())).to.include('People interested');
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(element).activeElement?.id === 'section-heading', 'focus on the section heading');
    expect(text(shadow(element).getElementById('section-heading'))).to.equal('People interested');
    // As GOV.UK (and core styles.ts) for a heading focus is moved to: no ring (session 20's showed one cut at its left).
    expect(getComputedStyle(shadow(element).getElementById('section-heading')!).outlineStyle, 'no ring round the heading').to.equal('none');
    expect(window.location.hash).to.equal('#coprod-staff=interest');
    await until(() => sectionWidget(element).shadowRoot?.querySelector('#choose-opportunity'), 'the choice of opportunity');
    history.back();
    await until(() => text(shadow(element).getElementById('section-heading')) === 'Opportunities', 'Back to opportunities');
  });

  it('opens an opportunity’s interest in one click from the opportunities section', async () => {
    const element = await render();
    const opportunities = sectionWidget(element);
    await until(() => opportunities.shadowRoot?.querySelector('.item'), 'the opportunities', SECTION_WAIT);
    // The link is offered where someone is interested: the carers strategy has four.
    submitSearch(opportunities, 'opportunities-q', 'carers strategy');
    const see = await until(() => opportunities.shadowRoot?.querySelector<HTMLAnchorElement>('a[href*="opportunity="]'), 'a “See who is interested” link', SECTION_WAIT);
    const id = new URLSearchParams(see.getAttribute('href')!.slice(1)).get('opportunity')!;
    see.click();
    await until(() => sectionWidget(element)?.localName === 'coprod-staff-interest', 'the interest section');
    const interest = sectionWidget(element);
    await until(() => interest.shadowRoot?.querySelector('.items, [part="empty"]'), 'the people interested');
    expect(interest.shadowRoot!.querySelector<HTMLSelectElement>('#choose-opportunity')!.value).to.equal(id);
  });

  it('shows the people who may suit the chosen opportunity in the People section, with reasons', async () => {
    const element = await render({ section: 'people', opportunityId: 'opp-carers-strategy' });
    expect(text(shadow(element).getElementById('section-heading'))).to.equal('People');
    const people = sectionWidget(element);
    expect(people.localName).to.equal('coprod-staff-people');
    const card = await until(() => people.shadowRoot?.querySelector('[part="suggestion"] [part="reasons"]'), 'a suggestion with its reasons', SECTION_WAIT);
    expect(text(card)).to.not.equal('');
    expect(link(element, 'Insights').getAttribute('href')).to.include('coprod-staff=insights');
  });

  it('counts one fewer waiting after someone is answered', async () => {
    const element = await render({ section: 'interest', opportunityId: 'opp-carers-strategy' });
    const before = text(link(element, 'People interested'));
    const interest = sectionWidget(element);
    const row = await until(() => interest.shadowRoot?.querySelector<HTMLElement>('.item.attention'), 'someone waiting');
    row.querySelector<HTMLInputElement>('input[value="contacted"]')!.click();
    await (interest as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    row.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => text(link(element, 'People interested')) !== before, 'the count to change');
    const count = (s: string) => Number(/(\d+) waiting/.exec(s)?.[1]);
    expect(count(text(link(element, 'People interested')))).to.equal(count(before) - 1);
  });

  it('counts the messages to send by hand beside People, and one fewer after one is marked sent (issue 15)', async () => {
    const api = staffApi();
    await byHandActed(api);
    const root = await fixture(workspace(api, { section: 'people' }));
    const element = root.querySelector<CoprodStaffWorkspace>('coprod-staff-workspace')!;
    await until(() => text(link(element, 'People')).includes('2 messages to send by hand') || undefined, 'the by-hand count');
    const people = sectionWidget(element);
    await until(() => people.shadowRoot?.querySelector<HTMLElement>('[part="by-hand-show"]'), 'the by-hand button').then((b) => b.click());
    await until(() => people.shadowRoot?.querySelector<HTMLElement>('[part="by-hand-done"]'), 'a message to mark').then((b) => b.click());
    await until(() => text(link(element, 'People')).includes('1 message to send by hand') || undefined, 'the count to change');
  });

  it('puts focus on the section heading when staff sign in while focus is nowhere', async () => {
    const root = await fixture(workspace(staffApi(), { token: undefined }));
    const element = root.querySelector<CoprodStaffWorkspace>('coprod-staff-workspace')!;
    await until(() => shadow(element).querySelector('[part="sign-in"]'), 'the sign-in state');
    (document.activeElement as HTMLElement | null)?.blur();
    (root as HTMLElement & { token?: string }).token = 'staff-token';
    await until(() => shadow(element).activeElement?.id === 'section-heading', 'focus on the section heading');
  });

  it('names each section once in the list of headings, its widget’s headings one level below (the widget’s own title is left out, not just hidden)', async () => {
    const element = await render({ section: 'interest', opportunityId: 'opp-carers-strategy' });
    const interest = sectionWidget(element);
    await until(() => interest.shadowRoot?.querySelector('.item'), 'the people interested', SECTION_WAIT);
    const list = headingList(element);
    const at = list.indexOf('3 People interested');
    expect(at, list.join(' | ')).to.be.greaterThan(-1);
    const inSection = list.slice(at + 1);
    expect(inSection.length, 'the people are headings in the section').to.be.greaterThan(0);
    // Before: "4 People interested in Carers strategy" came next, and each person was at level 5.
    expect(inSection.filter((h) => !h.startsWith('4 ')), list.join(' | ')).to.deep.equal([]);
    expect(list.filter((h) => h.includes('People interested')), list.join(' | ')).to.deep.equal(['3 People interested']);
  });

  it('keeps focus on something shown in the opportunities section after Back and after a save (its own title is left out here)', async () => {
    const element = await render();
    const opportunities = sectionWidget(element);
    const inside = () => opportunities.shadowRoot!;
    const button = (label: string) => [...inside().querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).startsWith(label));
    await until(() => button('Create an opportunity'), 'the opportunities', SECTION_WAIT);
    const focusShown = () => {
      const at = focused();
      return !!at && at !== document.body && inside().contains(at) && at.checkVisibility();
    };
    button('Create an opportunity')!.click();
    await until(() => button('Back to the list'), 'the brief form');
    button('Back to the list')!.click();
    await until(() => button('Create an opportunity') && focused() !== button('Back to the list'), 'the list again');
    expect(focusShown(), `focus is on ${focused()?.localName}#${focused()?.id}`).to.equal(true);
    expect(focused()?.id).to.equal('staff-opportunities-list');

    // The first button of an item is its Edit button.
    inside().querySelector<HTMLButtonElement>('.item .button-group button')!.click();
    await until(() => button('Save changes'), 'the edit form');
    button('Save changes')!.click();
    await until(() => button('Create an opportunity') && focused()?.id.startsWith('opp-'), 'focus on the saved opportunity', SECTION_WAIT);
    expect(focusShown()).to.equal(true);
  });

  it('gives Chromium’s accessibility tree one heading for the opportunities section, not two', async function () {
    if (!navigator.userAgent.includes('Chrome')) return this.skip();
    const element = await render();
    const opportunities = sectionWidget(element);
    await until(() => opportunities.shadowRoot?.querySelector('.item'), 'the opportunities', SECTION_WAIT);
    const nodes = (await executeServerCommand('ax-tree')) as { ignored: boolean; role: string; name: string }[];
    const headings = nodes.filter((n) => !n.ignored && n.role === 'heading').map((n) => n.name);
    expect(headings.filter((name) => name === 'Opportunities'), headings.join(' | ')).to.deep.equal(['Opportunities']);
  });
});
