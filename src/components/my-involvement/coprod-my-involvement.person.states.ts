/**
 * Named states of the person's page for "who looked at your profile" (issue 20) and "may suit
 * you" (issue 18): their own module, so the page's other states stay as they are. The design
 * sweep finds every `*.states.ts`; the stories are in stories/my-involvement.stories.ts.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ComponentStates, NamedState } from '../../core/states.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { ApiError } from '../../api/errors.js';
import type { MeCallOptions } from '../../api/api.js';
import type { MessagePreferences } from '../../api/types.js';
import { GOOD_KEY, GOOD_LINK, MeFixtureApi, type MeFixtureOptions } from '../../../test/helpers/me-fixtures.js';
import './coprod-my-involvement.js';

interface Options extends MeFixtureOptions {
  locale?: 'en-GB' | 'cy';
  readingLevel?: 'standard' | 'easy-read';
  opportunityHref?: string;
}

const widget = (options: Options = {}) =>
  html`<coprod-my-involvement .adapter=${new MeFixtureApi(options)} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'} opportunity-href=${ifDefined(options.opportunityHref)} .signInLink=${GOOD_LINK}></coprod-my-involvement>`;

const shows = (selector: string, what: string) => async (element: HTMLElement) => {
  await until(() => shadow(element).querySelector(selector), what);
};

const looked = shows('[data-looked-item]', 'who looked');

const lookedStates: NamedState[] = [
  { name: 'Who looked at your profile', description: 'Anytown Council opened the profile twice and corrected it once: when, and the reason staff gave. Never who.', render: () => widget(), play: looked },
  { name: 'Who looked: nobody yet', description: 'Nobody at the council has opened the profile.', render: () => widget({ views: 'none' }), play: shows('[data-looked] [part="empty"]', 'nobody looked') },
  {
    name: 'Who looked: profile deleted',
    description: 'Staff deleted the profile (a second copy): the page holds nothing else, but the deletion still shows, with when and why.',
    render: () => widget({ holds: 'empty', views: 'deleted' }),
    play: shows('[data-looked-item="deleted"]', 'the deletion'),
  },
  { name: 'Who looked: no organisation name', description: 'ORGANISATION_NAME is not set: the page says "Staff".', render: () => widget({ organisation: null }), play: looked },
  { name: 'Who looked: failed', description: 'The list could not be loaded: try again.', render: () => widget({ views: 'fails' }), play: shows('[data-looked] [part="error"]', 'the error') },
  { name: 'Welsh: who looked', render: () => widget({ locale: 'cy' }), play: looked },
  { name: 'Easy read: who looked', render: () => widget({ readingLevel: 'easy-read' }), play: looked },
];

const suits = shows('[data-suits-item]', 'may suit you');

const suitsStates: NamedState[] = [
  {
    name: 'May suit you',
    description: 'Open opportunities that match the profile, ranked as staff see them, each with why in plain words and what the council would arrange for the person’s access needs. Each title links to the opportunity (`opportunity-href`).',
    render: () => widget({ opportunityHref: '/get-involved/' }),
    play: suits,
  },
  { name: 'May suit you: nothing matches', description: 'No open opportunity matches the profile just now.', render: () => widget({ suits: 'none' }), play: shows('[data-suits] [part="empty"]', 'nothing matches') },
  { name: 'May suit you: failed', render: () => widget({ suits: 'fails' }), play: shows('[data-suits] [part="error"]', 'the error') },
  { name: 'Welsh: may suit you', render: () => widget({ locale: 'cy' }), play: suits },
  { name: 'Easy read: may suit you', render: () => widget({ readingLevel: 'easy-read' }), play: suits },
];

/** The questions load on first use: open "Answer the questions about you", then wait for what `then` shows. */
const opened =
  (then: (element: HTMLElement) => Promise<void>) =>
  async (element: HTMLElement): Promise<void> => {
    await shows('[data-equality-open]', 'the about-you summary')(element);
    element.shadowRoot!.querySelector<HTMLElement>('[data-equality-open]')!.click();
    await then(element);
  };
const equality = opened(shows('[data-equality] fieldset', 'the equality questions'));

const equalityStates: NamedState[] = [
  { name: 'About you: closed', description: 'What the page shows before the person opens the questions: what they are for; nothing is loaded or fetched until they open them.', render: () => widget(), play: shows('[data-equality-open]', 'the about-you summary') },
  { name: 'About you: not answered', description: 'The optional equality questions (issue 17), none answered yet: every one has “Prefer not to say”.', render: () => widget(), play: equality },
  { name: 'About you: answered', description: 'Some answered (one “Prefer not to say”): they can be changed or deleted. Staff only ever see counts.', render: () => widget({ equality: 'some' }), play: opened(shows('[data-equality-delete]', 'the delete button')) },
  { name: 'About you: a question no longer asked', description: 'The council stopped asking a question the person had answered: their answer still shows, not counted, with a button to delete it.', render: () => widget({ equality: 'retired' }), play: opened(shows('[data-equality-forget]', 'the delete button')) },
  { name: 'About you: failed', description: 'The answers could not be loaded: try again.', render: () => widget({ equality: 'fails' }), play: opened(shows('[data-equality] [part="error"]', 'the error')) },
  { name: 'Welsh: about you', render: () => widget({ locale: 'cy', equality: 'some' }), play: equality },
  { name: 'Easy read: about you', render: () => widget({ readingLevel: 'easy-read' }), play: equality },
];

