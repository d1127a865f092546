import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import type { ComponentStates } from '../../core/states.js';
import { ACTIVITY, addAnswers, insightsApi } from '../../../test/helpers/insights-fixtures.js';
import { councilReachApi, reachApi, reachFor } from '../../../test/helpers/reach-fixtures.js';
import { scriptedError } from '../../../test/helpers/scripted-adapters.js';
import { fieldId } from '../../core/forms/form-controller.js';
import { field, invalid } from '../../api/in-memory-pay-support.js';
import { inStaffProvider, loadStates, shows, staffApi, type StaffProviderOptions } from '../../../test/helpers/staff-states.js';
import { INGREDIENTS } from '../../api/rules.js';
import type { Agreement, Ingredient } from '../../api/types.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import '../provider/coprod-provider.js';
import './coprod-staff-insights.js';

function widget(adapter: CoprodApi, options: StaffProviderOptions & { opportunityId?: string | null } = {}) {
  const id = options.opportunityId === null ? undefined : (options.opportunityId ?? ACTIVITY);
  return inStaffProvider(adapter, options, html`<coprod-staff-insights opportunity-id=${id ?? ''} sign-in-href="/staff/sign-in"></coprod-staff-insights>`);
}

export const chartShown = shows('[part="chart"]', 'a chart');

/** Opens "Change the area's figures" under "Who is taking part". */
export async function openReference(element: HTMLElement): Promise<void> {
  await shows('[data-reference-open]', 'the change button')(element);
  clickOn(element, '[data-reference-open]');
  await shows('[data-reference-form] #field-sex-female', 'the figures form')(element);
}

/** Opens the figures form, puts `share` as the area's share of women, and saves. */
export async function saveShare(element: HTMLElement, share: string): Promise<void> {
  if (!shadow(element).querySelector('[data-reference-form]')) await openReference(element);
  typeInto(element, '#field-sex-female', share);
  clickOn(element, '[data-reference-save]');
  await until(() => shadow(element).querySelector('[data-reference-saved], #field-sex-female-error'), 'saved or refused');
}

/** Opens "Add a question" under the council's own questions. */
export async function openCouncil(element: HTMLElement): Promise<void> {
  await shows('[data-council-open]', 'the add button')(element);
  clickOn(element, '[data-council-open]');
  await shows('[data-council-form] #field-text-en', 'the question form')(element);
}

/** The council's question "Do you use a wheelchair?" as staff would write it; `welshAnswers` replaces the Welsh answers' box. */
export const WHEELCHAIR: Record<string, string> = {
  'text.en': 'Do you use a wheelchair?',
  'text.cy': 'Ydych chi’n defnyddio cadair olwyn?',
  'text.easyRead': 'Do you use a wheelchair?',
  'answers.en': 'Yes, all the time\nYes, sometimes\nNo',
  'answers.cy': 'Ydw, drwy’r amser\nYdw, weithiau\nNac ydw',
  'answers.easyRead': 'Yes, always\nYes, sometimes\nNo',
};

/** Opens the form, types `values` and presses "Add the question"; waits for the answer. */
export async function addCouncilQuestion(element: HTMLElement, values: Record<string, string> = WHEELCHAIR): Promise<void> {
  await openCouncil(element);
  for (const [path, text] of Object.entries(values)) typeInto(element, `#${fieldId(path)}`, text);
  clickOn(element, '[data-council-save]');
  await until(() => shadow(element).querySelector('[data-council-added], [data-council-form] .error-summary, [data-council-form] [data-form-failure]'), 'added or refused');
}

/** Presses "Stop asking" on the council's first question; with `confirm`, then "Yes, stop asking it". */
export async function retireCouncilQuestion(element: HTMLElement, confirm = false): Promise<void> {
  await shows('[data-council-retire]', 'a stop asking button')(element);
  clickOn(element, '[data-council-retire]');
  await shows('[data-council-confirm]', 'the confirmation')(element);
  if (!confirm) return;
  clickOn(element, '[data-council-retire-yes]');
  await shows('[data-council-retired], [data-council-confirm] [role="alert"]', 'stopped or refused')(element);
}

/** Opens "Enter answers from a paper form" (issue 17). */
export async function openPaper(element: HTMLElement): Promise<void> {
  await shows('[data-paper-open]', 'the paper form button')(element);
  clickOn(element, '[data-paper-open]');
  await shows('[data-paper-form] #field-opportunityId', 'the paper form')(element);
}

/** A paper form as staff would type it: how it came, two statements, the rung felt, the change. */
export const PAPER_FORM = { how: 'paper', 'ratings.voice': 'strongly_agree', 'ratings.accessible': 'disagree', felt: 'consultation', change: 'Send the form in large print.' } as const;

/** Opens the form (the activity shown is chosen), ticks and types `PAPER_FORM`, presses "Add these answers"; waits for the answer. */
export async function enterPaper(element: HTMLElement, values: Record<string, string> = PAPER_FORM): Promise<void> {
  if (!shadow(element).querySelector('[data-paper-form]')) await openPaper(element);
  for (const [path, value] of Object.entries(values)) {
    if (path === 'change') typeInto(element, `#${fieldId(path)}`, value);
    else clickOn(element, `[data-paper-form] input[name="${fieldId(path)}"][value="${value}"]`);
  }
  clickOn(element, '[data-paper-save]');
  await until(() => shadow(element).querySelector('[data-paper-added], [data-paper-form] .error-summary, [data-paper-form] [data-form-failure]'), 'added or refused');
}

