import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { field, invalid } from '../../api/in-memory-pay-support.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { payApi, ROSA } from '../../../test/helpers/pay-fixtures.js';
import { fillAndSend } from './coprod-claim.states.js';
import type { CoprodClaim } from './coprod-claim.component.js';
import './coprod-claim.js';

/**
 * Issue 11: a Welsh reader whose claim the server refuses (a 422 naming the sessions chosen, with
 * the server's English words) reads the refusal in Welsh, worded from its code.
 */
const ENGLISH = 'These sessions are already in a claim.';

/** The adapter, except that the server refuses the claim's sessions (a 422 naming attendanceIds, with English words). */
const refusingClaim = (api: CoprodApi): CoprodApi =>
  new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key === 'createClaim') return async () => Promise.reject(invalid([field('attendanceIds', 'not-allowed', ENGLISH)]));
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });

const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<coprod-claim>: the server’s refusal of a claim, in Welsh (issue 11)', () => {
  it('the claim form: sessions the server refuses are worded in Welsh, not the server’s English', async () => {
    sessionStorage.clear();
    const element = await fixture<CoprodClaim>(html`<coprod-claim id="claim" locale="cy" .adapter=${refusingClaim(payApi('attended').api)} .meToken=${ROSA}></coprod-claim>`);
    await fillAndSend(element);
    const welsh = 'Does dim modd gwneud hyn ar hyn o bryd';
    await until(() => text(element, 'form[part="form"] .error-summary').includes(welsh), `"${welsh}" in the claim form's summary`);
    expect(shadow(element).querySelector('form[part="form"] .has-error #field-attendanceIds'), 'the error at the sessions').to.not.equal(null);
    expect(shadow(element).textContent, 'the server’s English').to.not.contain(ENGLISH);
    expect(shadow(element).querySelector('form[part="form"] [data-form-failure]'), 'a field problem, not a general failure').to.equal(null);
  });
});
