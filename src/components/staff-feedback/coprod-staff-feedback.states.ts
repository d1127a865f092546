import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { draftKey, forgetDrafts } from '../../core/controllers/draft-controller.js';
import type { ComponentStates } from '../../core/states.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { changeStates, failingSearches, inStaffProvider, loadStates, shows, STAFF_NOW, staffApi, type StaffProviderOptions } from '../../../test/helpers/staff-states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-feedback.js';

/** The inbox, starting with no kept update drafts (an earlier state may have left one in this tab). */
function widget(adapter: CoprodApi, options: StaffProviderOptions & { status?: string } = {}) {
  forgetDrafts('staff-feedback-update');
  return inStaffProvider(adapter, options, html`<coprod-staff-feedback sign-in-href="/staff/sign-in" status=${options.status ?? ''} .now=${STAFF_NOW}></coprod-staff-feedback>`);
}

const loaded = shows('.items', 'the inbox');

/** The same API as the widget's, so a colleague can change an item while it is open. */
let shared = staffApi();

/** Opens "Answer or change" on the item with this reference (default: the first). */
export async function openItem(element: HTMLElement, reference?: string): Promise<HTMLElement> {
  await loaded(element);
  const items = [...shadow(element).querySelectorAll<HTMLElement>('.item')];
  const item = reference ? items.find((li) => li.querySelector('h3')!.textContent!.includes(reference))! : items[0]!;
  item.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  await until(() => item.querySelector('.manage form'), 'the answer panel');
  return item;
}

/** Searches the inbox for `words`, as a person would, and waits for what it finds. */
export async function searchFeedback(element: HTMLElement, words: string): Promise<void> {
  await loaded(element);
  typeInto(element, '#feedback-q', words);
  shadow(element).querySelector<HTMLButtonElement>('.list-search button[type="submit"]')!.click();
  await until(() => shadow(element).querySelector('#feedback-count')?.textContent?.includes(words), `the results for "${words}"`);
}

/** Writes a "we did" update and posts it. */
export async function writeWeDid(element: HTMLElement): Promise<HTMLElement> {
  const item = await openItem(element, 'FB-4KD6');
  item.querySelector<HTMLInputElement>('input[value="changed"]')!.click();
  await until(() => shadow(element).querySelector('label[for="field-text"]')?.textContent?.includes('What we did'), 'the "what we did" label');
  typeInto(element, '#field-text', 'We moved the drop-in to the ground floor from 1 December.');
  item.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  return item;
}

/** An update half written before the page was reloaded. */
export const sampleUpdateDraft = { kind: 'doing', text: 'We are talking to the bus company about a later service.', links: [] };

