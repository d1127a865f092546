import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { field, invalid } from '../../api/in-memory-pay-support.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { choose, chooseReason, startChange, suggestionsShown } from './coprod-staff-people.states.js';
import type { CoprodStaffPeople } from './coprod-staff-people.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-people.js';

/**
 * Issue 11: a Welsh reader whose correction of a person's profile the server refuses (a 422
 * naming a field with a code, with the server's English words) reads the refusal in Welsh,
 * worded from its code, in the error summary and at that field; so does one whose invitation the
 * server refuses (a 422 naming the chosen people, `profileIds`), at the Invite button.
 */
const ENGLISH = 'The name must be 200 characters or fewer.';

function refusingApi(call: 'updateProfile' | 'invitePeople' = 'updateProfile', problems = [field('name', 'too-long', ENGLISH)]): CoprodApi {
  const api = staffApi();
  const refuse = async () => Promise.reject(invalid(problems));
  return new Proxy(api, {
    get(target, key, receiver) {
      if (key === call) return refuse;
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A Welsh staff page for the carers strategy: Bernie chosen, Invite pressed. */
async function inviteBernie(adapter: CoprodApi): Promise<CoprodStaffPeople> {
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN} locale="cy"><coprod-staff-people opportunity-id="opp-carers-strategy"></coprod-staff-people></coprod-provider>`);
  const element = root.querySelector<CoprodStaffPeople>('coprod-staff-people')!;
  await suggestionsShown(element);
  choose(element, 'Bernie');
  await element.updateComplete;
  clickOn(element, '[part="invite"]');
  return element;
}

describe('<coprod-staff-people>: the server’s refusals, in Welsh (issue 11)', () => {
  it('correcting a profile: a field the server refuses is worded in Welsh', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${refusingApi()} token=${STAFF_TOKEN} locale="cy"><coprod-staff-people></coprod-staff-people></coprod-provider>`);
    const element = root.querySelector<CoprodStaffPeople>('coprod-staff-people')!;
    await startChange(element, 'correct');
    typeInto(element, '#field-name', 'Bernadette');
    chooseReason(element, 'person-asked');
    clickOn(element, '[part="change-yes"]');
    const welsh = 'Defnyddiwch 200 nod neu lai';
    await until(() => text(element, '[part="change-correct"] [part="error-summary"]').includes(welsh), `"${welsh}" in the summary`);
    expect(text(element, '#field-name-error'), 'at the name').to.contain(welsh);
    expect(shadow(element).querySelector('#field-name')!.getAttribute('aria-invalid'), 'marked invalid').to.equal('true');
    expect(shadow(element).textContent, 'the server’s English').to.not.contain(ENGLISH);
    expect(shadow(element).querySelector('#change-problem'), 'a field problem, not a general failure').to.equal(null);
    expect(shadow(element).querySelector('[part="change-done"]'), 'not saved').to.equal(null);
  });

  it('inviting people: a choice the server refuses is worded in Welsh at the Invite button, what was chosen kept', async () => {
    const english = 'Invite 50 people or fewer at a time.';
    const adapter = refusingApi('invitePeople', [field('profileIds', 'too-many', english)]);
    const element = await inviteBernie(adapter);
    const welsh = 'Dewiswch hyd at 50';
    await until(() => text(element, '.error-summary').includes(welsh), `"${welsh}" in the summary`);
    expect(text(element, '#field-profileIds-error'), 'at the Invite button').to.contain(welsh);
    expect(shadow(element).activeElement?.classList.contains('error-summary'), 'the summary has focus').to.equal(true);
    expect(shadow(element).textContent, 'the server’s English').to.not.contain(english);
    expect(shadow(element).textContent, 'no list that is not there').to.not.contain('Gwiriwch y rhestr ar y brig');
    expect(shadow(element).querySelector('[data-form-failure]'), 'a field problem, not a general failure').to.equal(null);
    expect(shadow(element).querySelector<HTMLInputElement>('[part="suggestion"] input[type="checkbox"]:checked'), 'Bernie still chosen').to.not.equal(null);
  });

  it('inviting people: a refusal that names no field says what to do, not "check the list at the top"', async () => {
    const adapter = refusingApi('invitePeople', []);
    const element = await inviteBernie(adapter);
    const failure = await until(() => shadow(element).querySelector<HTMLElement>('[data-form-failure]'), 'the failure');
    expect(failure.textContent, 'the invitation’s own words').to.contain('Ni anfonwyd y gwahoddiadau hyn');
    expect(shadow(element).textContent, 'no list that is not there').to.not.contain('Gwiriwch y rhestr ar y brig');
    expect(shadow(element).activeElement === failure, 'the failure has focus').to.equal(true);
  });
});
