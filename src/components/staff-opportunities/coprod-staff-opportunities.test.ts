import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CoprodApi } from '../../api/api.js';
import { failingApi, flakyApi } from '../../../test/helpers/scripted-adapters.js';
import { answeringWith } from '../../../test/fixtures/server-answer.js';
import { serverProblems } from '../../../test/fixtures/server-problems.js';
import { currentAnnouncement } from '../../core/announcer.js';
import { configure, resetConfiguration } from '../../core/config.js';
import { forgetDrafts } from '../../core/controllers/draft-controller.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { recordingApi, STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { fillBrief, listed, meetConflict, openCarersEdit, openCreate, searchFor, states } from './coprod-staff-opportunities.states.js';
import type { CoprodStaffOpportunities } from './coprod-staff-opportunities.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-opportunities.js';

describeStates(states);

const text = (node: Node) => node.textContent?.replace(/\s+/g, ' ') ?? '';
const active = (element: HTMLElement) => shadow(element).activeElement as HTMLElement | null;
const buttonWith = (root: ParentNode, label: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).trim().startsWith(label))!;
/** The "Show opportunities that are" choice: one select (five buttons took about 300 px at 320 px). */
const statusChoice = (element: HTMLElement) => shadow(element).querySelector<HTMLSelectElement>('#status-filter')!;
const showStatus = (element: HTMLElement, status: string) => {
  const select = statusChoice(element);
  select.value = status;
  select.dispatchEvent(new Event('change'));
};

async function render(adapter: CoprodApi = staffApi(), organisation = 'anytown-council') {
  history.replaceState(null, '', location.pathname);
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN}>
    <coprod-staff-opportunities organisation=${organisation} sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-opportunities>
  </coprod-provider>`);
  const element = root.querySelector<CoprodStaffOpportunities>('coprod-staff-opportunities')!;
  await until(() => shadow(element).querySelector('.tabs, [part="error"]'), 'the list to load');
  return element;
}

/** A Welsh staff page (the provider's locale cy) with "Creu cyfle" (Create an opportunity) pressed: the new brief's form. */
async function newBriefInWelsh(adapter: CoprodApi): Promise<CoprodStaffOpportunities> {
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN} locale="cy">
    <coprod-staff-opportunities organisation="anytown-council" .now=${STAFF_NOW}></coprod-staff-opportunities>
  </coprod-provider>`);
  const element = root.querySelector<CoprodStaffOpportunities>('coprod-staff-opportunities')!;
  await listed(element);
  buttonWith(shadow(element), 'Creu cyfle').click();
  await until(() => shadow(element).querySelector('form[part="form"]'), 'the brief form');
  return element;
}

