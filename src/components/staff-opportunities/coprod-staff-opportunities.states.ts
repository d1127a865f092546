import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { failingApi, neverSettlingApi } from '../../api/scripted-adapters.js';
import { shadow, typeInto, until, type ComponentStates } from '../../core/states.js';
import { pendingOn, recordingApi, STAFF_NOW, STAFF_TOKEN, staffApi } from '../staff-shared/staff-state-helpers.js';
import '../provider/coprod-provider.js';
import './coprod-staff-opportunities.js';

function widget(adapter: CoprodApi, options: { locale?: string; token?: string | undefined; organisation?: string; initialStatus?: string } = {}) {
  const token = 'token' in options ? options.token : STAFF_TOKEN;
  return html`<coprod-provider .adapter=${adapter} .token=${token} locale=${options.locale ?? 'en-GB'}>
    <coprod-staff-opportunities sign-in-href="/staff/sign-in" organisation=${options.organisation ?? 'anytown-council'} initial-status=${options.initialStatus ?? 'open'} .now=${STAFF_NOW}></coprod-staff-opportunities>
  </coprod-provider>`;
}

export const listed = (element: HTMLElement) => until(() => shadow(element).querySelector('.tabs'), 'the list');

const buttonWith = (root: ParentNode, text: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));

export async function openCreate(element: HTMLElement): Promise<void> {
  await listed(element);
  buttonWith(shadow(element), 'Create an opportunity')!.click();
  await until(() => shadow(element).querySelector('form[part="form"]'), 'the brief form');
}

const check = (element: HTMLElement, selector: string) => shadow(element).querySelector<HTMLInputElement>(selector)!.click();

/** Answers every required question of the brief, as a person would. */
export async function fillBrief(element: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  typeInto(element, '#field-title', 'Test the new direct payments letter');
  typeInto(element, '#field-summary', 'Read our new letter about direct payments and tell us what is unclear.');
  typeInto(element, '#field-description', 'We have rewritten the letter people get when they start direct payments. We want to know if it makes sense.');
  typeInto(element, '#field-experienceNeeded', 'You get, or have had, direct payments, or help someone who does.');
  typeInto(element, '#field-timeCommitment-summary', 'One hour, once');
  typeInto(element, '#field-when-summary', 'Any weekday in December, at a time that suits you');
  check(element, '#field-where-modes');
  typeInto(element, '#field-howToGetInvolved', 'Press "I\'m interested" and we will send you the letter.');
  check(element, '#field-payment-type');
  await element.updateComplete;
  typeInto(element, '#field-payment-amountPence', '20');
  check(element, '#field-topics');
  await element.updateComplete;
}

export const states: ComponentStates = {
  tag: 'coprod-staff-opportunities',
  states: [
    {
      name: 'Sign in',
      description: 'No staff token: a clear sign-in state with a link, and no request at all.',
      render: () => widget(recordingApi(), { token: undefined }),
    },
    { name: 'Loading', render: () => widget(neverSettlingApi()) },
    {
      name: 'Empty',
      render: () => widget(staffApi(), { organisation: 'anytown-carers-centre', initialStatus: 'draft' }),
      play: (element) => until(() => shadow(element).querySelector('[part="empty"]'), 'the empty state').then(() => undefined),
    },
    {
      name: 'Error',
      render: () => widget(failingApi('server')),
      play: (element) => until(() => shadow(element).querySelector('[part="error"]'), 'the error').then(() => undefined),
    },
    {
      name: 'Sign-in expired',
      render: () => widget(failingApi('unauthorized')),
      play: (element) => until(() => shadow(element).querySelector('[part="error"]'), 'the expired message').then(() => undefined),
    },
    {
      name: 'Forbidden',
      render: () => widget(failingApi('forbidden')),
      play: (element) => until(() => shadow(element).querySelector('[part="error"]'), 'the permission message').then(() => undefined),
    },
    {
      name: 'Filled',
      description: 'The council’s open opportunities, with tabs for each status.',
      render: () => widget(staffApi()),
      play: (element) => listed(element).then(() => undefined),
    },
    {
      name: 'Drafts',
      render: () => widget(staffApi(), { initialStatus: 'draft' }),
      play: (element) => listed(element).then(() => undefined),
    },
    {
      name: 'Confirm mark filled',
      render: () => widget(staffApi()),
      play: async (element) => {
        await listed(element);
        buttonWith(shadow(element), 'Mark as filled')!.click();
        await until(() => shadow(element).querySelector('.confirm'), 'the confirm step');
      },
    },
    {
      name: 'Empty form',
      description: 'Creating an opportunity: the brief, question by question, and the live preview.',
      render: () => widget(staffApi()),
      play: (element) => openCreate(element),
    },
    {
      name: 'Form with errors',
      render: () => widget(staffApi()),
      play: async (element) => {
        await openCreate(element);
        typeInto(element, '#field-title', 'Hi');
        shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await until(() => shadow(element).querySelector('.error-summary'), 'the error summary');
      },
    },
    {
      name: 'Filled form with preview',
      render: () => widget(staffApi()),
      play: async (element) => {
        await openCreate(element);
        await fillBrief(element);
        await until(() => shadow(element).querySelector('coprod-opportunity')?.shadowRoot?.querySelector('.title'), 'the preview');
      },
    },
    {
      name: 'Saving',
      render: () => widget(pendingOn(staffApi(), ['createOpportunity'])),
      play: async (element) => {
        await openCreate(element);
        await fillBrief(element);
        shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await until(() => shadow(element).querySelector('form button[disabled]'), 'the saving button');
      },
    },
    {
      name: 'Saved',
      render: () => widget(staffApi()),
      play: async (element) => {
        await openCreate(element);
        await fillBrief(element);
        shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await until(() => shadow(element).querySelector('.result .saved'), 'the saved message');
      },
    },
    {
      name: 'Welsh',
      render: () => widget(staffApi(), { locale: 'cy' }),
      play: (element) => listed(element).then(() => undefined),
    },
    {
      name: 'Welsh form',
      render: () => widget(staffApi(), { locale: 'cy' }),
      play: async (element) => {
        await listed(element);
        buttonWith(shadow(element), 'Creu cyfle')!.click();
        await until(() => shadow(element).querySelector('form[part="form"]'), 'the brief form');
      },
    },
  ],
};
