import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import type { Opportunity } from '../../api/types.js';
import { forgetDrafts } from '../../core/controllers/draft-controller.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { dateErrors, openCarersEdit } from './coprod-staff-opportunities.states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-opportunities.js';

/** Day, month and year fields in the brief form: typing, the errors that name the wrong part, and putting it right. */

const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(api: CoprodApi = staffApi(), attrs: { locale?: string; readingLevel?: string } = {}) {
  const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN} locale=${attrs.locale ?? 'en-GB'} reading-level=${attrs.readingLevel ?? 'standard'}>
    <coprod-staff-opportunities organisation="anytown-council" sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-opportunities>
  </coprod-provider>`);
  const element = root.querySelector<HTMLElement>('coprod-staff-opportunities')!;
  await until(() => shadow(element).querySelector('.tabs, [part="error"]'), 'the list to load');
  return element;
}

const input = (element: HTMLElement, id: string) => shadow(element).querySelector<HTMLInputElement>(`#${id}`)!;
const invalid = (element: HTMLElement, ids: string[]) => ids.map((id) => input(element, id).getAttribute('aria-invalid'));
const save = async (element: HTMLElement): Promise<Opportunity> => {
  const saved = oneEvent(element, 'coprod-opportunity-saved');
  shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  return (await saved).detail.opportunity as Opportunity;
};

describe('<coprod-staff-opportunities> dates as day, month and year', () => {
  beforeEach(() => forgetDrafts('staff-brief'));

  it('shows a saved date as three labelled parts in a group, and saves what is typed as the contract date', async () => {
    const element = await render();
    await openCarersEdit(element);
    const group = input(element, 'field-closingDate').closest('fieldset')!;
    expect(words(group.querySelector('legend'))).to.contain('Closing date');
    expect(words(group.querySelector('.hint'))).to.contain('For example, 27 3 2027');
    expect([...group.querySelectorAll('label')].map(words)).to.deep.equal(['Day', 'Month', 'Year']);
    expect(input(element, 'field-closingDate').getAttribute('inputmode')).to.equal('numeric');
    const parts = () => ['field-closingDate', 'field-closingDate-month', 'field-closingDate-year'].map((id) => input(element, id).value);
    // The seed's closing date, shown without leading zeros.
    expect(parts()[2]).to.match(/^\d{4}$/);
    expect(parts()[0]).to.match(/^[1-9]\d?$/);
    typeInto(element, '#field-closingDate', '5');
    typeInto(element, '#field-closingDate-month', '3');
    typeInto(element, '#field-closingDate-year', '2027');
    typeInto(element, '#field-when-sessions-1-date', '9');
    const saved = await save(element);
    expect(saved.closingDate).to.equal('2027-03-05');
    expect(saved.when.sessions![1]!.start.slice(8, 10)).to.equal('09');
  });

  it('says which part is wrong, marks only that part, links to it, and saves once put right', async () => {
    const element = await render();
    await dateErrors(element);
    const summary = words(shadow(element).querySelector('.error-summary'));
    expect(summary).to.contain('Closing date must include a month');
    expect(summary).to.contain('The date of session 2 must be a real date');
    // Only the missing month is marked, and it carries the id the summary links to.
    expect(invalid(element, ['field-closingDate-day', 'field-closingDate', 'field-closingDate-year'])).to.deep.equal(['false', 'true', 'false']);
    expect(shadow(element).querySelector('label[for="field-closingDate"]')!.textContent).to.contain('Month');
    const link = [...shadow(element).querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((a) => words(a).startsWith('Closing date'))!;
    link.click();
    expect(shadow(element).activeElement).to.equal(input(element, 'field-closingDate'));
    const message = shadow(element).querySelector('#field-closingDate-error')!;
    expect(words(message)).to.equal('Error: Closing date must include a month');
    expect(input(element, 'field-closingDate').closest('fieldset')!.getAttribute('aria-describedby')).to.contain('field-closingDate-error');
    // What was typed stays as typed while it is wrong.
    expect(input(element, 'field-closingDate-day').value).to.equal('31');

    typeInto(element, '#field-closingDate', '3');
    typeInto(element, '#field-when-sessions-1-date-month', '3');
    const saved = await save(element);
    expect(saved.closingDate).to.equal('2027-03-31');
    expect(shadow(element).querySelector('.error-summary')).to.equal(null);
  });

  it('words the errors in Welsh and in easy read', async () => {
    const welsh = await render(staffApi(), { locale: 'cy' });
    await dateErrors(welsh);
    const cy = words(shadow(welsh).querySelector('.error-summary'));
    expect(cy).to.contain('Dyddiad cau: rhowch y mis');
    expect(cy).to.contain('Dyddiad sesiwn 2: rhowch ddyddiad go iawn');
    expect([...input(welsh, 'field-closingDate').closest('fieldset')!.querySelectorAll('label')].map(words)).to.deep.equal(['Diwrnod', 'Mis', 'Blwyddyn']);

    const easy = await render(staffApi(), { readingLevel: 'easy-read' });
    await dateErrors(easy);
    expect(words(shadow(easy).querySelector('.error-summary'))).to.contain('Please put in the month.');
    expect(words(input(easy, 'field-closingDate').closest('fieldset')!.querySelector('.hint'))).to.contain('Like this: 27 3 2027');
  });
});
