import { html, nothing } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { InMemoryApi } from '../../api/in-memory.js';
import { failingApi, neverSettlingApi } from '../../../test/helpers/scripted-adapters.js';
import { createSeed } from '@coprod/seed';
import type { OpportunityQuery } from '../../api/types.js';
import type { ComponentStates, NamedState } from '../../core/states.js';
import { ApiError } from '../../api/errors.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import '../provider/coprod-provider.js';
import './coprod-opportunity-list.js';
import { forgetPages, rememberPage } from './internal/last-results.js';
import { filterPart } from './internal/loading.js';
import { chooseReading, forgetReaderChoice } from '../../core/reader-choice.js';

/** Every state counts days from this moment, so "Closes in 3 days" never drifts. */
export const NOW = new Date('2026-11-24T10:00:00Z');

export const DEFAULT_QUERY: OpportunityQuery = { sort: 'closing', limit: 10 };

function list(api: CoprodApi, options: { locale?: string; readingLevel?: string; attributes?: 'charity' } = {}) {
  return html`<coprod-provider .adapter=${api} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'}>
    ${options.attributes === 'charity'
      ? html`<coprod-opportunity-list .today=${NOW} organisation="anytown-carers-centre" topic="carers" hide-filters></coprod-opportunity-list>`
      : html`<coprod-opportunity-list .today=${NOW}></coprod-opportunity-list>`}
  </coprod-provider>`;
}

/** Waits until the cards (or the empty or error panel) are on screen. */
export function untilLoaded(element: HTMLElement): Promise<unknown> {
  return until(() => shadow(element).querySelector('.cards, [part=empty], [part=error]'), 'the list to load');
}

