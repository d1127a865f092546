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
});
