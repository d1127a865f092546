import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { draftKey, forgetDrafts } from '../../core/controllers/draft-controller.js';
import type { ComponentStates } from '../../core/states.js';
import { blankBrief } from './internal/brief-values.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { flakyApi } from '../../../test/helpers/scripted-adapters.js';
import { changeStates, failingSearches, inStaffProvider, loadStates, shows, STAFF_NOW, staffApi, type StaffProviderOptions } from '../../../test/helpers/staff-states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-opportunities.js';

/** The widget, starting with no kept brief draft (an earlier state may have left one in this tab). */
function widget(adapter: CoprodApi, options: StaffProviderOptions & { organisation?: string; initialStatus?: string } = {}) {
  forgetDrafts('staff-brief');
  return inStaffProvider(
    adapter,
    options,
    html`<coprod-staff-opportunities sign-in-href="/staff/sign-in" organisation=${options.organisation ?? 'anytown-council'} initial-status=${options.initialStatus ?? 'open'} .now=${STAFF_NOW}></coprod-staff-opportunities>`,
  );
}

export const listed = shows('.tabs', 'the list');

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

/** Searches the list for `words`, as a person would, and waits for what it finds. */
export async function searchFor(element: HTMLElement, words: string): Promise<void> {
  await listed(element);
  typeInto(element, '#opportunities-q', words);
  shadow(element).querySelector<HTMLButtonElement>('.list-search button[type="submit"]')!.click();
  await until(() => shadow(element).querySelector('#opportunities-count')?.textContent?.includes(words), `the results for "${words}"`);
}

/** Opens the seeded carers' strategy (dated sessions, Welsh text) for editing. */
export async function openCarersEdit(element: HTMLElement): Promise<void> {
  await searchFor(element, 'carers');
  // By its id: a Welsh list shows its Welsh title.
  const item = shadow(element).querySelector<HTMLElement>('.item[aria-labelledby="opp-opp-carers-strategy"]');
  // The first button of an item is its Edit button, in every language.
  item!.querySelector<HTMLButtonElement>('.button-group button')!.click();
  await until(() => shadow(element).querySelector('[data-session="3"]'), 'the sessions on the form');
}

/**
 * Someone else saves the carers' strategy (a new title and Welsh summary) while this person
 * has it open and changes the title too; this person's save then meets their version.
 */
export async function meetConflict(element: HTMLElement): Promise<void> {
  const adapter = element.closest<HTMLElement & { adapter: CoprodApi }>('coprod-provider')!.adapter;
  await openCarersEdit(element);
  const theirs = await adapter.getOpportunity('opp-carers-strategy');
  const { id: _id, organisation: _o, area: _a, placesTaken: _p, interestCount: _i, createdAt: _c, updatedAt: _u, publishedAt: _pub, ...brief } = theirs;
  await adapter.updateOpportunity('opp-carers-strategy', { ...brief, title: 'Write the carers’ strategy with us', translations: { cy: { ...brief.translations?.cy, summary: 'Crynodeb newydd gan gydweithiwr.' } } });
  typeInto(element, '#field-title', 'Help us write the carers’ strategy for 2027');
  shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await until(() => shadow(element).querySelector('.conflict'), 'the conflict choice');
}

/** The carers' strategy with a closing date missing its month and a session on 31 February, sent. */
export async function dateErrors(element: HTMLElement): Promise<void> {
  await openCarersEdit(element);
  typeInto(element, '#field-closingDate', '31');
  typeInto(element, '#field-closingDate-month', '');
  typeInto(element, '#field-closingDate-year', '2027');
  typeInto(element, '#field-when-sessions-1-date', '31');
  typeInto(element, '#field-when-sessions-1-date-month', '2');
  shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await until(() => shadow(element).querySelector('.error-summary'), 'the error summary');
}

/** Opens the form, answers the brief and sends it. */
async function submitBrief(element: HTMLElement): Promise<void> {
  await openCreate(element);
  await fillBrief(element);
  shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
}

