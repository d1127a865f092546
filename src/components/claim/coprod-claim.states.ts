import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import { forgetDrafts } from '../../core/controllers/draft-controller.js';
import type { ComponentStates } from '../../core/states.js';
import { clickOn, pickFile, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { overdueApi, payApi, ROSA, type PayStage } from '../../../test/helpers/pay-fixtures.js';
import { failingApi, neverSettlingApi } from '../../../test/helpers/scripted-adapters.js';
import './coprod-claim.js';

interface Options {
  locale?: 'en-GB' | 'cy';
  readingLevel?: 'standard' | 'easy-read';
  meToken?: string | undefined;
  /** The attendance the person's page was opened at (`?attendance=<id>`). */
  openAttendance?: string;
}

function widget(api: CoprodApi, options: Options = {}) {
  forgetDrafts('claim');
  const token = 'meToken' in options ? options.meToken : ROSA;
  return html`<coprod-claim id="claim" .adapter=${api} .meToken=${token} .openAttendance=${options.openAttendance} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'} fallback-href="https://council.example/my-involvement"></coprod-claim>`;
}

const at = (stage: PayStage, options: Parameters<typeof payApi>[1] = {}) => payApi(stage, options).api;

export const shows = (selector: string, what: string) => async (element: HTMLElement) => {
  await until(() => shadow(element).querySelector(selector), what);
};
const settled = async (element: HTMLElement) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
export const loadedForm = shows('form[part="form"]', 'the claim form');

/** Adds an expense line and waits for it. */
export async function addExpense(element: HTMLElement): Promise<void> {
  await loadedForm(element);
  clickOn(element, '[data-add-expense]');
  await shows('[data-expense]', 'the expense line')(element);
}

/** Chooses `file` for the receipt of the first expense, as a person picking a file would. */
export async function chooseReceipt(element: HTMLElement, file: File): Promise<void> {
  pickFile(shadow(element).querySelector<HTMLInputElement>('[data-expense] input[type="file"]')!, file);
}

/** 12 miles by car and bank transfer, then send. */
export async function fillAndSend(element: HTMLElement): Promise<void> {
  await addExpense(element);
  const type = shadow(element).querySelector<HTMLSelectElement>('[data-expense] select')!;
  type.value = 'mileage';
  type.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(element);
  typeInto(element, '#field-expenses-0-miles', '12');
  shadow(element).querySelector<HTMLInputElement>('input[value="bank_transfer"]')!.click();
  await settled(element);
  clickOn(element, 'form[part="form"] button[type="submit"]');
}

export const HOURS_WRONG = 'I was there for 3 hours, not 2. We started at 10 and finished at 1.';
export const HOURS_ANSWER = 'You are right: we have changed it to 3 hours. Sorry.';

/** Opens "Something wrong? Tell us" on the first recorded session. */
export async function openQuery(element: HTMLElement): Promise<void> {
  await shows('[data-query-open]', 'the "something wrong" button')(element);
  clickOn(element, '[data-query-open]');
  await shows('form.query textarea', 'the question box')(element);
}

/** `api` whose "not on the list" reports cannot be fetched the first `times` times (a network error). */
export function missingLoadFails(api: CoprodApi, times = Infinity): CoprodApi {
  let failures = 0;
  return new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key !== 'listMyMissingSessions' || typeof value !== 'function') return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      return async (...args: unknown[]) => {
        if (failures < times) {
          failures += 1;
          throw new ApiError('network', 'The connection dropped.');
        }
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
}

/** Opens "I took part but I am not on the list" and waits for the form, its activity chosen (Rosa has one). */
export async function openMissing(element: HTMLElement): Promise<void> {
  await shows('[data-missing-open]', 'the "not on the list" button')(element);
  clickOn(element, '[data-missing-open]');
  await shows('form[part="missing-form"] #field-missing-sessionStart option[value="2026-11-17T10:00:00.000Z"]', 'the sessions of her activity')(element);
}

/** A file of `megabytes` that starts as a JPEG does. */
export const bigPhoto = (megabytes: number) => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), new Uint8Array(megabytes * 1024 * 1024)], 'receipt.jpg', { type: 'image/jpeg' });

