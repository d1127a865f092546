import { expect, fixture, html } from '@open-wc/testing';
import { ApiError } from '../../api/errors.js';
import { field, invalid } from '../../api/in-memory-pay-support.js';
import type { CoprodApi } from '../../api/api.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import type { CoprodStaffInterest } from './coprod-staff-interest.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-interest.js';

/**
 * Issue 11: a Welsh reader whose answer to an expression of interest the server refuses (the
 * contract's refusal naming a field with a code: `status` as `no-places-left`, with the server's
 * English words) reads the refusal in Welsh, worded from its code, at that person's row.
 * A 422 naming `note` (the contract's 3000 characters) goes through the row's FormController: the
 * code's Welsh words at the note and in the row's error summary, which takes focus, nothing lost.
 */
const ENGLISH = 'All 4 places are taken. Give a place back first, or keep this person on the waiting list.';

function refusingApi(refusal?: ApiError): CoprodApi {
  const api = staffApi();
  const refuse = async () =>
    Promise.reject(
      refusal ??
      new ApiError('conflict', ENGLISH, {
        status: 409,
        problem: { type: 'about:blank', title: 'Conflict', status: 409, detail: ENGLISH, errors: [{ field: 'status', code: 'no-places-left', message: ENGLISH }] },
      }),
    );
  return new Proxy(api, {
    get(target, key, receiver) {
      if (key === 'updateInterest') return refuse;
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const clean = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<coprod-staff-interest>: the server’s refusals, in Welsh (issue 11)', () => {
  it('answering an expression of interest: a status the server refuses is worded in Welsh', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${refusingApi()} token=${STAFF_TOKEN} locale="cy">
      <coprod-staff-interest opportunity-id="opp-carers-strategy" sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-interest>
    </coprod-provider>`);
    const element = root.querySelector<CoprodStaffInterest>('coprod-staff-interest')!;
    await until(() => shadow(element).querySelector('.items'), 'the people who are interested');
    const row = shadow(element).querySelector<HTMLElement>('.item.attention')!;
    row.querySelector<HTMLInputElement>('input[value="joined"]')!.click();
    row.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const welsh = 'Rhowch le yn ôl yn gyntaf (newidiwch statws rhywun), neu cadwch y person hwn ar y rhestr aros.';
    await until(() => clean(row.querySelector('.inline-error')).includes(welsh), `"${welsh}" at the row`);
    expect(clean(row.querySelector('.inline-error')), 'says it was not saved, in Welsh').to.contain('Heb ei gadw ar gyfer');
    expect(shadow(element).textContent, 'the server’s English').to.not.contain('Give a place back first');
    expect(clean(row.querySelector('.inline-error')), 'the code’s words, not a general failure').to.not.contain('Cadwodd rhywun arall newid yn gyntaf');
    expect(row.querySelector<HTMLInputElement>('input[value="joined"]')!.checked, 'the choice kept').to.equal(true);
  });

  it('answering an expression of interest: a note the server refuses is worded in Welsh at the note and in the row’s summary', async () => {
    const english = 'The note must be 3000 characters or fewer.';
    const adapter = refusingApi(invalid([field('note', 'too-long', english)]));
    const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN} locale="cy">
      <coprod-staff-interest opportunity-id="opp-carers-strategy" sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-interest>
    </coprod-provider>`);
    const element = root.querySelector<CoprodStaffInterest>('coprod-staff-interest')!;
    await until(() => shadow(element).querySelector('.items'), 'the people who are interested');
    const row = shadow(element).querySelector<HTMLElement>('.item.attention')!;
    const note = row.querySelector<HTMLTextAreaElement>('textarea')!;
    note.value = 'Rang on Monday.';
    note.dispatchEvent(new InputEvent('input'));
    row.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const welsh = 'Defnyddiwch 3,000 nod neu lai';
    await until(() => clean(row.querySelector('.error-summary')).includes(welsh), `"${welsh}" in the row’s summary`);
    expect(clean(row.querySelector(`#${note.id}-error`)), 'at the note').to.contain(welsh);
    expect(note.getAttribute('aria-invalid'), 'marked invalid').to.equal('true');
    expect(shadow(element).activeElement === row.querySelector('.error-summary'), 'the summary has focus').to.equal(true);
    expect(shadow(element).textContent, 'the server’s English').to.not.contain(english);
    expect(clean(row.querySelector('.row-result')), 'a field problem, not a general failure').to.equal('');
    expect(note.value, 'what was typed kept').to.equal('Rang on Monday.');
    // A new status leaves the note as it was: its error stays (review S3).
    const status = row.querySelector<HTMLInputElement>('input[type="radio"]:not(:checked)')!;
    status.click();
    await element.updateComplete;
    expect(status.checked, 'the new status chosen').to.equal(true);
    expect(clean(row.querySelector(`#${note.id}-error`)), 'the note’s error kept after a new status').to.contain(welsh);
    note.value = 'Rang on Monday, left a message.';
    note.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
    expect(clean(row.querySelector(`#${note.id}-error`)), 'gone once the note is changed').to.equal('');
  });
});
