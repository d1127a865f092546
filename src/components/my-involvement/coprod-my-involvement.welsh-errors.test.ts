import { expect, fixture, html } from '@open-wc/testing';
import type { MeCallOptions, WriteOptions } from '../../api/api.js';
import { field, invalid } from '../../api/in-memory-pay-support.js';
import type { EqualityAnswers, Id, MessagePreferences, Profile, ProfileInput, SignInProof, SignInRequest } from '../../api/types.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { GOOD_LINK, MeFixtureApi } from '../../../test/helpers/me-fixtures.js';
import type { CoprodMyInvolvement } from './coprod-my-involvement.component.js';
import './coprod-my-involvement.js';

/**
 * Issue 11: a Welsh reader whose answer the server refuses (a 422 naming the field, with the
 * server's English words) reads the refusal in Welsh, worded from its code, on each of the page's
 * forms: asking for a link, the texted code, the profile number and private key, message
 * preferences, the invitations wish, and the questions about you.
 */
class RefusingApi extends MeFixtureApi {
  /** `refuse`: the one answer the server refuses; everything else goes through as in the fixture. */
  constructor(readonly refuse: 'address' | 'code' | 'key' | 'preferences' | 'wish' | 'equality') {
    super();
    // saveMyEquality is a property of the fixture, not a method: replaced on the instance.
    if (refuse === 'equality') Object.defineProperty(this, 'saveMyEquality', { value: async (_answers: EqualityAnswers, _options: MeCallOptions) => Promise.reject(invalid([field('sex', 'not-in-list', 'Choose one of the answers we list.')])) });
  }

  override async requestSignIn(request: SignInRequest, options?: WriteOptions) {
    if (this.refuse === 'address') throw invalid([field('address', 'invalid-email', 'Enter an email address in the right form.')]);
    return super.requestSignIn(request, options);
  }

  override async startMySession(proof: SignInProof, options?: WriteOptions) {
    if (this.refuse === 'code' && 'code' in proof) throw invalid([field('code', 'invalid-format', 'The code is not in the right form.')]);
    if (this.refuse === 'key' && 'key' in proof) throw invalid([field('key', 'invalid-format', 'The private key is not in the right form.')]);
    return super.startMySession(proof, options);
  }

  override async updateMessagePreferences(change: MessagePreferences, options: MeCallOptions) {
    if (this.refuse === 'preferences') throw invalid([field('frequency', 'not-in-list', 'Choose how often from the list.')]);
    return super.updateMessagePreferences(change, options);
  }

  override async updateMyProfile(id: Id, input: ProfileInput, options: MeCallOptions): Promise<Profile> {
    if (this.refuse === 'wish') throw invalid([field('invitations.topics', 'not-allowed', 'You cannot choose these topics now.')]);
    return super.updateMyProfile(id, input, options);
  }
}

