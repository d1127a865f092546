/**
 * How live-attributes.test.ts drives each attribute: the value a widget starts with
 * (`from`; none when undefined), the value it changes to, which API it talks to, and any
 * other attributes or steps needed for the attribute to show.
 */
import type { CoprodApi } from '../../src/api/api.js';
import { GOOD_LINK, MeFixtureApi } from '../helpers/me-fixtures.js';
import { evaluationApi, TOKEN as EVALUATION_TOKEN } from '../../src/components/evaluation/coprod-evaluation.states.js';
import { signedIn } from '../../src/components/opportunity-list/coprod-opportunity-list.states.js';

export interface Probe {
  from?: string | undefined;
  to: string | undefined;
  /** The in-memory adapter with seed data (default), HTTP answered 404 (to see requests and tokens), or no API. */
  api?: 'adapter' | 'http' | 'none';
  /** Other attributes both widgets get. */
  with?: Record<string, string>;
  /** Why this attribute is not probed yet (the test is listed as skipped with this reason). */
  notYet?: string;
  /** Steps a person takes before the change, to reach where the attribute shows. */
  prepare?: (element: HTMLElement) => Promise<void>;
  /** A step a person takes before the change and again after it: the attribute shows in what that step asks. */
  act?: (element: HTMLElement) => Promise<void>;
  /** The adapter the in-memory one is replaced with (wrapped to record its calls), for data the seed lacks. */
  adapter?: () => CoprodApi;
  /** The widget a provider probe puts inside the provider (default: an opportunity list). */
  child?: string;
  /**
   * Why only what the widget shows is compared, not the requests it made (e.g. a section loaded once keeps its
   * request in the log: the widget that changed has asked for more than a fresh one, rightly).
   */
  viewOnly?: string;
}

async function until<T>(check: () => T | null | undefined, what: string): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > 5000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Asks for a sign-in link by email, as a signed-out person on their own page. */
async function askForLink(element: HTMLElement): Promise<void> {
  const root = element.shadowRoot!;
  const input = await until(() => root.querySelector<HTMLInputElement>('form.sign-in input[inputmode="email"]'), 'the email address field');
  input.value = 'sam@example.org';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  root.querySelector<HTMLButtonElement>('form.sign-in button[type="submit"]')!.click();
  await until(() => root.querySelector('[data-form-failure]'), 'the answer to asking for a link');
}

/** Hands the list a sign-in the adapter knows (each fresh `signedIn()` adapter gives Bernie the same first token), and waits for the choice. */
async function signInToList(element: HTMLElement): Promise<void> {
  (element as HTMLElement & { meToken?: string }).meToken = signedIn().token;
  await until(() => element.shadowRoot?.querySelector('#field-for-me'), '"Only what may suit me"');
}

/** Opens the person's page from the link in their message, and waits for it. */
async function signInWithLink(element: HTMLElement): Promise<void> {
  (element as HTMLElement & { signInLink?: string }).signInLink = GOOD_LINK;
  await until(() => element.shadowRoot?.querySelector('[data-suits-item]'), 'the signed-in page with "may suit you"');
}

/** Signs the person in, as their own page does with the token of their sign-in (never an attribute). */
async function signInToPay(element: HTMLElement): Promise<void> {
  (element as HTMLElement & { meToken?: string }).meToken = 'me-token';
  await Promise.resolve();
}

/** Opens the first opportunity of a list in place, as a person clicking its title. */
async function openFirstOpportunity(list: HTMLElement): Promise<void> {
  const link = await until(() => list.shadowRoot?.querySelector<HTMLAnchorElement>('.card-title a'), 'a card title');
  link.click();
  await until(() => list.shadowRoot?.querySelector('coprod-opportunity')?.shadowRoot?.querySelector('form'), 'the opened opportunity');
}

/** Staff widgets ask for nothing without a staff token. */
const STAFF = { token: 'staff-token' };

/** Attributes every widget shares. */
const shared: Record<string, Probe> = {
  'api-base': { from: '/api-a/v1', to: '/api-b/v1', api: 'http' },
  token: { from: 'token-a', to: 'token-b', api: 'http', with: { 'api-base': '/api/v1' } },
  locale: { from: 'en-GB', to: 'cy' },
  'reading-level': { from: 'standard', to: 'easy-read' },
  theme: { from: 'light', to: 'dark' },
  'heading-level': { from: '2', to: '4' },
  'fallback-href': { from: '/council/a', to: '/council/b', api: 'none' },
  'hide-heading': { from: undefined, to: '' },
  'show-reading-switch': { from: undefined, to: '' },
};

