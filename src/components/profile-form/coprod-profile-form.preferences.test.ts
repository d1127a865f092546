/**
 * Issue 15: the profile tells us the language and reading level of the person's messages, so a
 * person who made their profile on a Welsh page hears from staff in Welsh (see also
 * server/test/profiles.test.ts and test/e2e/profile.e2e.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import type { ProfileInput } from '../../api/types.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import type { CoprodProfileForm } from './coprod-profile-form.component.js';
import { fillRequired, formReady, freshStart, newApi, oftenKeptApi, submit, withOverrides } from './coprod-profile-form.states.js';

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
  it('when the address did not take the frequency asked (chosen where it was proved), the person is told how often stays and how to change it, and the form shows the one in effect', async () => {
    const element = await mount(oftenKeptApi(), { locale: 'en-GB' });
    const often = (choice: 0 | 1) => shadow(element).querySelector<HTMLInputElement>(choice ? '#field-messages-frequency-1' : '#field-messages-frequency');
    await fillRequired(element, 'Rhi');
    await until(() => often(1), 'how often');
    clickOn(element, '#field-messages-frequency-1');
    await submit(element);
    await saved(element);
    const notice = () => shadow(element).querySelector('#often-kept')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(notice()).to.contain('How often we write to you stays “each time something happens”');
    expect(notice()).to.contain('use the link at the bottom of any message we send you, or sign in to your page');
    // Changing the profile shows what is in effect, not the weekly summary that was not taken.
    clickOn(element, '#edit-button');
    await formReady(element);
    await until(() => often(0)?.checked, 'each time, the frequency in effect');
    expect(often(1)!.checked).to.equal(false);
    // Saved with "each time", as in effect: nothing more to say.
    typeInto(element, '#field-name', 'Rhi Evans');
    await submit(element);
    await saved(element);
    expect(shadow(element).querySelector('#often-kept')).to.equal(null);
  });
});
