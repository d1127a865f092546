import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError } from '../../api/errors.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { GOOD_CODE, GOOD_LINK, MeFixtureApi } from '../../../test/helpers/me-fixtures.js';
import { states } from './coprod-my-involvement.states.js';
import type { CoprodMyInvolvement } from './coprod-my-involvement.component.js';
import './coprod-my-involvement.js';

describeStates(states);

const text = (element: HTMLElement) => shadow(element).textContent?.replace(/\s+/g, ' ') ?? '';

async function render(api = new MeFixtureApi(), link?: string) {
  const element = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${api} locale="en-GB" .signInLink=${link}></coprod-my-involvement>`);
  return element;
}

const signedIn = (element: HTMLElement) => until(() => shadow(element).querySelector('[data-sign-out]') && shadow(element).querySelector('.feedback'), 'the signed-in page');

describe('<coprod-my-involvement>', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('asks for a link by email, says to check the email, then the link from the page address opens the page and leaves the address', async () => {
    const api = new MeFixtureApi();
    const asking = await render(api);
    typeInto(asking, '#field-address', 'rhian@example.org');
    clickOn(asking, 'form.sign-in button[type="submit"]');
    await until(() => shadow(asking).querySelector('[data-sent="email"]'), 'check your email');
    expect(text(asking)).to.contain('If rhian@example.org is an address we hold, we have sent it a link. The link works once, for 15 minutes.');
    expect(api.requests).to.deep.equal([{ channel: 'email', address: 'rhian@example.org', locale: 'en-GB', readingLevel: 'standard' }]);
    expect(shadow(asking).activeElement?.id).to.equal('sent-title');

    history.replaceState(null, '', `${location.pathname}#coprod-sign-in=${GOOD_LINK}`);
    const signedInEvent = new Promise<CustomEvent>((resolve) => document.addEventListener('coprod-signed-in', (e) => resolve(e as CustomEvent), { once: true }));
    const element = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${api}></coprod-my-involvement>`);
    expect(location.hash, 'the token is taken out of the address bar').to.equal('');
    await signedIn(element);
    expect((await signedInEvent).detail).to.deep.equal({ signedInWith: 'email' });
    const page = text(element);
    expect(page).to.contain('Respite breaks are booked up months ahead');
    expect(page).to.contain('From April, ten emergency respite places are kept free each week.');
    expect(page).to.contain('We did');
    expect(page).to.contain('You joined.');
    expect(page).to.contain('We have your interest. We will be in touch.');
    expect(page).to.contain('Messages we send you');
    expect(page).to.contain('When we decide something about what you told us, we always tell you straight away.');
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.to.contain('me_');
  });

  it('came from a link to one feedback item (?feedback=<id>): the link asked for carries the item, and signed in the page opens with the focus on that item', async () => {
    try {
      history.replaceState(null, '', `${location.pathname}?feedback=fb-r2`);
      const api = new MeFixtureApi();
      const asking = await render(api);
      typeInto(asking, '#field-address', 'rhian@example.org');
      clickOn(asking, 'form.sign-in button[type="submit"]');
      await until(() => shadow(asking).querySelector('[data-sent="email"]'), 'check your email');
      expect(api.requests).to.deep.equal([{ channel: 'email', address: 'rhian@example.org', locale: 'en-GB', readingLevel: 'standard', item: 'fb-r2' }]);

      asking.remove(); // The link opens a new page: nothing else holds the focus.
      const element = await render(api, GOOD_LINK);
      await signedIn(element);
      const item = await until(() => (shadow(element).activeElement?.id === 'feedback-fb-r2' ? shadow(element).activeElement : undefined), 'the focus on the item');
      expect(item!.textContent).to.contain('The bus to the day centre stops running at 4pm.');
      expect(location.search, 'the address cleaned (as for ?attendance=)').to.equal('');

      // Not an id: not sent, and nothing is looked for.
      history.replaceState(null, '', `${location.pathname}?feedback=${encodeURIComponent('../x?y')}`);
      const other = new MeFixtureApi();
      const again = await render(other);
      typeInto(again, '#field-address', 'rhian@example.org');
      clickOn(again, 'form.sign-in button[type="submit"]');
      await until(() => shadow(again).querySelector('[data-sent="email"]'), 'check your email');
      expect(other.requests[0]).not.to.have.property('item');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('came from the "thank you for taking part" message (?attendance=<id>): the link asked for carries the attendance, with ?feedback= too; not an id, not sent', async () => {
    try {
      const asks = async (search: string) => {
        history.replaceState(null, '', `${location.pathname}${search}`);
        const api = new MeFixtureApi();
        const asking = await render(api);
        typeInto(asking, '#field-address', 'rhian@example.org');
        clickOn(asking, 'form.sign-in button[type="submit"]');
        await until(() => shadow(asking).querySelector('[data-sent="email"]'), 'check your email');
        return api.requests[0];
      };
      expect(await asks('?attendance=att-1')).to.deep.equal({ channel: 'email', address: 'rhian@example.org', locale: 'en-GB', readingLevel: 'standard', attendance: 'att-1' });
      expect(await asks('?feedback=fb-r2&attendance=att-1')).to.deep.include({ item: 'fb-r2', attendance: 'att-1' });
      expect(await asks(`?attendance=${encodeURIComponent('../x?y')}`)).not.to.have.property('attendance');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('came from a link to feedback that is not theirs: says so plainly, and takes no focus', async () => {
    try {
      history.replaceState(null, '', `${location.pathname}?feedback=fb-someone-else`);
      const element = await render(new MeFixtureApi(), GOOD_LINK);
      await signedIn(element);
      const notice = await until(() => shadow(element).querySelector('[data-feedback-not-yours]'), 'the notice');
      expect(notice!.textContent).to.contain('We could not find that feedback among yours.');
      expect(shadow(element).activeElement).to.equal(null);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('opened at one item: the focus goes there once; after the person moves on, later redraws leave the focus where they put it', async () => {
    try {
      history.replaceState(null, '', `${location.pathname}?feedback=fb-r2`);
      const element = await render(new MeFixtureApi(), GOOD_LINK);
      await signedIn(element);
      await until(() => shadow(element).activeElement?.id === 'feedback-fb-r2', 'the focus on the item');
      // Focus nowhere again (as a lost focus would be) and redraw: the item does not take it back.
      (shadow(element).activeElement as HTMLElement).blur();
      element.requestUpdate();
      await element.updateComplete;
      expect(shadow(element).activeElement, 'no second focus').to.equal(null);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('texts a code: a wrong code gets one plain message, the right one signs in', async () => {
    const element = await render();
    shadow(element).querySelector<HTMLInputElement>('input[value="text"]')!.click();
    await element.updateComplete;
    expect(shadow(element).querySelector<HTMLInputElement>('#field-address')!.type).to.equal('tel');
    typeInto(element, '#field-address', '07700 900123');
    clickOn(element, 'form.sign-in button[type="submit"]');
    await until(() => shadow(element).querySelector('#field-code'), 'the code field');
    expect(shadow(element).querySelector('#field-code')!.getAttribute('autocomplete')).to.equal('one-time-code');
    typeInto(element, '#field-code', '12345');
    clickOn(element, 'form.code button[type="submit"]');
    await until(() => shadow(element).querySelector('.error-summary'), 'the error summary');
    expect(text(element)).to.contain('The code is 6 numbers, like 123456');
    typeInto(element, '#field-code', '000000');
    clickOn(element, 'form.code button[type="submit"]');
    await until(() => shadow(element).querySelector('[data-form-failure]'), 'the failure');
    expect(text(element)).to.contain('It may have expired (they last 15 minutes), been used already, or been typed wrongly.');
    typeInto(element, '#field-code', GOOD_CODE);
    clickOn(element, 'form.code button[type="submit"]');
    await signedIn(element);
  });

  it('a used or expired link says so clearly and shows nothing of anyone', async () => {
    const element = await render(new MeFixtureApi(), 'used-link-0000000000');
    await until(() => shadow(element).querySelector('[data-notice="failed"]'), 'the message');
    expect(text(element)).to.contain('That link or code did not work');
    expect(text(element)).not.to.contain('Rhian');
    expect(shadow(element).querySelector('#field-address')).to.exist;
  });

  it('erases everything after a confirmation, and tells the host only counts', async () => {
    const element = await render(new MeFixtureApi(), GOOD_LINK);
    await signedIn(element);
    clickOn(element, '[data-erase]');
    await until(() => shadow(element).querySelector('[data-erase-yes]'), 'the confirmation');
    expect(shadow(element).activeElement?.id).to.equal('erase-confirm-title');
    clickOn(element, 'button', 'No, keep it');
    await element.updateComplete;
    expect(shadow(element).activeElement?.hasAttribute('data-erase')).to.equal(true);
    clickOn(element, '[data-erase]');
    await until(() => shadow(element).querySelector('[data-erase-yes]'), 'the confirmation');
    setTimeout(() => clickOn(element, '[data-erase-yes]'));
    const erased = await oneEvent(element, 'coprod-erased');
    expect(erased.detail).to.deep.equal({ profiles: 1, interests: 2, feedbackRemoved: 1, feedbackAnonymised: 1 });
    await until(() => text(element).includes('Everything is erased'), 'the erased message');
    expect(text(element)).not.to.contain('Respite');
  });

  it('a failed erase keeps the question open with the reason and the focus on "Yes"; a second press while erasing does nothing', async () => {
    let calls = 0;
    let release: () => void = () => {};
    class Failing extends MeFixtureApi {
      override async eraseMe(): Promise<never> {
        calls += 1;
        await new Promise<void>((resolve) => (release = resolve));
        throw new ApiError('network', 'offline');
      }
    }
    const element = await render(new Failing(), GOOD_LINK);
    await signedIn(element);
    clickOn(element, '[data-erase]');
    await until(() => shadow(element).querySelector('[data-erase-yes]'), 'the confirmation');
    const yes = shadow(element).querySelector<HTMLButtonElement>('[data-erase-yes]')!;
    yes.focus();
    yes.click();
    await element.updateComplete;
    expect(yes.getAttribute('aria-disabled')).to.equal('true');
    yes.click();
    release();
    await until(() => shadow(element).querySelector('[data-erase-failed]'), 'the reason it failed');
    expect(calls, 'the second press was ignored').to.equal(1);
    expect(shadow(element).activeElement, 'the focus stays on "Yes"').to.equal(shadow(element).querySelector('[data-erase-yes]'));
    expect(shadow(element).querySelector('[data-erase-yes]')?.getAttribute('aria-disabled')).to.equal('false');
    // "Yes" is described by why it failed, so a screen reader hears the reason again with the button (review SHOULD 18).
    const describedBy = shadow(element).querySelector('[data-erase-yes]')?.getAttribute('aria-describedby');
    expect(describedBy).to.equal(shadow(element).querySelector('[data-erase-failed]')?.id);
    expect(describedBy).to.be.a('string').and.not.equal('');
    expect(text(element)).to.contain('Respite');
  });

  it('changes the profile through the person’s own sign-in', async () => {
    const api = new MeFixtureApi();
    const element = await render(api, GOOD_LINK);
    await signedIn(element);
    const form = await until(() => shadow(element).querySelector('coprod-profile-form'), 'the profile');
    await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the change button');
    form.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
    await until(() => form.shadowRoot?.querySelector('#field-name'), 'the form');
    typeInto(form, '#field-name', 'Rhian Evans');
    form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
    await until(() => text(element).includes('Rhian Evans') || form.shadowRoot?.textContent?.includes('Rhian Evans'), 'the changed name');
    const page = await api.getMyInvolvement({ meToken: 'me_1' });
    expect(page.profiles[0]!.name).to.equal('Rhian Evans');
  });

  it('changes how the person hears back: a weekly summary, in Welsh', async () => {
    const api = new MeFixtureApi();
    const element = await render(api, GOOD_LINK);
    await signedIn(element);
    const weekly = await until(() => shadow(element).querySelector<HTMLInputElement>('form.preferences input[value="weekly"]'), 'the preferences');
    expect(shadow(element).querySelector<HTMLInputElement>('form.preferences input[value="each_time"]')!.checked).to.equal(true);
    weekly.click();
    shadow(element).querySelector<HTMLInputElement>('form.preferences input[value="cy"]')!.click();
    clickOn(element, 'form.preferences button[type="submit"]');
    await until(() => shadow(element).querySelector('[data-preferences="saved"]'), 'saved');
    const now = await api.getMessagePreferences({ meToken: 'me_1' });
    expect([now.frequency, now.language, now.channel]).to.deep.equal(['weekly', 'cy', 'email']);
  });

  // Session 28's walk: "Sign out" pressed with the keyboard left the focus on the page's <body> (the button was gone),
  // so the next Tab started again at "Skip to main content".
  it('"Sign out" by keyboard: the focus goes to "You have signed out", nothing personal stays on screen or in storage, and Tab goes on to the form', async () => {
    const element = await render(new MeFixtureApi(), GOOD_LINK);
    await signedIn(element);
    const personal = text(element).match(/INT-[0-9A-Z]+|FB-[0-9A-Z]+/)?.[0];
    expect(personal, 'something personal shown while signed in').to.be.a('string');
    shadow(element).querySelector<HTMLElement>('[data-sign-out]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(element).activeElement?.id === 'signed-out-title', 'the focus on "You have signed out"');
    expect(shadow(element).activeElement!.textContent!.trim()).to.equal('You have signed out');
    expect(text(element)).to.not.contain(personal!);
    expect(localStorage.length + sessionStorage.length, 'nothing kept on the device').to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.localName, 'Tab goes on into the form').to.equal('input');
  });

  // Session 27's screenshots of /my-involvement.html at 320 px: signed out, the widget ended with
  // "Use your profile number and private key instead" and the next heading on the page touched it.
  // Session 27: on /my-involvement.html a screen reader heard "Your involvement" twice (the page's h1, then the widget's
  // hidden heading) and nothing of what to do. Signed out, the widget's heading says what to do; signed in, what it is.
  it('signed out, its heading says what to do ("Get a link to your page"), in English, Welsh and easy read; signed in, "Your involvement"', async () => {
    const heard: string[] = [];
    for (const [locale, readingLevel] of [['en-GB', 'standard'], ['cy', 'standard'], ['en-GB', 'easy-read'], ['cy', 'easy-read']]) {
      const element = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${new MeFixtureApi()} locale=${locale} reading-level=${readingLevel} hide-heading></coprod-my-involvement>`);
      // The Welsh and easy-read words load on demand: wait for the form in the reader's words.
      await until(() => shadow(element).querySelector('#field-address') && !shadow(element).querySelector('[aria-busy="true"]'), 'the sign-in form');
      await element.updateComplete;
      const title = shadow(element).querySelector('#title')!;
      heard.push(`${locale} ${readingLevel}: ${title.textContent!.trim()}`);
      expect(shadow(element).querySelector('section')!.getAttribute('aria-labelledby'), 'the part is named by it').to.equal('title');
    }
    expect(heard).to.deep.equal([
      'en-GB standard: Get a link to your page',
      'cy standard: Cael dolen i’ch tudalen',
      'en-GB easy-read: Get a link to your page',
      'cy easy-read: Cael dolen i’ch tudalen',
    ]);
    history.replaceState(null, '', `${location.pathname}#coprod-sign-in=${GOOD_LINK}`);
    const element = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${new MeFixtureApi()}></coprod-my-involvement>`);
    await signedIn(element);
    expect(shadow(element).querySelector('#title')!.textContent!.trim()).to.equal('Your involvement');
  });

  it('while signing in, its heading says what is happening: "Sign in with your link" (or code), then "Signing you in", in English, Welsh and easy read', async () => {
    const heard: string[] = [];
    const title = (element: HTMLElement) => shadow(element).querySelector('#title')!.textContent!.trim();
    for (const [locale, readingLevel] of [['en-GB', 'standard'], ['cy', 'standard'], ['en-GB', 'easy-read'], ['cy', 'easy-read']]) {
      const words = async (element: CoprodMyInvolvement) => {
        await until(() => !shadow(element).querySelector('[aria-busy="true"]:not([part=loading])'), 'the reader’s words');
        await element.updateComplete;
      };
      const byEmail = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${new MeFixtureApi()} locale=${locale} reading-level=${readingLevel}></coprod-my-involvement>`);
      await until(() => shadow(byEmail).querySelector('#field-address') && !shadow(byEmail).querySelector('[aria-busy="true"]'), 'the sign-in form');
      typeInto(byEmail, '#field-address', 'rhian@example.org');
      clickOn(byEmail, 'form.sign-in button[type="submit"]');
      await until(() => shadow(byEmail).querySelector('[data-sent="email"]'), 'check your email');
      await words(byEmail);
      const byText = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${new MeFixtureApi()} locale=${locale} reading-level=${readingLevel}></coprod-my-involvement>`);
      await until(() => shadow(byText).querySelector('#field-address') && !shadow(byText).querySelector('[aria-busy="true"]'), 'the sign-in form');
      shadow(byText).querySelector<HTMLInputElement>('input[value="text"]')!.click();
      await byText.updateComplete;
      typeInto(byText, '#field-address', '07700 900123');
      clickOn(byText, 'form.sign-in button[type="submit"]');
      await until(() => shadow(byText).querySelector('[data-sent="text"]'), 'the code form');
      await words(byText);
      const signing = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${new MeFixtureApi({ latencyMs: 60_000 })} .signInLink=${GOOD_LINK} locale=${locale} reading-level=${readingLevel}></coprod-my-involvement>`);
      await until(() => shadow(signing).querySelector('#title') && shadow(signing).querySelector('[part=loading]'), 'signing in');
      await signing.updateComplete;
      heard.push(`${locale} ${readingLevel}: ${title(byEmail)} | ${title(byText)} | ${title(signing)}`);
    }
    expect(heard).to.deep.equal([
      'en-GB standard: Sign in with your link | Sign in with your code | Signing you in',
      'cy standard: Mewngofnodi gyda’ch dolen | Mewngofnodi gyda’ch cod | Wrthi’n eich mewngofnodi',
      'en-GB easy-read: Sign in with your link | Sign in with your code | Signing you in',
      'cy easy-read: Mewngofnodi gyda’ch dolen | Mewngofnodi gyda’ch cod | Wrthi’n eich mewngofnodi',
    ]);
  });

  it('marks the person’s words English where the server leaves out their language (an older server, a council’s adapter), never lang=""', async () => {
    class NoLanguage extends MeFixtureApi {
      override async getMyInvolvement(options: Parameters<MeFixtureApi['getMyInvolvement']>[0]) {
        const page = await super.getMyInvolvement(options);
        return { ...page, feedback: page.feedback.map(({ language: _, ...item }) => item as typeof item & Pick<typeof page.feedback[number], 'language'>) };
      }
    }
    const element = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${new NoLanguage()} locale="cy" .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    await signedIn(element);
    const said = Array.from(shadow(element).querySelectorAll('.feedback blockquote'), (quote) => quote.getAttribute('lang'));
    expect(said.length).to.be.greaterThan(0);
    expect(said.every((lang) => lang === 'en-GB'), said.join()).to.equal(true);
  });

  it('signed out, leaves a paragraph\'s space between "Use your profile number" and what follows it on the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><coprod-my-involvement .adapter=${new MeFixtureApi()} locale="en-GB"></coprod-my-involvement><h2 style="margin-top:0">Next on the page</h2></div>`);
    const element = wrapper.querySelector<CoprodMyInvolvement>('coprod-my-involvement')!;
    const summary = await until(() => shadow(element).querySelector<HTMLElement>('details.key-sign-in summary'), 'the profile key link');
    const body = parseFloat(getComputedStyle(summary).fontSize);
    const gap = wrapper.querySelector('h2')!.getBoundingClientRect().top - summary.getBoundingClientRect().bottom;
    expect(gap, 'space below the link').to.be.at.least(body * 0.75);
  });

  it('says when the sign-in has ended, and offers to send a new link', async () => {
    const element = await render(new MeFixtureApi({ pageFails: 'unauthorized' }), GOOD_LINK);
    await until(() => shadow(element).querySelector('[data-notice="ended"]'), 'the ended notice');
    expect(text(element)).to.contain('Your sign-in has ended');
    expect(shadow(element).querySelector('form.sign-in')).to.exist;
  });
});