/** Results whose server refuses answers from a paper form: everyone invited answered (422 not-allowed on the activity, in its English). */
export function refusingPaperApi(): CoprodApi {
  const { api } = insightsApi(2);
  const refuse = async () => Promise.reject(invalid([field('opportunityId', 'not-allowed', 'Everyone invited (3) has answered already, online or by hand.')]));
  return new Proxy(api, { get: (target, key, receiver) => (key === 'enterEvaluationByHand' ? refuse : Reflect.get(target, key, receiver)) });
}

/** A sign-in without the insights role (review S4): the reach says so, and the adapter refuses answers by hand, as the server does. */
export function withoutInsightsApi(): CoprodApi {
  const { api, inner } = insightsApi(2);
  inner.equality.roles = ['staff'];
  inner.evaluations.roles = ['staff'];
  return api;
}

/**
 * Six people invited: four answered online, staff typed in one paper form and one phone call.
 * The activity's results then say how they answered; every call waits until the answers are in.
 */
export function givenApi(): CoprodApi {
  const inner = staffApi();
  const ratings = Object.fromEntries(INGREDIENTS.map((i) => [i, 'agree'])) as Record<Ingredient, Agreement>;
  const ready = (async () => {
    await addAnswers(inner, 4, 6);
    for (const how of ['paper', 'phone'] as const) await inner.enterEvaluationByHand({ opportunityId: ACTIVITY, how, ratings, felt: 'consultation' });
  })();
  return new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? async (...args: unknown[]) => (await ready, (value as (...a: unknown[]) => unknown).apply(target, args)) : value;
    },
  });
}

/** The council's adapter whose answer to adding a question is a refusal (403: no insights role). */
function refusingCouncilApi(): CoprodApi {
  const api = councilReachApi();
  return new Proxy(api, { get: (target, key, receiver) => (key === 'addEqualityQuestion' ? async () => Promise.reject(scriptedError('forbidden')) : Reflect.get(target, key, receiver)) });
}