export const states: ComponentStates = {
  tag: 'coprod-staff-feedback',
  states: [
    ...loadStates(widget, { render: () => widget(staffApi({ empty: true })) }),
    {
      name: 'Filled',
      description: 'New feedback first, then what has waited longest; merged items last.',
      render: () => widget(staffApi()),
      play: loaded,
    },
    {
      name: 'Found by reference',
      description: 'A search for the reference a person was given ("fb-8m2d": any case, hyphen or not) finds that item alone.',
      render: () => widget(staffApi()),
      play: (element) => searchFeedback(element, 'fb-8m2d'),
    },
    {
      name: 'Nothing found',
      description: 'A search that found nothing: what to try, and "Clear search".',
      render: () => widget(staffApi()),
      play: (element) => searchFeedback(element, 'zebra crossing'),
    },
    {
      name: 'Second page',
      description: 'The second page of the inbox, with Previous, the page numbers and Next.',
      render: () => widget(staffApi()),
      play: async (element) => {
        await loaded(element);
        shadow(element).querySelector<HTMLAnchorElement>('.pagination a[rel="next"]')!.click();
        await until(() => shadow(element).querySelector('#feedback-count')?.textContent?.includes('Showing 11 to'), 'the second page');
      },
    },
    {
      name: 'Search failed',
      description: 'The search could not reach the service: what happened, "Try again", and the search box to change or clear it.',
      render: () => widget(failingSearches(staffApi(), 'listFeedback')),
      play: async (element) => {
        await loaded(element);
        typeInto(element, '#feedback-q', 'bus');
        shadow(element).querySelector<HTMLButtonElement>('.list-search button[type="submit"]')!.click();
        await until(() => shadow(element).querySelector('[part="error"]'), 'the failure');
      },
    },
    {
      name: 'Filtered by status',
      render: () => widget(staffApi(), { status: 'considering' }),
      play: loaded,
    },
    {
      name: 'Answering',
      description: 'The answer panel of an item whose giver did not agree to publishing: publishing is off, with the reason.',
      render: () => widget(staffApi()),
      play: (element) => openItem(element, 'FB-3WB9').then(() => undefined),
    },
    {
      name: 'With a Welsh version',
      description: 'An update written in English with its Welsh version beside it, which a Welsh reader sees in its place (choosing Welsh as its language hides it).',
      render: () => widget(staffApi()),
      play: async (element) => {
        const item = await openItem(element, 'FB-4KD6');
        item.querySelector<HTMLInputElement>('input[value="heard"]')!.click();
        typeInto(element, '#field-text', 'We have asked the bus company for a ramp.');
        typeInto(element, '#field-translations-cy-text', 'Rydym wedi gofyn i’r cwmni bysiau am ramp.');
        await shows('#field-translations-cy-text', 'the Welsh version')(element);
      },
    },
    {
      name: 'Draft restored',
      description: 'The page was reloaded while an update was being written: opening the item again brings it back, with a notice and "Start again".',
      render: () => {
        const template = widget(staffApi());
        sessionStorage.setItem(draftKey('staff-feedback-update', '', 'fb-4kd6'), JSON.stringify(sampleUpdateDraft));
        return template;
      },
      play: async (element) => {
        await openItem(element, 'FB-4KD6');
        await shows('[part="draft-notice"]', 'the draft notice')(element);
      },
    },
    {
      name: 'Form with errors',
      render: () => widget(staffApi()),
      play: async (element) => {
        const item = await openItem(element);
        item.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await shows('.error-summary', 'the error summary')(element);
      },
    },
    ...changeStates(
      widget,
      'addFeedbackUpdate',
      writeWeDid,
      { name: 'Sending', selector: 'form button[aria-disabled="true"]', what: 'the sending button' },
      { name: 'Sent', selector: '.manage .saved', what: 'the posted message' },
    ),
    {
      name: 'Confirm merge',
      render: () => widget(staffApi()),
      play: async (element) => {
        const item = await openItem(element, 'FB-8TF5');
        const select = item.querySelector<HTMLSelectElement>('#merge-into')!;
        select.value = select.options[1]!.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => [...item.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Merge'), 'the merge button');
        [...item.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Merge')!.click();
        await until(() => shadow(element).querySelector('.confirm'), 'the confirm step');
      },
    },
    {
      name: 'Someone else changed it',
      description: 'A colleague changed the status after the inbox was opened: their status beside this one, and keep mine / take theirs / merge.',
      render: () => widget((shared = staffApi())),
      play: async (element) => {
        const item = await openItem(element, 'FB-6YH2');
        const id = (await shared.listFeedback({ include: 'all', limit: 100 })).items.find((f) => f.reference === 'FB-6YH2')!.id;
        await shared.updateFeedback(id, { status: 'not_changed' });
        const select = item.querySelector<HTMLSelectElement>('#item-status')!;
        select.value = 'considering';
        select.dispatchEvent(new Event('change'));
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        item.querySelector<HTMLButtonElement>('[data-status-action]')!.click();
        await until(() => item.querySelector('.conflict'), 'the conflict panel');
      },
    },
    {
      name: 'Welsh',
      render: () => widget(staffApi(), { locale: 'cy' }),
      play: loaded,
    },
    {
      name: 'Easy read',
      render: () => widget(staffApi(), { readingLevel: 'easy-read' }),
      play: (element) => openItem(element, 'FB-3WB9').then(() => undefined),
    },
  ],
};