/** Chooses an option of a select in the list the way a person would. */
export function choose(element: HTMLElement, selector: string, value: string): void {
  const select = shadow(element).querySelector<HTMLSelectElement>(selector);
  if (!select) throw new Error(`No select ${selector}`);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The first open opportunities, as the list last loaded them before the network went. */
function rememberedPage(): void {
  forgetPages();
  const open = createSeed(NOW).opportunities.filter((opportunity) => opportunity.status === 'open');
  rememberPage('adapter', DEFAULT_QUERY, { items: open.slice(0, 3), total: open.length, nextCursor: null });
}

/** A person signed in through their link (Bernie, who cares about carers), as their page hands the list its `meToken`. */
export function signedIn(options: { token?: 'bernie' | 'unknown' | 'nobody'; suggestions?: 'fail' } = {}): { api: InMemoryApi; token: string } {
  const api = new InMemoryApi({ now: NOW });
  if (options.suggestions === 'fail') Object.defineProperty(api, 'listMySuggestions', { value: () => Promise.reject(new ApiError('server', 'Failed', { status: 503 })) });
  const token = options.token === 'unknown' ? 'me-ended-sign-in' : api.people.signInAs(options.token === 'nobody' ? 'prof-nobody' : 'prof-bernie');
  return { api, token };
}

function forMeList(options: Parameters<typeof signedIn>[0] & { locale?: string; readingLevel?: string; signedOut?: boolean; topic?: string } = {}) {
  const { api, token } = signedIn(options);
  return html`<coprod-provider .adapter=${api} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'}>
    <coprod-opportunity-list .today=${NOW} for-me topic=${options.topic ?? nothing} .meToken=${options.signedOut ? undefined : token} fallback-href="https://council.example/my-involvement"></coprod-opportunity-list>
  </coprod-provider>`;
}

/** Waits for what "Only what may suit me" shows: the cards with their reasons, nothing, or a panel. */
export const untilForMe = async (element: HTMLElement): Promise<void> =>
  void (await until(() => shadow(element).querySelector('[data-for-me-results], [data-for-me-ended], [part=error]'), 'what may suit the person'));

const forMeStates: NamedState[] = [
  {
    name: 'For me',
    description: '`for-me` and a sign-in: only what may suit Bernie, each card saying why ("You care about carers") and what the council would arrange for his access needs.',
    render: () => forMeList(),
    play: async (element) => void (await until(() => shadow(element).querySelector('[data-suits-item] [data-reasons] li'), 'the reasons')),
  },
  {
    name: 'For me: filtered',
    description: 'Ticked, with a topic chosen: the filters narrow what may suit Bernie (the carers opportunities only), and the count says how many.',
    render: () => forMeList({ topic: 'carers' }),
    play: untilForMe,
  },
  {
    name: 'For me: filtered, none',
    description: 'Ticked, with a topic none of Bernie\'s suggestions has: says the filters leave nothing, with "Clear filters" and "Show all opportunities".',
    render: () => forMeList({ topic: 'transport' }),
    play: untilForMe,
  },
  { name: 'For me: none suit', description: 'Nothing open matches the profile just now: says so, with "Show all opportunities".', render: () => forMeList({ token: 'nobody' }), play: untilForMe },
  { name: 'For me: failed', description: 'The suggestions could not load: try again, or show all.', render: () => forMeList({ suggestions: 'fail' }), play: untilForMe },
  { name: 'For me: sign-in ended', description: 'The server no longer knows the sign-in (401): says so, with a link to sign in again and "Show all opportunities".', render: () => forMeList({ token: 'unknown' }), play: untilForMe },
  { name: 'For me: signed out', description: '`for-me` without a sign-in: the ordinary list, with no "Only what may suit me" to tick.', render: () => forMeList({ signedOut: true }), play: async (element) => void (await untilLoaded(element)) },
  { name: 'Welsh: for me', render: () => forMeList({ locale: 'cy' }), play: untilForMe },
  { name: 'Easy read: for me', render: () => forMeList({ readingLevel: 'easy-read' }), play: untilForMe },
];

export const states: ComponentStates = {
  tag: 'coprod-opportunity-list',
  states: [
    { name: 'Loading', description: 'A skeleton that keeps the height of the cards to come.', render: () => list(neverSettlingApi()) },
    {
      name: 'Filled',
      render: () => list(new InMemoryApi({ now: NOW })),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Filtered',
      description: 'The "Carers" topic and the keyword "strategy".',
      render: () => list(new InMemoryApi({ now: NOW })),
      play: async (element) => {
        await untilLoaded(element);
        await until(() => shadow(element).querySelector('#field-topic option[value=carers]'), 'the topics');
        choose(element, '#field-topic', 'carers');
        typeInto(element, '#field-q', 'strategy');
        await until(() => shadow(element).querySelectorAll('.cards .card').length === 1, 'one matching card');
      },
    },
    {
      name: 'Empty',
      description: 'Nothing matches: says what to try.',
      render: () => list(new InMemoryApi({ now: NOW, seed: 'empty' })),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Error',
      render: () => list(failingApi('server')),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Offline',
      description: 'No network: the last results that loaded, marked as possibly out of date.',
      render: () => {
        rememberedPage();
        return list(failingApi('network'));
      },
      play: async (element) => void (await until(() => shadow(element).querySelector('[part=offline]'), 'the offline notice')),
    },
    {
      name: 'More filters could not load',
      description: 'A preset area, and "More filters"\' code could not be fetched (a flaky connection): the list shows anyway, filtered to the area, and the panel says so with "Try again".',
      render: () => {
        // The fake undoes itself after the two tries this list makes on its own, and each list counts
        // its own failures: a Docs page (which draws stories without play) shows every other list as usual.
        const real = filterPart.code;
        let tries = 0;
        filterPart.fields = filterPart.loading = undefined;
        filterPart.code = () => {
          if (++tries === 2) filterPart.code = real;
          return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        };
        return html`<coprod-provider .adapter=${new InMemoryApi({ now: NOW })} locale="en-GB">
          <coprod-opportunity-list .today=${NOW} area="riverside"></coprod-opportunity-list>
        </coprod-provider>`;
      },
      play: async (element) => void (await until(() => shadow(element).querySelector('.cards') && shadow(element).querySelector('.more-failed'), 'the list, and the panel saying it could not load')),
    },
    {
      name: 'Easy read',
      render: () => list(new InMemoryApi({ now: NOW }), { readingLevel: 'easy-read' }),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Welsh',
      render: () => list(new InMemoryApi({ now: NOW }), { locale: 'cy' }),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Reading switch',
      description: 'show-reading-switch on the widget: "Cymraeg" and "Easy read" at its top, kept for the tab.',
      render: () => {
        forgetReaderChoice();
        return html`<coprod-opportunity-list show-reading-switch .today=${NOW} .adapter=${new InMemoryApi({ now: NOW })}></coprod-opportunity-list>`;
      },
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Reading switch, Welsh easy read chosen',
      description: 'The person chose Cymraeg and Hawdd ei ddeall: the buttons now offer English and standard words; English-only titles are marked lang="en-GB".',
      render: () => {
        chooseReading({ locale: 'cy', readingLevel: 'easy-read' });
        return html`<coprod-provider show-reading-switch .adapter=${new InMemoryApi({ now: NOW })}>
          <coprod-opportunity-list .today=${NOW}></coprod-opportunity-list>
        </coprod-provider>`;
      },
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Filters hidden',
      description: 'Embedded by a charity: only its own carers opportunities, with no filters.',
      render: () => list(new InMemoryApi({ now: NOW }), { attributes: 'charity' }),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Heading hidden',
      description: 'The page has its own heading ("Find an opportunity"), so `hide-heading` keeps the list’s own for screen readers only.',
      render: () => html`<div>
        <h2>Find an opportunity</h2>
        <coprod-provider .adapter=${new InMemoryApi({ now: NOW })} locale="en-GB">
          <coprod-opportunity-list .today=${NOW} heading-level="3" hide-heading></coprod-opportunity-list>
        </coprod-provider>
      </div>`,
      play: async (element) => void (await untilLoaded(element)),
    },
    ...forMeStates,
  ],
};
