/**
 * Named states of the person's involvement record (issue 16): the sheet for a period they
 * choose, printed alone. Their own module, so the page's other states stay as they are; the
 * stories are in stories/my-involvement.stories.ts.
 */
import { html } from 'lit';
import type { ComponentStates, NamedState } from '../../core/states.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { GOOD_LINK } from '../../../test/helpers/me-fixtures.js';
import { RecordFixtureApi, type RecordFixtureOptions } from '../../../test/helpers/record-fixtures.js';
import './coprod-my-involvement.js';

interface Options extends RecordFixtureOptions {
  locale?: 'en-GB' | 'cy';
  readingLevel?: 'standard' | 'easy-read';
}

const widget = (options: Options = {}) =>
  html`<coprod-my-involvement .adapter=${new RecordFixtureApi(options)} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'} .signInLink=${GOOD_LINK}></coprod-my-involvement>`;

/** Opens the record as a person would (its view and words load then), and waits for what it shows. */
export async function openRecord(element: HTMLElement, shows = '[data-record-sheet]'): Promise<void> {
  const button = await until(() => shadow(element).querySelector<HTMLButtonElement>('[data-record-open]'), 'the record’s button');
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await until(() => shadow(element).querySelector(shows), 'the involvement record');
}

const sheet = (element: HTMLElement) => openRecord(element);

/** Chooses a period as a person would: the select's value, then its change event. */
export async function choosePeriod(element: HTMLElement, value: string): Promise<void> {
  await sheet(element);
  const select = shadow(element).querySelector<HTMLSelectElement>('#record-period')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

const recordStates: NamedState[] = [
  {
    name: 'Record: before it opens',
    description: 'The record’s heading, what it is for and “Show my record”: nothing is fetched and its view is not loaded until the person opens it.',
    render: () => widget(),
    play: async (element) => void (await until(() => shadow(element).querySelector('[data-record-open]'), 'the record’s button')),
  },
  { name: 'Involvement record', description: 'Everything held: what they took part in with hours, each claim with fees, expenses, status and when it was paid, and the totals. Print or save as PDF, or download it.', render: () => widget(), play: sheet },
  {
    name: 'Record: a tax year',
    description: 'The tax year 6 April 2025 to 5 April 2026: a claim paid on 2 April 2025 counts in the year before; fees paid and expenses paid back are totalled apart.',
    render: () => widget(),
    play: (element) => choosePeriod(element, '2025'),
  },
  {
    name: 'Record: dates the wrong way round',
    description: 'They chose their own dates, with the end before the start: nothing shows, and the page says why.',
    render: () => widget(),
    play: async (element) => {
      await choosePeriod(element, 'dates');
      const [from, to] = [shadow(element).querySelector<HTMLInputElement>('#record-from')!, shadow(element).querySelector<HTMLInputElement>('#record-to')!];
      from.value = '2026-03-01';
      from.dispatchEvent(new Event('change'));
      to.value = '2026-02-01';
      to.dispatchEvent(new Event('change'));
      await until(() => shadow(element).querySelector('[data-record-backwards]'), 'the dates message');
    },
  },
  {
    name: 'Record: preparation only',
    description: 'A session they prepared for but did not take part in (0 minutes recorded): its time says “Preparation only”, and its preparation counts.',
    render: () => widget({ record: 'prep-only' }),
    play: (element) => choosePeriod(element, '2025'),
  },
  { name: 'Record: nothing yet', description: 'Nothing recorded: the sheet says so, with zero totals.', render: () => widget({ record: 'empty' }), play: sheet },
  { name: 'Record: failed', render: () => widget({ record: 'fails' }), play: (element) => openRecord(element, '[data-record] [part="error"]') },
  { name: 'Welsh: involvement record', render: () => widget({ locale: 'cy' }), play: (element) => choosePeriod(element, '2025') },
  { name: 'Easy read: involvement record', render: () => widget({ readingLevel: 'easy-read' }), play: (element) => choosePeriod(element, '2025') },
];

export const states: ComponentStates = { tag: 'coprod-my-involvement', states: recordStates };