const render = (refuse: RefusingApi['refuse'], link?: string) => fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${new RefusingApi(refuse)} locale="cy" .signInLink=${link}></coprod-my-involvement>`);
const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ') ?? '';

/** The refusal's Welsh words stand in the form (summary and field), and the server's English nowhere. */
async function refusedInWelsh(element: HTMLElement, form: string, welsh: string, english: string): Promise<void> {
  await until(() => text(element, `${form}`).includes(welsh), `"${welsh}" in ${form}`);
  expect(text(element, `${form} .error-summary`), 'the summary').to.contain(welsh);
  expect(shadow(element).textContent, 'the server’s English').to.not.contain(english);
  expect(shadow(element).querySelector(`${form} [data-form-failure]`), 'a field problem, not a general failure').to.equal(null);
}

describe('<coprod-my-involvement>: the server’s refusals, in Welsh (issue 11)', () => {
  it('asking for a link: an address the server refuses is worded in Welsh', async () => {
    const element = await render('address');
    typeInto(element, '#field-address', 'rhian@example.org');
    clickOn(element, 'form.sign-in button[type="submit"]');
    await refusedInWelsh(element, 'form.sign-in', 'Rhowch gyfeiriad e-bost fel enw@enghraifft.com', 'Enter an email address in the right form.');
  });

  it('the texted code: a code the server refuses is worded in Welsh', async () => {
    const element = await render('code');
    shadow(element).querySelector<HTMLInputElement>('input[value="text"]')!.click();
    await element.updateComplete;
    typeInto(element, '#field-address', '07700 900123');
    clickOn(element, 'form.sign-in button[type="submit"]');
    await until(() => shadow(element).querySelector('#field-code'), 'the code field');
    typeInto(element, '#field-code', '654321');
    clickOn(element, 'form.code button[type="submit"]');
    await refusedInWelsh(element, 'form.code', 'Mae’r cod yn 6 rhif, fel 123456', 'The code is not in the right form.');
  });

  it('the profile number and private key: a key the server refuses is worded in Welsh', async () => {
    const element = await render('key');
    clickOn(element, 'details.key-sign-in summary');
    await until(() => shadow(element).querySelector<HTMLDetailsElement>('details.key-sign-in')?.open, 'the key form open');
    typeInto(element, '#field-profileId', 'prof-rhian');
    typeInto(element, '#field-key', 'not-the-right-key');
    clickOn(element, 'details.key-sign-in form button[type="submit"]');
    await refusedInWelsh(element, 'details.key-sign-in form', 'Gwiriwch yr ateb hwn: nid yw mewn ffurf y gallwn ei defnyddio', 'The private key is not in the right form.');
    expect(text(element, 'details.key-sign-in form #field-key-error, details.key-sign-in form .error-message'), 'the key field').to.contain('Gwiriwch yr ateb hwn');
  });

  it('message preferences: a choice the server refuses is worded in Welsh', async () => {
    const element = await render('preferences', GOOD_LINK);
    // The whole form as a person sees it before pressing Save: the invitation choices come with the preferences.
    await until(() => shadow(element).querySelector('form.preferences input[name="field-invitations-wanted"][value="none"]'), 'the invitation choices');
    await element.updateComplete;
    const weekly = await until(() => shadow(element).querySelector<HTMLInputElement>('form.preferences input[value="weekly"]'), 'the preferences');
    weekly.click();
    await until(() => weekly.checked, 'weekly chosen');
    clickOn(element, 'form.preferences button[type="submit"]');
    await refusedInWelsh(element, 'form.preferences', 'Dewiswch ateb o’r rhestr', 'Choose how often from the list.');
  });

  it('invitations to take part: a wish the server refuses is worded in Welsh', async () => {
    const element = await render('wish', GOOD_LINK);
    const none = await until(() => shadow(element).querySelector<HTMLInputElement>('form.preferences input[name="field-invitations-wanted"][value="none"]'), 'the invitation choices');
    none.click();
    clickOn(element, 'form.preferences button[type="submit"]');
    await refusedInWelsh(element, 'form.preferences', 'Does dim modd gwneud hyn ar hyn o bryd', 'You cannot choose these topics now.');
  });

  it('the questions about you: an answer the server refuses is worded in Welsh at the question and in the summary, the answers kept', async () => {
    const element = await render('equality', GOOD_LINK);
    (await until(() => shadow(element).querySelector<HTMLElement>('[data-equality-open]'), 'the about-you summary')).click();
    const female = await until(() => shadow(element).querySelector<HTMLInputElement>('[data-equality-form] input[name="field-sex"][value="female"]'), 'the questions');
    female.click();
    clickOn(element, '[data-equality-save]');
    const welsh = 'Dewiswch ateb o’r rhestr';
    await refusedInWelsh(element, '[data-equality-form]', welsh, 'Choose one of the answers we list.');
    expect(text(element, '#field-sex-error'), 'at the question').to.contain(welsh);
    expect(shadow(element).activeElement?.classList.contains('error-summary'), 'the summary has focus').to.equal(true);
    expect(shadow(element).querySelector('[data-equality-failed]'), 'not the general failure').to.equal(null);
    expect(female.checked, 'the answer kept').to.equal(true);
  });
});