/** "Answer a staff question" sent empty: the box's error summary. */
async function answerMissing(element: HTMLElement): Promise<void> {
  await shows('form.answer', 'the answer form')(element);
  clickOn(element, 'form.answer button[type="submit"]');
  await shows('form.answer .error-summary', 'the answer’s error summary')(element);
}

export const states: ComponentStates = {
  tag: 'coprod-claim',
  states: [
    { name: 'Not signed in', description: 'No sign-in from the person’s page: where to go, and no request.', render: () => widget(at('attended'), { meToken: undefined }) },
    { name: 'Loading', render: () => widget(neverSettlingApi()) },
    { name: 'Error', render: () => widget(failingApi('server')), play: shows('[part="error"]', 'the error') },
    { name: 'Empty', description: 'Nothing recorded yet, so nothing to claim; the benefits panel still shows.', render: () => widget(at('rates')), play: shows('[part="empty"]', 'the empty state') },
    { name: 'Filled', description: 'Fees pre-filled from attendance (2 hours plus 1 hour preparation at £20 an hour); running totals against no limit.', render: () => widget(at('attended')), play: loadedForm },
    {
      name: 'Invalid',
      description: 'Sent with an expense left blank and no payment choice: the error summary takes focus.',
      render: () => widget(at('attended')),
      play: async (element) => {
        await addExpense(element);
        clickOn(element, 'form[part="form"] button[type="submit"]');
        await shows('.error-summary', 'the error summary')(element);
      },
    },
    {
      name: 'Receipt too big',
      description: 'A 20 MB photo is refused in the page with a clear message; the rest of the claim is kept.',
      render: () => widget(at('attended')),
      play: async (element) => {
        await addExpense(element);
        await chooseReceipt(element, bigPhoto(20));
        await shows('[data-expense] .error-message', 'the receipt message')(element);
      },
    },
    { name: 'Sent', render: () => widget(at('attended')), play: async (element) => { await fillAndSend(element); await shows('[part="sent"]', 'the sent panel')(element); } },
    { name: 'Queried', description: 'Staff asked a question: it shows with a place to answer.', render: () => widget(at('queried')), play: shows('form.answer', 'the answer form') },
    {
      name: 'Queried: answer missing',
      description: 'Sent with the answer box empty: the box’s own error summary takes focus and links to the box, whose message says what to write.',
      render: () => widget(at('queried')),
      play: answerMissing,
    },
    { name: 'Welsh: answer missing', render: () => widget(at('queried'), { locale: 'cy' }), play: answerMissing },
    { name: 'Paid', render: () => widget(at('paid')), play: shows('[data-status="paid"]', 'the paid claim') },
    {
      name: 'Over my limit',
      description: 'The person set £30 a week; this claim’s £60 of fees would pass it: said in words, with the choices.',
      render: () => widget(at('attended', { limit: { weeklyPence: 3000, monthlyPence: null } })),
      play: shows('[part="over-limit"]', 'the over-limit warning'),
    },
    {
      name: 'Preparation only',
      description: 'Rosa prepared (1 hour) but did not take part (0 minutes recorded): the session says “preparation only (1 hour)”, with the preparation paid and no session fee.',
      render: () => widget(at('attended', { prepOnly: true })),
      play: loadedForm,
    },
    {
      name: 'Opened at a session it cannot claim for',
      description: 'The person’s page was opened from "thank you for taking part" (`?attendance=<id>`) at a session that is not theirs, or is in a claim already: the claim says so plainly above the rest.',
      render: () => widget(at('attended'), { openAttendance: 'att-someone-else' }),
      play: shows('[data-attendance-gone]', 'the notice'),
    },
    {
      name: 'Opened at a session it cannot claim for, easy read',
      render: () => widget(at('attended'), { openAttendance: 'att-someone-else', readingLevel: 'easy-read' }),
      play: shows('[data-attendance-gone]', 'the notice'),
    },
    { name: 'Welsh', render: () => widget(at('attended'), { locale: 'cy' }), play: loadedForm },
    { name: 'Easy read', render: () => widget(at('attended'), { readingLevel: 'easy-read' }), play: loadedForm },
    {
      name: 'Welsh: receipt',
      description: 'An expense added on a Welsh page: the receipt control says “Dewiswch ffeil” and “Dim ffeil wedi’i dewis”, not the browser’s English (s19 look defect 11).',
      render: () => widget(at('attended'), { locale: 'cy' }),
      play: addExpense,
    },
    { name: 'Easy read: receipt', render: () => widget(at('attended'), { readingLevel: 'easy-read' }), play: addExpense },
    {
      name: 'Telling us the hours are wrong',
      description: 'Under "Your times", the person opened "Something wrong? Tell us" and sent it empty: the box says what to write.',
      render: () => widget(at('attended')),
      play: async (element) => {
        await openQuery(element);
        clickOn(element, 'form.query button[type="submit"]');
        await shows('form.query .has-error', 'the missing words')(element);
      },
    },
    { name: 'Hours queried', description: 'The person said the hours are wrong; it waits for staff to answer.', render: () => widget(at('attended', { attendanceQuery: HOURS_WRONG })), play: shows('[data-query="waiting"]', 'the waiting question') },
    {
      name: 'Hours query answered',
      description: 'Staff answered the question; the answer shows under it.',
      render: () => widget(at('attended', { attendanceQuery: HOURS_WRONG, attendanceAnswer: HOURS_ANSWER })),
      play: shows('[data-query="answered"]', 'the answer'),
    },
    {
      name: 'Overdue',
      description: 'Approved but not paid by the council’s target day: the claim says so plainly, says sorry, and says who to ask (the council’s PAY_CONTACT) and the claim number.',
      render: () => widget(overdueApi(at('approved'))),
      play: shows('[part="overdue"]', 'the overdue claim'),
    },
    {
      name: 'Not on the list: telling us',
      description: '"I took part but I am not on the list": the activity is chosen (Rosa has one), then the session, the hours and what happened.',
      render: () => widget(at('attended', { missing: 'session' })),
      play: openMissing,
    },
    {
      name: 'Not on the list: telling us, Welsh',
      description: 'The same form on a Welsh page: "Dewiswch sesiwn", the session dates and the questions in Welsh.',
      render: () => widget(at('attended', { missing: 'session' }), { locale: 'cy' }),
      play: openMissing,
    },
    {
      name: 'Not on the list: invalid',
      description: 'Sent with nothing chosen or typed: the error summary takes focus and names each answer.',
      render: () => widget(at('attended', { missing: 'session' })),
      play: async (element) => {
        await openMissing(element);
        clickOn(element, 'form[part="missing-form"] button[type="submit"]');
        await shows('[data-missing] .error-summary', 'the error summary')(element);
      },
    },
    { name: 'Not on the list: waiting', description: 'Rosa told us about a session with no record; it waits for staff.', render: () => widget(at('attended', { missing: 'open' })), play: shows('[data-missing-report="open"]', 'the waiting report') },
    {
      name: 'Not on the list: declined',
      description: 'Staff declined it, with their reason (she was sent it too).',
      render: () => widget(at('attended', { missing: 'declined' })),
      play: shows('[data-missing-report="declined"]', 'the declined report'),
    },
    {
      name: 'Not on the list: declined, Welsh',
      render: () => widget(at('attended', { missing: 'declined' }), { locale: 'cy' }),
      play: shows('[data-missing-report="declined"]', 'the declined report'),
    },
    {
      name: 'Not on the list: could not load',
      description: 'Her reports and activities could not be fetched: the part says so and offers Try again, not "no activities".',
      render: () => widget(missingLoadFails(at('attended', { missing: 'session' }))),
      play: shows('[data-missing-failed]', 'the failure'),
    },
    {
      name: 'Overdue, easy read',
      render: () => widget(overdueApi(at('approved')), { readingLevel: 'easy-read' }),
      play: shows('[part="overdue"]', 'the overdue claim'),
    },
  ],
};