const wish = shows('form.preferences [name="field-invitations-wanted"]', 'the invitation choices');
const someTopics = { wanted: 'some' as const, topics: ['carers', 'mental-health'] };
/** "Only about these topics" chosen with none ticked, then Save: the error. */
const noTopic = async (element: HTMLElement): Promise<void> => {
  await wish(element);
  shadow(element).querySelector<HTMLInputElement>('[name="field-invitations-wanted"][value="some"]')!.click();
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  for (const box of shadow(element).querySelectorAll<HTMLInputElement>('[name="field-invitations-topics"]:checked')) box.click();
  shadow(element).querySelector<HTMLButtonElement>('form.preferences button[type="submit"]')!.click();
  await shows('.error-summary', 'the error summary')(element);
};

const wishStates: NamedState[] = [
  { name: 'Invitations: only some topics', description: 'In the message preferences, "Invitations to take part" (issue 18): the person chose "Only about these topics", so the taxonomy’s topics show under it with two ticked. Staff suggestions leave them out for other topics.', render: () => widget({ wish: someTopics }), play: wish },
  { name: 'Invitations: no topic ticked', description: '"Only about these topics" with none ticked: the error, in the reader’s language, links to the topics.', render: () => widget(), play: noTopic },
  { name: 'Welsh: invitations', render: () => widget({ locale: 'cy', wish: someTopics }), play: wish },
  { name: 'Easy read: invitations', render: () => widget({ readingLevel: 'easy-read', wish: { wanted: 'none' } }), play: wish },
];

/** The profile saves, then its changed "How often" cannot reach the preferences (the network): the page says so (review P2). */
class PreferencesDropApi extends MeFixtureApi {
  override async updateMessagePreferences(change: MessagePreferences, options: MeCallOptions) {
    if (change.frequency) throw new ApiError('network', 'Offline');
    return super.updateMessagePreferences(change, options);
  }
}

/** "Change my profile", a weekly summary, Save: the profile is saved, how often is not. */
const oftenNotChanged = async (element: HTMLElement): Promise<void> => {
  const form = await until(() => shadow(element).querySelector('coprod-profile-form'), 'the profile');
  (await until(() => form.shadowRoot?.querySelector<HTMLButtonElement>('#edit-button'), 'the change button')).click();
  (await until(() => form.shadowRoot?.querySelector<HTMLInputElement>('#field-messages-frequency-1'), 'how often, on the form')).click();
  form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
  await shows('[data-frequency-not-kept]', 'the page says how often did not change')(element);
};
const dropping = (options: Options = {}) =>
  html`<coprod-my-involvement .adapter=${new PreferencesDropApi()} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'} .signInLink=${GOOD_LINK}></coprod-my-involvement>`;

const oftenStates: NamedState[] = [
  {
    name: 'Profile saved, how often not changed',
    description: '"How often" changed on "Change my profile": the profile is saved, but the preferences could not be reached (the network), so the page says only how often did not change and where to choose it again (review P2).',
    render: () => dropping(),
    play: oftenNotChanged,
  },
  { name: 'Welsh: how often not changed', render: () => dropping({ locale: 'cy' }), play: oftenNotChanged },
  { name: 'Easy read: how often not changed', render: () => dropping({ readingLevel: 'easy-read' }), play: oftenNotChanged },
];

/** Opened with the profile number and private key (no address proved), then "How often" changed on "Change my profile" and saved. */
const oftenByKey = async (element: HTMLElement): Promise<void> => {
  const details = await until(() => shadow(element).querySelector<HTMLDetailsElement>('details'), 'the profile key form');
  details.open = true;
  typeInto(element, '#field-profileId', 'prof-rhian');
  typeInto(element, '#field-key', GOOD_KEY);
  clickOn(element, 'details button[type="submit"]');
  const form = await until(() => shadow(element).querySelector('coprod-profile-form'), 'the profile');
  (await until(() => form.shadowRoot?.querySelector<HTMLButtonElement>('#edit-button'), 'the change button')).click();
  (await until(() => form.shadowRoot?.querySelector<HTMLInputElement>('[name="field-messages-frequency"]:not(:checked)'), 'how often, on the form')).click();
  form.shadowRoot!.querySelector<HTMLButtonElement>('#save-button')!.click();
  await until(() => form.shadowRoot?.querySelector('[part="saved-notice"] [data-often-stays] ~ [data-off-stays]'), 'the saved profile says a choice made with proof stays, and messages turned off stay off');
  await until(() => form.shadowRoot?.querySelector('#edit-button'), 'the profile, saved');
};
const byKey = (options: Options = {}) =>
  html`<coprod-my-involvement .adapter=${new MeFixtureApi(options)} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'}></coprod-my-involvement>`;

const keyOftenStates: NamedState[] = [
  {
    name: 'Opened with the profile key: how often set',
    description: 'Opened with the profile number and private key (no address proved), "How often" changed on "Change my profile": the saved profile says, under its heading that takes focus and in the same words whoever owns the address, that a choice made on the person’s own page or from a message’s link stays, that messages turned off before stay off (review S0), and where to change them (session 17, prefs; session 19: in the saved panel, not read out). To turn messages on it says to sign in with the email or phone number (this page, opened with the key, shows no preferences), not "go to your page" (session 21, offStaysHere).',
    render: () => byKey(),
    play: oftenByKey,
  },
  { name: 'Welsh: profile key, how often set', render: () => byKey({ locale: 'cy' }), play: oftenByKey },
  { name: 'Easy read: profile key, how often set', render: () => byKey({ readingLevel: 'easy-read' }), play: oftenByKey },
  { name: 'Welsh easy read: profile key, how often set', render: () => byKey({ locale: 'cy', readingLevel: 'easy-read' }), play: oftenByKey },
];

export const states: ComponentStates = { tag: 'coprod-my-involvement', states: [...lookedStates, ...suitsStates, ...equalityStates, ...wishStates, ...oftenStates, ...keyOftenStates] };
