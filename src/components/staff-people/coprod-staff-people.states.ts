import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import type { ToldMessage } from '../../api/types.js';
import type { ComponentStates, NamedState } from '../../core/states.js';
import { clickOn, shadow, typeInto } from '../../../test/helpers/dom.js';
import { inStaffProvider, loadStates, shows, STAFF_NOW, staffApi, type StaffProviderOptions } from '../../../test/helpers/staff-states.js';
import { InMemoryApi } from '../../api/in-memory.js';
import { createSeed } from '@coprod/seed';
import '../provider/coprod-provider.js';
import './coprod-staff-people.js';

export const CARERS = 'opp-carers-strategy';

function widget(adapter: CoprodApi, options: StaffProviderOptions & { opportunityId?: string | null } = {}) {
  const id = options.opportunityId === null ? undefined : (options.opportunityId ?? CARERS);
  return inStaffProvider(adapter, options, html`<coprod-staff-people opportunity-id=${id ?? ''} sign-in-href="/staff/sign-in"></coprod-staff-people>`);
}

export const poolShown = shows('[part="person"]', 'a person in the pool');

/** The carers strategy published as a training session (issue 17): the people who asked for training come first. */
export function trainingApi(): InMemoryApi {
  const seed = createSeed(STAFF_NOW);
  Object.assign(seed.opportunities.find((o) => o.id === CARERS)!, { kind: 'training' });
  return new InMemoryApi({ now: STAFF_NOW, seed });
}
export const suggestionsShown = shows('[part="suggestion"]', 'a suggested person');

/** Ticks the suggested person named `name`. */
export function choose(element: HTMLElement, name: string): void {
  const card = [...shadow(element).querySelectorAll<HTMLElement>('[part="suggestion"]')].find((c) => c.querySelector('h3, h4, h5, [role="heading"]')?.textContent?.trim() === name);
  const box = card?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (!box) throw new Error(`No suggestion to choose for ${name}`);
  box.checked = true;
  box.dispatchEvent(new Event('change'));
}

/** Chooses Bernie and Nasrin and presses "Invite". */
export async function inviteTwo(element: HTMLElement): Promise<void> {
  await suggestionsShown(element);
  choose(element, 'Bernie');
  choose(element, 'Nasrin');
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  clickOn(element, '[part="invite"]');
}

/** Opens Bernie's profile in the pool and presses `button` (correct, delete or erase). */
export async function startChange(element: HTMLElement, button: 'correct' | 'delete' | 'erase'): Promise<void> {
  await poolShown(element);
  clickOn(element, '[data-person="prof-bernie"] [part="open"]');
  await shows(`[part="person-changes"] [part="${button}"]`, `the ${button} button`)(element);
  clickOn(element, `[part="${button}"]`);
  await shows(`[part="change-${button}"]`, `the ${button} step`)(element);
}

/** Chooses the reason for a change. */
export function chooseReason(element: HTMLElement, reason: string): void {
  const select = shadow(element).querySelector<HTMLSelectElement>('#field-reason')!;
  select.value = reason;
  select.dispatchEvent(new Event('change'));
}

/** Someone else corrects Bernie's networks after her profile was opened (`api` is the widget's adapter). */
export async function changedByOthers(api: CoprodApi): Promise<void> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...input } = await api.getProfile('prof-bernie');
  await api.updateProfile('prof-bernie', { ...input, networks: 'Carers’ café' }, { reason: 'records' });
}

/** A correction typed and saved after someone else changed the profile: the 412 and "Load their change". */
async function correctAfterOthers(element: HTMLElement, api: CoprodApi): Promise<void> {
  await startChange(element, 'correct');
  await changedByOthers(api);
  typeInto(element, '#field-experience', 'Caring for my mum for ten years.');
  chooseReason(element, 'person-asked');
  clickOn(element, '[part="change-yes"]');
  await shows('[part="load-theirs"]', 'the offer to load their change')(element);
}

let conflictApi: CoprodApi = staffApi();

