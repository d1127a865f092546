import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { downloadFrom, STAFF_TOKEN } from '../../../test/helpers/staff-states.js';
import type { InMemoryApi } from '../../api/in-memory.js';
import { auditApi, states } from './coprod-staff-audit.states.js';
import type { CoprodStaffAudit } from './coprod-staff-audit.component.js';
import { staffApi } from '../../../test/helpers/staff-states.js';
import { poolShown } from '../staff-people/coprod-staff-people.states.js';
import '../provider/coprod-provider.js';
import '../staff-people/coprod-staff-people.js';
import './coprod-staff-audit.js';

describeStates(states);

const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(api: InMemoryApi) {
  const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN}><coprod-staff-audit></coprod-staff-audit></coprod-provider>`);
  const element = root.querySelector<CoprodStaffAudit>('coprod-staff-audit')!;
  await until(() => shadow(element).querySelector('[part="event"]'), 'an event');
  return element;
}

const events = (element: HTMLElement) => [...shadow(element).querySelectorAll('[part="event"]')].map(clean);

describe('<coprod-staff-audit>', () => {
  it('says who did what to which records, when and why, newest first, and never a person’s name', async () => {
    const api = auditApi();
    const element = await render(api);
    const shown = events(element);
    const [first] = (await api.listAuditEvents({ limit: 1, actor: 'lead-1', action: 'getPerson' })).items;
    expect(shown[0]).to.contain('lead-1 opened a person’s record');
    // Issue 14: no developer words: the operation's name never shows, only what it means.
    for (const e of shown) expect(e).not.to.match(/\((get|list|update|delete|erase|invite|export)[A-Z]\w*\)|\b(get|list|update)[A-Z]\w+/);
    expect(shown[0]).to.contain(`Records ${first!.subjectIds[0]}`);
    expect(shown[0]).to.contain('Reason given To keep our records right');
    expect(shown.some((e) => e.includes('lead-2 changed a profile') && e.includes('At the person’s request'))).to.equal(true);
    const text = clean(shadow(element).querySelector('section'));
    for (const profile of (await api.listProfiles()).items) expect(text).not.to.contain(profile.name);
  });

  // Session 22's screenshots: at 320 px an event had twice the space under its last fact as above its first line.
  for (const width of [320, 1280]) {
    it(`at ${width} px an event's card has as much space below its last line as above its first`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const element = await render(auditApi());
        const card = shadow(element).querySelector<HTMLElement>('[part="event"]')!;
        const box = card.getBoundingClientRect();
        const border = parseFloat(getComputedStyle(card).borderTopWidth);
        const lines = [...card.querySelectorAll('*')].map((node) => node.getBoundingClientRect()).filter((line) => line.height > 0);
        const above = Math.min(...lines.map((line) => line.top)) - box.top - border;
        const below = box.bottom - border - Math.max(...lines.map((line) => line.bottom));
        expect(below, `space below ${below} px, above ${above} px`).to.be.closeTo(above, 4);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('says "did something else" for an operation it has no words for, never the operation’s name (issue 14)', async () => {
    const api = auditApi();
    api.audit.record('lead-9', 'someNewOperation', ['profile-1'], {}, new Date().toISOString());
    const element = await render(api);
    const shown = events(element).find((e) => e.includes('lead-9'));
    expect(shown).to.contain('lead-9 did something else');
    expect(shown).not.to.contain('someNewOperation');
  });

  it('filters by what staff did and by days, and clears back to everything', async () => {
    const element = await render(auditApi());
    const all = events(element).length;
    const action = shadow(element).querySelector<HTMLSelectElement>('#audit-action')!;
    action.value = 'updateProfile';
    action.dispatchEvent(new Event('change'));
    shadow(element).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => events(element).length === 1, 'one change');
    expect(events(element)[0]).to.contain('changed a profile');
    // Day, month and year (GOV.UK's date input): a half-typed day is refused at the field, naming what is missing.
    typeInto(element, '#audit-to', '1');
    shadow(element).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => shadow(element).querySelector('.has-error'), 'the date error');
    expect(shadow(element).querySelector('.has-error .error-message')?.textContent).to.contain('To date must include a month and year');
    // GOV.UK's error summary, as the other staff forms (session 22: only the inline error): it takes focus, and its
    // link goes to the first wrong part of the day.
    const summary = shadow(element).querySelector<HTMLElement>('.error-summary')!;
    expect(shadow(element).activeElement, 'focus on "There is a problem"').to.equal(summary);
    expect(clean(summary.querySelector('h2, h3, h4, h5, h6'))).to.equal('There is a problem');
    expect([...summary.querySelectorAll('a')].map((link) => clean(link))).to.deep.equal(['To date must include a month and year']);
    summary.querySelector('a')!.click();
    expect(shadow(element).activeElement?.getAttribute('name')).to.equal('audit-to-month');
    expect(events(element).length).to.equal(1, 'the list stays as it was');
    typeInto(element, '[name="audit-to-month"]', '1');
    typeInto(element, '[name="audit-to-year"]', '2020');
    shadow(element).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => shadow(element).querySelector('[part="empty"]'), 'nothing before 2020');
    expect(Boolean(shadow(element).querySelector('.has-error, .error-summary'))).to.equal(false);
    expect(clean(shadow(element).querySelector('.actions button[type="button"]')), 'says what it clears (review SHOULD 17)').to.equal('Clear the filters');
    shadow(element).querySelector<HTMLButtonElement>('.actions button[type="button"]')!.click();
    await until(() => events(element).length > all, 'everything again (and this reading of it)');
    expect([...shadow(element).querySelectorAll<HTMLInputElement>('.date-part')].map((part) => part.value).join('')).to.equal('');
  });

  it('"What happened, and when" stays open when a filter goes back to "Any", and the focus stays on it (review MUST-FIX 3)', async () => {
    const element = await render(auditApi());
    const details = shadow(element).querySelector<HTMLDetailsElement>('details.more')!;
    expect(details.open).to.equal(false);
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.click();
    await toggled;
    const action = shadow(element).querySelector<HTMLSelectElement>('#audit-action')!;
    action.focus();
    for (const value of ['updateProfile', '']) {
      action.value = value;
      action.dispatchEvent(new Event('change'));
      await element.updateComplete;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(details.open, 'still open').to.equal(true);
    expect(shadow(element).activeElement === action, `the focus is on the select, not ${document.activeElement?.tagName ?? ''}`).to.equal(true);
  });

  it('shows older events below, and takes focus to the first one added, even when the button goes with the last page', async () => {
    const element = await render(auditApi(60));
    expect(events(element).length).to.equal(50);
    let added = 0;
    for (let pages = 0; shadow(element).querySelector('[part="older"]') && pages < 5; pages++) {
      const before = events(element).length;
      shadow(element).querySelector<HTMLButtonElement>('[part="older"]')!.click();
      await until(() => events(element).length > before, 'older events');
      added = before;
      // Booleans and text only: chai describing a DOM node in a failure message hangs the browser.
      expect(clean(shadow(element).activeElement), 'focus on the first event added').to.equal(events(element)[added]);
    }
    expect(added, 'older pages were shown').to.be.greaterThan(0);
    expect(Boolean(shadow(element).querySelector('[part="older"]')), 'the last page came').to.equal(false);
  });

  it('downloads the chosen events as CSV, one byte order mark, and the download is in the trail', async () => {
    const api = auditApi();
    const element = await render(api);
    const file = await downloadFrom(element);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.slice(0, 6)]).to.deep.equal([0xef, 0xbb, 0xbf, 0x69, 0x64, 0x2c], 'one BOM, then "id,"');
    const csv = (await file.text()).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).to.equal('id,at,actor,action,reason,subject_ids,detail');
    expect(csv).to.contain(',lead-2,updateProfile,person-asked,');
    expect((await api.listAuditEvents({ action: 'exportAuditEvents' })).items.length).to.equal(1);
  });

  it('tells a member of staff without the auditor role that they do not have permission', async () => {
    const api = auditApi();
    api.audit.actAs('lead-1', ['staff', 'people']);
    const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN}><coprod-staff-audit></coprod-staff-audit></coprod-provider>`);
    const element = root.querySelector<CoprodStaffAudit>('coprod-staff-audit')!;
    await until(() => shadow(element).querySelector('[part="error"]'), 'the permission message');
    expect(clean(shadow(element).querySelector('[part="error"]'))).to.contain('You do not have permission');
  });

  // A reason reads the same wherever it is shown: the audit gives the words staff chose from in staff-people's "Why are
  // you looking?" (session 23: the select had short words, the audit the old long ones), in every reading.
  for (const [locale, level] of [['en-GB', 'standard'], ['cy', 'standard'], ['en-GB', 'easy-read'], ['cy', 'easy-read']] as const) {
    it(`gives each reason in staff-people’s words (${locale}, ${level})`, async () => {
      const root = await fixture(html`<div>
        <coprod-provider .adapter=${auditApi()} token=${STAFF_TOKEN} locale=${locale} reading-level=${level}><coprod-staff-audit></coprod-staff-audit></coprod-provider>
        <coprod-provider .adapter=${staffApi()} token=${STAFF_TOKEN} locale=${locale} reading-level=${level}><coprod-staff-people></coprod-staff-people></coprod-provider>
      </div>`);
      const audit = root.querySelector<HTMLElement>('coprod-staff-audit')!;
      const people = root.querySelector<HTMLElement>('coprod-staff-people')!;
      await until(() => shadow(audit).querySelector('[part="event"]'), 'an event');
      await poolShown(people);
      const choices = [...shadow(people).querySelector<HTMLSelectElement>('#pool-reason')!.options].map((option) => clean(option));
      expect(choices).to.have.length(4);
      const given = [...shadow(audit).querySelectorAll('[part="event"] dl')].filter((dl) => dl.querySelectorAll('dt').length === 3).map((dl) => clean(dl.querySelector('dd:last-of-type')));
      expect(given.length, 'events with a reason').to.be.greaterThan(1);
      expect(given.filter((words) => !choices.includes(words)), 'reasons not in staff-people’s words').to.deep.equal([]);
    });
  }
});
