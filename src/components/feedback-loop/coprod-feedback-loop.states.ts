import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { InMemoryApi } from '../../api/in-memory.js';
import { createSeed } from '@coprod/seed';
import { failingApi, flakyApi, neverSettlingApi } from '../../../test/helpers/scripted-adapters.js';
import { draftKey, forgetDrafts } from '../../core/controllers/draft-controller.js';
import type { ComponentStates, NamedState } from '../../core/states.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { ApiError } from '../../api/errors.js';
import { fieldId } from '../../core/forms/form-controller.js';
import { forgetSupporter, rememberAsked, rememberSupported } from './internal/supporter-key.js';
import '../provider/coprod-provider.js';
import './coprod-feedback-loop.js';

/** The fixed "now" of every state, so dates on the board never change. */
export const NOW = new Date('2026-11-24T10:00:00Z');

/** The public view of the seed data: what a person without a staff token sees. */
export function publicApi(options: { latencyMs?: number } = {}): InMemoryApi {
  return new InMemoryApi({ now: NOW, staff: false, ...options });
}

/** An API whose methods named in `overrides` are replaced (e.g. a send that never finishes). */
export function withOverrides(inner: CoprodApi, overrides: Partial<CoprodApi>): CoprodApi {
  return new Proxy(inner, {
    get(target, property, receiver) {
      const override = overrides[property as keyof CoprodApi];
      if (override) return override;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Picks an option in a select in the element's shadow root, as a person would. */
export function choose(element: HTMLElement, selector: string, value: string): void {
  const select = shadow(element).querySelector<HTMLSelectElement>(selector);
  if (!select) throw new Error(`No select ${selector}`);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Ticks a radio or checkbox by its id. */
export function tick(element: HTMLElement, id: string): void {
  const input = shadow(element).getElementById(id) as HTMLInputElement | null;
  if (!input) throw new Error(`No input #${id}`);
  input.click();
}

const has = (element: HTMLElement, selector: string): Element | null => shadow(element).querySelector(selector);

export const waitForBoard = (element: HTMLElement): Promise<Element> => until(() => has(element, '[part~=items], [part~=empty]'), 'the board');
const firstItem = (element: HTMLElement): string => (has(element, '[data-support]') as HTMLElement).dataset['support']!;

/** The id of a field of an item's "Tell me when this changes" form: its path is `hear.<item>.<field>`. */
export const hearField = (item: string, field: 'method' | 'detail' | 'frequency'): string => fieldId(`hear.${item}.${field}`);

/** Says "I said this too" on the first item and opens "Tell me when this changes". */
export async function openHearBack(element: HTMLElement): Promise<string> {
  await waitForBoard(element);
  const id = firstItem(element);
  clickOn(element, '[data-support]');
  await until(() => has(element, '[data-hear-back]'), 'the offer to tell');
  clickOn(element, '[data-hear-back]');
  await until(() => has(element, `#${hearField(id, 'method')}`), 'the form to tell');
  return id;
}

export const waitForForm = (element: HTMLElement): Promise<Element> => until(() => has(element, '#field-text'), 'the form');

/** Fills the form in with an answer to every question, the way a person would. */
export async function fillForm(element: HTMLElement, options: { topic?: boolean } = {}): Promise<void> {
  await waitForForm(element);
  if (options.topic !== false) choose(element, '#field-topic', 'transport');
  typeInto(element, '#field-text', 'The bus to the day centre stops running at 4pm, so I have to leave early every day.');
  typeInto(element, '#field-name', 'Sam');
  tick(element, 'field-wantsReply');
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  tick(element, 'field-reply-method');
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  typeInto(element, '#field-reply-detail', 'sam@example.com');
  tick(element, 'field-consentToPublish');
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** Feedback with a reply by email, sent: the confirmation with what a "How often" set does. */
const sentFeedback = (locale = 'en-GB', readingLevel = 'standard') => ({
  render: () => html`<coprod-provider .adapter=${publicApi()} locale=${locale} reading-level=${readingLevel}><coprod-feedback-loop mode="form"></coprod-feedback-loop></coprod-provider>`,
  play: async (element: HTMLElement) => {
    await fillForm(element);
    clickOn(element, 'button[type=submit]');
    await until(() => has(element, '[part~=confirmation] [data-off-stays]'), 'the confirmation');
  },
});

/** "Tell me when this changes" by email, sent, read in `locale` and `readingLevel`: what a "How often" set does, and that messages turned off stay off. */
const toldWhenChanges = (locale = 'en-GB', readingLevel = 'standard') => ({
  render: () => html`<coprod-provider .adapter=${publicApi()} locale=${locale} reading-level=${readingLevel}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`,
  play: async (element: HTMLElement) => {
    const id = await openHearBack(element);
    tick(element, hearField(id, 'method'));
    await until(() => has(element, `#${hearField(id, 'detail')}`), 'the email field');
    typeInto(element, `#${hearField(id, 'detail')}`, 'sam@example.com');
    clickOn(element, '.hear-back button[type=submit]');
    await until(() => has(element, '.hear-back-done [data-off-stays]'), 'the confirmation');
  },
});

/** What a person had typed before the page was reloaded. */
export const sampleFeedbackDraft = {
  topic: 'transport',
  text: 'The lift at the library has been broken for three weeks.',
  name: '',
  wantsReply: '',
  replyMethod: '',
  replyDetail: '',
  consent: '',
};

/** Every state starts with no kept draft: an earlier state (or story) may have left one in this tab. */
const withoutDrafts = (state: NamedState): NamedState => ({
  ...state,
  render: () => {
    forgetDrafts('feedback');
    forgetSupporter();
    return state.render();
  },
});

export const states: ComponentStates = {
  tag: 'coprod-feedback-loop',
  states: ([
    {
      name: 'Board loading',
      description: 'The board while the feedback is on its way: a skeleton that keeps its height.',
      render: () => html`<coprod-provider .adapter=${neverSettlingApi()}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await until(() => has(element, '[part~=loading]'), 'the loading view');
      },
    },
    {
      name: 'Board empty',
      description: 'Nothing has been published yet.',
      render: () =>
        html`<coprod-provider .adapter=${new InMemoryApi({ now: NOW, staff: false, seed: { ...createSeed(NOW), feedback: [] } })}
          ><coprod-feedback-loop mode="board"></coprod-feedback-loop
        ></coprod-provider>`,
      play: async (element) => {
        await until(() => has(element, '[part~=empty]'), 'the empty board');
      },
    },
    {
      name: 'Board error',
      description: 'The feedback could not be loaded: what happened, a retry, and a link to the council page.',
      render: () =>
        html`<coprod-provider .adapter=${failingApi('network')}
          ><coprod-feedback-loop mode="board" fallback-href="https://anytown.example/feedback"></coprod-feedback-loop
        ></coprod-provider>`,
      play: async (element) => {
        await until(() => has(element, '[part~=error]'), 'the error view');
      },
    },
    {
      name: 'Board filled',
      description: 'What people said, its topic, when, how many said the same, and its status in words, icon and border style.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
      },
    },
    {
      name: 'Board filtered',
      description: 'Only feedback that led to a change, about transport.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        choose(element, '#board-status', 'changed');
        choose(element, '#board-topic', 'transport');
        await until(() => shadow(element).querySelector('.result-count')?.textContent?.includes('1 piece'), 'the filtered results');
      },
    },
    {
      name: 'Board filtered, nothing found',
      description: 'A search that finds nothing, with a way to clear the filters.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        typeInto(element, '#board-search', 'zebra crossing on the moon');
        await until(() => has(element, '[part~=empty]'), 'no results');
      },
    },
    {
      name: 'Item open with a long timeline',
      description: "The carers' assessment form: what was said, then seven dated updates, newest last, with links.",
      // `no-url`: opening the item leaves the story page's address (and the next state's) alone.
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="board" no-url></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        choose(element, '#board-topic', 'carers');
        await until(() => has(element, '[data-item-link="fb-8m2d"]'), 'the carers feedback');
        clickOn(element, '[data-item-link="fb-8m2d"]');
        await until(() => shadow(element).querySelectorAll('.timeline .entry').length >= 8, 'the timeline');
      },
    },
    {
      name: 'Said this too',
      description: 'After "I said this too": the count went up and the button says "You said this too".',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        clickOn(element, '[data-support]');
        await until(() => has(element, '.support-button.supported'), 'the supported button');
      },
    },
    {
      name: 'Said this too, tell me when this changes',
      description: 'After "I said this too", the optional "Tell me when this changes": email or text message, then the address or number.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await openHearBack(element);
        tick(element, hearField(firstItem(element), 'method'));
      },
    },
    {
      name: 'Said this too, tell me: asked',
      description: 'Asked "Tell me when this changes" by email: a status says they will be told and how to stop; on the page below it, that a how often chosen on their own page or from a message’s link stays, and that messages turned off before stay off until turned on from their own page (the same words for anyone).',
      ...toldWhenChanges(),
    },
    { name: 'Welsh: said this too, tell me: asked', ...toldWhenChanges('cy') },
    { name: 'Easy read: said this too, tell me: asked', ...toldWhenChanges('en-GB', 'easy-read') },
    {
      name: 'Said this too, tell me: email not right',
      description: 'An email address that is not one: the form\'s error summary (focused) and the field\'s own error; what was typed stays.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await openHearBack(element);
        const id = firstItem(element);
        tick(element, hearField(id, 'method'));
        await until(() => has(element, `#${hearField(id, 'detail')}`), 'the email field');
        typeInto(element, `#${hearField(id, 'detail')}`, 'sam.example.com');
        clickOn(element, '.hear-back button[type=submit]');
        await until(() => has(element, '.hear-back .error-summary'), 'the error summary');
      },
    },
    {
      name: 'Said this too on an earlier visit: tell me when this changes',
      description: 'This device said "I said this too" before a reload: the button remembers, and "Tell me when this changes" is offered again.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        rememberSupported(firstItem(element));
        (element as HTMLElement & { requestUpdate(): void }).requestUpdate();
        await until(() => has(element, '[data-hear-back]'), 'the offer to tell');
      },
    },
    {
      name: 'Asked to be told on an earlier visit: how to stop',
      description: 'This device asked "Tell me when this changes" before a reload: it says they will be told and how to stop, instead of offering it again.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        rememberSupported(firstItem(element));
        rememberAsked(firstItem(element));
        (element as HTMLElement & { requestUpdate(): void }).requestUpdate();
        await until(() => has(element, '.hear-back-done'), 'that they will be told');
      },
    },
    {
      name: 'Said this too, tell me: the council refused the number',
      description: 'The server refused the number (a field code): its words at the field and in the form\'s error summary (focused), in the reader\'s language, not a general failure.',
      render: () => {
        const api = publicApi();
        const refuse = (): Promise<never> =>
          Promise.reject(new ApiError('validation', 'Invalid', { status: 422, problem: { type: 'about:blank', title: 'Invalid', status: 422, errors: [{ field: 'reply.detail', code: 'invalid-phone', message: 'Enter a UK phone number' }] } }));
        const supportFeedback: CoprodApi['supportFeedback'] = (id, key, options) => (options?.reply ? refuse() : api.supportFeedback(id, key, options));
        return html`<coprod-provider .adapter=${withOverrides(api, { supportFeedback })}><coprod-feedback-loop mode="board"></coprod-feedback-loop></coprod-provider>`;
      },
      play: async (element) => {
        await openHearBack(element);
        const id = firstItem(element);
        tick(element, `${hearField(id, 'method')}-1`);
        await until(() => has(element, `#${hearField(id, 'detail')}`), 'the number field');
        typeInto(element, `#${hearField(id, 'detail')}`, '07700 900982');
        clickOn(element, '.hear-back button[type=submit]');
        await until(() => has(element, '.hear-back .error-summary'), 'the error summary');
      },
    },
    {
      name: 'Board and form',
      description: 'The default (mode="both"): the board, then the form.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        await waitForForm(element);
      },
    },
    {
      name: 'Form behind a button',
      description: 'collapse-form: the board, then "Give feedback", which opens the form (a kept draft opens it by itself).',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop collapse-form page-size="3"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        await until(() => has(element, '.give-feedback-button'), 'the "Give feedback" button');
      },
    },
    {
      name: 'Form empty',
      description: 'The give-feedback form before anything is typed.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="form"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForForm(element);
      },
    },
    {
      name: 'Draft restored',
      description: 'The page was reloaded while feedback was half written: what was typed is back, with a notice and "Start again".',
      render: () => {
        sessionStorage.setItem(draftKey('feedback', ''), JSON.stringify(sampleFeedbackDraft));
        return html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="form"></coprod-feedback-loop></coprod-provider>`;
      },
      play: async (element) => void (await until(() => has(element, '[part="draft-notice"]'), 'the draft notice')),
    },
    {
      name: 'Form with errors',
      description: 'Sent with nothing filled in: the error summary takes focus and links to each question.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="form"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForForm(element);
        clickOn(element, 'button[type=submit]');
        await until(() => has(element, '.error-summary'), 'the error summary');
      },
    },
    {
      name: 'Form sending',
      description: 'While the feedback is on its way.',
      render: () =>
        html`<coprod-provider .adapter=${withOverrides(publicApi(), { createFeedback: () => new Promise(() => {}) })}
          ><coprod-feedback-loop mode="form"></coprod-feedback-loop
        ></coprod-provider>`,
      play: async (element) => {
        await fillForm(element);
        clickOn(element, 'button[type=submit]');
        await until(() => has(element, '.send[aria-disabled=true]'), 'the sending button');
      },
    },
    {
      name: 'Form failed (kept typing)',
      description: 'The network failed: what happened, and everything typed is still there. Sending again is the same attempt.',
      render: () =>
        html`<coprod-provider .adapter=${flakyApi(publicApi(), { failures: 1, methods: ['createFeedback'] })}
          ><coprod-feedback-loop mode="form"></coprod-feedback-loop
        ></coprod-provider>`,
      play: async (element) => {
        await fillForm(element);
        clickOn(element, 'button[type=submit]');
        await until(() => has(element, '[data-form-failure]'), 'the failure message');
      },
    },
    {
      name: 'Sent',
      description: 'The confirmation: the reference, what happens next, and a link to follow the item; a reply by email was asked "How often", so that a choice made on the person’s own page or from a message’s link stays, and that messages turned off before stay off until turned on from their own page (the same words for anyone).',
      ...sentFeedback(),
    },
    { name: 'Welsh: sent', ...sentFeedback('cy') },
    { name: 'Easy read: sent', ...sentFeedback('en-GB', 'easy-read') },
    {
      name: 'Welsh',
      description: 'The board and the form in Welsh.',
      render: () => html`<coprod-provider .adapter=${publicApi()} locale="cy"><coprod-feedback-loop></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        await waitForForm(element);
      },
    },
    {
      name: 'Easy read',
      description: 'Short sentences, one idea per line, larger text, an icon beside each key fact.',
      render: () =>
        html`<coprod-provider .adapter=${publicApi()} reading-level="easy-read"><coprod-feedback-loop></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        await waitForForm(element);
      },
    },
    {
      name: 'Mode form only',
      description: 'mode="form" under a page heading, with heading-level="3" so the headings stay in order.',
      render: () =>
        html`<section>
          <h2>Have your say</h2>
          <coprod-provider .adapter=${publicApi()}><coprod-feedback-loop mode="form" heading-level="3"></coprod-feedback-loop></coprod-provider>
        </section>`,
      play: async (element) => {
        await waitForForm(element);
      },
    },
    {
      name: 'Topic pinned',
      description: 'topic="transport": the board shows only transport feedback and the form is about transport.',
      render: () => html`<coprod-provider .adapter=${publicApi()}><coprod-feedback-loop topic="transport"></coprod-feedback-loop></coprod-provider>`,
      play: async (element) => {
        await waitForBoard(element);
        await waitForForm(element);
      },
    },
    {
      name: 'Not configured',
      description: 'No API and no adapter: a short message and a link to the council page.',
      render: () => html`<coprod-feedback-loop fallback-href="https://anytown.example/feedback"></coprod-feedback-loop>`,
    },
  ] satisfies NamedState[]).map(withoutDrafts),
};