/** What the server lists for Bernie (GET /messages?profileId=prof-bernie), newest first; nobody else was sent anything. */
export const TOLD_BERNIE: ToldMessage[] = [
  { id: 'msg-4', event: 'profile_changed_by_staff', decision: false, subjectId: 'prof-bernie', role: null, channel: 'email', to: 'b•••@example.org', status: 'summarised', summaryStatus: 'failed', attempts: 0, failureReason: null, createdAt: '2026-03-16T10:00:00Z', sentAt: null, deliveredAt: null },
  { id: 'msg-3', event: 'invitation', decision: false, subjectId: 'inv-b1', role: null, channel: 'email', to: 'b•••@example.org', status: 'delivered', attempts: 1, failureReason: null, createdAt: '2026-03-09T10:00:00Z', sentAt: '2026-03-09T10:00:05Z', deliveredAt: '2026-03-09T10:01:00Z' },
  { id: 'msg-2', event: 'feedback_status', decision: true, subjectId: 'fb-b1', role: 'giver', channel: 'text', to: '••• 123', status: 'failed', attempts: 5, failureReason: 'The phone number is not in use.', createdAt: '2026-03-02T09:00:00Z', sentAt: null, deliveredAt: null },
  { id: 'msg-1', event: 'interest_answer', decision: false, subjectId: 'int-b1', role: 'interested', channel: 'letter', to: '12 Mill Lane, Anytown', status: 'manual', attempts: 0, failureReason: null, createdAt: '2026-02-20T09:00:00Z', sentAt: null, deliveredAt: null },
];

/** Every kind of row the server can list (failed, summarised, delivered...), for the view's own test: the in-memory log only sends. */
export function toldRowsApi(): CoprodApi {
  const api: CoprodApi = staffApi();
  api.listMessages = async (query) => ({ items: query.profileId === 'prof-bernie' ? structuredClone(TOLD_BERNIE) : [] });
  return api;
}

/**
 * What staff did before the panel is opened, written to InMemoryApi's message log as the server's
 * outbox writes it: Bernie and Siân invited to the carers strategy (Bernie by email, Siân by letter,
 * for staff to send by hand), and a decision on feedback Bernie gave with his email.
 */
export async function staffActed(api: InMemoryApi): Promise<void> {
  await api.invitePeople(CARERS, { profileIds: ['prof-bernie', 'prof-sian'] });
  const gave = await api.createFeedback({ topic: 'carers', text: 'Respite is booked up months ahead.', consentToPublish: false, reply: { method: 'email', detail: 'bernie.quillfeather@example.com' } });
  await api.addFeedbackUpdate(gave.id, { kind: 'changed', text: 'Ten respite places are now kept free each week.' }, { idempotencyKey: 'told-1' });
}

type LogStateOptions = { fails?: boolean; locale?: 'cy'; readingLevel?: 'easy-read'; markDone?: boolean; description?: string };

/** A named state over InMemoryApi's message log, or with `failing` answered by a 503. */
function logState(name: string, options: LogStateOptions, failing: 'listMessages' | 'listMessagesByHand', play: (api: InMemoryApi, element: HTMLElement) => Promise<void>): NamedState {
  let api: InMemoryApi;
  return {
    name,
    ...(options.description && { description: options.description }),
    render: () => {
      api = staffApi();
      if (options.fails) Object.defineProperty(api, failing, { value: () => Promise.reject(new ApiError('server', 'Failed', { status: 503 })) });
      return widget(api, { opportunityId: null, ...(options.locale && { locale: options.locale }), ...(options.readingLevel && { readingLevel: options.readingLevel }) });
    },
    play: (element) => play(api, element),
  };
}

/** A named state of the panel, after `staffActed`. */
const toldState = (name: string, options: LogStateOptions & { person?: string; then?: string }): NamedState =>
  logState(name, options, 'listMessages', async (api, element) => {
    await staffActed(api);
    await showTold(options.person, options.then)(element);
    if (options.markDone) {
      clickOn(element, '[part="told-done"]');
      await shows('[data-told="done"]', 'sent by hand')(element);
    }
  });

/** Opens a person's profile and asks for the messages sent to them. */
export const showTold =
  (person = 'prof-bernie', then = '[part="told"]') =>
  async (element: HTMLElement): Promise<void> => {
    await poolShown(element);
    clickOn(element, `[data-person="${person}"] [part="open"]`);
    await shows('[part="told-show"]', 'the messages button')(element);
    clickOn(element, '[part="told-show"]');
    await shows(then, 'the messages')(element);
  };

