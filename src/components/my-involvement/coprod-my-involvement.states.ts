import { html } from 'lit';
import type { ComponentStates, NamedState } from '../../core/states.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { ApiError } from '../../api/errors.js';
import { InMemoryApi } from '../../api/in-memory.js';
import { GOOD_CODE, GOOD_KEY, GOOD_LINK, MeFixtureApi, type MeFixtureOptions } from '../../../test/helpers/me-fixtures.js';
import './coprod-my-involvement.js';

interface Options extends MeFixtureOptions {
  locale?: 'en-GB' | 'cy';
  readingLevel?: 'standard' | 'easy-read';
  link?: string;
  api?: InMemoryApi;
}

function widget(options: Options = {}) {
  const api = options.api ?? new MeFixtureApi(options);
  return html`<coprod-my-involvement
    .adapter=${api}
    locale=${options.locale ?? 'en-GB'}
    reading-level=${options.readingLevel ?? 'standard'}
    fallback-href="https://council.example/contact"
    .signInLink=${options.link}
  ></coprod-my-involvement>`;
}

/** Every call works but erasing, which the server refuses. */
class EraseFails extends MeFixtureApi {
  override async eraseMe(): Promise<never> {
    throw new ApiError('server', 'The server could not erase it.');
  }
}

const shows = (selector: string, what: string) => async (element: HTMLElement) => {
  await until(() => shadow(element).querySelector(selector), what);
};
const signedIn = shows('[data-sign-out]', 'the signed-in page');
const loadedProfile = async (element: HTMLElement) => {
  await signedIn(element);
  const form = await until(() => shadow(element).querySelector('coprod-profile-form'), 'the profile');
  await until(() => form.shadowRoot?.querySelector('[part="actions"]'), 'the profile to show');
};

async function askByEmail(element: HTMLElement, address = 'rhian@example.org') {
  typeInto(element, '#field-address', address);
  clickOn(element, 'form.sign-in button[type="submit"]');
}

async function askByText(element: HTMLElement) {
  shadow(element).querySelector<HTMLInputElement>('input[value="text"]')!.click();
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  typeInto(element, '#field-address', '07700 900123');
  clickOn(element, 'form.sign-in button[type="submit"]');
  await shows('form.code', 'the code form')(element);
}

const signInStates: NamedState[] = [
  { name: 'Ask for a link', description: 'Signed out: email a link (or text a code); a profile number and private key also open the profile.', render: () => widget() },
  {
    name: 'Ask: address missing',
    description: 'Sent with no address: the error summary takes focus and links to the field.',
    render: () => widget(),
    play: async (element) => {
      clickOn(element, 'form.sign-in button[type="submit"]');
      await shows('.error-summary', 'the error summary')(element);
    },
  },
  {
    name: 'Ask: server refused the address',
    description: 'The server answered 422 for the address; its message shows at the field.',
    render: () => widget(),
    play: async (element) => {
      await askByEmail(element, 'rhian@example');
      await shows('.error-summary', 'the error summary')(element);
    },
  },
  {
    name: 'Too many requests',
    description: 'The address or this device asked too often (429): wait, or use the last link.',
    render: () => widget({ rateLimited: true }),
    play: async (element) => {
      await askByEmail(element);
      await shows('[data-form-failure]', 'the failure')(element);
    },
  },
  { name: 'Check your email', render: () => widget(), play: async (element) => { await askByEmail(element); await shows('[data-sent="email"]', 'check your email')(element); } },
  { name: 'Enter the code', description: 'A six-digit code was sent by text.', render: () => widget(), play: askByText },
  {
    name: 'Code refused',
    description: 'A wrong, used or expired code: one message, which never says whether the number is known.',
    render: () => widget(),
    play: async (element) => {
      await askByText(element);
      typeInto(element, '#field-code', '000000');
      clickOn(element, 'form.code button[type="submit"]');
      await shows('[data-form-failure]', 'the failure')(element);
    },
  },
  {
    name: 'Link expired or used',
    description: 'The page was opened with a link that is expired, used or made up.',
    render: () => widget({ link: 'expired-or-used-link-000' }),
    play: shows('[data-notice="failed"]', 'the link failed message'),
  },
  { name: 'Signing in', description: 'Exchanging the link from the page address.', render: () => widget({ link: GOOD_LINK, latencyMs: 60_000 }), play: shows('[aria-busy="true"]', 'the busy state') },
  {
    name: 'Profile key refused',
    render: () => widget(),
    play: async (element) => {
      shadow(element).querySelector('details')!.open = true;
      typeInto(element, '#field-profileId', 'prof-rhian');
      typeInto(element, '#field-key', 'not-the-key');
      clickOn(element, 'details button[type="submit"]');
      await shows('details [data-form-failure]', 'the failure')(element);
    },
  },
];

