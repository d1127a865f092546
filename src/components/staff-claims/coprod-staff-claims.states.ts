import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import type { ComponentStates } from '../../core/states.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { overdueApi, PAY_NOW, PAY_OPPORTUNITY, payApi, type PayStage } from '../../../test/helpers/pay-fixtures.js';
import { inStaffProvider, loadStates, shows, type StaffProviderOptions } from '../../../test/helpers/staff-states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-claims.js';

function widget(adapter: CoprodApi, options: StaffProviderOptions & { opportunityId?: string | null } = {}) {
  const id = options.opportunityId === null ? undefined : (options.opportunityId ?? PAY_OPPORTUNITY);
  return inStaffProvider(adapter, options, html`<coprod-staff-claims opportunity-id=${id ?? ''} sign-in-href="/staff/sign-in" .now=${PAY_NOW}></coprod-staff-claims>`);
}

const at = (stage: PayStage, roles?: readonly string[], more: Parameters<typeof payApi>[1] = {}) => payApi(stage, { ...more, ...(roles ? { staffRoles: roles } : {}) }).api;
export const HOURS_WRONG = 'I was there for 3 hours, not 2.';
export const queueShown = shows('[part="claim"]', 'a claim in the queue');
export const attendanceShown = shows('[part="record-form"]', 'the attendance form');

/** Chooses Rosa for the first session with 2 hours and 1 hour of preparation (or the session and hours given), and records it. */
export async function recordRosa(element: HTMLElement, { session: nth = 1, hours = '2', prep = '1' } = {}): Promise<void> {
  await attendanceShown(element);
  const root = shadow(element);
  const session = root.querySelector<HTMLSelectElement>('#field-sessionStart')!;
  session.value = session.options[nth]!.value;
  session.dispatchEvent(new Event('change'));
  const who = root.querySelector<HTMLSelectElement>('#field-interestId')!;
  who.value = [...who.options].find((o) => o.textContent?.includes('Rosa'))!.value;
  who.dispatchEvent(new Event('change'));
  typeInto(element, '#field-activityMinutes', hours);
  typeInto(element, '#field-prepMinutes', prep);
  clickOn(element, '[part="record-form"] button[type="submit"]');
}

export const STALE_TEXT = 'Please send the receipt for the taxi as well.';

/** Types a question on the claim, then a colleague asks another first (its version moves on), then Refuse meets the 412. */
export async function staleRefuse(element: HTMLElement, api: CoprodApi): Promise<void> {
  await queueShown(element);
  const [claim] = (await api.listClaims!()).items;
  const box = shadow(element).querySelector<HTMLTextAreaElement>('[part="claim"] textarea')!;
  typeInto(element, `#${box.id}`, STALE_TEXT);
  await api.decideClaim!(claim!.id, { action: 'query', text: 'Which bus did you take?' });
  clickOn(element, '[data-action="refuse"]');
  await shows('[data-load-newer]', 'the offer to load the newer version')(element);
}

let staleApi: CoprodApi | undefined;

const CROWD = ['Aled Pryce', 'Bethan Morgan', 'Chidi Okafor', 'Dafydd Rees', 'Efa Llywelyn', 'Farah Siddiqui', 'Gethin Hughes', 'Hana Kowalski', 'Iwan Thomas', 'Jas Kaur', 'Kofi Mensah', 'Lowri Evans', 'Mared Jones'];

/** Rosa's claim and 13 more like it from other people (shown, not decided): 14 in the queue, two pages. */
export function crowdedClaimsApi(): CoprodApi {
  const api = at('claimed');
  return new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key !== 'listClaims') return value;
      type ListClaims = NonNullable<CoprodApi['listClaims']>;
      return async (...args: Parameters<ListClaims>) => {
        const queue = await (value as ListClaims).apply(target, args);
        const first = queue.items[0]!;
        const more = CROWD.map((name, n) => ({ ...first, id: `claim-crowd-${n}`, reference: `CL-9C${String(n).padStart(2, '0')}`, personRef: `P-9C${String(n).padStart(4, '0')}`, name }));
        return { ...queue, items: [...queue.items, ...more], total: queue.total + more.length };
      };
    },
  });
}

/** Searches the claims queue for `words`, as a person would, and waits for what it finds. */
export async function searchClaimsFor(element: HTMLElement, words: string): Promise<void> {
  await queueShown(element);
  typeInto(element, '#claims-q', words);
  clickOn(element, '.list-search button[type="submit"]');
  await until(() => shadow(element).querySelector('#claims-count')?.textContent?.includes(words), `the results for "${words}"`);
}

