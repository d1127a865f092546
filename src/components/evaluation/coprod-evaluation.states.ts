import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import type { EvaluationInput } from '../../api/types.js';
import { field, invalid } from '../../api/in-memory-pay-support.js';
import type { ComponentStates } from '../../core/states.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import '../provider/coprod-provider.js';
import './coprod-evaluation.js';

export const TOKEN = 'invite-token-0123456789abcdef';

/** An adapter with only the evaluation calls, recording what was sent. */
export function evaluationApi(options: { used?: boolean; missing?: boolean; sendFails?: boolean; openFails?: number; sent?: EvaluationInput[]; refuse?: ApiError } = {}): CoprodApi {
  let openFailures = options.openFails ?? 0;
  const api: Partial<CoprodApi> = {
    async openEvaluationInvitation() {
      if (options.missing) throw new ApiError('not-found', 'There is no such link', { status: 404 });
      if (openFailures > 0) {
        openFailures--;
        throw new ApiError('network', 'offline');
      }
      return { opportunityId: 'opp-carers-strategy', title: { en: 'Help us write the new carers’ strategy', cy: 'Helpwch ni i ysgrifennu’r strategaeth newydd i ofalwyr' }, promise: 'co_production', used: Boolean(options.used) };
    },
    async sendEvaluation(input) {
      if (options.sendFails) throw new ApiError('network', 'offline');
      if (options.refuse) throw options.refuse;
      options.sent?.push(input);
      return { received: true };
    },
  };
  return api as CoprodApi;
}

/** A 422 naming one field with a code and the server's own English words. */
export const refusal = (path: string, code: Parameters<typeof field>[1], english: string): ApiError => invalid([field(path, code, english)]);

export function widget(api: CoprodApi, locale = 'en-GB', level = 'standard') {
  return html`<coprod-provider .adapter=${api} locale=${locale} reading-level=${level}>
    <coprod-evaluation invitation-token=${TOKEN}></coprod-evaluation>
  </coprod-provider>`;
}

const root = (element: HTMLElement) => shadow(element);
export const untilShown = (selector: string) => (element: HTMLElement) => until(() => root(element).querySelector(selector), selector);
const shows = (selector: string) => async (element: HTMLElement): Promise<void> => void (await untilShown(selector)(element));

/** Starts, then answers the first question "Agree" and goes on. */
export async function startAnswering(element: HTMLElement): Promise<void> {
  (await untilShown('button.button')(element) as HTMLButtonElement).click();
  (await untilShown('input[value="agree"]')(element) as HTMLInputElement).click();
}

/** Starts, then presses Next on every question without answering, and Send. */
export async function skipAll(element: HTMLElement): Promise<void> {
  (await untilShown('button.button')(element) as HTMLButtonElement).click();
  for (let step = 0; step < 12; step++) {
    // The question's own number, the first in "Question 11 of 12".
    await until(() => root(element).querySelector('.progress')?.textContent?.match(new RegExp(`^\\D*${step + 1}\\D`)), `question ${step + 1}`);
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }
}

/** Answers every question with `agree`, the ladder with co-production, and sends. */
export async function answerAll(element: HTMLElement, change = 'Send the papers a week before'): Promise<void> {
  await startAnswering(element);
  await answerFrom(element, 0, change);
}

/** From question `from` (1 less than its number) on, as `answerAll` does. */
export async function answerFrom(element: HTMLElement, from: number, change = 'Send the papers a week before'): Promise<void> {
  for (let step = from; step < 12; step++) {
    await until(() => root(element).querySelector('.progress')?.textContent?.match(new RegExp(`\\b${step + 1}\\b`)), `question ${step + 1}`);
    if (step < 10) root(element).querySelector<HTMLInputElement>('input[value="agree"]')!.click();
    else if (step === 10) root(element).querySelector<HTMLInputElement>('input[value="co_production"]')!.click();
    else {
      const box = root(element).querySelector<HTMLTextAreaElement>('textarea')!;
      box.value = change;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }
}

export const states: ComponentStates = {
  tag: 'coprod-evaluation',
  states: [
    { name: 'Invited', description: 'The link opened: the activity, what it promised, that answers are anonymous, and Start.', render: () => widget(evaluationApi()), play: shows('button.button') },
    { name: 'Answering', description: 'One question per screen: an ingredient with five answers and “not for this activity”, each with a picture.', render: () => widget(evaluationApi()), play: startAnswering },
    {
      name: 'Ladder question',
      description: 'Which rung of the ladder it felt like, each with a picture of the ladder.',
      render: () => widget(evaluationApi()),
      play: async (element) => {
        await startAnswering(element);
        for (let i = 0; i < 10; i++) {
          root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
          await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        }
        await untilShown('input[value="co_production"]')(element);
      },
    },
    { name: 'Sent', description: 'Thank you: the answers went, anonymously.', render: () => widget(evaluationApi()), play: async (e) => { await answerAll(e); await untilShown('[role=status]')(e); } },
    { name: 'Already sent', description: 'The link was used already (each works once).', render: () => widget(evaluationApi({ used: true })), play: shows('[role=status]') },
    { name: 'Link not found', description: 'A link that is not one we sent.', render: () => widget(evaluationApi({ missing: true })), play: shows('[role=status]') },
    { name: 'Could not open', description: 'The network failed on opening the link: no questions (answers would have nowhere to go), a Try again button.', render: () => widget(evaluationApi({ openFails: Infinity })), play: shows('[role=status]') },
    { name: 'Send failed', description: 'The network failed on sending: the answers are kept and the person can try again.', render: () => widget(evaluationApi({ sendFails: true })), play: async (e) => { await answerAll(e); await untilShown('.inline-error')(e); } },
    {
      name: 'An answer refused',
      description: 'The server refused the first answer (a 422 naming ratings.centre): its words by code in an error summary, whose link opens that question’s screen; nothing is lost.',
      render: () => widget(evaluationApi({ refuse: refusal('ratings.centre', 'not-in-list', 'Choose one of the answers.') })),
      play: async (e) => {
        await answerAll(e);
        await untilShown('.error-summary')(e);
      },
    },
    {
      name: 'Nothing answered',
      description: 'Send pressed with every question skipped: nothing is sent (it would count as one more person who answered); the error summary asks for at least one answer and links to question 1.',
      render: () => widget(evaluationApi()),
      play: async (e) => {
        await skipAll(e);
        await untilShown('.error-summary')(e);
      },
    },
    { name: 'Welsh', description: 'The invitation in Welsh.', render: () => widget(evaluationApi(), 'cy'), play: shows('button.button') },
    { name: 'Easy read', description: 'Easy read: short sentences and larger pictures.', render: () => widget(evaluationApi(), 'en-GB', 'easy-read'), play: startAnswering },
    { name: 'Welsh easy read', description: 'The ladder question in Welsh easy read.', render: () => widget(evaluationApi(), 'cy', 'easy-read'), play: startAnswering },
  ],
};