/** Presses Tab until focus is on what `matches` picks (a person tabbing through the form). */
async function tabTo(element: HTMLElement, matches: (el: HTMLElement) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 150; i += 1) {
    const focused = active(element);
    if (focused && matches(focused)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}
const byId = (id: string) => (el: HTMLElement) => el.id === id;
const byText = (label: string) => (el: HTMLElement) => el.localName === 'button' && text(el).trim().startsWith(label);

describe('<coprod-staff-opportunities>', () => {
  // A brief typed in an earlier test is kept in this tab and would open the form again.
  beforeEach(() => forgetDrafts('staff-brief'));
  afterEach(() => resetConfiguration());

  // A co-production lead's look (session 23): "Interested: 0 people" sat beside "See who is interested", a link to an
  // empty list. The count stays; the link is offered only where someone is interested.
  it('offers “See who is interested” only on an opportunity someone is interested in', async () => {
    history.replaceState(null, '', location.pathname);
    const root = await fixture(html`<coprod-provider .adapter=${staffApi()} token=${STAFF_TOKEN}>
      <coprod-staff-opportunities organisation="anytown-council" interest-href="#interest?opportunity={id}" .now=${STAFF_NOW}></coprod-staff-opportunities>
    </coprod-provider>`);
    const element = root.querySelector<CoprodStaffOpportunities>('coprod-staff-opportunities')!;
    await until(() => shadow(element).querySelector('.tabs'), 'the list');
    const rows = [...shadow(element).querySelectorAll<HTMLElement>('.item')].map((row) => ({
      count: text(row.querySelector('.summary-line')!).match(/Interested: (\S+)/)![1],
      link: row.querySelector('.summary-line a') !== null,
    }));
    expect(rows.filter((row) => row.count === '0'), 'rows with nobody interested').to.not.be.empty;
    expect(rows.filter((row) => row.count !== '0'), 'rows with someone interested').to.not.be.empty;
    expect(rows.filter((row) => row.link !== (row.count !== '0')), 'a link where, and only where, someone is interested').to.deep.equal([]);
  });

  it('shows a sign-in state and makes no request without a staff token', async () => {
    const api = recordingApi();
    configure({ adapter: api });
    const element = await fixture<CoprodStaffOpportunities>(html`<coprod-staff-opportunities sign-in-href="/staff/sign-in"></coprod-staff-opportunities>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(shadow(element))).to.contain('Sign in to see this');
    expect(shadow(element).querySelector('a')!.getAttribute('href')).to.equal('/staff/sign-in');
    expect(api.calls).to.have.length(0);
    element.token = STAFF_TOKEN;
    await until(() => shadow(element).querySelector('.tabs'), 'the list once signed in');
    expect(api.calls.map((c) => c.method)).to.include('listOpportunities');
  });

  it('says the sign-in has expired on a 401 and that permission is missing on a 403', async () => {
    const expired = await render(failingApi('unauthorized'));
    expect(text(shadow(expired))).to.contain('Your sign-in has expired');
    expect(shadow(expired).querySelector('[part="error"] a')!.getAttribute('href')).to.equal('/sign-in');
    const forbidden = await render(failingApi('forbidden'));
    expect(text(shadow(forbidden))).to.contain('You do not have permission');
  });

  it("lists only the organisation's opportunities, by status", async () => {
    const api = recordingApi();
    const element = await render(api, 'riverside-mental-health-forum');
    const query = api.calls.find((c) => c.method === 'listOpportunities')!.args[0] as { organisation: string; status: string[] };
    expect(query.organisation).to.equal('riverside-mental-health-forum');
    expect(query.status).to.have.members(['draft', 'open', 'closed', 'filled', 'cancelled']);
    const titles = () => [...shadow(element).querySelectorAll('.item')].map((li) => text(li));
    expect(titles().length).to.be.greaterThan(0);
    expect(titles().every((t) => t.includes('Riverside Mental Health Forum'))).to.equal(true);
    // The rows carry no status tag (each has the status of the tab chosen): the open ones are listed under "Open".
    const open = await api.listOpportunities({ status: ['open'], organisation: 'riverside-mental-health-forum', limit: 100 });
    expect(titles().length).to.equal(Math.min(10, open.total));
    expect(statusChoice(element).value).to.equal('open');
    expect(statusChoice(element).selectedOptions[0]!.textContent!.trim()).to.equal(`Open (${open.total})`);
    showStatus(element, 'draft');
    await element.updateComplete;
    expect(statusChoice(element).value).to.equal('draft');
  });

  it('creates and publishes an opportunity with the keyboard only', async function () {
    // Tabbing through the whole brief is many key presses; Firefox's driver is slow at them.
    this.timeout(90000);
    const element = await render();
    await tabTo(element, byText('Create an opportunity'), 'the create button');
    await sendKeys({ press: 'Enter' });
    await until(() => active(element)?.id === 'form-title', 'focus on the form heading', 10000);
    const typeAt = async (id: string, words: string) => {
      await tabTo(element, byId(id), id);
      await sendKeys({ type: words });
    };
    const checkAt = async (id: string) => {
      await tabTo(element, byId(id), id);
      await sendKeys({ press: ' ' });
    };
    await typeAt('field-title', 'Review the carers newsletter');
    await typeAt('field-summary', 'Tell us whether our newsletter for carers is useful.');
    await typeAt('field-description', 'We send a newsletter to carers four times a year. Is it worth reading?');
    await typeAt('field-experienceNeeded', 'You are a carer who gets the newsletter.');
    await typeAt('field-timeCommitment-summary', 'One hour');
    await typeAt('field-when-summary', 'A Tuesday morning in December');
    await checkAt('field-where-modes');
    await typeAt('field-howToGetInvolved', 'Say you are interested and we will call you.');
    // A radio group is one Tab stop; arrows move the choice.
    await checkAt('field-payment-type');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    await checkAt('field-topics-2');
    await tabTo(element, byText('Save as a draft'), 'the save button');
    const saved = oneEvent(element, 'coprod-opportunity-saved');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.created).to.equal(true);
    expect(detail.opportunity.status).to.equal('draft');
    expect(detail.opportunity.payment.type).to.equal('unpaid');
    expect(detail.opportunity.topics).to.deep.equal(['carers']);
    await until(() => active(element)?.id === `opp-${detail.opportunity.id}`, 'focus on the new draft');
    expect(statusChoice(element).value).to.equal('draft');
    await until(() => currentAnnouncement().includes('Saved as a draft'), 'the saved announcement');

    await tabTo(element, byText('Publish'), 'the publish button');
    await sendKeys({ press: 'Enter' });
    await until(() => active(element)?.classList.contains('confirm'), 'focus on the confirm step');
    expect(text(shadow(element).querySelector('.confirm')!)).to.contain('Publish “Review the carers newsletter”?');
    const changed = oneEvent(element, 'coprod-opportunity-status-changed');
    await tabTo(element, byText('Yes, publish'), 'the confirm button');
    await sendKeys({ press: 'Enter' });
    const status = await changed;
    expect(status.detail.from).to.equal('draft');
    expect(status.detail.to).to.equal('open');
    await until(() => currentAnnouncement().includes('Published: Review the carers newsletter'), 'the published announcement');
    expect(active(element)?.id).to.equal('result');
  });

  it('shows client errors in a summary that takes focus, and links each to its field', async () => {
    const element = await render();
    await openCreate(element);
    typeInto(element, '#field-closingDate', '2026-02-31');
    shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => active(element)?.classList.contains('error-summary'), 'focus on the summary');
    const summary = shadow(element).querySelector('.error-summary')!;
    expect(text(summary)).to.contain('Enter a title');
    expect(text(summary)).to.contain('Select at least one way to take part');
    expect(text(summary)).to.contain('Select whether it is paid');
    expect(text(summary)).to.contain('Select at least one topic');
    summary.querySelector<HTMLAnchorElement>('a')!.click();
    expect(active(element)?.id).to.equal('field-title');
  });

  it('words server field errors itself, by code, and keeps what was typed', async () => {
    const element = await render(answeringWith(staffApi(), 'createOpportunity', serverProblems.brief));
    await openCreate(element);
    await fillBrief(element);
    shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => shadow(element).querySelector('.error-summary'), 'the summary');
    // The organisation is set by the page here, so its question is not on the form: the summary carries the words.
    expect(text(shadow(element).querySelector('.error-summary')!)).to.contain('Select the organisation');
    expect(shadow(element).querySelector<HTMLInputElement>('#field-title')!.value).to.equal('Test the new direct payments letter');
  });

  it('shows a Welsh reader the server’s 422 in Welsh', async () => {
    const element = await newBriefInWelsh(answeringWith(staffApi(), 'createOpportunity', serverProblems.brief));
    await fillBrief(element);
    shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => shadow(element).querySelector('.error-summary'), 'the summary');
    expect(text(shadow(element).querySelector('.error-summary')!)).to.contain('Dewiswch y sefydliad');
    expect(text(shadow(element).querySelector('form')!)).not.to.contain(serverProblems.brief.problem.errors[0]!.message);
  });

  it('on a Welsh staff page, marks the brief’s own fields English and its Welsh versions Welsh', async () => {
    const element = await newBriefInWelsh(staffApi());
    const lang = (id: string) => shadow(element).querySelector(`#${id}`)!.getAttribute('lang');
    // The brief is written in English ("anything left empty is shown in English"): spellcheck and a screen reader follow lang.
    for (const id of ['field-title', 'field-summary', 'field-description', 'field-howToGetInvolved']) expect(lang(id), id).to.equal('en-GB');
    expect(lang('field-translations-cy-title')).to.equal('cy');
    expect(lang('field-contact-email'), 'an address is in no language').to.equal(null);
    // Names and what staff may write in either language stay unmarked (review S4): the form and the conflict table share the rule (briefLang).
    for (const id of ['field-skills', 'field-contact-name']) expect(lang(id), id).to.equal(null);
  });

  it('on a Welsh staff page, names the brief being edited as the list does: its Welsh title, else its English marked English', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${staffApi()} token=${STAFF_TOKEN} locale="cy">
      <coprod-staff-opportunities organisation="anytown-council" .now=${STAFF_NOW}></coprod-staff-opportunities>
    </coprod-provider>`);
    const element = root.querySelector<CoprodStaffOpportunities>('coprod-staff-opportunities')!;
    await listed(element);
    await openCarersEdit(element);
    const formTitle = () => shadow(element).querySelector('#form-title')!;
    expect(text(formTitle()).trim()).to.equal('Golygu: Helpwch ni i ysgrifennu’r strategaeth newydd i ofalwyr');
    expect(formTitle().querySelector('[lang]'), 'Welsh, unmarked').to.equal(null);
    buttonWith(shadow(element), 'Yn ôl i’r rhestr').click();
    await searchFor(element, 'Mystery shop');
    shadow(element).querySelector<HTMLElement>('.item[aria-labelledby="opp-opp-mystery-shop-day-service"]')!.querySelector<HTMLButtonElement>('.button-group button')!.click();
    await until(() => shadow(element).querySelector('#form-title'), 'the brief form');
    expect(text(formTitle()).trim()).to.equal('Golygu: Mystery shop Oakfield Day Centre');
    expect(formTitle().querySelector('[lang="en-GB"]')?.textContent, 'its English title, marked').to.equal('Mystery shop Oakfield Day Centre');
  });

  it('creates once: a retry after a network failure reuses the idempotency key', async () => {
    const api = flakyApi(staffApi(), { failures: 1, methods: ['createOpportunity'] });
    const element = await render(api);
    await openCreate(element);
    await fillBrief(element);
    const submit = () => shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    submit();
    await until(() => shadow(element).querySelector('[data-form-failure]'), 'the failure message');
    const failure = text(shadow(element).querySelector('[data-form-failure]')!).trim();
    expect(failure).to.contain('We have kept what you typed');
    // Said in the page's live region too, in the panel's own words, as the public forms do.
    await until(() => currentAnnouncement().length > 10 && failure.startsWith(currentAnnouncement()), `the failure said aloud (panel: "${failure}")`);
    submit();
    await until(() => shadow(element).querySelector('.result .saved'), 'the saved message');
    const keys = api.calls.filter((c) => c.method === 'createOpportunity').map((c) => c.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
  });

  it('previews the draft in the real public element, in standard and easy read', async () => {
    const element = await render();
    await openCreate(element);
    await fillBrief(element);
    typeInto(element, '#field-easyReadSummary', 'We wrote a new letter.\nTell us if it is clear.');
    const preview = () => shadow(element).querySelector<HTMLElement & { readingLevel?: string }>('coprod-opportunity');
    await until(() => preview()?.shadowRoot?.querySelector('.title')?.textContent?.includes('direct payments letter'), 'the preview title');
    buttonWith(shadow(element), 'Easy read view').click();
    await until(() => preview()?.getAttribute('reading-level') === 'easy-read', 'the easy-read preview');
    await until(() => preview()?.shadowRoot?.textContent?.includes('Tell us if it is clear.'), 'the easy-read text in the preview');
  });

  it('marks an opportunity filled only after confirming, and can cancel', async () => {
    const element = await render();
    const first = shadow(element).querySelector<HTMLElement>('.item')!;
    const title = text(first.querySelector('h3')!).trim();
    buttonWith(first, 'Mark as filled').click();
    await until(() => active(element)?.classList.contains('confirm'), 'the confirm step');
    buttonWith(first, 'Cancel').click();
    await element.updateComplete;
    expect(first.querySelector('.confirm')).to.equal(null);
    expect(active(element)?.textContent?.trim()).to.equal(title);
    buttonWith(first, 'Mark as filled').click();
    await element.updateComplete;
    const changed = oneEvent(element, 'coprod-opportunity-status-changed');
    const yes = buttonWith(first, 'Yes, mark as filled');
    yes.focus();
    yes.click();
    await element.updateComplete;
    // While saving the button is marked, not disabled, so focus stays on it.
    expect(yes.getAttribute('aria-disabled')).to.equal('true');
    expect(active(element)).to.equal(yes);
    expect((await changed).detail.to).to.equal('filled');
    await until(() => text(shadow(element).querySelector('.result')!).includes(`Marked as filled: ${title}`), 'the result');
    expect([...shadow(element).querySelectorAll('.item h3')].map((h) => text(h).trim())).not.to.include(title);
  });

  it('cancels an opportunity only with "Yes, cancel it", sending the reason staff typed; "No, keep it" changes nothing', async () => {
    const adapter = recordingApi();
    const element = await render(adapter);
    const first = shadow(element).querySelector<HTMLElement>('.item')!;
    const title = text(first.querySelector('h3')!).trim();
    buttonWith(first, 'Cancel the opportunity').click();
    await until(() => first.querySelector('textarea'), 'the reason for cancelling');
    expect(text(first.querySelector('.confirm')!)).to.include('people invited who have not answered yet, are told it is cancelled, with your reason');
    buttonWith(first, 'No, keep it').click();
    await element.updateComplete;
    expect(first.querySelector('.confirm')).to.equal(null);
    expect(adapter.calls.filter((c) => c.method === 'updateOpportunity')).to.have.length(0);

    buttonWith(first, 'Cancel the opportunity').click();
    await until(() => first.querySelector('textarea'), 'the reason for cancelling');
    typeInto(element, '.item textarea', 'The venue has flooded.');
    const changed = oneEvent(element, 'coprod-opportunity-status-changed');
    buttonWith(first, 'Yes, cancel it').click();
    expect((await changed).detail.to).to.equal('cancelled');
    const [update] = adapter.calls.filter((c) => c.method === 'updateOpportunity');
    expect(update!.args[1]).to.include({ status: 'cancelled', cancelledReason: 'The venue has flooded.' });
    await until(() => text(shadow(element).querySelector('.result')!).includes(`Cancelled: ${title}. Everyone who was interested or invited is being told.`), 'the result');
    showStatus(element, 'cancelled');
    await until(() => [...shadow(element).querySelectorAll('.item h3')].some((h) => text(h).trim() === title), 'the Cancelled tab lists it');
  });

  it('keeps the cancel step open with the reason typed when cancelling fails, says why there, and a retry cancels it', async () => {
    const adapter = flakyApi(staffApi(), { failures: 1, methods: ['updateOpportunity'] });
    const element = await render(adapter);
    const first = shadow(element).querySelector<HTMLElement>('.item')!;
    const id = first.querySelector('h3 span')!.id.replace(/^opp-/, '');
    buttonWith(first, 'Cancel the opportunity').click();
    await until(() => first.querySelector('textarea'), 'the reason for cancelling');
    const reason = 'The venue has flooded, so we cannot meet there. We will write when we have a new date.';
    typeInto(element, '.item textarea', reason);
    buttonWith(first, 'Yes, cancel it').click();
    await until(() => active(element)?.id === `confirm-error-${id}`, 'focus on the failure message');
    expect(text(active(element)!)).to.include('Nothing changed for');
    expect(active(element)!.closest('.confirm')).to.not.equal(null);
    expect(first.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal(reason);
    expect(text(shadow(element).querySelector('.result')!).trim()).to.equal('');

    const changed = oneEvent(element, 'coprod-opportunity-status-changed');
    buttonWith(first, 'Yes, cancel it').click();
    expect((await changed).detail.to).to.equal('cancelled');
    const updates = adapter.calls.filter((c) => c.method === 'updateOpportunity');
    expect(updates.map((c) => c.failed)).to.deep.equal([true, false]);
    expect(updates[1]!.args[1]).to.include({ status: 'cancelled', cancelledReason: reason });
    await until(() => text(shadow(element).querySelector('.result')!).includes('Cancelled:'), 'the result');
  });

  it('edits an opportunity and keeps its status', async () => {
    const element = await render();
    const first = shadow(element).querySelector<HTMLElement>('.item')!;
    buttonWith(first, 'Edit').click();
    await until(() => shadow(element).querySelector('form[part="form"]'), 'the form');
    expect(shadow(element).querySelector<HTMLInputElement>('#field-title')!.value).to.not.equal('');
    typeInto(element, '#field-timeCommitment-summary', 'Three meetings of two hours');
    const saved = oneEvent(element, 'coprod-opportunity-saved');
    buttonWith(shadow(element), 'Save changes').click();
    const { detail } = await saved;
    expect(detail.created).to.equal(false);
    expect(detail.opportunity.status).to.equal('open');
    expect(detail.opportunity.timeCommitment.summary).to.equal('Three meetings of two hours');
  });

  it('keeps every session and Welsh field through a save, and edits each of them', async function () {
    this.timeout(30000);
    const element = await render();
    await openCarersEdit(element);
    const sessions = () => shadow(element).querySelectorAll('[data-session]');
    const value = (selector: string) => shadow(element).querySelector<HTMLInputElement>(selector)!.value;
    expect(sessions()).to.have.length(4);
    expect(value('#field-when-sessions-0-start')).to.match(/^\d{2}:\d{2}$/);
    expect(value('#field-translations-cy-timeCommitment')).to.equal('Pedwar gweithdy o 2.5 awr dros tua deufis');
    // What staff type in a Welsh field is Welsh: spellcheck and a screen reader follow lang (WCAG 3.1.2).
    const welshFields = [...shadow(element).querySelectorAll<HTMLElement>('[id^="field-translations-cy-"]:is(input, textarea)')];
    expect(welshFields.map((field) => field.id)).to.have.length(11);
    expect(welshFields.filter((field) => field.getAttribute('lang') !== 'cy').map((field) => field.id), 'Welsh fields not marked lang="cy"').to.deep.equal([]);
    const save = async () => {
      const saved = oneEvent(element, 'coprod-opportunity-saved');
      buttonWith(shadow(element), 'Save changes').click();
      return (await saved).detail.opportunity;
    };
    const unchanged = await save();
    expect(unchanged.when.sessions).to.have.length(4);
    expect(Object.keys(unchanged.translations?.cy ?? {})).to.have.members(['title', 'summary', 'timeCommitment', 'easyReadSummary']);

    await openCarersEdit(element);
    const second = unchanged.when.sessions![2]!;
    buttonWith(shadow(element), 'Remove session 2').click();
    await until(() => sessions().length === 3, 'the session removed');
    await until(() => active(element)?.textContent?.trim() === 'Session 2', 'focus on the session that moved up');
    await until(() => currentAnnouncement().includes('Session 2 removed'), 'the removal announced');
    buttonWith(shadow(element), 'Add another session').click();
    await until(() => active(element)?.id === 'field-when-sessions-3-date', 'focus on the new date');
    typeInto(element, '#field-when-sessions-3-date', '1');
    typeInto(element, '#field-when-sessions-3-date-month', '7');
    typeInto(element, '#field-when-sessions-3-date-year', '2027');
    typeInto(element, '#field-when-sessions-3-start', '10:00');
    typeInto(element, '#field-when-sessions-3-end', '12:30');
    typeInto(element, '#field-when-sessions-3-onlineLink', 'https://meet.example/carers');
    typeInto(element, '#field-translations-cy-description', 'Disgrifiad llawn yn Gymraeg.');
    const edited = await save();
    expect(edited.when.sessions).to.have.length(4);
    expect(edited.when.sessions![1]).to.deep.equal(second);
    // 10:00 in July is 09:00 UTC (British Summer Time).
    expect(edited.when.sessions![3]).to.deep.equal({ start: '2027-07-01T09:00:00.000Z', end: '2027-07-01T11:30:00.000Z', onlineLink: 'https://meet.example/carers' });
    expect(edited.translations?.cy?.description).to.equal('Disgrifiad llawn yn Gymraeg.');
    expect(edited.translations?.cy?.easyReadSummary).to.equal(unchanged.translations?.cy?.easyReadSummary);
  });

  describe('when someone else saved the brief after it was opened', () => {
    async function conflicted() {
      const api = staffApi();
      const element = await render(api);
      await meetConflict(element);
      return { api, element };
    }
    const carersNow = (api: CoprodApi) => api.getOpportunity('opp-carers-strategy');

    it('shows their version beside mine, focused and announced, and saves nothing yet', async () => {
      const { api, element } = await conflicted();
      const panel = shadow(element).querySelector<HTMLElement>('.conflict')!;
      await until(() => active(element) === panel, 'focus on the conflict');
      await until(() => currentAnnouncement().includes('Someone else changed this'), 'the conflict announced');
      expect(text(panel)).to.contain('Someone else changed this since you opened it');
      expect(text(panel)).to.contain('Write the carers’ strategy with us');
      expect(text(panel)).to.contain('Help us write the carers’ strategy for 2027');
      expect(text(panel)).to.contain('Crynodeb newydd gan gydweithiwr.');
      // The Welsh summary is marked Welsh on this English page (WCAG 3.1.2); the English title is not marked.
      const cellWith = (words: string) => [...panel.querySelectorAll('td')].find((cell) => cell.textContent?.includes(words));
      expect(cellWith('Crynodeb newydd gan gydweithiwr.')?.getAttribute('lang'), 'their Welsh summary').to.equal('cy');
      expect(cellWith('Write the carers’ strategy with us')?.getAttribute('lang'), 'their title').to.equal(null);
      expect((await carersNow(api)).title).to.equal('Write the carers’ strategy with us');
    });

    it('on a Welsh page, marks the brief’s English words English and leaves its Welsh unmarked', async () => {
      const root = await fixture(html`<coprod-provider .adapter=${staffApi()} token=${STAFF_TOKEN} locale="cy">
        <coprod-staff-opportunities organisation="anytown-council" .now=${STAFF_NOW}></coprod-staff-opportunities>
      </coprod-provider>`);
      const element = root.querySelector<CoprodStaffOpportunities>('coprod-staff-opportunities')!;
      await listed(element);
      await meetConflict(element);
      const panel = await until(() => shadow(element).querySelector<HTMLElement>('.conflict'), 'the conflict');
      const cellWith = (words: string) => [...panel.querySelectorAll('td')].find((cell) => cell.textContent?.includes(words));
      expect(cellWith('Write the carers’ strategy with us')?.getAttribute('lang'), 'their English title').to.equal('en-GB');
      expect(cellWith('Help us write the carers’ strategy for 2027')?.getAttribute('lang'), 'my English title').to.equal('en-GB');
      expect(cellWith('Crynodeb newydd gan gydweithiwr.')?.getAttribute('lang'), 'their Welsh summary').to.equal('cy');
    });

    it('merges by field: their Welsh summary and my title, where we both changed the title mine by default', async () => {
      const { api, element } = await conflicted();
      const saved = oneEvent(element, 'coprod-opportunity-saved');
      buttonWith(shadow(element), 'Merge by field').click();
      await saved;
      const now = await carersNow(api);
      expect(now.title).to.equal('Help us write the carers’ strategy for 2027');
      expect(now.translations?.cy?.summary).to.equal('Crynodeb newydd gan gydweithiwr.');
      expect(now.when.sessions).to.have.length(4);
    });

    it('merges with their title when I choose theirs for it', async () => {
      const { api, element } = await conflicted();
      shadow(element).querySelector<HTMLInputElement>('.conflict input[value="theirs"]')!.click();
      await element.updateComplete;
      const saved = oneEvent(element, 'coprod-opportunity-saved');
      buttonWith(shadow(element), 'Merge by field').click();
      await saved;
      expect((await carersNow(api)).title).to.equal('Write the carers’ strategy with us');
    });

    it('keeps mine, or takes theirs into the form without saving', async () => {
      const first = await conflicted();
      const saved = oneEvent(first.element, 'coprod-opportunity-saved');
      buttonWith(shadow(first.element), 'Keep mine').click();
      await saved;
      const mine = await carersNow(first.api);
      expect(mine.title).to.equal('Help us write the carers’ strategy for 2027');
      expect(mine.translations?.cy?.summary).to.not.equal('Crynodeb newydd gan gydweithiwr.');

      const second = await conflicted();
      buttonWith(shadow(second.element), 'Take theirs').click();
      await until(() => active(second.element)?.id === 'notice', 'focus on the notice');
      expect(text(shadow(second.element).querySelector('#notice')!)).to.contain('Your changes were not saved');
      expect(shadow(second.element).querySelector<HTMLInputElement>('#field-title')!.value).to.equal('Write the carers’ strategy with us');
      expect(shadow(second.element).querySelector<HTMLTextAreaElement>('#field-translations-cy-summary')!.value).to.equal('Crynodeb newydd gan gydweithiwr.');
    });
  });

  it('speaks Welsh', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${staffApi()} token=${STAFF_TOKEN} locale="cy"><coprod-staff-opportunities .now=${STAFF_NOW}></coprod-staff-opportunities></coprod-provider>`);
    const element = root.querySelector<CoprodStaffOpportunities>('coprod-staff-opportunities')!;
    await listed(element);
    expect(text(shadow(element))).to.contain('Creu cyfle');
    expect(text(shadow(element))).to.contain('Ar agor');
  });
});