export const states: ComponentStates = {
  tag: 'coprod-staff-claims',
  states: [
    ...loadStates(widget, { description: 'No claims waiting and no one recorded yet.', render: () => widget(at('rates')) }).map((state) =>
      state.name === 'Forbidden' ? { ...state, description: 'The server answered 403 to both parts: each says which role it needs.', play: shows('[part="no-role"]', 'the role message') } : state,
    ),
    { name: 'Filled', description: 'Rosa took part (2 hours plus 1 hour preparation) and claimed fees, 12 miles and carer cover.', render: () => widget(at('claimed')), play: queueShown },
    {
      name: 'Approved',
      render: () => widget(at('claimed')),
      play: async (element) => {
        await queueShown(element);
        clickOn(element, '[data-action="approve"]');
        await shows('.row-result .saved', 'the approved message')(element);
      },
    },
    {
      name: 'Reason missing',
      description: 'Refuse pressed with no reason: the field says what to write.',
      render: () => widget(at('claimed')),
      play: async (element) => {
        await queueShown(element);
        clickOn(element, '[data-action="refuse"]');
        await shows('.has-error', 'the missing reason')(element);
      },
    },
    {
      name: 'Queried',
      render: () => widget(at('claimed')),
      play: async (element) => {
        await queueShown(element);
        const text = shadow(element).querySelector<HTMLTextAreaElement>('[part="claim"] textarea')!;
        typeInto(element, `#${text.id}`, 'Please send the receipt for the carer cover.');
        clickOn(element, '[data-action="query"]');
        await shows('[data-status="queried"] .saved', 'the question sent')(element);
      },
    },
    {
      name: 'Paid',
      render: () => widget(at('approved')),
      play: async (element) => {
        await queueShown(element);
        clickOn(element, '[data-action="pay"]');
        await shows('[data-status="paid"]', 'the paid claim')(element);
      },
    },
    { name: 'Recorded', render: () => widget(at('rates')), play: async (element) => { await recordRosa(element); await shows('.record .saved', 'the recorded message')(element); } },
    { name: 'No finance role', description: 'Signed in with the attendance role only: claims say which role they need; attendance still works.', render: () => widget(at('claimed', ['staff', 'attendance'])), play: shows('[part="no-role"]', 'the role message') },
    {
      name: 'Overdue',
      description: 'A claim waiting past the council’s 10 working days: it leads the queue with the heavier “Overdue” tag and the day it was due.',
      render: () => widget(overdueApi(at('claimed'))),
      play: shows('[part="claim"] .overdue', 'the overdue tag'),
    },
    { name: 'Found by name', description: 'A search for a name ("rosa", any case) finds that claim alone, with "Clear search".', render: () => widget(at('claimed')), play: (element) => searchClaimsFor(element, 'rosa') },
    { name: 'Nothing found', description: 'A search that found no claim: what to try, and one "Clear search".', render: () => widget(at('claimed')), play: (element) => searchClaimsFor(element, 'zebra crossing') },
    {
      name: 'Second page',
      description: 'Fourteen claims waiting, ten a page: the second page, with Previous and the page numbers.',
      render: () => widget(crowdedClaimsApi()),
      play: async (element) => {
        await queueShown(element);
        clickOn(element, '.pagination a[rel="next"]');
        await until(() => shadow(element).querySelector('#claims-count')?.textContent?.includes('Showing 11 to'), 'the second page');
      },
    },
    { name: 'Welsh', render: () => widget(at('claimed'), { locale: 'cy' }), play: queueShown },
    { name: 'Easy read', render: () => widget(at('claimed'), { readingLevel: 'easy-read' }), play: queueShown },
    {
      name: 'Attendance queried',
      description: 'Rosa said the hours are wrong: her words show by her record with a box to answer her.',
      render: () => widget(at('attended', undefined, { attendanceQuery: HOURS_WRONG })),
      play: shows('form.query-answer textarea', 'the answer box'),
    },
    {
      name: 'Attendance query answered',
      render: () => widget(at('attended', undefined, { attendanceQuery: HOURS_WRONG })),
      play: async (element) => {
        await shows('form.query-answer textarea', 'the answer box')(element);
        const box = shadow(element).querySelector<HTMLTextAreaElement>('form.query-answer textarea')!;
        typeInto(element, `#${box.id}`, 'You are right: we have changed it to 3 hours.');
        clickOn(element, 'form.query-answer button[type="submit"]');
        await shows('[data-query="answered"]', 'the answered question')(element);
      },
    },
    {
      name: 'Paid on date wrong',
      description: 'Mark paid with a day that does not exist: the day, month and year fields say so (GOV.UK date input).',
      render: () => widget(at('claimed')),
      play: async (element) => {
        await queueShown(element);
        clickOn(element, '[data-action="approve"]');
        await shows('[data-status="approved"] .date-day input', 'the paid on date')(element);
        typeInto(element, '[data-status="approved"] .date-day input', '31');
        clickOn(element, '[data-action="pay"]');
        await shows('[data-status="approved"] .has-error', 'the date error')(element);
      },
    },
    {
      name: 'Not on the list',
      description: 'Rosa says she took part in a session with no record (2.5 hours and 30 minutes preparation): record it, hours corrected if need be, or decline it with a reason.',
      render: () => widget(at('attended', undefined, { missing: 'open' })),
      play: shows('[data-missing-report="open"]', 'the report'),
    },
    {
      name: 'Not on the list: no reason',
      description: 'Decline pressed with no reason: the field says what to write.',
      render: () => widget(at('attended', undefined, { missing: 'open' })),
      play: async (element) => {
        await shows('[data-missing-decline]', 'the decline button')(element);
        clickOn(element, '[data-missing-decline]');
        await shows('[data-missing-report] .has-error', 'the missing reason')(element);
      },
    },
    {
      name: 'Changed by someone else',
      description: 'A colleague asked Rosa a question while this one typed a reason to refuse: the server answers 412, the reason typed stays, and “Load the newer version” shows the claim as it is now.',
      render: () => widget((staleApi = at('claimed'))),
      play: (element) => staleRefuse(element, staleApi!),
    },
  ],
};
