import { expect, fixture, html } from '@open-wc/testing';
import type { MeCallOptions } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import { noteVersion } from '../../api/versions.js';
import { checkBody } from '../../api/rules-check.js';
import { messagePreferenceRules, profileRules } from '../../api/rules-public.js';
import type { Id, MessagePreferences, MyInvolvement, Profile, ProfileInput } from '../../api/types.js';
import { clickOn, hearLiveRegion, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { GOOD_KEY, GOOD_LINK, MeFixtureApi } from '../../../test/helpers/me-fixtures.js';
import type { CoprodMyInvolvement } from './coprod-my-involvement.component.js';
import './coprod-my-involvement.js';

/** The fixture, refusing what the contract refuses, as the server does. */
class CheckedApi extends MeFixtureApi {
  readonly sent: ProfileInput[] = [];

  override async updateMyProfile(id: Id, input: ProfileInput, options: MeCallOptions): Promise<Profile> {
    expect(checkBody(profileRules, input), 'the profile put back is what the contract takes').to.deep.equal([]);
    this.sent.push(structuredClone(input));
    return super.updateMyProfile(id, input, options);
  }

  override async updateMessagePreferences(change: MessagePreferences, options: MeCallOptions) {
    expect(Object.keys(change).filter((k) => !['channel', 'frequency', 'language', 'readingLevel'].includes(k)), 'only message preferences go to /message-preferences').to.deep.equal([]);
    expect(checkBody(messagePreferenceRules, change)).to.deep.equal([]);
    return super.updateMessagePreferences(change, options);
  }
}

/** As the server: each profile save moves its version (If-Match checked), and the first preferences change fails (the network). */
class PreferencesDropApi extends CheckedApi {
  #version = 1;
  preferencesFailures = 1;

  override async updateMyProfile(id: Id, input: ProfileInput, options: MeCallOptions & { ifMatch?: string | undefined }): Promise<Profile> {
    if (options.ifMatch && options.ifMatch !== `"v${this.#version}"`) throw new ApiError('conflict', 'Changed somewhere else', { status: 412 });
    const saved = await super.updateMyProfile(id, input, options);
    this.#version++;
    return noteVersion(saved, `"v${this.#version}"`);
  }

  override async getMyInvolvement(options: MeCallOptions): Promise<MyInvolvement> {
    const page = await super.getMyInvolvement(options);
    for (const profile of page.profiles) noteVersion(profile, `"v${this.#version}"`);
    return page;
  }

  override async updateMessagePreferences(change: MessagePreferences, options: MeCallOptions) {
    if (this.preferencesFailures-- > 0) throw new ApiError('network', 'Offline');
    return super.updateMessagePreferences(change, options);
  }
}

/** GET /me answers the page's first read, then fails (the network) once `failReads` is set. */
class RereadFailsApi extends CheckedApi {
  failReads = false;

  override async getMyInvolvement(options: MeCallOptions): Promise<MyInvolvement> {
    if (this.failReads) throw new ApiError('network', 'Offline');
    return super.getMyInvolvement(options);
  }
}

const render = (api: MeFixtureApi, locale = 'en-GB') => fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${api} locale=${locale} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
const q = <T extends Element = HTMLInputElement>(element: HTMLElement, selector: string) => shadow(element).querySelector<T>(selector);
const wishRadios = (element: HTMLElement) => until(() => q<HTMLInputElement>(element, 'form.preferences input[name="field-invitations-wanted"][value="some"]'), 'the invitation choices');
const text = (element: HTMLElement) => shadow(element).textContent?.replace(/\s+/g, ' ') ?? '';

describe('<coprod-my-involvement> invitations to take part (issue 18)', () => {
  it('in Welsh, a topic with no Welsh name is ticked by its English name, marked lang="en-GB" (textIn’s rule); a Welsh one is not marked', async () => {
    class NoWelshTopicApi extends CheckedApi {
      override async getTaxonomy(...args: Parameters<CheckedApi['getTaxonomy']>) {
        const taxonomy = await super.getTaxonomy(...args);
        taxonomy.topics[0]!.name.cy = '';
        return taxonomy;
      }
    }
    const api = new NoWelshTopicApi();
    const element = await render(api, 'cy');
    (await wishRadios(element)).click();
    await until(() => q(element, '#field-invitations-topics'), 'the topics revealed');
    const taxonomy = await api.getTaxonomy();
    const labelOf = (id: string) => q<HTMLLabelElement>(element, `label[for="${q(element, `[name="field-invitations-topics"][value="${id}"]`)!.id}"]`)!;
    const english = labelOf(taxonomy.topics[0]!.id);
    const marked = english.querySelector('[lang]');
    expect([marked?.textContent?.trim(), marked?.getAttribute('lang')], 'the English name, marked').to.deep.equal([taxonomy.topics[0]!.name.en, 'en-GB']);
    const welsh = labelOf(taxonomy.topics[1]!.id);
    expect([welsh.textContent?.trim(), welsh.querySelector('[lang]')], 'a Welsh name, unmarked').to.deep.equal([taxonomy.topics[1]!.name.cy, null]);
  });

  it('only about two topics: refused with none ticked, saved on the profile with two, and still chosen when the page opens again', async () => {
    const api = new CheckedApi();
    const element = await render(api);
    const some = await wishRadios(element);
    expect(q(element, 'input[name="field-invitations-wanted"][value="all"]')!.checked, 'invitations are sent unless the person says otherwise').to.equal(true);
    expect(text(element)).to.contain('Invitations to take part');
    expect(q(element, '#field-invitations-topics'), 'the topics show only under "only about these topics"').to.equal(null);

    some.click();
    await until(() => q(element, '#field-invitations-topics'), 'the topics revealed');
    clickOn(element, 'form.preferences button[type="submit"]');
    await until(() => q(element, '.error-summary'), 'the error summary');
    expect(text(element)).to.contain('Choose at least one topic, or choose another answer');
    expect(q<HTMLAnchorElement>(element, '.error-summary a')!.getAttribute('href')).to.equal('#field-invitations-topics');
    expect(api.sent, 'nothing saved').to.deep.equal([]);

    const boxes = [...shadow(element).querySelectorAll<HTMLInputElement>('#field-invitations-topics, [name="field-invitations-topics"]')];
    const two = [...new Set(boxes)].slice(0, 2);
    expect(two.length).to.equal(2);
    for (const box of two) {
      box.click();
      await element.updateComplete;
    }
    clickOn(element, 'form.preferences button[type="submit"]');
    await until(() => q(element, '[data-preferences="saved"]'), 'saved');
    const chosen = two.map((b) => b.value);
    const page = await api.getMyInvolvement({ meToken: 'me_1' });
    expect(page.profiles[0]!.invitations).to.deep.equal({ wanted: 'some', topics: chosen });
    expect(page.profiles[0]!.name, 'the rest of the profile is as it was').to.equal('Rhian');

    const again = await render(api);
    await wishRadios(again);
    await until(() => q(again, 'input[name="field-invitations-wanted"][value="some"]')!.checked || undefined, 'the saved choice');
    const ticked = [...shadow(again).querySelectorAll<HTMLInputElement>('[name="field-invitations-topics"]')].filter((b) => b.checked).map((b) => b.value);
    expect(ticked).to.deep.equal(chosen);
  });

  it('"Do not send me invitations" is saved as the contract says, and a later change of the profile keeps it', async () => {
    const api = new CheckedApi();
    const element = await render(api);
    await wishRadios(element);
    q(element, 'input[name="field-invitations-wanted"][value="none"]')!.click();
    clickOn(element, 'form.preferences button[type="submit"]');
    await until(() => q(element, '[data-preferences="saved"]'), 'saved');
    expect((await api.getMyInvolvement({ meToken: 'me_1' })).profiles[0]!.invitations).to.deep.equal({ wanted: 'none' });

    const form = await until(() => q<HTMLElement>(element, 'coprod-profile-form'), 'the profile');
    await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the change button');
    form.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
    await until(() => form.shadowRoot?.querySelector('#save-button'), 'the form');
    form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
    await until(() => api.sent.length === 2 || undefined, 'the profile saved');
    expect(api.sent[1]!.invitations, 'the profile form keeps the wish').to.deep.equal({ wanted: 'none' });
  });

  it('a weekly summary chosen with "no invitations" in one Save is still weekly after a reload, and changing the profile next keeps it (review M1)', async () => {
    const api = new CheckedApi();
    const element = await render(api);
    await wishRadios(element);
    q(element, 'form.preferences input[value="weekly"]')!.click();
    q(element, 'input[name="field-invitations-wanted"][value="none"]')!.click();
    clickOn(element, 'form.preferences button[type="submit"]');
    await until(() => q(element, '[data-preferences="saved"]'), 'saved');
    expect(api.sent.map((input) => input.messages), 'the wish save sends no "how often"').to.deep.equal([undefined]);
    expect((await api.getMessagePreferences({ meToken: 'me_1' })).frequency, 'weekly, after the one Save').to.equal('weekly');

    const again = await render(api);
    await wishRadios(again);
    await until(() => q(again, 'form.preferences input[value="weekly"]')!.checked || undefined, 'weekly, after a reload');
    expect(q(again, 'input[name="field-invitations-wanted"][value="none"]')!.checked).to.equal(true);

    // On the same page, no reload: the profile form reads weekly, and a change of name leaves it.
    const form = await until(() => q<HTMLElement>(element, 'coprod-profile-form'), 'the profile');
    await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the change button');
    form.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
    await until(() => form.shadowRoot?.querySelector<HTMLInputElement>('#field-messages-frequency-1')?.checked || undefined, 'the form shows weekly');
    form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
    await until(() => api.sent.length === 2 || undefined, 'the profile saved');
    expect(api.sent[1]!.messages?.frequency, 'how often not changed on the form is not sent').to.equal(undefined);
    expect((await api.getMessagePreferences({ meToken: 'me_2' })).frequency, 'still weekly').to.equal('weekly');
  });

  it('a weekly summary saved alone is what "Change my profile" shows next on the same page, and its save keeps it (review M1)', async () => {
    const api = new CheckedApi();
    const element = await render(api);
    await wishRadios(element);
    q(element, 'form.preferences input[value="weekly"]')!.click();
    clickOn(element, 'form.preferences button[type="submit"]');
    await until(() => q(element, '[data-preferences="saved"]'), 'saved');
    expect(api.sent, 'the wish did not change: no profile put back').to.deep.equal([]);

    const form = await until(() => q<HTMLElement>(element, 'coprod-profile-form'), 'the profile');
    await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the change button');
    form.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
    await until(() => form.shadowRoot?.querySelector('#save-button'), 'the form');
    const weekly = await until(() => form.shadowRoot?.querySelector<HTMLInputElement>('#field-messages-frequency-1'), 'how often, on the form');
    expect(weekly.checked, 'the form shows weekly').to.equal(true);
    form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
    await until(() => api.sent.length === 1 || undefined, 'the profile saved');
    expect((await api.getMessagePreferences({ meToken: 'me_1' })).frequency, 'still weekly').to.equal('weekly');
  });

  it('saved preferences are shown on the profiles of the signed-in address only: a profile on another address keeps its own how often (review M1 follow-up, prefs)', async () => {
    const api = new CheckedApi({ otherAddress: true });
    const element = await render(api);
    await wishRadios(element);
    await until(() => q(element, '#my-profile-prof-rhian-work'), 'the other address’s profile');
    // The signed-in address's choice is "each time"; the other profile asked for a weekly summary.
    expect(q(element, 'form.preferences input[value="each_time"]')!.checked, 'each time, on this address').to.equal(true);
    clickOn(element, 'form.preferences button[type="submit"]');
    await until(() => q(element, '[data-preferences="saved"]'), 'saved');

    const form = q<HTMLElement>(element, '#my-profile-prof-rhian-work')!;
    await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the change button');
    form.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
    const weekly = await until(() => form.shadowRoot?.querySelector<HTMLInputElement>('#field-messages-frequency-1'), 'how often, on the other profile’s form');
    expect(weekly.checked, 'its own weekly summary, not this address’s "each time"').to.equal(true);
  });

  it('"How often" changed on "Change my profile" is the person’s choice: the page sends it to the preferences, since the server takes none from a profile save on an address the sign-in proved (prefs, session 16)', async () => {
    const api = new CheckedApi();
    const element = await render(api);
    await wishRadios(element);
    const form = await until(() => q<HTMLElement>(element, 'coprod-profile-form'), 'the profile');
    await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the change button');
    form.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
    const weekly = await until(() => form.shadowRoot?.querySelector<HTMLInputElement>('#field-messages-frequency-1'), 'how often, on the form');
    weekly.click();
    form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
    await until(() => api.sent.length === 1 || undefined, 'the profile saved');
    let frequency = '';
    for (let tries = 0; tries < 200 && frequency !== 'weekly'; tries++) {
      frequency = (await api.getMessagePreferences({ meToken: 'me_1' })).frequency;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(frequency, 'weekly, in the preferences').to.equal('weekly');
  });

  it('a profile saved whose new "How often" could not reach the preferences is shown saved, the page says only how often did not change, and changing it again saves it with no "changed somewhere else" (review P2, session 16)', async () => {
    const api = new PreferencesDropApi();
    const element = await render(api);
    await wishRadios(element);
    // The page reads GET /me again after a save and draws its profile forms anew: the form is looked up each time.
    let form = await until(() => q<HTMLElement>(element, 'coprod-profile-form'), 'the profile');
    const changeOften = async () => {
      form = await until(() => (q<HTMLElement>(element, 'coprod-profile-form')?.shadowRoot?.querySelector('#edit-button') ? q<HTMLElement>(element, 'coprod-profile-form') : undefined), 'the profile, again');
      await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the change button');
      form.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
      const weekly = await until(() => form.shadowRoot?.querySelector<HTMLInputElement>('#field-messages-frequency-1'), 'how often, on the form');
      weekly.click();
      form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
    };
    await changeOften();
    await until(() => api.sent.length === 1 || undefined, 'the profile put');
    // Saved (the page reads the profiles again and draws them; before, the form said the save failed and stayed open).
    const notice = await until(() => q(element, '[data-frequency-not-kept]'), 'the page says how often did not change');
    form = await until(() => q<HTMLElement>(element, 'coprod-profile-form')?.shadowRoot?.querySelector('#edit-button') && q<HTMLElement>(element, 'coprod-profile-form'), 'the profile, saved');
    expect(form.shadowRoot!.querySelector('.error-summary, #save-button'), 'no failed save on the profile form').to.equal(null);
    expect(notice.textContent).to.contain('how often we send you messages did not change');
    expect((await api.getMessagePreferences({ meToken: 'me_1' })).frequency, 'still each time').to.equal('each_time');

    // Changing it again on the profile: saved at the profile's new version (no 412), and how often is weekly now.
    await changeOften();
    let frequency = '';
    for (let tries = 0; tries < 200 && frequency !== 'weekly'; tries++) {
      frequency = (await api.getMessagePreferences({ meToken: 'me_1' })).frequency;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(frequency, 'weekly, in the preferences').to.equal('weekly');
    expect(form.shadowRoot!.textContent, 'not "changed somewhere else"').not.to.contain('somewhere else');
    await until(() => !q(element, '[data-frequency-not-kept]') || undefined, 'the notice gone once how often is saved');
  });

  it('a weekly summary saved while the page cannot read GET /me again is still what "Change my profile" shows, and saving the profile keeps it (review N1, session 16)', async () => {
    const api = new RereadFailsApi();
    const element = await render(api);
    await wishRadios(element);
    const form = await until(() => q<HTMLElement>(element, 'coprod-profile-form'), 'the profile');
    await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the change button');
    api.failReads = true;
    q(element, 'form.preferences input[value="weekly"]')!.click();
    clickOn(element, 'form.preferences button[type="submit"]');
    await until(() => q(element, '[data-preferences="saved"]'), 'saved');

    form.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
    const weekly = await until(() => form.shadowRoot?.querySelector<HTMLInputElement>('#field-messages-frequency-1'), 'how often, on the form');
    expect(weekly.checked, 'the form shows the weekly summary just saved, not "each time"').to.equal(true);
    form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
    await until(() => api.sent.length === 1 || undefined, 'the profile saved');
    expect((await api.getMessagePreferences({ meToken: 'me_1' })).frequency, 'still weekly').to.equal('weekly');
  });

  it('"How often" changed on "Change my profile": signed in by a link, it goes to the preferences and nothing more is said; opened with the profile key (no address proved), the profile says that a choice made with proof stays (prefs, session 17)', async () => {
    const changeOften = async (form: HTMLElement) => {
      await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the change button');
      form.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
      const other = await until(() => form.shadowRoot?.querySelector<HTMLInputElement>('[name="field-messages-frequency"]:not(:checked)'), 'how often, on the form');
      other.click();
      form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
    };
    const api = new CheckedApi();
    const linked = await render(api);
    await wishRadios(linked);
    const form = await until(() => q<HTMLElement>(linked, 'coprod-profile-form'), 'the profile');
    await changeOften(form);
    await until(() => api.sent.length === 1 || undefined, 'the profile saved');
    const saved = await until(() => q<HTMLElement>(linked, 'coprod-profile-form')?.shadowRoot?.querySelector('#edit-button') && q<HTMLElement>(linked, 'coprod-profile-form'), 'the profile, saved');
    expect(!!(q(linked, '[data-often-stays]') ?? saved.shadowRoot!.querySelector('[data-often-stays]')), 'signed in by a link: nothing to say').to.equal(false);
    expect(!!form.shadowRoot!.querySelector('[data-often-stays]'), 'nor on the form as it was saved').to.equal(false);
    linked.remove();

    const keyedApi = new CheckedApi();
    let reads = 0;
    const read = keyedApi.getMyInvolvement.bind(keyedApi);
    keyedApi.getMyInvolvement = (options) => ((reads += 1), read(options));
    const keyed = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${keyedApi} locale="en-GB"></coprod-my-involvement>`);
    await until(() => q(keyed, 'details'), 'the profile key form');
    q<HTMLDetailsElement>(keyed, 'details')!.open = true;
    typeInto(keyed, '#field-profileId', 'prof-rhian');
    typeInto(keyed, '#field-key', GOOD_KEY);
    clickOn(keyed, 'details button[type="submit"]');
    const own = await until(() => q<HTMLElement>(keyed, 'coprod-profile-form'), 'the profile');
    const { heard, stop } = hearLiveRegion();
    try {
      await changeOften(own);
      // The saved panel of the profile says it, under its heading that takes focus; the page reads itself again quietly,
      // so the panel, its words and the focus stay (session 18's NIT: the page read the whole notice out, above the profile).
      const panel = () => own.shadowRoot!.querySelector('[part="saved-notice"]');
      const often = await until(() => panel()?.querySelector('[data-often-stays]'), 'the profile says a choice made with proof stays');
      expect(often.textContent).to.contain('that choice stays as it is');
      expect(panel()!.querySelector('[data-off-stays]')?.textContent, 'and that messages turned off stay off (review S0)').to.contain('If you turned our messages off before, they stay off');
      expect(own.shadowRoot!.activeElement?.id, 'focus on the saved heading').to.equal('saved-title');
      expect(own.shadowRoot!.activeElement?.textContent?.trim(), 'the focused heading names it').to.equal('Your changes are saved');
      await until(() => (keyedApi.sent.length === 1 && reads > 1) || undefined, 'the page read again after the save');
      await new Promise((done) => setTimeout(done, 100));
      await keyed.updateComplete;
      expect(q(keyed, 'coprod-profile-form'), 'the same profile form, not drawn anew').to.equal(own);
      expect(panel()?.querySelector('[data-off-stays]'), 'still said once the page is read again').to.not.equal(null);
      expect(own.shadowRoot!.activeElement?.id, 'focus still on the saved heading').to.equal('saved-title');
      expect(heard.filter((said) => /choice stays|stay off|changes are saved/.test(said)), 'neither notice is read out, nor the heading a second time').to.deep.equal([]);
      expect(q(keyed, '[data-often-stays]'), 'nothing said above the profile').to.equal(null);
    } finally {
      stop();
    }
  });

  it('opened with the profile key, a save of "How often" says in every reading that messages turned off are turned on by signing in with the address, not "go to your page" (the page the person is on; s20 lead’s offStaysHere)', async () => {
    const said = {
      'en-GB/standard': 'If you turned our messages off before, they stay off: saving here does not turn them on again. To turn them on, sign in with your email or phone number, or use the link in one of our messages.',
      'cy/standard': 'Os gwnaethoch ddiffodd ein negeseuon o’r blaen, maen nhw’n aros wedi’u diffodd: nid yw cadw yma yn eu troi ymlaen eto. I’w troi ymlaen, mewngofnodwch gyda’ch e-bost neu’ch rhif ffôn, neu defnyddiwch y ddolen yn un o’n negeseuon.',
      'en-GB/easy-read': 'Did you turn our messages off before?\nThen they stay off.\nSaving here does not turn them on.\nTo turn them on, sign in with your email or phone number.\nOr use the link in one of our messages.',
      'cy/easy-read': 'Wnaethoch chi ddiffodd ein negeseuon o’r blaen?\nYna maen nhw’n aros wedi’u diffodd.\nDydy cadw yma ddim yn eu troi nhw ymlaen.\nI’w troi nhw ymlaen, mewngofnodwch gyda’ch e-bost neu’ch rhif ffôn.\nNeu defnyddiwch y ddolen yn un o’n negeseuon.',
    };
    for (const [reading, words] of Object.entries(said)) {
      const [locale, readingLevel] = reading.split('/') as [string, string];
      const keyed = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${new CheckedApi()} locale=${locale} reading-level=${readingLevel}></coprod-my-involvement>`);
      await until(() => q(keyed, 'details'), `the profile key form (${reading})`);
      q<HTMLDetailsElement>(keyed, 'details')!.open = true;
      typeInto(keyed, '#field-profileId', 'prof-rhian');
      typeInto(keyed, '#field-key', GOOD_KEY);
      clickOn(keyed, 'details button[type="submit"]');
      const own = await until(() => q<HTMLElement>(keyed, 'coprod-profile-form'), `the profile (${reading})`);
      await until(() => own.shadowRoot?.querySelector('#edit-button'), 'the change button');
      own.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
      const other = await until(() => own.shadowRoot?.querySelector<HTMLInputElement>('[name="field-messages-frequency"]:not(:checked)'), 'how often, on the form');
      other.click();
      own.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
      const off = await until(() => own.shadowRoot!.querySelector<HTMLElement>('[part="saved-notice"] [data-off-stays]'), `messages turned off stay off (${reading})`);
      // innerText keeps the easy read's lines (a sentence a line, white-space: pre-line).
      expect(off.innerText.trim(), reading).to.equal(readingLevel === 'easy-read' ? words : words.replace(/\s+/g, ' '));
      expect(off.innerText, `${reading}: not sent to the page it is on`).not.to.match(/go to your page|ewch i’ch tudalen|sign in to your own page|mewngofnodwch i’ch tudalen/);
      keyed.remove();
    }
  });

  it('speaks Welsh', async () => {
    const element = await render(new CheckedApi(), 'cy');
    await wishRadios(element);
    expect(text(element)).to.contain('Gwahoddiadau i gymryd rhan');
    expect(text(element)).to.contain('Peidiwch ag anfon gwahoddiadau ataf');
  });
});
