import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import type { InMemoryApi } from '../../api/in-memory.js';
import type { ComponentStates } from '../../core/states.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { inStaffProvider, loadStates, shows, staffApi, type StaffProviderOptions } from '../../../test/helpers/staff-states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-audit.js';

export function widget(adapter: CoprodApi, options: StaffProviderOptions = {}) {
  return inStaffProvider(adapter, options, html`<coprod-staff-audit sign-in-href="/staff/sign-in"></coprod-staff-audit>`);
}

/** The demo council's trail, with `extra` more reads by `lead-3` (to page through). */
export function auditApi(extra = 0): InMemoryApi {
  const api = staffApi();
  for (let i = 0; i < extra; i++) api.audit.record('lead-3', 'getPerson', [`profile-${i}`], { reason: 'records' }, new Date(Date.UTC(2026, 10, 20, 9, i)).toISOString());
  return api;
}

/** An adapter whose trail holds nothing (a new council). */
function emptyTrail(): CoprodApi {
  return Object.assign(Object.create(staffApi()) as CoprodApi, { listAuditEvents: async () => ({ items: [], next: null }) });
}

export const eventsShown = shows('[part="event"]', 'an event');

export const states: ComponentStates = {
  tag: 'coprod-staff-audit',
  states: [
    ...loadStates(widget, { description: 'Nothing has been recorded yet.', render: () => widget(emptyTrail()) }, { forbidden: 'A member of staff without the auditor role.' }),
    { name: 'Events', description: 'The trail newest first: who, what (in words, never an operation name), when, which records by number, and the reason given.', render: () => widget(auditApi()), play: eventsShown },
    {
      name: 'Filtered',
      description: 'Only what one staff account did.',
      render: () => widget(auditApi()),
      play: async (element) => {
        await eventsShown(element);
        typeInto(element, '#audit-actor', 'lead-2');
        shadow(element).querySelector<HTMLFormElement>('form')!.requestSubmit();
        await until(() => [...shadow(element).querySelectorAll('[part="event"] .actor')].every((a) => a.textContent === 'lead-2') && shadow(element).querySelector('[part="event"]'), 'only lead-2');
      },
    },
    {
      name: 'Older events',
      description: 'More than a page: "Show older events" adds the next page below.',
      render: () => widget(auditApi(60)),
      play: async (element) => {
        await eventsShown(element);
        clickOn(element, '[part="older"]');
        await until(() => shadow(element).querySelectorAll('[part="event"]').length > 50, 'the older page');
      },
    },
    {
      name: 'Date errors',
      description: 'A "to" day with no month or year: "There is a problem" above the filters and the day say what is missing, and nothing is asked of the server.',
      render: () => widget(auditApi()),
      play: async (element) => {
        await eventsShown(element);
        typeInto(element, '#audit-to', '1');
        shadow(element).querySelector<HTMLFormElement>('form')!.requestSubmit();
        await until(() => shadow(element).querySelector('.has-error'), 'the date error');
      },
    },
    { name: 'Welsh', render: () => widget(auditApi(), { locale: 'cy' }), play: eventsShown },
    { name: 'Easy read', render: () => widget(auditApi(), { readingLevel: 'easy-read' }), play: eventsShown },
  ],
};
