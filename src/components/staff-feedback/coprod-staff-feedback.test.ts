import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { answeringWith } from '../../../test/fixtures/server-answer.js';
import { serverProblems } from '../../../test/fixtures/server-problems.js';
import { sendKeys } from '@web/test-runner-commands';
import type { CoprodApi } from '../../api/api.js';
import { failingApi, flakyApi } from '../../../test/helpers/scripted-adapters.js';
import { currentAnnouncement } from '../../core/announcer.js';
import { forgetDrafts } from '../../core/controllers/draft-controller.js';
import { resetConfiguration } from '../../core/config.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { recordingApi, STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { openItem, states } from './coprod-staff-feedback.states.js';
import type { CoprodStaffFeedback } from './coprod-staff-feedback.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-feedback.js';

describeStates(states);

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ') ?? '';

// A list's search and page live in the address: each test starts without an earlier one's.
beforeEach(() => history.replaceState(null, '', location.pathname));

async function render(adapter: CoprodApi = staffApi()) {
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN}>
    <coprod-staff-feedback sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-feedback>
  </coprod-provider>`);
  const element = root.querySelector<CoprodStaffFeedback>('coprod-staff-feedback')!;
  await until(() => shadow(element).querySelector('.items, [part="error"], [part="empty"]'), 'the inbox to load');
  return element;
}

/** Events bubble to any script on the page: ids and the change only, nothing personal. */
function expectNoPersonalData(detail: object) {
  for (const key of ['name', 'reply', 'contact', 'text', 'item', 'updates']) expect(detail).to.not.have.property(key);
}

const button = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).trim().startsWith(label))!;

describe('<coprod-staff-feedback>', () => {
  beforeEach(() => forgetDrafts('staff-feedback-update'));
  afterEach(() => resetConfiguration());

  it('shows a sign-in state and makes no request without a staff token', async () => {
    const api = recordingApi();
    const root = await fixture(html`<coprod-provider .adapter=${api}><coprod-staff-feedback sign-in-href="/staff/sign-in"></coprod-staff-feedback></coprod-provider>`);
    const element = root.querySelector('coprod-staff-feedback')!;
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(shadow(element) as unknown as Element)).to.contain('Sign in to see this');
    expect(shadow(element).querySelector('a')!.getAttribute('href')).to.equal('/staff/sign-in');
    expect(api.calls).to.have.length(0);
  });

  it('says the sign-in has expired on a 401 and that permission is missing on a 403', async () => {
    const expired = await render(failingApi('unauthorized'));
    expect(text(shadow(expired) as unknown as Element)).to.contain('Your sign-in has expired');
    expect(shadow(expired).querySelector('[part="error"] a')!.getAttribute('href')).to.equal('/sign-in');
    const forbidden = await render(failingApi('forbidden'));
    expect(text(shadow(forbidden) as unknown as Element)).to.contain('You do not have permission');
  });

  it('puts new feedback first and says how long since each was answered', async () => {
    const element = await render();
    const items = [...shadow(element).querySelectorAll('.item')];
    const statuses = items.map((li) => text(li.querySelector('.facts dd')!).trim());
    const firstOther = statuses.findIndex((s) => s !== 'Received');
    expect(firstOther).to.be.greaterThan(0);
    expect(statuses.slice(firstOther)).not.to.include('Received');
    const fresh = items.find((li) => text(li).includes('FB-3WB9'))!;
    expect(text(fresh)).to.contain('Not answered yet: received 2 days ago');
    // Answered and merged items come later, past the first page: found by their reference.
    const found = async (reference: string) => {
      typeInto(element, '#feedback-q', reference);
      shadow(element).querySelector<HTMLButtonElement>('.list-search button[type="submit"]')!.click();
      await until(() => (shadow(element).querySelector('#feedback-count')?.textContent ?? '').replace(/\s+/g, ' ').includes(`1 result for “${reference}”`), `the item ${reference}`);
      return shadow(element).querySelector('.item')!;
    };
    expect(text(await found('FB-8M2D'))).to.match(/Answered \d+ days ago/);
    const merged = await found('FB-2JV7');
    expect(text(merged)).to.contain('Said the same as FB-6GK3');
    expect(merged.querySelector('button')).to.equal(null);
  });

  // Session 20's screenshots: the panel's rule lay right under "Answer or change", touching the button's shadow.
  it('opens “Answer or change” with space between the button and the rule above the panel', async () => {
    const element = await render();
    const item = await openItem(element);
    const open = item.querySelector<HTMLElement>('button[aria-expanded="true"]')!.getBoundingClientRect();
    const panel = item.querySelector<HTMLElement>('.manage')!;
    const body = parseFloat(getComputedStyle(panel).fontSize);
    expect(getComputedStyle(panel).borderTopStyle).to.equal('solid');
    expect(panel.getBoundingClientRect().top - open.bottom, 'space above the rule').to.be.at.least(body * 0.75);
  });

  it('filters by status', async () => {
    const api = recordingApi();
    const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN}><coprod-staff-feedback .now=${STAFF_NOW}></coprod-staff-feedback></coprod-provider>`);
    const element = root.querySelector<CoprodStaffFeedback>('coprod-staff-feedback')!;
    await until(() => shadow(element).querySelector('.items'), 'the inbox');
    const select = shadow(element).querySelector<HTMLSelectElement>('#status-filter')!;
    select.value = 'not_changed';
    select.dispatchEvent(new Event('change'));
    await until(() => api.calls.some((c) => c.method === 'listFeedback' && JSON.stringify(c.args[0]).includes('not_changed')), 'the filtered request');
    await until(() => shadow(element).querySelector('.items') && [...shadow(element).querySelectorAll('.item')].every((li) => text(li).includes('Not changed')), 'only not-changed items');
    const query = api.calls.find((c) => c.method === 'listFeedback')!.args[0] as { include: string };
    expect(query.include).to.equal('all');
  });

  it('shows who gave an item only to the feedback team; other staff are told so, not "Anonymous" (review MUST-FIX 1)', async () => {
    const team = await openItem(await render(), 'FB-3WB9');
    expect(text(team)).to.not.contain('Only staff with the feedback role');
    const api = staffApi();
    api.messages.roles = ['staff', 'people'];
    const item = await openItem(await render(api), 'FB-3WB9');
    expect(text(item)).to.contain('From Only staff with the feedback role see who gave it');
    expect(text(item)).to.not.contain('Anonymous');
    expect(text(item)).to.not.contain('Reply by');
  });

  it('keeps publishing off, with the reason, when the giver did not agree', async () => {
    const api = recordingApi();
    const element = await render(api);
    const item = await openItem(element, 'FB-3WB9');
    const publish = button(item, 'Publish on the public board');
    // Marked, not removed from the tab order, so the reason can be found.
    expect(publish.getAttribute('aria-disabled')).to.equal('true');
    const reason = shadow(element).getElementById(publish.getAttribute('aria-describedby')!)!;
    expect(text(reason)).to.contain('did not agree');
    publish.click();
    await element.updateComplete;
    expect(api.calls.some((c) => c.method === 'updateFeedback')).to.equal(false);
  });

  it('keeps focus on the board button through publish and keep private, and on "Change status"', async () => {
    const element = await render();
    const item = await openItem(element, 'FB-6YH2');
    const focused = () => shadow(element).activeElement;
    const publish = button(item, 'Publish on the public board');
    publish.focus();
    publish.click();
    expect(publish.getAttribute('aria-disabled')).to.equal(null);
    await element.updateComplete;
    expect(focused()).to.equal(publish);
    await until(() => button(item, 'Keep private'), 'the keep private button');
    await until(() => focused() === button(item, 'Keep private'), 'focus on keep private');
    button(item, 'Keep private').click();
    await until(() => button(item, 'Publish on the public board'), 'the publish button');
    await until(() => focused() === button(item, 'Publish on the public board'), 'focus on publish');
    const select = item.querySelector<HTMLSelectElement>('#item-status')!;
    select.value = 'considering';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const change = button(item, 'Change status');
    change.focus();
    change.click();
    await until(() => text(item.querySelector('.action-result')!).includes('is now: Being considered'), 'the new status');
    expect(change.getAttribute('aria-disabled'), 'a normal button, not a greyed one').to.equal(null);
    expect(focused()).to.equal(change);
  });

  // Session 22's screenshots: "Change status" was greyed (aria-disabled) until another status was chosen (GOV.UK advises
  // against buttons that look disabled), and an empty status line made a blank band under the rule before "Status".
  it('"Change status" with the status the item has says so at the select and sends nothing; no blank line before "Status"', async () => {
    const api = recordingApi();
    const element = await render(api);
    const item = await openItem(element, 'FB-6YH2');
    const result = item.querySelector<HTMLElement>('.action-result')!;
    const room = (style = getComputedStyle(result)) => result.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
    expect(room(), 'nothing said, no room taken').to.equal(0);
    const change = button(item, 'Change status');
    expect(change.getAttribute('aria-disabled')).to.equal(null);
    change.click();
    await until(() => item.querySelector('.has-error .error-message'), 'the error at the select');
    expect(text(item.querySelector('.has-error .error-message')!).trim()).to.match(/^Error: The status is already: .+\. Choose a different status\.$/);
    expect(shadow(element).activeElement, 'focus on the select').to.equal(item.querySelector('#item-status'));
    expect(item.querySelector('#item-status')!.getAttribute('aria-describedby')).to.contain('item-status-error');
    expect(api.calls.some((c) => c.method === 'updateFeedback'), 'nothing sent').to.equal(false);
    const select = item.querySelector<HTMLSelectElement>('#item-status')!;
    select.value = 'considering';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(item.querySelector('.has-error'), 'the error goes with another choice').to.equal(null);
    change.click();
    await until(() => text(result).includes('is now: Being considered'), 'the change said');
    expect(room(), 'the line once it says something').to.be.above(10);
  });

  // Session 26's screenshots: the select and its button were both "Change status", one name for two controls.
  for (const [reading, attributes, choose, press] of [
    ['English', {}, 'New status', 'Change status'],
    ['Welsh', { locale: 'cy' }, 'Statws newydd', 'Newid y statws'],
    ['easy read', { readingLevel: 'easy-read' }, 'Choose the new status', 'Change status'],
  ] as const) {
    it(`names the status choice by what is chosen, apart from its button, in ${reading}`, async () => {
      const { locale = 'en-GB', readingLevel = 'standard' } = attributes as { locale?: string; readingLevel?: string };
      const root = await fixture(html`<coprod-provider .adapter=${staffApi()} token=${STAFF_TOKEN} locale=${locale} reading-level=${readingLevel}>
        <coprod-staff-feedback .now=${STAFF_NOW}></coprod-staff-feedback>
      </coprod-provider>`);
      const element = root.querySelector<CoprodStaffFeedback>('coprod-staff-feedback')!;
      const item = await openItem(element, 'FB-6YH2');
      const select = item.querySelector<HTMLSelectElement>('#item-status')!;
      const labelWords = text(item.querySelector('label[for="item-status"]')!).trim();
      expect(labelWords, 'the label of the status choice').to.equal(choose);
      expect(select.labels![0]).to.equal(item.querySelector('label[for="item-status"]'));
      const statusButton = item.querySelector<HTMLButtonElement>('[data-status-action]')!;
      expect(text(statusButton).trim(), 'the button').to.equal(press);
      expect(labelWords, 'the choice and the button are told apart').not.to.equal(text(statusButton).trim());
    });
  }

  it('publishes, keeps private and changes status, announced and fired as events', async () => {
    const element = await render();
    const item = await openItem(element, 'FB-6YH2');
    let event = oneEvent(element, 'coprod-feedback-updated');
    button(item, 'Publish on the public board').click();
    const published = (await event).detail;
    expect(published).to.deep.equal({ id: 'fb-6yh2', status: published.status, published: true, change: 'published' });
    expectNoPersonalData(published);
    await until(() => currentAnnouncement().includes('FB-6YH2 is now on the public board'), 'the publish announcement');
    await until(() => button(item, 'Keep private'), 'the keep private button');
    const select = item.querySelector<HTMLSelectElement>('#item-status')!;
    select.value = 'considering';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    event = oneEvent(element, 'coprod-feedback-updated');
    button(item, 'Change status').click();
    const changed = (await event).detail;
    expect(changed).to.deep.equal({ id: 'fb-6yh2', status: 'considering', published: true, change: 'status' });
    expectNoPersonalData(changed);
    await until(() => text(item).includes('Being considered'), 'the new status');
  });

  it('writes a "we did" update with the keyboard only', async function () {
    this.timeout(30000);
    const api = recordingApi();
    const element = await render(api);
    const item = await openItem(element, 'FB-4KD6');
    item.querySelector<HTMLInputElement>('input[value="heard"]')!.focus();
    // Heard -> doing -> changed ("we did").
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(item.querySelector<HTMLInputElement>('input[value="changed"]')!.checked).to.equal(true);
    await element.updateComplete;
    expect(text(item.querySelector('label[for="field-text"]')!)).to.contain('What we did');
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.id).to.equal('field-text');
    await sendKeys({ type: 'We moved the drop-in to the ground floor.' });
    // Its language (English, chosen already), then its Welsh version (optional, left empty), then the links.
    await sendKeys({ press: 'Tab' });
    expect((shadow(element).activeElement as HTMLInputElement).value, 'the language it is written in').to.equal('en-GB');
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.id, 'the Welsh version').to.equal('field-translations-cy-text');
    await sendKeys({ press: 'Tab' });
    expect(text(shadow(element).activeElement!)).to.contain('Add a link');
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(element).activeElement?.id === 'field-links-0-title', 'focus on the new link', 10000);
    await sendKeys({ type: 'New drop-in times' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'https://anytown.example/drop-in' });
    const event = oneEvent(element, 'coprod-feedback-updated');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ id: 'fb-4kd6', status: 'changed', published: detail.published, change: 'update', updateKind: 'changed' });
    expectNoPersonalData(detail);
    const sent = api.calls.find((c) => c.method === 'addFeedbackUpdate')!.args[1] as { kind: string; links: unknown };
    expect(sent.kind).to.equal('changed');
    expect(sent.links).to.deep.equal([{ title: 'New drop-in times', url: 'https://anytown.example/drop-in' }]);
    expect(sent, 'written in English, with no Welsh version').to.deep.include({ language: 'en-GB' }).and.not.have.property('translations');
    await until(() => currentAnnouncement().includes('Update posted on FB-4KD6'), 'the announcement');
    expect(text(item)).to.contain('We did: changed');
  });

  it('keeps an update being written when its panel is closed and reopened, and clears it once posted', async () => {
    const element = await render();
    const item = await openItem(element, 'FB-4KD6');
    item.querySelector<HTMLInputElement>('input[value="doing"]')!.click();
    typeInto(element, '#field-text', 'Half-written update');
    await element.updateComplete;
    const manage = item.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    manage.click();
    await until(() => !item.querySelector('.manage form'), 'the panel to close');
    // Another item's panel starts empty.
    const other = await openItem(element, 'FB-6YH2');
    expect(other.querySelector<HTMLTextAreaElement>('#field-text')!.value).to.equal('');
    manage.click();
    await until(() => item.querySelector('.manage form'), 'the panel to reopen');
    expect(item.querySelector<HTMLTextAreaElement>('#field-text')!.value).to.equal('Half-written update');
    expect(item.querySelector<HTMLInputElement>('input[value="doing"]')!.checked).to.equal(true);
    item.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => item.querySelector('.manage .saved'), 'the posted message');
    manage.click();
    await until(() => !item.querySelector('.manage form'), 'the panel to close');
    manage.click();
    await until(() => item.querySelector('.manage form'), 'the panel to reopen');
    expect(item.querySelector<HTMLTextAreaElement>('#field-text')!.value).to.equal('');
  });

  it('keeps an update being written through a reload, brings it back with a notice, and forgets it once posted', async () => {
    const api = staffApi();
    const first = await render(api);
    const item = await openItem(first, 'FB-4KD6');
    item.querySelector<HTMLInputElement>('input[value="doing"]')!.click();
    typeInto(first, '#field-text', 'We are asking the parks team why.');
    // A reload: the page is hidden (no time for the typing pause), then everything is made again.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const kept = () => Object.keys(sessionStorage).filter((key) => key.startsWith('coprod-staff-feedback-update-draft:'));
    expect(kept()).to.have.length(1);
    first.closest('coprod-provider')!.remove();

    const again = await render(api);
    // Another item's panel starts empty, without a notice.
    const other = await openItem(again, 'FB-6YH2');
    expect(other.querySelector('[part="draft-notice"]')).to.equal(null);
    expect(other.querySelector<HTMLTextAreaElement>('#field-text')!.value).to.equal('');
    const reopened = await openItem(again, 'FB-4KD6');
    const notice = await until(() => reopened.querySelector('[part="draft-notice"]'), 'the draft notice');
    expect(text(notice)).to.contain('We have kept what you typed');
    expect(reopened.querySelector<HTMLTextAreaElement>('#field-text')!.value).to.equal('We are asking the parks team why.');
    expect(reopened.querySelector<HTMLInputElement>('input[value="doing"]')!.checked).to.equal(true);
    await until(() => currentAnnouncement() === 'We have kept what you typed', 'the announcement');

    reopened.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => reopened.querySelector('.manage .saved'), 'the posted message');
    expect(kept()).to.deep.equal([]);
    expect(reopened.querySelector('[part="draft-notice"]')).to.equal(null);
  });

  it('shows errors in a summary that takes focus, for a missing kind, short text and a link without https', async () => {
    const element = await render();
    const item = await openItem(element);
    typeInto(element, '#field-text', 'ok');
    button(item, 'Add a link').click();
    await element.updateComplete;
    typeInto(element, '#field-links-0-title', 'Minutes');
    typeInto(element, '#field-links-0-url', 'javascript:alert(1)');
    item.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => shadow(element).activeElement?.classList.contains('error-summary'), 'focus on the summary');
    const summary = text(shadow(element).querySelector('.error-summary')!);
    expect(summary).to.contain('Select what kind of update this is');
    expect(summary).to.contain('The update must be 3 characters or more');
    expect(summary).to.contain('Enter a web address starting with https:// for link 1');
  });

  it('sends an update once: a retry after a network failure reuses the idempotency key', async () => {
    const api = flakyApi(staffApi(), { failures: 1, methods: ['addFeedbackUpdate'] });
    const element = await render(api);
    const item = await openItem(element, 'FB-4KD6');
    item.querySelector<HTMLInputElement>('input[value="doing"]')!.click();
    typeInto(element, '#field-text', 'We are talking to the building manager this week.');
    item.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => shadow(element).querySelector('[data-form-failure]'), 'the failure');
    const failure = text(shadow(element).querySelector('[data-form-failure]')!).trim();
    expect(failure).to.contain('We have kept what you typed');
    await until(() => currentAnnouncement().length > 10 && failure.startsWith(currentAnnouncement()), `the failure said aloud (panel: "${failure}")`);
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-text')!.value).to.contain('building manager');
    item.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => item.querySelector('.manage .saved'), 'the posted message');
    const keys = api.calls.filter((c) => c.method === 'addFeedbackUpdate').map((c) => c.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
  });

  it('merges an item into one that says the same, after a confirm step', async () => {
    const element = await render();
    const item = await openItem(element, 'FB-8TF5');
    button(item, 'Merge').click();
    await element.updateComplete;
    expect(text(item.querySelector('[role="status"], [role="alert"]')!)).to.contain('Select the item to merge into');
    const select = item.querySelector<HTMLSelectElement>('#merge-into')!;
    const target = [...select.options].find((o) => o.textContent!.startsWith('FB-4KD6'))!;
    select.value = target.value;
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    button(item, 'Merge').click();
    await until(() => shadow(element).activeElement?.classList.contains('confirm'), 'focus on the confirm step');
    expect(text(shadow(element).querySelector('.confirm')!)).to.contain('Merge FB-8TF5 into FB-4KD6?');
    button(item, 'Cancel').click();
    await element.updateComplete;
    expect(shadow(element).querySelector('.confirm')).to.equal(null);
    button(item, 'Merge').click();
    await element.updateComplete;
    const event = oneEvent(element, 'coprod-feedback-merged');
    button(item, 'Yes, merge').click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ id: 'fb-8tf5', intoId: 'fb-4kd6' });
    expectNoPersonalData(detail);
    await until(() => text(item).includes('Said the same as FB-4KD6'), 'the merged note');
    expect(shadow(element).activeElement?.id).to.equal('title-fb-8tf5');
    await until(() => currentAnnouncement().includes('FB-8TF5 merged into FB-4KD6'), 'the announcement');
  });

  it('says which language an update is written in: English with its Welsh version, or Welsh alone', async function () {
    this.timeout(30000);
    const api = recordingApi();
    const element = await render(api);
    const item = await openItem(element, 'FB-4KD6');
    const sentLast = () => api.calls.filter((c) => c.method === 'addFeedbackUpdate').at(-1)!.args[1] as Record<string, unknown>;
    item.querySelector<HTMLInputElement>('input[value="heard"]')!.click();
    typeInto(element, '#field-text', 'We have asked for a ramp.');
    expect(item.querySelector<HTMLInputElement>('input[name="field-language"][value="en-GB"]')!.checked, 'English unless said').to.equal(true);
    // What staff type is in the language they say (spellcheck and a screen reader follow lang; review S2).
    expect(item.querySelector('#field-text')!.getAttribute('lang'), 'the update, in English').to.equal('en-GB');
    expect(item.querySelector('#field-translations-cy-text')!.getAttribute('lang'), 'its Welsh version').to.equal('cy');
    typeInto(element, '#field-translations-cy-text', 'Rydym wedi gofyn am ramp.');
    item.querySelector<HTMLButtonElement>('.manage form button[type="submit"]')!.click();
    await until(() => item.querySelector('.manage .saved'), 'posted');
    expect(sentLast()).to.deep.include({ text: 'We have asked for a ramp.', language: 'en-GB', translations: { cy: { text: 'Rydym wedi gofyn am ramp.' } } });

    item.querySelector<HTMLInputElement>('input[value="doing"]')!.click();
    typeInto(element, '#field-text', 'Rydym yn siarad â’r cwmni bysiau.');
    typeInto(element, '#field-translations-cy-text', 'Typed before Welsh was chosen.');
    item.querySelector<HTMLInputElement>('input[name="field-language"][value="cy"]')!.click();
    await element.updateComplete;
    expect(item.querySelector('#field-translations-cy-text'), 'no Welsh version beside Welsh').to.equal(null);
    expect(item.querySelector('#field-text')!.getAttribute('lang'), 'the update, now in Welsh').to.equal('cy');
    item.querySelector<HTMLButtonElement>('.manage form button[type="submit"]')!.click();
    await until(() => api.calls.filter((c) => c.method === 'addFeedbackUpdate').length === 2, 'the second post');
    expect(sentLast()).to.deep.include({ text: 'Rydym yn siarad â’r cwmni bysiau.', language: 'cy' });
    expect(sentLast(), 'what was typed in the Welsh version is not sent beside Welsh').to.not.have.property('translations');
  });

  it('words the server’s refusal of a Welsh version beside Welsh, and keeps what was typed', async () => {
    const api = answeringWith(staffApi(), 'addFeedbackUpdate', serverProblems.feedbackUpdateWelshTwice);
    const element = await render(api);
    const item = await openItem(element, 'FB-4KD6');
    item.querySelector<HTMLInputElement>('input[value="heard"]')!.click();
    typeInto(element, '#field-text', 'We have asked for a ramp.');
    typeInto(element, '#field-translations-cy-text', 'Rydym wedi gofyn am ramp.');
    item.querySelector<HTMLButtonElement>('.manage form button[type="submit"]')!.click();
    await until(() => item.querySelector('.error-summary'), 'the summary');
    expect(text(item.querySelector('#field-translations-cy-text-error')!).trim()).to.equal('Error: The update is already in Welsh. Remove the Welsh version, or write the update in English.');
    expect(item.querySelector<HTMLTextAreaElement>('#field-text')!.value, 'the update kept').to.equal('We have asked for a ramp.');
    expect(item.querySelector<HTMLTextAreaElement>('#field-translations-cy-text')!.value, 'the Welsh kept').to.equal('Rydym wedi gofyn am ramp.');
  });

  it('on a Welsh page, takes an update as written in Welsh unless staff say English', async function () {
    this.timeout(30000);
    const api = recordingApi();
    const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN} locale="cy"><coprod-staff-feedback .now=${STAFF_NOW}></coprod-staff-feedback></coprod-provider>`);
    const element = root.querySelector<CoprodStaffFeedback>('coprod-staff-feedback')!;
    const item = await openItem(element, 'FB-4KD6');
    const welshChosen = () => item.querySelector<HTMLInputElement>('input[name="field-language"][value="cy"]')!.checked;
    expect(welshChosen(), 'Welsh, the page’s language').to.equal(true);
    expect(item.querySelector('#field-text')!.getAttribute('lang'), 'the box reads as Welsh').to.equal('cy');
    expect(item.querySelector('#field-translations-cy-text'), 'no Welsh version beside Welsh').to.equal(null);
    item.querySelector<HTMLInputElement>('input[value="heard"]')!.click();
    typeInto(element, '#field-text', 'Rydym wedi gofyn am ramp.');
    item.querySelector<HTMLButtonElement>('.manage form button[type="submit"]')!.click();
    await until(() => item.querySelector('.manage .saved'), 'posted');
    const sent = api.calls.filter((c) => c.method === 'addFeedbackUpdate').at(-1)!.args[1] as Record<string, unknown>;
    expect(sent).to.deep.include({ text: 'Rydym wedi gofyn am ramp.', language: 'cy' });
    await element.updateComplete;
    expect(welshChosen(), 'the next update, Welsh again').to.equal(true);
  });

  it('shows a Welsh reader the real server’s 422 in Welsh, worded from its code', async () => {
    const api = answeringWith(staffApi(), 'addFeedbackUpdate', serverProblems.feedbackUpdate);
    const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN} locale="cy"><coprod-staff-feedback .now=${STAFF_NOW}></coprod-staff-feedback></coprod-provider>`);
    const element = root.querySelector<CoprodStaffFeedback>('coprod-staff-feedback')!;
    const item = await openItem(element, 'FB-4KD6');
    item.querySelector<HTMLInputElement>('input[value="doing"]')!.click();
    typeInto(element, '#field-text', 'Rydym wedi gofyn am gau yn hwyrach.');
    item.querySelector<HTMLButtonElement>('fieldset .button.secondary')!.click();
    await until(() => item.querySelector('#field-links-0-title'), 'the new link');
    typeInto(element, '#field-links-0-title', 'Cynllun y parciau');
    await element.updateComplete;
    typeInto(element, '#field-links-0-url', 'https://anytown.example/parciau');
    await element.updateComplete;
    item.querySelector<HTMLButtonElement>('.manage form button[type="submit"]')!.click();
    await until(() => item.querySelector('.error-summary'), 'the summary');
    expect(text(item.querySelector('#field-links-0-url-error')!).trim()).to.equal('Gwall: Rhowch gyfeiriad gwe sy’n dechrau gyda https:// ar gyfer dolen 1');
    expect(text(item)).not.to.contain(serverProblems.feedbackUpdate.problem.errors[0]!.message);
  });

  it('speaks Welsh', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${staffApi()} token=${STAFF_TOKEN} locale="cy"><coprod-staff-feedback .now=${STAFF_NOW}></coprod-staff-feedback></coprod-provider>`);
    const element = root.querySelector('coprod-staff-feedback')!;
    await until(() => shadow(element).querySelector('.items'), 'the inbox');
    expect(text(shadow(element) as unknown as Element)).to.contain('Mewnflwch adborth');
    expect(text(shadow(element) as unknown as Element)).to.contain('Ateb neu newid');
  });
});