export const states: ComponentStates = {
  tag: 'coprod-staff-insights',
  states: [
    ...loadStates(widget, { description: 'Nobody has said how an activity went yet.', render: () => widget(insightsApi(0).api, { opportunityId: null }) }),
    { name: 'Results', description: 'Six people said how the carers strategy went: the activity and the programme, each chart beside its table.', render: () => widget(insightsApi(6).api), play: shows('#programme-title ~ [part="group"]', 'the programme results') },
    { name: 'Results: how they answered', description: 'Four answered online, one on a paper form and one over the phone (typed in by staff): the activity says so above its chart.', render: () => widget(givenApi()), play: shows('[data-given]', 'how they answered') },
    { name: 'Easy read: how they answered', description: 'The same, in easy read: one line each way.', render: () => widget(givenApi(), { readingLevel: 'easy-read' }), play: shows('[data-given]', 'how they answered') },
    {
      name: 'Suppressed',
      description: 'Two answers: staff see the activity (the promise beside the rung felt), but the programme hides it (under the threshold of 5).',
      render: () => widget(insightsApi(2, 'co_design').api),
      play: async (element) => {
        await chartShown(element);
        await shows('[part="empty"]', 'the hidden programme')(element);
      },
    },
    { name: 'Too few', description: 'One answer: nothing is shown, not even what they asked to change: one answer alone is that person’s answer.', render: () => widget(insightsApi(1).api), play: shows('[part="too-few"]', 'the too-few message') },
    { name: 'Who is taking part', description: 'Staff’s equality counts (issue 17) beside the area’s figures: a table per question, the same shares drawn beside it, when they were last counted.', render: () => widget(reachApi(reachFor(120))), play: shows('[data-question="carer"] table', 'the unpaid care table') },
    { name: 'Who is taking part: some hidden', description: 'Thirty people answered: answers given by fewer than 8 say so in words and have no bar.', render: () => widget(reachApi(reachFor(30))), play: shows('[data-reach] [data-hidden]', 'a hidden count') },
    { name: 'Who is taking part: the council’s own question', description: 'The council added “Are you a care leaver?”: counted as the census questions (fewer than 8 hidden), and the area’s figures say where they come from.', render: () => widget(councilReachApi()), play: shows('[data-question="council-cq-care"] table', 'the care leaver table') },
    { name: 'Welsh: the council’s own question', render: () => widget(councilReachApi(), { locale: 'cy' }), play: shows('[data-question="council-cq-care"] table', 'the care leaver table') },
    { name: 'Who is taking part: none answered yet', description: 'Fewer than 8 people have answered: nothing is shown.', render: () => widget(reachApi(reachFor(3))), play: shows('[part="reach-none"]', 'the nothing-yet notice') },
    { name: 'Who is taking part: failed', description: 'The counts could not be loaded; the evaluation results still show.', render: () => widget(reachApi('server')), play: shows('[data-reach] [part="error"]', 'the error') },
    { name: 'Who is taking part: not allowed', description: 'The server refused the counts (403): said plainly, the rest still shows.', render: () => widget(reachApi('forbidden')), play: shows('[data-reach] [part="error"]', 'the permission message') },
    { name: 'Who is taking part: changing the area’s figures', description: 'Staff with the insights role change the area’s figures: per question, each answer’s share in per cent, as saved now.', render: () => widget(reachApi(reachFor(120))), play: openReference },
    { name: 'Who is taking part: the area’s figures saved', description: 'Saved: a message says so and the tables use the new figures.', render: () => widget(reachApi(reachFor(120))), play: (element) => saveShare(element, '53') },
    { name: 'Welsh: a share refused', description: 'The server refused a negative share (422 too-small): said at the field, in Welsh.', render: () => widget(reachApi(reachFor(120)), { locale: 'cy' }), play: (element) => saveShare(element, '-3') },
    { name: 'Easy read: changing the area’s figures', render: () => widget(reachApi(reachFor(120)), { readingLevel: 'easy-read' }), play: openReference },
    { name: 'Welsh: who is taking part', render: () => widget(reachApi(reachFor(30)), { locale: 'cy' }), play: shows('[data-reach] [data-hidden]', 'a hidden count') },
    { name: 'Easy read: who is taking part', render: () => widget(reachApi(reachFor(30)), { readingLevel: 'easy-read' }), play: shows('[data-reach] [data-hidden]', 'a hidden count') },
    { name: 'The council’s own questions: adding one', description: 'Staff with the insights role add a question of the council’s own: the question and its answers in English, Welsh and easy read, one answer a line.', render: () => widget(councilReachApi()), play: openCouncil },
    {
      name: 'The council’s own questions: answers do not match',
      description: 'Two Welsh answers for three English ones, and no easy read: each box says what is wrong, the summary links to them.',
      render: () => widget(councilReachApi()),
      play: (element) => addCouncilQuestion(element, { ...WHEELCHAIR, 'text.easyRead': '', 'answers.cy': 'Ydw\nNac ydw' }),
    },
    { name: 'The council’s own questions: added', description: 'Added: a message says people see it on their own page from now on; it is in the list with “Stop asking”.', render: () => widget(councilReachApi()), play: (element) => addCouncilQuestion(element) },
    { name: 'The council’s own questions: not allowed', description: 'The server refused (403: no insights role): said plainly, what was typed stays.', render: () => widget(refusingCouncilApi()), play: (element) => addCouncilQuestion(element) },
    { name: 'The council’s own questions: stopping one', description: '“Stop asking” asks first, and says that people who answered still see their answer and can delete it.', render: () => widget(councilReachApi()), play: (element) => retireCouncilQuestion(element) },
    { name: 'The council’s own questions: stopped', description: 'Stopped: no longer asked or counted; the list no longer has it.', render: () => widget(councilReachApi()), play: (element) => retireCouncilQuestion(element, true) },
    { name: 'Welsh: adding a question of the council’s own', render: () => widget(councilReachApi(), { locale: 'cy' }), play: openCouncil },
    { name: 'Easy read: adding a question of the council’s own', render: () => widget(councilReachApi(), { readingLevel: 'easy-read' }), play: openCouncil },
    { name: 'Answers from a paper form: entering them', description: 'Staff with the insights role type a paper form’s answers: the activity (the one shown is chosen), how they came, the same questions people see online; no person is chosen.', render: () => widget(insightsApi(2).api), play: openPaper },
    { name: 'Answers from a paper form: added', description: 'Added: a message says they show in the results with the next batch; “Enter another form”.', render: () => widget(insightsApi(2).api), play: (element) => enterPaper(element) },
    { name: 'Answers from a paper form: nothing chosen', description: 'Neither how they came nor the activity chosen: each says so, the summary links to them, nothing is sent.', render: () => widget(insightsApi(2).api, { opportunityId: null }), play: (element) => enterPaper(element, { change: 'Bigger print.' }) },
    { name: 'Welsh: answers from a paper form refused', description: 'Everyone invited has answered (422 not-allowed on the activity): said at the activity, in Welsh.', render: () => widget(refusingPaperApi(), { locale: 'cy' }), play: (element) => enterPaper(element) },
    { name: 'Answers from a paper form: a sign-in without the insights role', description: 'The sign-in lacks the insights role: the part says so and to ask for it, with no form to type into and be refused (review S4).', render: () => widget(withoutInsightsApi()), play: shows('[data-paper-not-allowed]', 'the words saying who may enter answers') },
    { name: 'Easy read: answers from a paper form', render: () => widget(insightsApi(2).api, { readingLevel: 'easy-read' }), play: openPaper },
    { name: 'Welsh', render: () => widget(insightsApi(6).api, { locale: 'cy' }), play: chartShown },
    { name: 'Easy read', render: () => widget(insightsApi(3).api, { readingLevel: 'easy-read' }), play: chartShown },
  ],
};
