import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import type { ComponentStates } from '../../core/states.js';
import { ACTIVITY, insightsApi } from '../../../test/helpers/insights-fixtures.js';
import { inStaffProvider, loadStates, shows, type StaffProviderOptions } from '../../../test/helpers/staff-states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-insights.js';

function widget(adapter: CoprodApi, options: StaffProviderOptions & { opportunityId?: string | null } = {}) {
  const id = options.opportunityId === null ? undefined : (options.opportunityId ?? ACTIVITY);
  return inStaffProvider(adapter, options, html`<coprod-staff-insights opportunity-id=${id ?? ''} sign-in-href="/staff/sign-in"></coprod-staff-insights>`);
}

export const chartShown = shows('[part="chart"]', 'a chart');

export const states: ComponentStates = {
  tag: 'coprod-staff-insights',
  states: [
    ...loadStates(widget, { description: 'Nobody has said how an activity went yet.', render: () => widget(insightsApi(0).api, { opportunityId: null }) }),
    { name: 'Results', description: 'Six people said how the carers strategy went: the activity and the programme, each chart beside its table.', render: () => widget(insightsApi(6).api), play: shows('#programme-title ~ [part="group"]', 'the programme results') },
    {
      name: 'Suppressed',
      description: 'Three answers: staff see the activity, but the programme hides it (under the threshold of 5).',
      render: () => widget(insightsApi(3).api),
      play: async (element) => {
        await chartShown(element);
        await shows('[part="empty"]', 'the hidden programme')(element);
      },
    },
    { name: 'Too few', description: 'Two answers: nothing is shown, not even what they asked to change, so that neither can read the other’s by taking away their own.', render: () => widget(insightsApi(2).api), play: shows('[part="too-few"]', 'the too-few message') },
    { name: 'Welsh', render: () => widget(insightsApi(6).api, { locale: 'cy' }), play: chartShown },
    { name: 'Easy read', render: () => widget(insightsApi(3).api, { readingLevel: 'easy-read' }), play: chartShown },
  ],
};