const pageStates: NamedState[] = [
  { name: 'Loading the page', render: () => widget({ link: GOOD_LINK, pageLatencyMs: 60_000 }), play: shows('[aria-busy="true"]', 'loading') },
  { name: 'Signed in', description: 'Their profile (change, delete), interests with status, feedback with every update, preferences and erasure.', render: () => widget({ link: GOOD_LINK }), play: loadedProfile },
  {
    name: 'Opened at one feedback item',
    description: 'Signed in from a message’s link to one feedback item (`?feedback=<id>` in the page address): the page opens with the focus on that item, scrolled to it.',
    render: () => {
      history.replaceState(null, '', `${location.pathname}?feedback=fb-r2`);
      return widget({ link: GOOD_LINK });
    },
    play: async (element) => {
      await until(() => shadow(element).activeElement?.id === 'feedback-fb-r2', 'the focus on the item');
      history.replaceState(null, '', location.pathname);
    },
  },
  {
    name: 'Opened at feedback that is not theirs',
    description: 'A link to a feedback item (`?feedback=<id>`) that is not among the signed-in person’s: the page says so plainly.',
    render: () => {
      history.replaceState(null, '', `${location.pathname}?feedback=fb-someone-else`);
      return widget({ link: GOOD_LINK });
    },
    play: async (element) => {
      await shows('[data-feedback-not-yours]', 'not theirs')(element);
      history.replaceState(null, '', location.pathname);
    },
  },
  { name: 'Signed in by text', render: () => widget({ link: undefined }), play: async (element) => { await askByText(element); typeInto(element, '#field-code', GOOD_CODE); clickOn(element, 'form.code button[type="submit"]'); await loadedProfile(element); } },
  {
    name: 'Opened with the profile key',
    description: 'The profile number and private key open the profile only.',
    render: () => widget(),
    play: async (element) => {
      shadow(element).querySelector('details')!.open = true;
      typeInto(element, '#field-profileId', 'prof-rhian');
      typeInto(element, '#field-key', GOOD_KEY);
      clickOn(element, 'details button[type="submit"]');
      await loadedProfile(element);
    },
  },
  { name: 'Nothing held', description: 'Signed in, but nothing was given with this address.', render: () => widget({ link: GOOD_LINK, holds: 'empty' }), play: shows('[part="empty"]', 'the empty state') },
  { name: 'Page failed to load', render: () => widget({ link: GOOD_LINK, pageFails: 'server' }), play: shows('[part="error"]', 'the error') },
  { name: 'Sign-in ended', description: 'The 30-minute sign-in ended: ask again.', render: () => widget({ link: GOOD_LINK, pageFails: 'unauthorized' }), play: shows('[data-notice="ended"]', 'the ended notice') },
  { name: 'Signed out', render: () => widget({ link: GOOD_LINK }), play: async (element) => { await signedIn(element); clickOn(element, '[data-sign-out]'); await shows('[data-notice="signed-out"]', 'signed out')(element); } },
  { name: 'Confirm erasing', render: () => widget({ link: GOOD_LINK }), play: async (element) => { await loadedProfile(element); clickOn(element, '[data-erase]'); await shows('[data-erase-yes]', 'the confirmation')(element); } },
  {
    name: 'Erasing failed',
    description: 'The question stays open, with the reason under it and the focus on "Yes".',
    render: () => widget({ link: GOOD_LINK, api: new EraseFails() }),
    play: async (element) => {
      await loadedProfile(element);
      clickOn(element, '[data-erase]');
      await shows('[data-erase-yes]', 'the confirmation')(element);
      clickOn(element, '[data-erase-yes]');
      await shows('[data-erase-failed]', 'the reason')(element);
    },
  },
  {
    name: 'Erased',
    render: () => widget({ link: GOOD_LINK }),
    play: async (element) => {
      await loadedProfile(element);
      clickOn(element, '[data-erase]');
      await shows('[data-erase-yes]', 'the confirmation')(element);
      clickOn(element, '[data-erase-yes]');
      await shows('.panel.success', 'erased')(element);
    },
  },
  {
    name: 'Message preferences saved',
    description: 'They chose a weekly summary; decisions still come at once.',
    render: () => widget({ link: GOOD_LINK }),
    play: async (element) => {
      await signedIn(element);
      const weekly = await until(() => shadow(element).querySelector<HTMLInputElement>('form.preferences input[value="weekly"]'), 'the preferences');
      weekly.click();
      clickOn(element, 'form.preferences button[type="submit"]');
      await shows('[data-preferences="saved"]', 'saved')(element);
    },
  },
  { name: 'Not available', description: 'The adapter has no person’s-page calls: say so, with the council’s link.', render: () => widget({ api: new InMemoryApi() }) },
  { name: 'Welsh: ask for a link', render: () => widget({ locale: 'cy' }) },
  { name: 'Welsh: signed in', render: () => widget({ link: GOOD_LINK, locale: 'cy' }), play: loadedProfile },
  { name: 'Easy read: check your email', render: () => widget({ readingLevel: 'easy-read' }), play: async (element) => { await askByEmail(element); await shows('[data-sent="email"]', 'check your email')(element); } },
  { name: 'Easy read: signed in', render: () => widget({ link: GOOD_LINK, readingLevel: 'easy-read' }), play: loadedProfile },
];

export const states: ComponentStates = { tag: 'coprod-my-involvement', states: [...signInStates, ...pageStates] };
