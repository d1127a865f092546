import { html } from 'lit';
import { failingApi, neverSettlingApi } from '../../api/scripted-adapters.js';
import { shadow, typeInto, until, type ComponentStates } from '../../core/states.js';
import { failingOn, pendingOn, recordingApi, STAFF_NOW, STAFF_TOKEN, staffApi } from '../staff-shared/staff-state-helpers.js';
import '../provider/coprod-provider.js';
import './coprod-staff-interest.js';
import type { CoprodApi } from '../../api/api.js';

const OPPORTUNITY = 'opp-carers-strategy';

function widget(adapter: CoprodApi, options: { locale?: string; token?: string | undefined; readingLevel?: string; opportunityId?: string } = {}) {
  const token = 'token' in options ? options.token : STAFF_TOKEN;
  return html`<coprod-provider .adapter=${adapter} .token=${token} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'}>
    <coprod-staff-interest opportunity-id=${options.opportunityId ?? OPPORTUNITY} sign-in-href="/staff/sign-in" .now=${STAFF_NOW}></coprod-staff-interest>
  </coprod-provider>`;
}

const loaded = (element: HTMLElement) => until(() => shadow(element).querySelector('.items'), 'the list of people');

/** Picks "Contacted" for the first person waiting, adds a note and saves. */
async function answerFirstWaiting(element: HTMLElement): Promise<void> {
  await loaded(element);
  const row = shadow(element).querySelector<HTMLElement>('.item.attention')!;
  row.querySelector<HTMLInputElement>('input[value="contacted"]')!.click();
  const note = row.querySelector<HTMLTextAreaElement>('textarea')!;
  typeInto(element, `#${note.id}`, 'Texted Mei Lin on Monday; she will join online.');
  row.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

export const states: ComponentStates = {
  tag: 'coprod-staff-interest',
  states: [
    {
      name: 'Sign in',
      description: 'No staff token: a clear sign-in state with a link, and no request at all.',
      render: () => widget(recordingApi(), { token: undefined }),
    },
    { name: 'Loading', render: () => widget(neverSettlingApi()) },
    {
      name: 'Empty',
      description: 'An open opportunity no one has expressed interest in yet.',
      render: () => widget(staffApi(), { opportunityId: 'opp-easy-read-leaflets' }),
      play: (element) => until(() => shadow(element).querySelector('[part="empty"]'), 'the empty state').then(() => undefined),
    },
    {
      name: 'Error',
      render: () => widget(failingApi('server')),
      play: (element) => until(() => shadow(element).querySelector('[part="error"]'), 'the error').then(() => undefined),
    },
    {
      name: 'Sign-in expired',
      description: 'The server answered 401: the token has expired.',
      render: () => widget(failingApi('unauthorized')),
      play: (element) => until(() => shadow(element).querySelector('[part="error"]'), 'the expired message').then(() => undefined),
    },
    {
      name: 'Forbidden',
      description: 'The server answered 403: this account may not see this opportunity’s interest.',
      render: () => widget(failingApi('forbidden')),
      play: (element) => until(() => shadow(element).querySelector('[part="error"]'), 'the permission message').then(() => undefined),
    },
    {
      name: 'Filled',
      description: 'Four people, oldest first; those waiting past five working days are flagged.',
      render: () => widget(staffApi()),
      play: (element) => loaded(element).then(() => undefined),
    },
    {
      name: 'Saving',
      render: () => widget(pendingOn(staffApi(), ['updateInterest'])),
      play: async (element) => {
        await answerFirstWaiting(element);
        await until(() => shadow(element).querySelector('button[disabled]'), 'the saving button');
      },
    },
    {
      name: 'Saved',
      render: () => widget(staffApi()),
      play: async (element) => {
        await answerFirstWaiting(element);
        await until(() => shadow(element).querySelector('.saved'), 'the saved message');
      },
    },
    {
      name: 'Save failed',
      description: 'The server refused the change (403): the row says why and keeps the choice.',
      render: () => widget(failingOn(staffApi(), ['updateInterest'], 'forbidden')),
      play: async (element) => {
        await answerFirstWaiting(element);
        await until(() => shadow(element).querySelector('.inline-error'), 'the failure message');
      },
    },
    {
      name: 'Welsh',
      render: () => widget(staffApi(), { locale: 'cy' }),
      play: (element) => loaded(element).then(() => undefined),
    },
    {
      name: 'Easy read',
      render: () => widget(staffApi(), { readingLevel: 'easy-read' }),
      play: (element) => loaded(element).then(() => undefined),
    },
  ],
};

