import { html } from 'lit';
import type { ComponentStates } from '../../core/states.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { changeStates, failingOn, inStaffProvider, loadStates, shows, STAFF_NOW, staffApi, type StaffProviderOptions } from '../../../test/helpers/staff-states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-interest.js';
import type { CoprodApi } from '../../api/api.js';
import { InMemoryApi } from '../../api/in-memory.js';
import { createSeed } from '@coprod/seed';

const OPPORTUNITY = 'opp-carers-strategy';

function widget(adapter: CoprodApi, options: StaffProviderOptions & { opportunityId?: string } = {}) {
  return inStaffProvider(
    adapter,
    options,
    html`<coprod-staff-interest opportunity-id=${options.opportunityId ?? OPPORTUNITY} sign-in-href="/staff/sign-in" .now=${STAFF_NOW}></coprod-staff-interest>`,
  );
}

const loaded = shows('.items', 'the list of people');

/** Picks "Contacted" for the first person waiting, adds a note and saves. */
async function answerFirstWaiting(element: HTMLElement): Promise<void> {
  await loaded(element);
  const row = shadow(element).querySelector<HTMLElement>('.item.attention')!;
  row.querySelector<HTMLInputElement>('input[value="contacted"]')!.click();
  const note = row.querySelector<HTMLTextAreaElement>('textarea')!;
  typeInto(element, `#${note.id}`, 'Texted Mei Lin on Monday; she will join online.');
  row.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** The first person waiting: their row and their interest's id. */
export function firstWaitingRow(element: HTMLElement): { row: HTMLElement; interestId: string } {
  const row = shadow(element).querySelector<HTMLElement>('.item.attention')!;
  return { row, interestId: row.querySelector<HTMLTextAreaElement>('textarea')!.id.replace(/^field-note-/, '') };
}

/** The same API as the widget's, so a colleague can answer a person while the list is open. */
let shared = staffApi();

/** Picks a status for the first person waiting and saves (the note left as it is). */
export async function setFirstWaiting(element: HTMLElement, status: string): Promise<void> {
  await loaded(element);
  const { row } = firstWaitingRow(element);
  row.querySelector<HTMLInputElement>(`input[value="${status}"]`)!.click();
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  row.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** The carers strategy with its one place taken. */
export function fullApi(): InMemoryApi {
  const seed = createSeed(STAFF_NOW);
  Object.assign(seed.opportunities.find((o) => o.id === OPPORTUNITY)!, { places: 1, placesTaken: 1 });
  return new InMemoryApi({ now: STAFF_NOW, seed });
}

const CROWD = ['Aled Pryce', 'Bethan Morgan', 'Chidi Okafor', 'Dafydd Rees', 'Efa Llywelyn', 'Farah Siddiqui', 'Gethin Hughes', 'Hana Kowalski', 'Iwan Thomas', 'Jas Kaur', 'Kofi Mensah', 'Lowri Evans', 'Mared Jones', 'Nia Roberts'];

/** The carers strategy with 18 people interested (the seed's four and 14 more, all new): two pages. */
export function crowdedApi(): InMemoryApi {
  const seed = createSeed(STAFF_NOW);
  const first = seed.interests.find((i) => i.opportunityId === OPPORTUNITY)!;
  CROWD.forEach((name, n) => {
    const reference = `INT-9C${String(n).padStart(2, '0')}`;
    const createdAt = new Date(STAFF_NOW.getTime() - (n + 1) * 3_600_000).toISOString();
    seed.interests.push({ ...first, id: reference.toLowerCase(), reference, name, contact: { method: 'email', detail: `person${n}@example.com` }, needs: [], accessNeeds: '', message: 'I would like to take part.', status: 'new', note: '', createdAt, updatedAt: createdAt, firstAnsweredAt: null });
  });
  return new InMemoryApi({ now: STAFF_NOW, seed });
}

/** Searches the list for `words`, as a person would, and waits for what it finds. */
export async function searchInterest(element: HTMLElement, words: string): Promise<void> {
  await loaded(element);
  typeInto(element, '#interest-q', words);
  shadow(element).querySelector<HTMLButtonElement>('.list-search button[type="submit"]')!.click();
  await until(() => shadow(element).querySelector('#interest-count')?.textContent?.includes(words), `the results for "${words}"`);
}

export const states: ComponentStates = {
  tag: 'coprod-staff-interest',
  states: [
    ...loadStates(
      widget,
      { description: 'An open opportunity no one has expressed interest in yet.', render: () => widget(staffApi(), { opportunityId: 'opp-easy-read-leaflets' }) },
      { expired: 'The server answered 401: the token has expired.', forbidden: 'The server answered 403: this account may not see this opportunity’s interest.' },
    ),
    {
      name: 'Filled',
      description: 'Four people, oldest first; those waiting past five working days are flagged.',
      render: () => widget(staffApi()),
      play: loaded,
    },
    ...changeStates(
      widget,
      'updateInterest',
      answerFirstWaiting,
      { name: 'Saving', selector: 'button[aria-disabled="true"]', what: 'the saving button' },
      { name: 'Saved', selector: '.saved', what: 'the saved message' },
    ),
    {
      name: 'Save failed',
      description: 'The server refused the change (403): the row says why and keeps the choice.',
      render: () => widget(failingOn(staffApi(), ['updateInterest'], 'forbidden')),
      play: async (element) => {
        await answerFirstWaiting(element);
        await shows('.inline-error', 'the failure message')(element);
      },
    },
    {
      name: 'Someone else answered',
      description: 'A colleague answered this person after the list was opened: their answer beside this one, and keep mine / take theirs / merge.',
      render: () => widget((shared = staffApi())),
      play: async (element) => {
        await loaded(element);
        await shared.updateInterest(OPPORTUNITY, firstWaitingRow(element).interestId, { status: 'not_this_time', note: 'Phoned: not this time.' });
        await answerFirstWaiting(element);
        await shows('.conflict', 'the conflict panel')(element);
      },
    },
    {
      name: 'No places left',
      description: 'Every place is taken: accepting one more person is refused, with what to do instead.',
      render: () => widget(fullApi()),
      play: async (element) => {
        await setFirstWaiting(element, 'joined');
        await shows('.inline-error', 'the failure message')(element);
      },
    },
    {
      name: 'Found by name',
      description: 'A search for a name ("rosa", any case) finds that person alone, with "Clear search".',
      render: () => widget(staffApi()),
      play: (element) => searchInterest(element, 'rosa'),
    },
    {
      name: 'Nothing found',
      description: 'A search that found no one: what to try, and one "Clear search".',
      render: () => widget(staffApi()),
      play: (element) => searchInterest(element, 'zebra crossing'),
    },
    {
      name: 'Second page',
      description: 'Eighteen people interested, ten a page: the second page, with Previous and the page numbers.',
      render: () => widget(crowdedApi()),
      play: async (element) => {
        await loaded(element);
        shadow(element).querySelector<HTMLAnchorElement>('.pagination a[rel="next"]')!.click();
        await until(() => shadow(element).querySelector('#interest-count')?.textContent?.includes('Showing 11 to'), 'the second page');
      },
    },
    {
      name: 'Choose an opportunity',
      description: 'Placed without an opportunity: a choice of opportunity in plain words, then the people interested in it.',
      render: () => inStaffProvider(staffApi(), {}, html`<coprod-staff-interest sign-in-href="/staff/sign-in" .now=${STAFF_NOW}></coprod-staff-interest>`),
      play: shows('#choose-opportunity option:nth-child(2)', 'the choice of opportunity'),
    },
    {
      name: 'Welsh',
      render: () => widget(staffApi(), { locale: 'cy' }),
      play: loaded,
    },
    {
      name: 'Easy read',
      render: () => widget(staffApi(), { readingLevel: 'easy-read' }),
      play: loaded,
    },
  ],
};