/** Also a message to pass on through a supporter (feedback given "through my supporter", then a decision on it). */
export async function byHandActed(api: InMemoryApi): Promise<void> {
  await staffActed(api);
  const gave = await api.createFeedback({ topic: 'carers', text: 'The day centre bus comes too early.', consentToPublish: false, reply: { method: 'supporter', detail: 'Her son Dafydd, 07700 900456' } });
  await api.updateFeedback(gave.id, { status: 'considering' });
}

/** Asks for the messages waiting to be sent by hand (after the pool). */
export const showByHand =
  (then = '[part="by-hand"]') =>
  async (element: HTMLElement): Promise<void> => {
    await poolShown(element);
    clickOn(element, '[part="by-hand-show"]');
    await shows(then, 'the messages to send by hand')(element);
  };

/** A named state of the by-hand list, after `byHandActed` unless `acted` is false. */
const byHandState = (name: string, options: LogStateOptions & { acted?: boolean }): NamedState =>
  logState(name, options, 'listMessagesByHand', async (api, element) => {
    if (options.acted !== false) await byHandActed(api);
    await showByHand(options.fails ? '[part="by-hand-error"]' : '[part="by-hand"]')(element);
    if (options.markDone) {
      clickOn(element, '[part="by-hand-done"]');
      await shows('[data-by-hand="done"]', 'sent by hand')(element);
    }
  });

