import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import type { ComponentStates } from '../../core/states.js';
import { neverSettlingApi } from '../../../test/helpers/scripted-adapters.js';
import { until } from '../../../test/helpers/dom.js';
import { failingOn, inStaffProvider, recordingApi, shows, staffApi, type StaffProviderOptions } from '../../../test/helpers/staff-states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-workspace.js';

/** A state starts from an address that names no section, so the `section` attribute decides. */
export function clearAddress(): void {
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

export function workspace(adapter: CoprodApi, options: StaffProviderOptions & { section?: string; opportunityId?: string } = {}) {
  clearAddress();
  return inStaffProvider(
    adapter,
    options,
    html`<coprod-staff-workspace section=${options.section ?? 'opportunities'} opportunity-id=${options.opportunityId ?? ''} sign-in-href="/staff/sign-in"></coprod-staff-workspace>`,
  );
}

/** How long a section's widget may take to load and show its list. */
export const SECTION_WAIT = 15_000;

/** The counts beside the sections, and the section's own widget showing its list (or its first panel). */
const ready = (inner: string, what: string) => async (element: HTMLElement) => {
  await shows('.section-link .count', 'the counts')(element);
  // A section's widget is loaded on first use and then loads its own list: on a busy machine
  // (the design sweep in the next window) that takes longer than one widget alone.
  const child = await until(() => element.shadowRoot?.querySelector<HTMLElement>('.section > *:last-child[data-locale]'), 'the section’s widget', SECTION_WAIT);
  await until(() => child.shadowRoot?.querySelector(inner), what, SECTION_WAIT).catch((error: Error) => {
    throw new Error(`${error.message}; the section shows: ${child.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300)}`);
  });
};

export const states: ComponentStates = {
  tag: 'coprod-staff-workspace',
  states: [
    { name: 'Sign in', description: 'No staff token: the one sign-in state with its link, and no request at all.', render: () => workspace(recordingApi(), { token: undefined }) },
    { name: 'Loading', render: () => workspace(neverSettlingApi()) },
    {
      name: 'Opportunities',
      description: 'The sections with what is waiting in each; the opportunities with a link to who is interested in each.',
      render: () => workspace(staffApi()),
      play: ready('.items', 'the opportunities'),
    },
    {
      name: 'Interest in one opportunity',
      description: 'Reached from “See who is interested”: the choice of opportunity above its people, oldest first.',
      render: () => workspace(staffApi(), { section: 'interest', opportunityId: 'opp-carers-strategy' }),
      play: ready('.items', 'the people interested'),
    },
    {
      name: 'Interest, no opportunity chosen',
      description: 'The interest section before an opportunity is chosen: a choice of opportunity, in plain words.',
      render: () => workspace(staffApi(), { section: 'interest' }),
      play: ready('#choose-opportunity', 'the choice of opportunity'),
    },
    { name: 'Feedback', render: () => workspace(staffApi(), { section: 'feedback' }), play: ready('.items', 'the feedback') },
    { name: 'Pay and claims', render: () => workspace(staffApi(), { section: 'claims' }), play: ready('[part="claim"], [part="empty"]', 'the claims queue') },
    {
      name: 'People for one opportunity',
      description: 'The pool, and the people who may suit the carers strategy, each with the reasons in plain words.',
      render: () => workspace(staffApi(), { section: 'people', opportunityId: 'opp-carers-strategy' }),
      play: ready('[part="suggestion"]', 'the suggested people'),
    },
    { name: 'Insights', render: () => workspace(staffApi(), { section: 'insights' }), play: ready('[part="group"], [part="too-few"], [part="empty"]', 'the results') },
    {
      name: 'Counts not available',
      description: 'Counting failed: the sections still work, and a line says the numbers are missing.',
      render: () => workspace(failingOn(staffApi(), ['getStaffSummary'], 'server')),
      play: shows('.subtle', 'the counts message'),
    },
    { name: 'Welsh', render: () => workspace(staffApi(), { locale: 'cy' }), play: ready('.items', 'the opportunities') },
    { name: 'Easy read', render: () => workspace(staffApi(), { readingLevel: 'easy-read' }), play: ready('.items', 'the opportunities') },
  ],
};
