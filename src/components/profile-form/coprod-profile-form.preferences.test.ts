/**
 * Issue 15: the profile tells us the language and reading level of the person's messages, so a
 * person who made their profile on a Welsh page hears from staff in Welsh (see also
 * server/test/profiles.test.ts and test/e2e/profile.e2e.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import type { ProfileInput } from '../../api/types.js';
import { clickOn, hearLiveRegion, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import type { CoprodProfileForm } from './coprod-profile-form.component.js';
import { fillRequired, formReady, freshStart, newApi, submit, withOverrides } from './coprod-profile-form.states.js';

const ID = 'profile-preferences-under-test';

async function mount(api: CoprodApi, page: { locale: string; readingLevel?: string }): Promise<CoprodProfileForm> {
  const root = await fixture(html`<coprod-provider .adapter=${api} locale=${page.locale} reading-level=${page.readingLevel ?? 'standard'}>
    <coprod-profile-form id=${ID}></coprod-profile-form>
  </coprod-provider>`);
  const element = root.querySelector('coprod-profile-form')!;
  await element.updateComplete;
  return element;
}

/** Records each body sent to create or change a profile. */
function recording(inner: CoprodApi): { api: CoprodApi; sent: ProfileInput[] } {
  const sent: ProfileInput[] = [];
  const api = withOverrides(inner, {
    createProfile: (input, options) => (sent.push(input), inner.createProfile(input, options)),
    updateProfile: (id, input, options) => (sent.push(input), inner.updateProfile(id, input, options)),
  });
  return { api, sent };
}

const offWords =
  'If you turned our messages off before, they stay off: sending this does not turn them on again. To turn them on, sign in to your own page, or open it from the link in one of our messages.';

const saved = (element: HTMLElement) => until(() => shadow(element).querySelector('#saved-title'), 'the saved profile');

