import { expect, fixture, html } from '@open-wc/testing';
import type { InMemoryApi } from '../../api/in-memory.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { firstWaitingRow, fullApi, setFirstWaiting } from './coprod-staff-interest.states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-interest.js';

const OPPORTUNITY = 'opp-carers-strategy';
const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(adapter: InMemoryApi, locale = 'en-GB') {
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN} locale=${locale}>
    <coprod-staff-interest opportunity-id=${OPPORTUNITY} sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-interest>
  </coprod-provider>`);
  const element = root.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('coprod-staff-interest')!;
  await until(() => shadow(element).querySelector('.items'), 'the list');
  return element;
}

/** A colleague answers the first person waiting while this list is open; then this person answers them too. */
async function answerAfterColleague(api: InMemoryApi, element: HTMLElement & { updateComplete: Promise<unknown> }) {
  const { row, interestId } = firstWaitingRow(element);
  await api.updateInterest(OPPORTUNITY, interestId, { status: 'not_this_time', note: 'Phoned: not this time.' });
  row.querySelector<HTMLInputElement>('input[value="contacted"]')!.click();
  await element.updateComplete;
  typeInto(element, `#field-note-${interestId}`, 'Texted on Monday.');
  await element.updateComplete;
  row.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  const panel = await until(() => row.querySelector('.conflict'), 'the conflict panel');
  return { row, interestId, panel };
}

describe('<coprod-staff-interest> safe answers', () => {
  it('sends If-Match: a colleague’s answer in between shows both answers side by side, and keep mine saves mine', async () => {
    const api = staffApi();
    const element = await render(api);
    const { row, interestId, panel } = await answerAfterColleague(api, element);
    expect(words(panel.querySelector('h4, [role=heading], h3, h5'))).to.contain('Someone else changed this since you opened it');
    const cells = [...panel.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(words));
    expect(cells).to.deep.equal([
      ['Status', 'Not this time', 'Contacted'],
      ['Note', 'Phoned: not this time.', 'Texted on Monday.'],
    ]);
    expect(words(row.querySelector('[role=alert]'))).to.contain('Someone else changed this');
    // Nothing was saved over theirs yet.
    expect((await api.listInterests(OPPORTUNITY)).find((i) => i.id === interestId)!.status).to.equal('not_this_time');
    [...panel.querySelectorAll('button')].find((b) => words(b) === 'Keep mine')!.click();
    await until(() => row.querySelector('.saved'), 'the saved message');
    const saved = (await api.listInterests(OPPORTUNITY)).find((i) => i.id === interestId)!;
    expect([saved.status, saved.note]).to.deep.equal(['contacted', 'Texted on Monday.']);
  });

  it('take theirs shows their answer; merge by field keeps the choice per question', async () => {
    const api = staffApi();
    const element = await render(api);
    const first = await answerAfterColleague(api, element);
    [...first.panel.querySelectorAll('button')].find((b) => words(b) === 'Take theirs')!.click();
    await until(() => !first.row.querySelector('.conflict'), 'the panel to close');
    expect(first.row.querySelector<HTMLInputElement>('input[value="not_this_time"]')!.checked).to.equal(true);
    expect(first.row.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Phoned: not this time.');

    const api2 = staffApi();
    const element2 = await render(api2);
    const second = await answerAfterColleague(api2, element2);
    // Status: theirs; note: mine.
    const theirsRadio = [...second.panel.querySelectorAll<HTMLInputElement>('input[type=radio][value="theirs"]')][0]!;
    theirsRadio.click();
    await element2.updateComplete;
    [...second.panel.querySelectorAll('button')].find((b) => words(b) === 'Merge by field')!.click();
    await until(() => !second.row.querySelector('.conflict'), 'the panel to close');
    expect(second.row.querySelector<HTMLInputElement>('input[value="not_this_time"]')!.checked).to.equal(true);
    expect(second.row.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Texted on Monday.');
    second.row.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => second.row.querySelector('.saved'), 'the saved message');
    const saved = (await api2.listInterests(OPPORTUNITY)).find((i) => i.id === second.interestId)!;
    expect([saved.status, saved.note]).to.deep.equal(['not_this_time', 'Texted on Monday.']);
  });

  it('refuses one more person past the limit with what to do, in English and Welsh', async () => {
    const element = await render(fullApi());
    await setFirstWaiting(element, 'joined');
    const error = await until(() => shadow(element).querySelector('.inline-error'), 'the failure message');
    expect(words(error)).to.contain('The only place is taken. Give a place back first');
    const welsh = await render(fullApi(), 'cy');
    await setFirstWaiting(welsh, 'joined');
    const gwall = await until(() => shadow(welsh).querySelector('.inline-error'), 'the Welsh failure message');
    expect(words(gwall)).to.contain('Mae’r unig le wedi’i gymryd');
  });

  it('marks a person on the waiting list', async () => {
    const api = fullApi();
    await api.createInterest(OPPORTUNITY, { name: 'Late Comer', contact: { method: 'email', detail: 'late@example.com' }, consent: true });
    const element = await render(api);
    const row = [...shadow(element).querySelectorAll('.item')].find((li) => words(li).includes('Late Comer'))!;
    expect(words(row)).to.contain('On the waiting list');
  });
});
