import { expect, fixture, html } from '@open-wc/testing';
import type { InMemoryApi } from '../../api/in-memory.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { openItem } from './coprod-staff-feedback.states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-feedback.js';

const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

// A list's search and page live in the address: each test starts without an earlier one's.
beforeEach(() => history.replaceState(null, '', location.pathname));

async function render(api: InMemoryApi) {
  const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN}>
    <coprod-staff-feedback sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-feedback>
  </coprod-provider>`);
  const element = root.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('coprod-staff-feedback')!;
  await until(() => shadow(element).querySelector('.items'), 'the inbox');
  return element;
}

async function changeStatusAfterColleague(api: InMemoryApi, element: HTMLElement & { updateComplete: Promise<unknown> }) {
  const item = await openItem(element, 'FB-6YH2');
  const id = (await api.listFeedback({ include: 'all', limit: 100 })).items.find((f) => f.reference === 'FB-6YH2')!.id;
  await api.updateFeedback(id, { status: 'not_changed' });
  const select = item.querySelector<HTMLSelectElement>('#item-status')!;
  select.value = 'considering';
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
  [...item.querySelectorAll('button')].find((b) => words(b) === 'Change status')!.click();
  const panel = await until(() => item.querySelector('.conflict'), 'the conflict panel');
  return { item, id, panel };
}

describe('<coprod-staff-feedback> safe status changes', () => {
  it('sends If-Match: a colleague’s change in between shows theirs beside mine; keep mine saves mine', async () => {
    const api = staffApi();
    const element = await render(api);
    const { item, id, panel } = await changeStatusAfterColleague(api, element);
    expect(words(panel)).to.contain('Someone else changed this since you opened it');
    expect([...panel.querySelectorAll('tbody td')].map(words)).to.deep.equal(['Not changed: why not', 'Being considered']);
    expect(words(item.querySelector('[role=alert]'))).to.contain('Someone else changed this');
    expect((await api.getFeedback(id)).status).to.equal('not_changed');
    [...panel.querySelectorAll('button')].find((b) => words(b) === 'Keep mine')!.click();
    await until(() => !item.querySelector('.conflict'), 'the panel to close');
    await until(() => words(item).includes('FB-6YH2 is now: Being considered'), 'the change saved');
    expect((await api.getFeedback(id)).status).to.equal('considering');
  });

  it('take theirs keeps their status and selects it', async () => {
    const api = staffApi();
    const element = await render(api);
    const { item, id, panel } = await changeStatusAfterColleague(api, element);
    [...panel.querySelectorAll('button')].find((b) => words(b) === 'Take theirs')!.click();
    await until(() => !item.querySelector('.conflict'), 'the panel to close');
    expect(item.querySelector<HTMLSelectElement>('#item-status')!.value).to.equal('not_changed');
    expect((await api.getFeedback(id)).status).to.equal('not_changed');
  });
});
