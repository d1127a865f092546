import { html, nothing } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import type { ComponentStates } from '../../core/states.js';
import { ACTIVITY, insightsApi } from '../../../test/helpers/insights-fixtures.js';
import { failingApi, neverSettlingApi } from '../../../test/helpers/scripted-adapters.js';
import { shows } from '../../../test/helpers/staff-states.js';
import '../provider/coprod-provider.js';
import './coprod-involvement-results.js';

export function widget(adapter: CoprodApi, options: { locale?: string; readingLevel?: string; changed?: boolean; opportunityId?: string } = {}) {
  return html`<coprod-provider .adapter=${adapter} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'}>
    <coprod-involvement-results opportunity-id=${options.opportunityId ?? nothing}>
      ${options.changed
        ? html`<ul slot="changed">
            <li>You said the papers came too late: we now send them a week before each meeting.</li>
            <li>You said parking was hard: the next sessions are at the library, with free parking.</li>
          </ul>`
        : nothing}
    </coprod-involvement-results>
  </coprod-provider>`;
}

export const chartShown = shows('[part="chart"]', 'a chart');
const barsShown = shows('[part="chart"] .bars', 'a chart with bars');

/** Felt counts of the twenty answers, rung by rung (coercion … co-production, not sure). */
const FELT_TWENTY: Record<string, number> = { consultation: 6, engagement: 5, co_design: 9 };

/**
 * The carers strategy as a server publishes twenty answers: every count at or over the threshold,
 * so each chart has bars (six answers hide every count: "Results").
 */
export function twentyAnswersApi(): CoprodApi {
  const { api } = insightsApi(6);
  const published = async () => {
    const real = await api.getInvolvementResults!();
    return {
      ...real,
      respondents: 20,
      groups: real.groups.map((group) => ({
        ...group,
        respondents: 20,
        ingredients: group.ingredients.map((row, i) => ({
          ...row,
          counts: { strongly_disagree: 0, disagree: i === 1 ? 5 : 0, neither: 0, agree: i === 1 ? 7 : 12, strongly_agree: 8, not_for_this: 0 },
        })),
        felt: group.felt.map((f) => ({ ...f, count: FELT_TWENTY[f.rung] ?? 0 })),
      })),
    };
  };
  return new Proxy(api, { get: (target, key, receiver) => (key === 'getInvolvementResults' ? published : Reflect.get(target, key, receiver)) });
}

export const states: ComponentStates = {
  tag: 'coprod-involvement-results',
  states: [
    { name: 'Loading', render: () => widget(neverSettlingApi()) },
    { name: 'Error', render: () => widget(failingApi('server')), play: shows('[part="error"]', 'the error') },
    {
      name: 'Too few',
      description: 'Two people answered, under the threshold of 5: nothing is published yet, only when it will be.',
      render: () => widget(insightsApi(2).api),
      play: shows('[part="too-few"]', 'the too-few message'),
    },
    {
      name: 'Results',
      description: 'Six people said how the carers strategy went: each chart beside its table; counts under 5 read "hidden".',
      render: () => widget(insightsApi(6).api),
      play: chartShown,
    },
    {
      name: 'What changed',
      description: 'The results with the council’s "you said, we did" in the changed slot.',
      render: () => widget(insightsApi(6).api, { changed: true }),
      play: chartShown,
    },
    {
      name: 'Results with bars',
      description: 'Twenty answers: every count shown, so each chart draws a bar per ingredient and per rung, each named above it (beside it where there is room).',
      render: () => widget(twentyAnswersApi()),
      play: barsShown,
    },
    { name: 'Welsh', render: () => widget(insightsApi(6).api, { locale: 'cy' }), play: chartShown },
    { name: 'Welsh, with bars', render: () => widget(twentyAnswersApi(), { locale: 'cy' }), play: barsShown },
    { name: 'Easy read, with bars', render: () => widget(twentyAnswersApi(), { readingLevel: 'easy-read' }), play: barsShown },
    { name: 'Easy read', render: () => widget(insightsApi(2).api, { readingLevel: 'easy-read' }), play: shows('[part="too-few"]', 'the too-few message') },
    { name: 'One activity', description: 'opportunity-id: the carers strategy’s own results (six answers), nothing of other activities.', render: () => widget(insightsApi(6).api, { opportunityId: ACTIVITY }), play: chartShown },
    {
      name: 'One activity, not enough yet',
      description: 'opportunity-id with three answers, under the threshold of 5: “not enough answers about this activity yet”.',
      render: () => widget(insightsApi(3).api, { opportunityId: ACTIVITY }),
      play: shows('[part="too-few"]', 'the too-few message'),
    },
  ],
};
