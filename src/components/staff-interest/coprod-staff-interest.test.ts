import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CoprodApi } from '../../api/api.js';
import { failingApi } from '../../../test/helpers/scripted-adapters.js';
import { currentAnnouncement } from '../../core/announcer.js';
import { configure, resetConfiguration } from '../../core/config.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { csvCell, toCsv } from '../../shared/staff/csv.js';
import { failingOn, recordingApi, STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { workingDaysBetween } from '../../shared/staff/working-days.js';
import { states } from './coprod-staff-interest.states.js';
import type { CoprodStaffInterest } from './coprod-staff-interest.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-interest.js';

describeStates(states);

const text = (element: Element) => shadow(element as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';

async function render(adapter: CoprodApi = staffApi()) {
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN}>
    <coprod-staff-interest opportunity-id="opp-carers-strategy" sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-interest>
  </coprod-provider>`);
  const element = root.querySelector<CoprodStaffInterest>('coprod-staff-interest')!;
  await until(() => shadow(element).querySelector('.items, [part="error"], [part="empty"]'), 'the widget to load');
  return element;
}

describe('<coprod-staff-interest>', () => {
  afterEach(() => resetConfiguration());

  it('shows a sign-in state, with the link, and makes no request without a staff token', async () => {
    const api = recordingApi();
    const root = await fixture(html`<coprod-provider .adapter=${api}>
      <coprod-staff-interest opportunity-id="opp-carers-strategy" sign-in-href="/staff/sign-in"></coprod-staff-interest>
    </coprod-provider>`);
    const element = root.querySelector('coprod-staff-interest')!;
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(element)).to.contain('Sign in to see this');
    expect(shadow(element).querySelector('a')!.getAttribute('href')).to.equal('/staff/sign-in');
    expect(text(element)).not.to.contain('Mei Lin');
    expect(api.calls).to.have.length(0);
  });

  it('loads once a token arrives through configure()', async () => {
    const api = recordingApi();
    const root = await fixture(html`<coprod-provider .adapter=${api}><coprod-staff-interest opportunity-id="opp-carers-strategy" .now=${STAFF_NOW}></coprod-staff-interest></coprod-provider>`);
    const element = root.querySelector('coprod-staff-interest')!;
    configure({ token: STAFF_TOKEN });
    await until(() => shadow(element).querySelector('.items'), 'the list');
    expect(api.calls.map((c) => c.method)).to.include('listInterests');
  });

  it('notes when an interest came from our invitation (issue 18), and only then', async () => {
    const api = staffApi();
    const { invited } = await api.invitePeople('opp-carers-strategy', { profileIds: ['prof-bernie'] });
    await api.answerInvitation({ token: api.people.tokenFor(invited[0]!.id)!, answer: 'interested' });
    const element = await render(api);
    const rows = [...shadow(element).querySelectorAll<HTMLElement>('.item')];
    const bernie = rows.find((row) => row.textContent?.includes('Bernie'))!;
    expect(bernie.textContent?.replace(/\s+/g, ' ')).to.match(/Invited by us ?Yes, on .+: this came from our invitation/);
    expect(rows.filter((row) => row.textContent?.includes('came from our invitation'))).to.have.length(1);
  });

  it('shows what each person ticked, as offered already or to arrange, then their own words', async () => {
    const element = await render();
    const idris = [...shadow(element).querySelectorAll('.items > li, .items > *')].find((item) => item.textContent!.includes('Idris Blackthorn'))!;
    const needs = [...idris.querySelectorAll('.needs li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(needs).to.deep.equal(['Hearing loop: offered', 'Papers sent in advance: to arrange']);
    expect(idris.textContent).to.contain('Please make sure the loop is working');
  });

  // A co-production lead's look (session 23): the access needs' list sat under an empty band, as tall as a line, and
  // each need's "offered" or "to arrange" fell to a line of its own (the facts keep line breaks, and the list's
  // template has them between its tags).
  it('starts the access needs’ list level with its label, each need on one line with its answer', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const element = await render();
      const idris = [...shadow(element).querySelectorAll('.item')].find((li) => li.textContent!.includes('Idris'))!;
      const list = idris.querySelector<HTMLElement>('.needs')!;
      const label = list.closest('dd')!.previousElementSibling!;
      const first = list.querySelector('li')!;
      expect(first.getBoundingClientRect().top - label.getBoundingClientRect().top, 'no band above the list').to.be.below(4);
      const line = parseFloat(getComputedStyle(first).lineHeight);
      expect(first.getBoundingClientRect().height, '"Hearing loop: offered" on one line').to.be.below(line * 1.9);
      const words = list.nextElementSibling!;
      expect(words.getBoundingClientRect().top - list.getBoundingClientRect().bottom, 'no band below it').to.be.at.most(parseFloat(getComputedStyle(list).marginBottom) + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says the sign-in has expired on a 401, with the sign-in link', async () => {
    const element = await render(failingApi('unauthorized'));
    expect(text(element)).to.contain('Your sign-in has expired');
    expect(shadow(element).querySelector<HTMLAnchorElement>('[part="error"] a')!.getAttribute('href')).to.equal('/sign-in');
  });

  it('says clearly that permission is missing on a 403', async () => {
    const element = await render(failingApi('forbidden'));
    expect(text(element)).to.contain('You do not have permission');
    expect(shadow(element).querySelector('[part="error"] button')).to.equal(null);
  });

  it('lists people oldest first with contact, access needs and how long they have waited', async () => {
    const element = await render();
    const names = [...shadow(element).querySelectorAll('.item h3 span')].map((h) => h.textContent!.trim());
    expect(names[0]).to.equal('Rosa Quennell');
    expect(names).to.include('Mei Lin Ashdown');
    const mei = [...shadow(element).querySelectorAll('.item')].find((li) => li.textContent!.includes('Mei Lin'))!;
    // Created 12 calendar days before Tuesday 24 November: 8 working days.
    expect(mei.textContent!.replace(/\s+/g, ' ')).to.contain('Waiting 8 working days');
    expect(mei.classList.contains('attention')).to.equal(true);
    expect(mei.querySelector('.overdue svg')).to.exist;
    expect(mei.textContent!.replace(/\s+/g, ' ')).to.contain('Text message: 07700 900 871'); // the number is kept whole with U+00A0
    const idris = [...shadow(element).querySelectorAll('.item')].find((li) => li.textContent!.includes('Idris'))!;
    expect(idris.textContent).to.contain('hearing aid');
    expect(idris.classList.contains('attention')).to.equal(false);
  });

  // Session 20's screenshots: the note box (3 rows) cut Rosa's note mid-line at 320 px; GOV.UK's textarea has 5.
  it('shows a saved note whole in its box at 320 px with GOV.UK’s 19 px text', async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.fontSize = '19px';
    try {
      const element = await render();
      const note = shadow(element).querySelector<HTMLTextAreaElement>('textarea[id^="field-note"]')!;
      expect(note.value).to.contain('Called Rosa.');
      expect(note.rows).to.equal(5);
      expect(note.scrollHeight, 'the whole note in sight').to.be.at.most(note.clientHeight + 1);
    } finally {
      document.body.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('flags waiting past a configured number of working days', async () => {
    const element = await render();
    element.respondWithinDays = 10;
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('.item.attention')).to.have.length(0);
  });

  it('changes a status and saves it with the keyboard only, announced and fired as an event', async function () {
    this.timeout(30000);
    const element = await render();
    const row = shadow(element).querySelector<HTMLElement>('.item.attention')!;
    const firstRadio = row.querySelector<HTMLInputElement>('input[value="new"]')!;
    firstRadio.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(row.querySelector<HTMLInputElement>('input[value="contacted"]')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.localName).to.equal('textarea');
    await sendKeys({ type: 'Left a message' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.textContent).to.contain('Save');
    const event = oneEvent(element, 'coprod-interest-updated');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.status).to.equal('contacted');
    expect(detail.interestId).to.be.a('string').and.not.equal('');
    expect(detail.opportunityId).to.be.a('string').and.not.equal('');
    // Ids and the change only: nothing personal goes out in a bubbling event.
    expect(Object.keys(detail).sort()).to.deep.equal(['interestId', 'opportunityId', 'status']);
    for (const key of ['name', 'contact', 'note', 'message', 'accessNeeds', 'interest']) expect(detail).to.not.have.property(key);
    expect(row.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Left a message');
    await until(() => row.querySelector('.saved'), 'the saved message');
    // The save button was marked, not disabled, while saving: focus never dropped to the page.
    expect(shadow(element).activeElement?.textContent).to.contain('Save');
    await until(() => currentAnnouncement().includes('Contacted'), 'the announcement');
    expect(row.classList.contains('attention')).to.equal(false);
  });

  // A co-production lead's look (session 23): each card kept an empty band under its Save button, the place of a
  // result not yet there. The button sits on the card's padding until there is a result, which then shows below it.
  it('keeps no empty band under Save until there is a result, then shows it below the button', async () => {
    const element = await render();
    const row = shadow(element).querySelector<HTMLElement>('.item.attention')!;
    const save = row.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const inner = () => row.getBoundingClientRect().bottom - parseFloat(getComputedStyle(row).borderBottomWidth) - parseFloat(getComputedStyle(row).paddingBottom);
    expect(Math.round(inner() - save.getBoundingClientRect().bottom), 'space under Save before a result').to.be.below(2);
    row.querySelector<HTMLInputElement>('input[value="contacted"]')!.click();
    save.click();
    const saved = await until(() => row.querySelector<HTMLElement>('.saved'), 'the saved message');
    const result = saved.getBoundingClientRect();
    expect(result.top - save.getBoundingClientRect().bottom, 'the result a little below Save').to.be.within(4, 16);
    expect(Math.round(inner() - result.bottom), 'the result on the card’s padding').to.be.below(2);
  });

  it('saves once when Save is pressed twice, and keeps focus on the busy button', async () => {
    const api = recordingApi();
    const element = await render(api);
    const row = shadow(element).querySelector<HTMLElement>('.item.attention')!;
    row.querySelector<HTMLInputElement>('input[value="contacted"]')!.click();
    const save = row.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    save.focus();
    save.click();
    await element.updateComplete;
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    save.click();
    await until(() => row.querySelector('.saved'), 'the saved message');
    expect(api.calls.filter((call) => call.method === 'updateInterest')).to.have.length(1);
    expect(shadow(element).activeElement).to.equal(save);
  });

  it('keeps the choice and says why when saving is refused', async () => {
    const element = await render(failingOn(staffApi(), ['updateInterest'], 'forbidden'));
    const row = shadow(element).querySelector<HTMLElement>('.item.attention')!;
    row.querySelector<HTMLInputElement>('input[value="joined"]')!.click();
    row.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => row.querySelector('.inline-error'), 'the error');
    expect(row.querySelector('[role="alert"]')!.textContent).to.contain('You do not have permission');
    expect(row.querySelector<HTMLInputElement>('input[value="joined"]')!.checked).to.equal(true);
  });

  it('exports the list as CSV built in the browser', async () => {
    const element = await render();
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return original.call(URL, blob);
    };
    try {
      shadow(element).querySelector<HTMLButtonElement>('[part="export"]')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(created).to.have.length(1);
    const csv = await created[0]!.text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('Reference,Name,Contact by,Contact detail,Access or support needs,Message,Received,Working days waited,Status,Note');
    expect(lines).to.have.length(6);
    expect(csv).to.contain('INT-9P2W,Mei Lin Ashdown,Text message,07700 900 871');
  });
});

describe('CSV for spreadsheets', () => {
  it('quotes as RFC 4180 says', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a, b')).to.equal('"a, b"');
    expect(csvCell('she said "yes"')).to.equal('"she said ""yes"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(toCsv([['a', 'b'], [1, null]])).to.equal('a,b\r\n1,\r\n');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).to.equal('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvCell('+44 7700 900 123')).to.equal("'+44 7700 900 123");
    expect(csvCell('-1')).to.equal("'-1");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tcmd')).to.equal("'\tcmd");
    expect(csvCell('07700 900 871')).to.equal('07700 900 871');
  });
});

describe('working days', () => {
  it('counts Monday to Friday only, not the day it arrived', () => {
    const friday = new Date('2026-11-20T15:00:00Z');
    expect(workingDaysBetween(friday, new Date('2026-11-21T10:00:00Z'))).to.equal(0);
    expect(workingDaysBetween(friday, new Date('2026-11-23T10:00:00Z'))).to.equal(1);
    expect(workingDaysBetween(friday, new Date('2026-11-27T10:00:00Z'))).to.equal(5);
    expect(workingDaysBetween(friday, new Date('2026-12-04T10:00:00Z'))).to.equal(10);
    expect(workingDaysBetween(new Date('2026-11-24T10:00:00Z'), friday)).to.equal(0);
  });

  it('uses the UK date, so late evening in summer counts as that day', () => {
    // 23:30 UTC on Sunday 28 June is 00:30 on Monday in the UK.
    expect(workingDaysBetween(new Date('2026-06-28T23:30:00Z'), new Date('2026-06-30T09:00:00Z'))).to.equal(1);
  });
});
