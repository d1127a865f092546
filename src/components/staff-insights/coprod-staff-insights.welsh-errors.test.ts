import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { field, invalid } from '../../api/in-memory-pay-support.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { councilReachApi, reachApi, reachFor } from '../../../test/helpers/reach-fixtures.js';
import { STAFF_TOKEN } from '../../../test/helpers/staff-states.js';
import { addCouncilQuestion, saveShare } from './coprod-staff-insights.states.js';
import type { CoprodStaffInsights } from './coprod-staff-insights.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-insights.js';

/**
 * Issue 11: a Welsh reader whose new council question the server refuses (a 422 naming an answer's
 * field by its place, with the server's English words) reads the refusal in Welsh, worded from its
 * code, in the error summary and at that reading's answers box.
 */
function refusingApi(): CoprodApi {
  const api = councilReachApi();
  const refuse = async () => Promise.reject(invalid([field('answers.1.text.cy', 'too-long', 'Each answer must be 200 characters or fewer.')]));
  return new Proxy(api, { get: (target, key, receiver) => (key === 'addEqualityQuestion' ? refuse : Reflect.get(target, key, receiver)) });
}

/** The area's figures: the server refuses the share of women as too big, in its English. */
function refusingFiguresApi(): CoprodApi {
  const api = reachApi(reachFor(120));
  const refuse = async () => Promise.reject(invalid([field('sex.female', 'too-big', 'Each share must be 100 or less.')]));
  return new Proxy(api, { get: (target, key, receiver) => (key === 'saveEqualityReference' ? refuse : Reflect.get(target, key, receiver)) });
}

const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<coprod-staff-insights>: the server’s refusals, in Welsh (issue 11)', () => {
  it('adding a council question: an answer the server refuses is worded in Welsh', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${refusingApi()} token=${STAFF_TOKEN} locale="cy"><coprod-staff-insights></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await until(() => shadow(element).querySelector('[data-council-questions]'), 'the council’s questions');
    await addCouncilQuestion(element);
    const welsh = 'Cadwch bob un i 200 nod neu lai';
    await until(() => text(element, '[data-council-form] .error-summary').includes(welsh), `"${welsh}" in the summary`);
    expect(text(element, '[data-council-form] #field-answers-cy-error'), 'the Welsh answers box').to.contain(welsh);
    expect(shadow(element).textContent, 'the server’s English').to.not.contain('Each answer must be 200 characters or fewer.');
    expect(shadow(element).querySelector('[data-council-form] [data-form-failure]'), 'a field problem, not a general failure').to.equal(null);
    expect(shadow(element).querySelector('[data-council-added]'), 'not added').to.equal(null);
  });

  it('changing the area’s figures: a share the server refuses is worded in Welsh', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${refusingFiguresApi()} token=${STAFF_TOKEN} locale="cy"><coprod-staff-insights></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await until(() => shadow(element).querySelector('[data-question="sex"] table'), 'the sex table');
    await saveShare(element, '52');
    const welsh = 'Rhowch gyfran o 100% neu lai';
    await until(() => text(element, '[data-reference-form] .error-summary').includes(welsh), `"${welsh}" in the summary`);
    expect(text(element, '[data-reference-form] #field-sex-female-error'), 'the share of women').to.contain(welsh);
    expect(shadow(element).querySelector('#field-sex-female')!.getAttribute('aria-invalid'), 'marked invalid').to.equal('true');
    expect(shadow(element).textContent, 'the server’s English').to.not.contain('Each share must be 100 or less.');
    expect(shadow(element).querySelector('[data-reference-form] [data-form-failure]'), 'a field problem, not a general failure').to.equal(null);
    expect(shadow(element).querySelector('[data-reference-saved]'), 'not saved').to.equal(null);
  });
});
