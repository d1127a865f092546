import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import { InMemoryApi } from '../../api/in-memory.js';
import { failingApi, flakyApi, neverSettlingApi } from '../../../test/helpers/scripted-adapters.js';
import type { ContactMethod } from '../../api/types.js';
import type { ComponentStates, NamedState } from '../../core/states.js';
import { clickOn, pickFile, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import '../provider/coprod-provider.js';
import './coprod-profile-form.js';
import { storageKeys } from './internal/profile-storage.js';
import { emptyValues, type ProfileValues } from './internal/profile-values.js';

/** Fixed "now", so dates in the seed and on saved profiles never change between runs. */
export const NOW = new Date('2026-11-24T10:00:00Z');

export const newApi = (): InMemoryApi => new InMemoryApi({ now: NOW });

/** An API whose listed methods behave differently; everything else goes to `inner`. */
export function withOverrides(inner: CoprodApi, overrides: Partial<CoprodApi>): CoprodApi {
  return new Proxy(inner, {
    get(target, name) {
      if (name in overrides) return overrides[name as keyof CoprodApi];
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Saving never finishes: the "saving" state. */
export const savingApi = (): CoprodApi => withOverrides(newApi(), { createProfile: () => new Promise(() => {}) });

/** The server says one answer is wrong (English, as a real server would). */
export function rejectingApi(): CoprodApi {
  return withOverrides(newApi(), {
    createProfile: async () => {
      throw new ApiError('validation', 'There is a problem', {
        status: 422,
        problem: {
          type: 'https://coprod.example/problems/validation',
          title: 'There is a problem',
          status: 422,
          errors: [{ field: 'contact.detail', message: 'Enter an email address in the correct format, like name@example.com', code: 'invalid-email' }],
        },
      });
    },
  });
}

/** Forgets what an earlier run of a state left in storage, so every state starts the same. */
export function freshStart(elementId: string): void {
  const keys = storageKeys(elementId);
  for (const store of [sessionStorage, localStorage]) {
    store.removeItem(keys.draft);
    store.removeItem(keys.key);
  }
}

const draftName = 'Rhian';

export const sampleDraft: ProfileValues = {
  ...emptyValues,
  name: draftName,
  importantToMe: 'My daughter, my allotment, and being listened to.',
  experience: 'I use a wheelchair and have used adult social care for ten years.',
  needs: ['step_free', 'breaks'],
  contactMethod: 'phone',
  contactDetails: { phone: '01632 960 001' },
  skills: ['Listening', 'Gardening'],
};

/** A 1 × 1 pixel PNG. */
export const tinyPng = (): File =>
  new File([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0))], 'me.png', {
    type: 'image/png',
  });

/** Chooses a file in the picture field, as the file picker would (the browser's hidden input behind the control's button). */
export function chooseFile(element: HTMLElement, file: File): void {
  const input = shadow(element).querySelector<HTMLInputElement>('#field-picture-dataUrl-input');
  if (!input) throw new Error('No picture field');
  pickFile(input, file);
}

const updated = (element: HTMLElement): Promise<unknown> => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

/** Waits until the form is on screen (the topics list has loaded). */
export async function formReady(element: HTMLElement): Promise<void> {
  await until(() => shadow(element).querySelector('#field-topics'), 'the topics to load');
}

export async function chooseContact(element: HTMLElement, method: ContactMethod): Promise<void> {
  await formReady(element);
  clickOn(element, `input[name="field-contact-method"][value="${method}"]`);
  await until(() => shadow(element).querySelector('#field-contact-detail'), `the ${method} detail field`);
}

/** Fills in what a profile needs, like a person would. */
export async function fillRequired(element: HTMLElement, name = 'Sam'): Promise<void> {
  await formReady(element);
  typeInto(element, '#field-name', name);
  typeInto(element, '#field-importantToMe', 'My family and my dog.');
  typeInto(element, '#field-experience', 'I have used mental health services for five years.');
  await chooseContact(element, 'email');
  typeInto(element, '#field-contact-detail', 'sam@example.com');
  clickOn(element, '#field-consent');
  await updated(element);
}

export async function submit(element: HTMLElement): Promise<void> {
  clickOn(element, 'button[type="submit"]');
  await updated(element);
}

const form = (id: string, api: () => CoprodApi, options: { locale?: string; readingLevel?: string } = {}) => () => {
  freshStart(id);
  return html`<coprod-provider .adapter=${api()} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'}>
    <coprod-profile-form id=${id}></coprod-profile-form>
  </coprod-provider>`;
};

/** A new profile that chose "a weekly summary", saved: the notices that a choice made with proof stays, and messages turned off stay off. */
const savedOftenSet = (id: string, options: { locale?: string; readingLevel?: string } = {}) => ({
  render: form(id, newApi, options),
  play: async (element: HTMLElement) => {
    await fillRequired(element);
    await until(() => shadow(element).querySelector('#field-messages-frequency-1'), 'how often');
    clickOn(element, '#field-messages-frequency-1');
    await submit(element);
    await until(() => shadow(element).querySelector('[data-often-stays] ~ [data-off-stays]'), 'the notices');
  },
});

/** A seed profile opened with its token, as after signing in on the host site. */
const ownProfile = (id: string) => () => {
  freshStart(id);
  const api = newApi();
  return html`<coprod-provider .adapter=${api} locale="en-GB">
    <coprod-profile-form id=${id} profile-id="prof-bernie" .token=${api.editTokenOf('prof-bernie')}></coprod-profile-form>
  </coprod-provider>`;
};

const contactStates = (['email', 'phone', 'text', 'post', 'supporter'] as const).map((method) => ({
  name: `Contact by ${method}`,
  description: `Choosing "${method}" reveals only the matching detail field, with the right keyboard and autocomplete.`,
  render: form(`profile-contact-${method}`, newApi),
  play: (element: HTMLElement) => chooseContact(element, method),
}));

/** A letter, not a picture: refused. */
const letter = (): File => new File(['%PDF-1.4'], 'letter.pdf', { type: 'application/pdf' });

/** The form in a reading with `file` chosen for the picture, shown once the preview (a picture) or the error (anything else) is. */
function pictureState(name: string, id: string, options: { locale?: string; readingLevel?: string }, file: () => File, description?: string): NamedState {
  return {
    name,
    ...(description ? { description } : {}),
    render: form(id, newApi, options),
    play: async (element) => {
      await formReady(element);
      const chosen = file();
      chooseFile(element, chosen);
      const picture = chosen.type.startsWith('image/');
      await until(() => shadow(element).querySelector(picture ? '.picture-preview' : '#field-picture-dataUrl-error'), picture ? 'the preview' : 'the picture error');
    },
  };
}

export const states: ComponentStates = {
  tag: 'coprod-profile-form',
  states: [
    { name: 'Empty form', render: form('profile-empty', newApi), play: formReady },
    {
      name: 'With errors',
      description: 'Saving an empty form: the error summary takes focus and links to each field.',
      render: form('profile-errors', newApi),
      play: async (element) => {
        await formReady(element);
        await submit(element);
        await until(() => shadow(element).querySelector('.error-summary'), 'the error summary');
      },
    },
    ...contactStates,
    {
      name: 'Contact by email: how often, weekly',
      description: 'With email or text, "How often should we tell you?" (each time, or a weekly summary; decisions go at once either way), loaded on first use.',
      render: form('profile-often', newApi),
      play: async (element: HTMLElement) => {
        await chooseContact(element, 'email');
        await until(() => shadow(element).querySelector('#field-messages-frequency-1'), 'how often');
        clickOn(element, '#field-messages-frequency-1');
        await updated(element);
      },
    },
    pictureState('Picture chosen', 'profile-picture', {}, tinyPng, 'A preview, and a required description of the picture.'),
    pictureState('Picture rejected', 'profile-picture-rejected', {}, letter, 'A file that is not a picture is refused with a clear message.'),
    // The picture's file control in the page's words (core/forms fileField), never the browser's "Choose File / No file chosen"
    // (with no file: the "Welsh" and "Easy read" states below).
    pictureState('Welsh: picture chosen', 'profile-picture-chosen-cy', { locale: 'cy' }, tinyPng, 'A picture chosen on a Welsh page: its name in the control, the preview and the description asked for in Welsh.'),
    pictureState('Welsh: picture rejected', 'profile-picture-rejected-cy', { locale: 'cy' }, letter),
    pictureState('Easy read: picture rejected', 'profile-picture-rejected-easy', { readingLevel: 'easy-read' }, letter),
    pictureState('Welsh easy read: picture chosen', 'profile-picture-chosen-cy-easy', { locale: 'cy', readingLevel: 'easy-read' }, tinyPng),
    {
      name: 'Skills added',
      render: form('profile-skills', newApi),
      play: async (element) => {
        await formReady(element);
        for (const skill of ['Listening', 'Chairing meetings']) {
          typeInto(element, '#field-skills', skill);
          clickOn(element, '#add-skill');
          await updated(element);
        }
      },
    },
    {
      name: 'Draft restored',
      description: 'The page was reloaded: what was typed is back, with a notice and "Start again".',
      render: () => {
        freshStart('profile-draft');
        sessionStorage.setItem(storageKeys('profile-draft').draft, JSON.stringify({ values: sampleDraft }));
        return html`<coprod-provider .adapter=${newApi()} locale="en-GB"><coprod-profile-form id="profile-draft"></coprod-profile-form></coprod-provider>`;
      },
      play: formReady,
    },
    {
      name: 'Saving',
      render: form('profile-saving', savingApi),
      play: async (element) => {
        await fillRequired(element);
        await submit(element);
        await until(() => shadow(element).querySelector('form[aria-busy="true"]'), 'the saving state');
      },
    },
    {
      name: 'Save failed',
      description: 'The network failed: everything typed is kept, and the message says what to do.',
      render: form('profile-save-failed', () => flakyApi(newApi(), { failures: 1000, methods: ['createProfile'] })),
      play: async (element) => {
        await fillRequired(element);
        await submit(element);
        await until(() => shadow(element).querySelector('[data-form-failure]'), 'the failure message');
      },
    },
    {
      name: 'Server field errors',
      description: 'The server refused one answer; it is shown like the form’s own errors.',
      render: form('profile-server-errors', rejectingApi),
      play: async (element) => {
        await fillRequired(element);
        await submit(element);
        await until(() => shadow(element).querySelector('.error-summary'), 'the error summary');
      },
    },
    {
      name: 'Saved view',
      description: 'The profile shown back as a one page profile, with the profile number to quote and the private key to keep secret.',
      render: form('profile-saved', newApi),
      play: async (element) => {
        await fillRequired(element);
        await submit(element);
        await until(() => shadow(element).querySelector('#saved-title'), 'the saved profile');
      },
    },
    {
      name: 'Saved: how often set',
      description:
        'A new profile with "a weekly summary": the saved notice says that a choice of how often made on the person’s own page or from a message’s link stays, that messages turned off before stay off (review S0), and where to change them. The same words whether or not anyone chose, so they reveal nothing about the address.',
      ...savedOftenSet('profile-often-set'),
    },
    { name: 'Welsh: saved, how often set', ...savedOftenSet('profile-often-set-cy', { locale: 'cy' }) },
    { name: 'Easy read: saved, how often set', ...savedOftenSet('profile-often-set-easy', { readingLevel: 'easy-read' }) },
    {
      name: 'Loading a profile',
      render: () => {
        freshStart('profile-loading');
        return html`<coprod-provider .adapter=${neverSettlingApi()}><coprod-profile-form id="profile-loading" profile-id="prof-bernie" token="t"></coprod-profile-form></coprod-provider>`;
      },
    },
    {
      name: 'Loading failed',
      render: () => {
        freshStart('profile-load-failed');
        return html`<coprod-provider .adapter=${failingApi('network')}
          ><coprod-profile-form id="profile-load-failed" profile-id="prof-bernie" token="t" fallback-href="/contact-us"></coprod-profile-form
        ></coprod-provider>`;
      },
      play: (element) => until(() => shadow(element).querySelector('[part="error"]'), 'the error').then(() => undefined),
    },
    {
      name: 'Own profile',
      description: 'Opened with `profile-id` and the host site’s sign-in token.',
      render: ownProfile('profile-own'),
      play: (element) => until(() => shadow(element).querySelector('#profile-name'), 'the profile').then(() => undefined),
    },
    {
      name: 'Edit',
      render: ownProfile('profile-edit'),
      play: async (element) => {
        await until(() => shadow(element).querySelector('#edit-button'), 'the profile');
        clickOn(element, '#edit-button');
        await formReady(element);
      },
    },
    (() => {
      let api = newApi();
      return {
        name: 'Save conflict: changes kept',
        description: 'Someone changed the profile in another place since it was opened: the form reads it again, keeps what was typed on top of their change, and says so; the next save goes through.',
        render: () => {
          freshStart('profile-conflict');
          api = newApi();
          return html`<coprod-provider .adapter=${api} locale="en-GB">
            <coprod-profile-form id="profile-conflict" profile-id="prof-bernie" .token=${api.editTokenOf('prof-bernie')}></coprod-profile-form>
          </coprod-provider>`;
        },
        play: async (element: HTMLElement) => {
          await until(() => shadow(element).querySelector('#edit-button'), 'the profile');
          clickOn(element, '#edit-button');
          await formReady(element);
          typeInto(element, '#field-experience', 'I have cared for my mum for ten years.');
          const profileToken = api.editTokenOf('prof-bernie');
          const { id, createdAt: _c, updatedAt: _u, ...input } = await api.getProfile('prof-bernie', { profileToken });
          await api.updateProfile(id, { ...input, networks: 'Carers’ café on Tuesdays' }, { profileToken });
          await submit(element);
          await until(() => shadow(element).querySelector('[data-form-failure]'), 'the conflict message');
        },
      };
    })(),
    {
      name: 'Draft restored over a newer profile',
      description: 'Changes kept in the tab came back after the profile was saved again elsewhere (another tab, or the council on request): they are laid over what is saved now, and the notice says so.',
      render: () => {
        freshStart('profile-draft-newer');
        const api = newApi();
        const draft = { values: { ...emptyValues, experience: 'I have cared for my mum for ten years.' }, editingId: 'prof-bernie', base: '2000-01-01T00:00:00.000Z', changed: ['experience'] };
        sessionStorage.setItem(storageKeys('profile-draft-newer').draft, JSON.stringify(draft));
        return html`<coprod-provider .adapter=${api} locale="en-GB">
          <coprod-profile-form id="profile-draft-newer" profile-id="prof-bernie" .token=${api.editTokenOf('prof-bernie')}></coprod-profile-form>
        </coprod-provider>`;
      },
      play: async (element) => {
        await until(() => shadow(element).querySelector('[part="draft-notice"]'), 'the restored changes');
      },
    },
    {
      name: 'Delete confirm',
      render: ownProfile('profile-delete-confirm'),
      play: async (element) => {
        await until(() => shadow(element).querySelector('#delete-button'), 'the profile');
        clickOn(element, '#delete-button');
        await until(() => shadow(element).querySelector('dialog[open]'), 'the confirmation');
      },
    },
    {
      name: 'Deleted',
      render: ownProfile('profile-deleted'),
      play: async (element) => {
        await until(() => shadow(element).querySelector('#delete-button'), 'the profile');
        clickOn(element, '#delete-button');
        await until(() => shadow(element).querySelector('dialog[open]'), 'the confirmation');
        clickOn(element, 'dialog .button.warning');
        await until(() => shadow(element).querySelector('#deleted-title'), 'the deleted message');
      },
    },
    { name: 'Welsh', render: form('profile-welsh', newApi, { locale: 'cy' }), play: formReady },
    {
      name: 'Welsh with errors',
      render: form('profile-welsh-errors', newApi, { locale: 'cy' }),
      play: async (element) => {
        await formReady(element);
        await submit(element);
        await until(() => shadow(element).querySelector('.error-summary'), 'the error summary');
      },
    },
    { name: 'Easy read', render: form('profile-easy-read', newApi, { readingLevel: 'easy-read' }), play: formReady },
    {
      name: 'Council consent wording',
      description: 'The council’s own wording through the `consent` slot, with a link to its privacy notice.',
      render: () => {
        freshStart('profile-consent-slot');
        return html`<coprod-provider .adapter=${newApi()}>
          <coprod-profile-form id="profile-consent-slot">
            <p slot="consent">Anytown Council will keep your profile for two years. Read our <a href="/privacy">privacy notice</a>.</p>
          </coprod-profile-form>
        </coprod-provider>`;
      },
      play: formReady,
    },
    {
      name: 'No service',
      description: 'Neither an API nor an adapter is configured: a plain message and a link.',
      render: () => html`<coprod-profile-form fallback-href="/contact-us"></coprod-profile-form>`,
    },
  ],
};