describe('<coprod-profile-form> message preferences', () => {
  beforeEach(() => freshStart(ID));

  it('a profile made on a Welsh page in easy read asks for messages in Welsh, in easy read', async () => {
    const { api, sent } = recording(newApi());
    const element = await mount(api, { locale: 'cy', readingLevel: 'easy-read' });
    await fillRequired(element, 'Gwen');
    await submit(element);
    await saved(element);
    // How often is asked with email (each time unless weekly is chosen): the person's choice, sent with it.
    expect(sent.map((input) => input.messages)).to.deep.equal([{ language: 'cy', readingLevel: 'easy-read', frequency: 'each_time' }]);
  });

  it('an English page sends English in standard words; changing the profile later on an English page keeps the Welsh it was made with', async () => {
    const inner = newApi();
    const { api, sent } = recording(inner);
    const english = await mount(api, { locale: 'en-GB' });
    await fillRequired(english, 'Sam');
    await submit(english);
    await saved(english);
    expect(sent[0]!.messages).to.deep.equal({ language: 'en-GB', readingLevel: 'standard', frequency: 'each_time' });
    english.parentElement!.remove();

    // Made in Welsh, changed later in English.
    freshStart(ID);
    const welsh = await mount(api, { locale: 'cy' });
    await fillRequired(welsh, 'Elin');
    await submit(welsh);
    await saved(welsh);
    welsh.parentElement!.remove();
    const again = await mount(api, { locale: 'en-GB' });
    await until(() => shadow(again).querySelector('#profile-name'), 'the profile, opened again');
    clickOn(again, '#edit-button');
    await formReady(again);
    typeInto(again, '#field-name', 'Elin Puw');
    await submit(again);
    await saved(again);
    expect(sent.map((input) => [input.name, input.messages?.language])).to.deep.equal([
      ['Sam', 'en-GB'],
      ['Elin', 'cy'],
      ['Elin Puw', 'cy'],
    ]);
  });

  it('a save that sets "How often": focus on the heading "Your profile is saved" says it, nothing is read out through the live region (not the notices, nor the heading twice); the notices are in the saved panel just after that heading (session 18, prefs; session 19, NIT 1)', async () => {
    const { api } = recording(newApi());
    const element = await mount(api, { locale: 'en-GB' });
    const { heard, stop } = hearLiveRegion();
    try {
      await fillRequired(element, 'Rhi');
      await until(() => shadow(element).querySelector('#field-messages-frequency-1'), 'how often');
      clickOn(element, '#field-messages-frequency-1');
      await submit(element);
      await saved(element);
      const focused = shadow(element).activeElement;
      expect([focused?.id, focused?.textContent?.trim()], 'focus on the saved heading, which names it').to.deep.equal(['saved-title', 'Your profile is saved']);
      await new Promise((done) => setTimeout(done, 400));
      expect(heard.filter((said) => /choice stays|stay off|profile is saved/.test(said)), 'neither notice is read out, nor the heading a second time').to.deep.equal([]);
      const notice = shadow(element).querySelector('[part="saved-notice"] [data-often-stays]');
      expect(notice?.textContent, 'the notice on the page, in the panel whose heading has focus').to.contain('that choice stays as it is');
      expect(focused!.compareDocumentPosition(notice!) & Node.DOCUMENT_POSITION_FOLLOWING, 'just after the heading').to.not.equal(0);
      const off = shadow(element).querySelector('[part="saved-notice"] [data-off-stays]');
      expect(off?.textContent, 'messages turned off stay off: in the same panel (review S0)').to.contain('they stay off');
      expect(notice!.compareDocumentPosition(off!) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the how-often notice').to.not.equal(0);
      expect(shadow(element).querySelector('[role=status] [data-off-stays], [aria-live] [data-off-stays]'), 'not in a live region').to.equal(null);
    } finally {
      stop();
    }
  });

  it('a save that sets "How often" (a new profile, or a change made with the private key) says, in the same words whoever the address is, that a choice made on the person’s page or from a message’s link stays, and where to change it; a save that leaves it says nothing', async () => {
    const { api, sent } = recording(newApi());
    const element = await mount(api, { locale: 'en-GB' });
    const notice = () => shadow(element).querySelector('[data-often-stays]')?.textContent?.replace(/\s+/g, ' ').trim();
    const off = () => shadow(element).querySelector('[data-off-stays]')?.textContent?.replace(/\s+/g, ' ').trim();
    await fillRequired(element, 'Rhi');
    await until(() => shadow(element).querySelector('#field-messages-frequency-1'), 'how often');
    clickOn(element, '#field-messages-frequency-1');
    await submit(element);
    await saved(element);
    expect(sent[0]!.messages?.frequency).to.equal('weekly');
    const words =
      'You may have chosen how often we write to you, on your own page or with the link in one of our messages. If so, that choice stays as it is. Saving here does not change it. To change it, sign in with your email or phone number. Or use the link in one of our messages.';
    expect(notice(), 'a new profile that set how often').to.equal(words);
    expect(off(), 'a new profile: messages turned off stay off (review S0)').to.equal(offWords);

    // Changed later without touching "How often": no frequency sent, nothing to say.
    clickOn(element, '#edit-button');
    await formReady(element);
    typeInto(element, '#field-name', 'Rhi Evans');
    await submit(element);
    await saved(element);
    expect(sent[1]!.messages?.frequency, 'how often not sent').to.equal(undefined);
    expect(notice(), 'a save that leaves how often').to.equal(undefined);
    expect(off(), 'a save that leaves how often: nor that').to.equal(undefined);

    // "How often" changed with the private key: said again, word for word.
    clickOn(element, '#edit-button');
    await formReady(element);
    const other = await until(() => shadow(element).querySelector<HTMLInputElement>('[name="field-messages-frequency"]:not(:checked)'), 'how often');
    other.click();
    await submit(element);
    await saved(element);
    expect(sent[2]!.messages?.frequency, 'how often sent').to.equal(other.value);
    expect(notice(), 'a change made with the private key').to.equal(words);
    expect(off(), 'a change made with the private key: messages turned off stay off').to.equal(offWords);
  });

  it('a save that sets "How often" says that messages turned off before stay off until turned on from the person’s own page or a message’s link, in English, Welsh and easy read, as the interest and feedback forms do (review S0, MUST-FIX 1)', async () => {
    const said = {
      'en-GB/standard': offWords,
      'cy/standard':
        'Os gwnaethoch ddiffodd ein negeseuon o’r blaen, maen nhw’n aros wedi’u diffodd: nid yw anfon hwn yn eu troi ymlaen eto. I’w troi ymlaen, mewngofnodwch i’ch tudalen eich hun, neu agorwch hi o’r ddolen yn un o’n negeseuon.',
      'en-GB/easy-read': 'Did you turn our messages off before? Then they stay off. Sending this does not turn them on. To turn them on, go to your page. Or use the link in one of our messages.',
    };
    for (const [reading, words] of Object.entries(said)) {
      const [locale, readingLevel] = reading.split('/') as [string, string];
      freshStart(ID);
      const element = await mount(newApi(), { locale, readingLevel });
      await fillRequired(element, 'Rhi');
      await until(() => shadow(element).querySelector('#field-messages-frequency-1'), `how often (${reading})`);
      clickOn(element, '#field-messages-frequency-1');
      await submit(element);
      const notice = await until(() => shadow(element).querySelector('[part="saved-notice"] [data-off-stays]'), `the notice (${reading})`);
      expect(notice.textContent!.replace(/\s+/g, ' ').trim(), reading).to.equal(words);
      element.parentElement!.remove();
    }
  });
});