export const states: ComponentStates = {
  tag: 'coprod-staff-opportunities',
  states: [
    ...loadStates(widget, { render: () => widget(staffApi(), { organisation: 'anytown-carers-centre', initialStatus: 'draft' }) }),
    {
      name: 'Filled',
      description: 'The council’s open opportunities, with tabs for each status.',
      render: () => widget(staffApi()),
      play: listed,
    },
    {
      name: 'Drafts',
      render: () => widget(staffApi(), { initialStatus: 'draft' }),
      play: listed,
    },
    {
      name: 'Searched',
      description: 'A search (here "carers"): how many it found, one page of them, each a summary row.',
      render: () => widget(staffApi()),
      play: (element) => searchFor(element, 'carers'),
    },
    {
      name: 'Nothing found',
      description: 'A search that found nothing: what to try, and "Clear search".',
      render: () => widget(staffApi()),
      play: (element) => searchFor(element, 'zebra crossing'),
    },
    {
      name: 'Second page',
      description: 'The second page of the open opportunities, with Previous, the page numbers and Next.',
      render: () => widget(staffApi()),
      play: async (element) => {
        await listed(element);
        shadow(element).querySelector<HTMLAnchorElement>('.pagination a[rel="next"]')!.click();
        await until(() => shadow(element).querySelector('#opportunities-count')?.textContent?.includes('Showing 11 to'), 'the second page');
      },
    },
    {
      name: 'Opened',
      description: 'One opportunity opened from its summary row: its facts and actions.',
      render: () => widget(staffApi()),
      play: async (element) => {
        await listed(element);
        shadow(element).querySelector<HTMLElement>('.item-more summary')!.click();
        await until(() => shadow(element).querySelector('.item-more[open]'), 'the opened item');
      },
    },
    {
      name: 'Search failed',
      description: 'The search could not reach the service: what happened, and "Try again".',
      render: () => widget(failingSearches(staffApi(), 'listOpportunities')),
      play: async (element) => {
        await listed(element);
        typeInto(element, '#opportunities-q', 'carers');
        shadow(element).querySelector<HTMLButtonElement>('.list-search button[type="submit"]')!.click();
        await until(() => shadow(element).querySelector('[part="error"]'), 'the failure');
      },
    },
    {
      name: 'Filtered by topic',
      description: 'Only the opportunities about one topic (here "Older people"), chosen beside the search; "Clear search" shows every topic again.',
      render: () => widget(staffApi()),
      play: async (element) => {
        await listed(element);
        const select = shadow(element).querySelector<HTMLSelectElement>('#topic-filter')!;
        select.value = 'older-people';
        select.dispatchEvent(new Event('change'));
        // Focus moves to "Showing 1 to …" once the list about the topic is drawn (in any reading).
        await until(() => shadow(element).activeElement?.id === 'opportunities-count', 'the opportunities about older people');
      },
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
      name: 'Confirm cancel',
      description: 'Cancelling asks why, in words told to everyone who was interested or invited; "No, keep it" leaves it as it was.',
      render: () => widget(staffApi()),
      play: async (element) => {
        await listed(element);
        buttonWith(shadow(element), 'Cancel the opportunity')!.click();
        await until(() => shadow(element).querySelector('.confirm textarea'), 'the reason for cancelling');
      },
    },
    {
      name: 'Cancel failed',
      description: 'Cancelling failed (here the network): the confirm step stays open with the reason staff typed, and says why, so they can try again.',
      render: () => widget(flakyApi(staffApi(), { failures: 1, methods: ['updateOpportunity'] })),
      play: async (element) => {
        await listed(element);
        buttonWith(shadow(element), 'Cancel the opportunity')!.click();
        await until(() => shadow(element).querySelector('.confirm textarea'), 'the reason for cancelling');
        typeInto(element, '.confirm textarea', 'The venue has flooded.');
        buttonWith(shadow(element), 'Yes, cancel it')!.click();
        await until(() => shadow(element).querySelector('.confirm [role="alert"]'), 'the failure message');
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
      name: 'Editing sessions and Welsh',
      description: 'Editing a brief with four dated sessions (each removable, one more can be added) and its Welsh version.',
      render: () => widget(staffApi()),
      play: openCarersEdit,
    },
    {
      name: 'Session errors',
      description: 'A new session without its date or a start time, and an end before the start.',
      render: () => widget(staffApi()),
      play: async (element) => {
        await openCarersEdit(element);
        buttonWith(shadow(element), 'Add another session')!.click();
        await until(() => shadow(element).querySelector('[data-session="4"]'), 'the new session');
        typeInto(element, '#field-when-sessions-0-end', '08:00');
        shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await until(() => shadow(element).querySelector('.error-summary'), 'the error summary');
      },
    },
    ...(['standard', 'cy', 'easy-read'] as const).map((variant) => ({
      name: variant === 'standard' ? 'Conflict' : variant === 'cy' ? 'Conflict in Welsh' : 'Conflict in easy read',
      description: 'Someone else saved the brief after it was opened: their version beside this person’s, and the choice of keep mine, take theirs or merge by field.',
      render: () => widget(staffApi(), variant === 'cy' ? { locale: 'cy' } : variant === 'easy-read' ? { readingLevel: 'easy-read' } : {}),
      play: meetConflict,
    })),
    ...changeStates(
      widget,
      'createOpportunity',
      submitBrief,
      { name: 'Saving', selector: 'form button[aria-disabled="true"]', what: 'the saving button' },
      { name: 'Saved', selector: '.result .saved', what: 'the saved message' },
    ),
    {
      name: 'Draft restored',
      description: 'The page was reloaded while a new brief was being written: it is back, with a notice and "Start again".',
      render: () => {
        const template = widget(staffApi());
        const values = { ...blankBrief('anytown-council'), title: 'Test the new direct payments letter', summary: 'Read our new letter and tell us what is unclear.' };
        sessionStorage.setItem(draftKey('staff-brief', ''), JSON.stringify({ values }));
        return template;
      },
      play: shows('[part="draft-notice"]', 'the draft notice'),
    },
    {
      name: 'Welsh',
      render: () => widget(staffApi(), { locale: 'cy' }),
      play: listed,
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
    ...(['standard', 'cy', 'easy-read'] as const).map((variant) => ({
      name: variant === 'standard' ? 'Date errors' : variant === 'cy' ? 'Date errors in Welsh' : 'Date errors in easy read',
      description: 'Day, month and year fields: a closing date with no month and a session on 31 February. Each error says which part is wrong, and only that part is marked.',
      render: () => widget(staffApi(), variant === 'cy' ? { locale: 'cy' } : variant === 'easy-read' ? { readingLevel: 'easy-read' } : {}),
      play: dateErrors,
    })),
  ],
};
