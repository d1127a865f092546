import { expect, fixture, html } from '@open-wc/testing';
import type { MeCallOptions } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import type { Id, MyInvolvement, Profile, ProfileInput } from '../../api/types.js';
import { noteVersion } from '../../api/versions.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { GOOD_LINK, MeFixtureApi } from '../../../test/helpers/me-fixtures.js';
import type { CoprodMyInvolvement } from './coprod-my-involvement.component.js';
import './coprod-my-involvement.js';

/**
 * The person's page versions each profile as the server does (issue 15): GET /me gives
 * `"<updatedAt>"`, a save with an older one is a 412 (conflict), each save moves it on.
 */
class VersionedApi extends MeFixtureApi {
  readonly ifMatch: (string | undefined)[] = [];
  #saves = 0;

  override async getMyInvolvement(options: MeCallOptions): Promise<MyInvolvement> {
    const page = await super.getMyInvolvement(options);
    for (const p of page.profiles) noteVersion(p, `"${p.updatedAt}"`);
    return page;
  }

  override async updateMyProfile(id: Id, input: ProfileInput, options: MeCallOptions & { ifMatch?: string | undefined }): Promise<Profile> {
    this.ifMatch.push(options.ifMatch);
    const now = (await super.getMyInvolvement(options)).profiles.find((p) => p.id === id);
    if (options.ifMatch && now && options.ifMatch !== `"${now.updatedAt}"`) throw new ApiError('conflict', 'Changed since you opened it.', { status: 412 });
    const saved = await super.updateMyProfile(id, input, options);
    saved.updatedAt = new Date(Date.parse(saved.updatedAt) + ++this.#saves * 1000).toISOString();
    return noteVersion(saved, `"${saved.updatedAt}"`);
  }

  /** Another tab saves the profile with the version it read. */
  async otherTab(change: Partial<ProfileInput>): Promise<void> {
    const [me] = (await this.getMyInvolvement({ meToken: 'me_1' })).profiles;
    const { id, createdAt: _c, updatedAt, ...input } = me!;
    await this.updateMyProfile(id, { ...input, ...change }, { meToken: 'me_1', ifMatch: `"${updatedAt}"` });
  }
}

const render = (api: MeFixtureApi) => fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${api} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
const q = <T extends Element = HTMLInputElement>(element: HTMLElement, selector: string) => shadow(element).querySelector<T>(selector);
const text = (element: HTMLElement) => shadow(element).textContent?.replace(/\s+/g, ' ') ?? '';

describe('<coprod-my-involvement> two tabs (issue 15: If-Match on the person\'s own saves)', () => {
  it('the invitation choice: a save after another tab changed the profile gets the conflict, keeps the choice, and the next save keeps both changes', async () => {
    const api = new VersionedApi();
    const element = await render(api);
    const none = await until(() => q<HTMLInputElement>(element, 'form.preferences input[name="field-invitations-wanted"][value="none"]'), 'the invitation choices');
    none.click();
    await api.otherTab({ networks: 'Carers’ café on Tuesdays' });
    clickOn(element, 'form.preferences button[type="submit"]');
    await until(() => q(element, 'form.preferences [data-form-failure]'), 'the conflict');
    expect(text(element)).to.contain('Someone else saved a change first. Nothing you typed is lost: check what is shown, then try again.');
    expect(text(element), 'never "Reload", which signs the person out').to.not.contain('Reload');
    expect(q(element, 'input[name="field-invitations-wanted"][value="none"]')!.checked, 'the choice is kept').to.equal(true);
    expect(api.ifMatch.at(-1), 'sent the version the page read').to.match(/^"/);

    clickOn(element, 'form.preferences button[type="submit"]');
    await until(() => q(element, '[data-preferences="saved"]'), 'saved');
    const [saved] = (await api.getMyInvolvement({ meToken: 'me_1' })).profiles;
    expect([saved!.invitations, saved!.networks], 'nothing lost: the other tab\'s change and this one').to.deep.equal([{ wanted: 'none' }, 'Carers’ café on Tuesdays']);
  });

  it('the profile form on the page: a save after another tab changed the profile gets the conflict, keeps what was typed on top of theirs, and the next save keeps both changes', async () => {
    const api = new VersionedApi();
    const element = await render(api);
    const form = await until(() => q<HTMLElement>(element, 'coprod-profile-form'), 'the profile');
    await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the change button');
    form.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
    await until(() => form.shadowRoot?.querySelector('#save-button'), 'the form');
    typeInto(form, '#field-experience', 'Caring for my mum for ten years.');
    await api.otherTab({ networks: 'Carers’ café on Tuesdays' });
    form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
    await until(() => form.shadowRoot!.querySelector('[data-form-failure]'), 'the conflict');
    const failure = form.shadowRoot!.querySelector('[data-form-failure]')!;
    expect(failure.textContent).to.contain('Someone changed your profile in another place. We have kept your changes and theirs.');
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(form.shadowRoot!.activeElement, 'the message has the focus').to.equal(failure);
    expect(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#field-experience')!.value, 'what was typed is kept').to.equal('Caring for my mum for ten years.');
    expect(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#field-networks')!.value, 'theirs is shown').to.equal('Carers’ café on Tuesdays');
    const [kept] = (await api.getMyInvolvement({ meToken: 'me_1' })).profiles;
    expect(kept!.networks, 'the other tab\'s change is not overwritten').to.equal('Carers’ café on Tuesdays');

    const first = api.ifMatch.at(-1);
    form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
    await until(() => form.shadowRoot!.querySelector('#saved-title'), 'saved');
    expect(api.ifMatch.at(-1), 'the next save sends the version saved now').to.not.equal(first);
    const [saved] = (await api.getMyInvolvement({ meToken: 'me_1' })).profiles;
    expect([saved!.experience, saved!.networks], 'both changes are on the server').to.deep.equal(['Caring for my mum for ten years.', 'Carers’ café on Tuesdays']);
  });
});