const staffShared: Record<string, Probe> = {
  ...Object.fromEntries(Object.entries(shared).map(([name, probe]) => [name, { ...probe, with: { ...STAFF, ...probe.with } }])),
  token: { from: 'token-a', to: 'token-b', api: 'http', with: { 'api-base': '/api/v1' } },
  'sign-in-href': { from: '/staff/sign-in-a', to: '/staff/sign-in-b', api: 'none' },
  // With no token: an issuer and a client id turn the sign-in link into "Sign in with the council account".
  issuer: { from: undefined, to: 'https://id.anytown.example', with: { 'client-id': 'coprod-staff' } },
  'client-id': { from: undefined, to: 'coprod-staff', with: { issuer: 'https://id.anytown.example' } },
};

const byTag: Record<string, Record<string, Probe>> = {
  'coprod-provider': {
    ...Object.fromEntries(Object.entries(shared).filter(([name]) => ['api-base', 'token', 'locale', 'reading-level', 'show-reading-switch'].includes(name))),
    // A staff widget inside the provider turns its sign-in link into "Sign in with the council account".
    issuer: { ...staffShared['issuer']!, child: 'coprod-staff-feedback' },
    'client-id': { ...staffShared['client-id']!, child: 'coprod-staff-feedback' },
  },
  'coprod-opportunity-list': {
    ...shared,
    topic: { from: 'carers', to: 'mental-health' },
    area: { from: 'town-centre', to: 'riverside' },
    organisation: { from: 'anytown-council', to: 'anytown-carers-centre' },
    limit: { from: '2', to: '3' },
    'hide-filters': { from: undefined, to: '' },
    'sync-url': { from: undefined, to: '', with: { topic: 'carers' } },
    'no-url': { from: undefined, to: '', notYet: "it changes the page's address, not what the list shows or asks (coprod-opportunity-list.deep-link.test.ts)" },
    // `no-url`: the opened opportunity stays out of the address, which the fresh list would open.
    'consent-text': { from: 'We keep it for a year.', to: 'We keep it for two years.', with: { 'no-url': '' }, prepare: openFirstOpportunity },
    // A person signed in (their page hands the list its meToken): only then is there a choice to tick.
    'for-me': { from: undefined, to: '', adapter: () => signedIn().api, prepare: signInToList },
  },
  'coprod-opportunity': {
    ...Object.fromEntries(Object.entries(shared).map(([name, probe]) => [name, { ...probe, with: { 'opportunity-id': 'opp-carers-strategy', ...probe.with } }])),
    'opportunity-id': { from: 'opp-carers-strategy', to: 'opp-easy-read-leaflets' },
    'consent-text': { from: 'We keep it for a year.', to: 'We keep it for two years.', with: { 'opportunity-id': 'opp-carers-strategy' } },
    'share-href': { from: '/share/a', to: '/share/b', with: { 'opportunity-id': 'opp-carers-strategy' } },
  },
  'coprod-profile-form': {
    ...shared,
    'profile-id': { from: undefined, to: 'prof-bernie' },
    'consent-text': { from: 'We keep it for a year.', to: 'We keep it for two years.' },
  },
  'coprod-feedback-loop': {
    ...shared,
    mode: { from: 'both', to: 'board' },
    topic: { from: 'carers', to: 'mental-health' },
    'page-size': { from: '2', to: '3' },
    'collapse-form': { from: undefined, to: '' },
    'no-url': { from: undefined, to: '', notYet: "it changes the page's address, not what the board shows or asks (coprod-feedback-loop.deep-link.test.ts)" },
  },
  'coprod-my-involvement': {
    ...shared,
    // Signed out, the page asks the API nothing until the person asks for a link: the next link they ask for goes to the new base, with the new token.
    'api-base': { ...shared['api-base']!, act: askForLink },
    token: { ...shared['token']!, act: askForLink },
    // Signed in, with a profile: the titles of the interests and of "may suit you" link there.
    'opportunity-href': { from: undefined, to: '/get-involved/{id}', adapter: () => new MeFixtureApi(), prepare: signInWithLink },
  },
  'coprod-evaluation': {
    ...shared,
    // Without an invitation token the widget asks the API nothing (it says to open the link from the message).
    'api-base': { ...shared['api-base']!, with: { 'invitation-token': EVALUATION_TOKEN } },
    // Answers are anonymous: opening the invitation and sending carry no Authorization, whatever the page's token.
    token: { ...shared['token']!, with: { ...shared['token']!.with, 'invitation-token': EVALUATION_TOKEN }, notYet: 'by design (issue 17): the evaluation is anonymous, so its requests carry no token at all (test/node/people-client.test.ts checks it)' },
    'invitation-token': { from: EVALUATION_TOKEN, to: 'another-invite-token-0123456789' },
    'heading-level': { ...shared['heading-level']!, with: { 'invitation-token': EVALUATION_TOKEN }, adapter: () => evaluationApi() },
    'hide-heading': { ...shared['hide-heading']!, with: { 'invitation-token': EVALUATION_TOKEN }, adapter: () => evaluationApi() },
  },
  'coprod-staff-opportunities': {
    ...staffShared,
    organisation: { from: 'anytown-council', to: 'anytown-carers-centre', with: STAFF },
    // "See who is interested" shows only where someone is: the Deaf community's list holds the BSL group, with interest in the seed.
    'interest-href': { from: undefined, to: '#people={id}', with: { ...STAFF, organisation: 'deaf-community-anytown' } },
    'initial-status': { from: 'open', to: 'draft', with: STAFF },
  },
  'coprod-staff-interest': {
    ...Object.fromEntries(Object.entries(staffShared).map(([name, probe]) => [name, { ...probe, with: { 'opportunity-id': 'opp-carers-strategy', ...probe.with } }])),
    'opportunity-id': { from: 'opp-carers-strategy', to: 'opp-easy-read-leaflets', with: STAFF },
    'respond-within-days': { from: '10', to: '1', with: { ...STAFF, 'opportunity-id': 'opp-carers-strategy' } },
    choose: { from: undefined, to: '', with: { ...STAFF, 'opportunity-id': 'opp-carers-strategy' } },
  },
  'coprod-staff-feedback': {
    ...staffShared,
    status: { from: undefined, to: 'considering', with: STAFF },
    'respond-within-days': { from: '20', to: '1', with: STAFF },
  },
  'coprod-claim': {
    ...shared,
    // The claim asks the API only with the person's sign-in, a property their own page sets (never an attribute).
    'api-base': { ...shared['api-base']!, prepare: signInToPay },
    // Every request it makes carries the person's own sign-in (meToken) instead of the page's token.
    token: { ...shared['token']!, prepare: signInToPay, notYet: 'by design (README, The person’s own page): every request the claim makes carries the person’s sign-in (meToken) from their page; a page token must never claim money for a person' },
  },
  'coprod-staff-claims': {
    ...Object.fromEntries(Object.entries(staffShared).map(([name, probe]) => [name, { ...probe, with: { 'opportunity-id': 'opp-carers-strategy', ...probe.with } }])),
    'opportunity-id': { from: 'opp-carers-strategy', to: 'opp-easy-read-leaflets', with: STAFF },
  },
  'coprod-staff-people': {
    ...Object.fromEntries(Object.entries(staffShared).map(([name, probe]) => [name, { ...probe, with: { 'opportunity-id': 'opp-carers-strategy', ...probe.with } }])),
    'opportunity-id': { from: 'opp-carers-strategy', to: 'opp-easy-read-leaflets', with: STAFF },
  },
  'coprod-staff-insights': {
    ...staffShared,
    'opportunity-id': { from: 'opp-carers-strategy', to: 'opp-easy-read-leaflets', with: STAFF },
  },
  'coprod-staff-workspace': {
    ...staffShared,
    section: { from: 'opportunities', to: 'feedback', with: STAFF, viewOnly: 'a section, once shown, keeps its first request in the log' },
    'opportunity-id': { from: 'opp-carers-strategy', to: 'opp-easy-read-leaflets', with: STAFF },
  },
  'coprod-staff-audit': { ...staffShared },
  'coprod-involvement-results': {
    ...shared,
    // The in-memory seed has no answers, so both activities show the same "too few" view.
    'opportunity-id': { from: 'opp-carers-strategy', to: 'opp-easy-read-leaflets', notYet: 'the seed has no published results to filter (issue 17)' },
  },
};

/** Every tag with probes: each must be in custom-elements.json, with each probed attribute. */
export const probedTags = Object.keys(byTag);

export function probes(tag: string): Record<string, Probe> {
  return byTag[tag] ?? {};
}
