import { expect, fixture, html } from '@open-wc/testing';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { ACTIVITY, insightsApi } from '../../../test/helpers/insights-fixtures.js';
import { downloadFrom, STAFF_TOKEN } from '../../../test/helpers/staff-states.js';
import { states } from './coprod-staff-insights.states.js';
import type { CoprodStaffInsights } from './coprod-staff-insights.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-insights.js';

describeStates(states);

const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(answers: number) {
  const { api } = insightsApi(answers);
  const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN}>
    <coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights>
  </coprod-provider>`);
  const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
  await until(() => shadow(element).querySelector('[part="chart"]'), 'a chart');
  return element;
}

/** The row of the first table whose header reads `name`, as its cells' text. */
function row(element: HTMLElement, name: string): string[] {
  const th = [...shadow(element).querySelectorAll('table tbody th')].find((h) => clean(h) === name);
  return [...(th?.parentElement?.querySelectorAll('td') ?? [])].map((td) => clean(td));
}

describe('<coprod-staff-insights>', () => {
  it('shows each ingredient’s answers in a table beside a chart with a title and description', async () => {
    const element = await render(6);
    // strongly disagree, disagree, neither, agree, strongly agree, not for this
    expect(row(element, 'Power shared')).to.deep.equal(['0', '1', '0', '4', '1', '0']);
    expect(row(element, 'Voice listened to')).to.deep.equal(['0', '0', '0', '5', '1', '0']);
    const svg = shadow(element).querySelector('[part="chart"] svg[role="img"]')!;
    const labelled = svg.getAttribute('aria-labelledby')!.split(' ').map((id) => clean(shadow(element).getElementById(id)));
    expect(labelled[0]).to.equal('The ten ingredients');
    expect(labelled[1]).to.contain('The table beside has the same figures');
    expect(svg.querySelectorAll('rect.bar').length).to.be.greaterThan(10);
    expect(clean(shadow(element).querySelector('[part="changes"]'))).to.contain('Send the papers a week earlier.');
  });

  it('hides an activity with three answers from the programme, while staff still see it', async () => {
    const element = await render(3);
    await until(() => shadow(element).querySelector('[part="empty"]'), 'the programme hidden');
    expect(clean(shadow(element).querySelector('#activity-title'))).to.contain('carers');
    expect(shadow(element).querySelectorAll('[part="group"]').length).to.equal(1);
  });

  it('shows nothing of two answers, not even what they asked to change', async () => {
    const { api } = insightsApi(2);
    const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN}><coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await until(() => shadow(element).querySelector('[part="too-few"]'), 'too few');
    expect(clean(shadow(element).querySelector('[part="too-few"]'))).to.contain('Results show once 3 have');
    expect(shadow(element).querySelector('table') === null).to.equal(true);
    expect(clean(shadow(element).querySelector('section'))).not.to.contain('Send the papers');
  });

  it('shows no change asked for by fewer than three, even when a server sends one', async () => {
    const { api } = insightsApi(3);
    const sent = await api.getActivityEvaluation!(ACTIVITY);
    // A server set below the minimum (or an older one): two respondents, with their changes.
    const lowered = new Proxy(api, {
      get: (target, key, receiver) =>
        key === 'getActivityEvaluation' ? async () => ({ ...sent, staffMinimum: 2, respondents: 2, groups: sent.groups.map((g) => ({ ...g, respondents: 2 })) }) : Reflect.get(target, key, receiver),
    });
    const root = await fixture(html`<coprod-provider .adapter=${lowered} token=${STAFF_TOKEN}><coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await until(() => shadow(element).querySelector('[part="too-few"]'), 'too few');
    expect(clean(shadow(element).querySelector('section'))).not.to.contain('Send the papers');
    expect(shadow(element).querySelector('[part="changes"]') === null).to.equal(true);
  });


  it('downloads the same figures as CSV', async () => {
    const element = await render(6);
    const file = await downloadFrom(element);
    const csv = (await file.text()).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).to.equal('group,question,answer,count');
    expect(csv).to.contain('Power shared,Disagree,1');
    expect(csv).to.contain('Power shared,Agree,4');
  });
});