export const states: ComponentStates = {
  tag: 'coprod-staff-people',
  states: [
    ...loadStates(widget, { description: 'Nobody in the pool yet, and no opportunity chosen.', render: () => widget(staffApi({ empty: true }), { opportunityId: null }) }).map((state) =>
      state.name === 'Forbidden' ? { ...state, description: 'The server answered 403: the view says the people role is needed.', play: shows('[part="no-role"]', 'the role message') } : state,
    ),
    { name: 'Filled', description: 'Suggestions for the carers strategy with reasons and what to arrange, then the pool.', render: () => widget(staffApi()), play: async (e) => { await suggestionsShown(e); await poolShown(e); } },
    { name: 'Pool only', description: 'No opportunity chosen: only the pool shows.', render: () => widget(staffApi(), { opportunityId: null }), play: poolShown },
    {
      name: 'Profile open',
      description: 'Bernie’s one page profile opened in place (the read is audited with its reason).',
      render: () => widget(staffApi(), { opportunityId: null }),
      play: async (element) => {
        await poolShown(element);
        clickOn(element, '[data-person="prof-bernie"] [part="open"]');
        await shows('[part="person-detail"]', 'the profile')(element);
      },
    },
    {
      name: 'Nobody matches',
      render: () => widget(staffApi(), { opportunityId: null }),
      play: async (element) => {
        await poolShown(element);
        const q = shadow(element).querySelector<HTMLInputElement>('#pool-q')!;
        q.value = 'zzzz-nobody';
        q.dispatchEvent(new InputEvent('input'));
        clickOn(element, '[part="search"]');
        await shows('[part="empty"]', 'the empty result')(element);
      },
    },
    {
      name: 'Nobody chosen',
      description: '"Invite" pressed before choosing anyone: the button says what to do.',
      render: () => widget(staffApi()),
      play: async (element) => {
        await suggestionsShown(element);
        clickOn(element, '[part="invite"]');
        await shows('#field-profileIds-error', 'the message')(element);
      },
    },
    { name: 'Invited', description: 'Bernie and Nasrin invited: the result, and both in "Who was invited".', render: () => widget(staffApi()), play: async (element) => { await inviteTwo(element); await shows('[part="invitations"] li', 'the invitations')(element); } },
    { name: 'Correcting a profile', description: 'Staff correct Bernie’s profile on her request: the reason, then the parts she asked to put right.', render: () => widget(staffApi(), { opportunityId: null }), play: (e) => startChange(e, 'correct') },
    {
      name: 'Change without a reason',
      description: '"Save the correction" pressed without a reason: the reason is asked for (the person is told it), and nothing is saved.',
      render: () => widget(staffApi(), { opportunityId: null }),
      play: async (element) => {
        await startChange(element, 'correct');
        clickOn(element, '[part="change-yes"]');
        await shows('#field-reason-error', 'the reason error')(element);
      },
    },
    { name: 'Confirm delete', description: 'The confirm step before Bernie’s profile is deleted: what goes, and that she is told.', render: () => widget(staffApi(), { opportunityId: null }), play: (e) => startChange(e, 'delete') },
    { name: 'Confirm erase', description: 'The confirm step before everything Bernie gave is erased: what goes, what stays, and why no message is sent.', render: () => widget(staffApi(), { opportunityId: null }), play: (e) => startChange(e, 'erase') },
    {
      name: 'Profile deleted',
      description: 'Bernie’s profile deleted with a reason: the pool without her, and what happens next.',
      render: () => widget(staffApi(), { opportunityId: null }),
      play: async (element) => {
        await startChange(element, 'delete');
        chooseReason(element, 'person-asked');
        clickOn(element, '[part="change-yes"]');
        await shows('[part="change-done"]', 'the result')(element);
      },
    },
    {
      name: 'Changed since opened',
      description: 'Someone else corrected Bernie’s profile first (412): what was typed is kept, and "Load their change" is offered.',
      render: () => widget((conflictApi = staffApi()), { opportunityId: null }),
      play: (element) => correctAfterOthers(element, conflictApi),
    },
    {
      name: 'Their change loaded',
      description: 'After "Load their change": their answers in the fields not typed in, what was typed kept, ready to save.',
      render: () => widget((conflictApi = staffApi()), { opportunityId: null }),
      play: async (element) => {
        await correctAfterOthers(element, conflictApi);
        clickOn(element, '[part="load-theirs"]');
        await shows('[part="change-loaded"]', 'their change loaded')(element);
      },
    },
    toldState('Who was told', { description: 'Every message sent to Bernie, newest first (InMemoryApi\'s message log after staff invited him and decided on his feedback): what it was about, when, how (the address masked) and whether it went.' }),
    toldState('Who was told: nothing sent', { person: 'prof-nasrin' }),
    toldState('Who was told: failed', { then: '[part="told-error"]', fails: true }),
    toldState('Who was told: a letter to send by hand', { person: 'prof-sian', description: 'Siân asked for letters: her invitation waits for staff to send it by hand, with "Mark as sent by hand".' }),
    toldState('Who was told: sent by hand', { person: 'prof-sian', markDone: true, description: 'Marked as sent by hand (audited): the row says so and keeps the focus.' }),
    toldState('Welsh: who was told', { locale: 'cy' }),
    toldState('Welsh: a letter to send by hand', { person: 'prof-sian', locale: 'cy' }),
    toldState('Easy read: who was told, nothing sent', { person: 'prof-nasrin', readingLevel: 'easy-read' }),
    toldState('Easy read: a letter to send by hand', { person: 'prof-sian', readingLevel: 'easy-read' }),
    byHandState('Messages to send by hand', { description: 'Every letter, call and supporter message waiting, the longest waiting first: to whom, how, what it says and since when, each with "Mark as sent by hand" (the read is audited).' }),
    byHandState('Messages to send by hand: nothing waiting', { acted: false }),
    byHandState('Messages to send by hand: failed', { fails: true }),
    byHandState('Messages to send by hand: one sent', { markDone: true, description: 'The first marked as sent by hand (audited): it says so and keeps the focus.' }),
    byHandState('Welsh: messages to send by hand', { locale: 'cy' }),
    byHandState('Easy read: messages to send by hand', { readingLevel: 'easy-read' }),
    {
      name: 'Training session: who asked come first',
      description: 'A training session: the people whose profile asks for training or support come first, each with "Asked for training or support in their profile".',
      render: () => widget(trainingApi()),
      play: suggestionsShown,
    },
    { name: 'Welsh', render: () => widget(staffApi(), { locale: 'cy' }), play: suggestionsShown },
    { name: 'Easy read', render: () => widget(staffApi(), { readingLevel: 'easy-read' }), play: suggestionsShown },
  ],
};
