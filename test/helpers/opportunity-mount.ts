/**
 * The opportunity page mounted inside a provider with an adapter, a language and a reading
 * level, at the states' fixed date, and waited for until its brief shows: the set-up the
 * opportunity's browser tests share.
 */
import { html } from 'lit';
import { renderState } from './state-sweep.js';
import { NOW, OPPORTUNITY_ID, untilLoaded } from '../../src/components/opportunity/coprod-opportunity.states.js';

export type MountedOpportunity = HTMLElement & { updateComplete: Promise<unknown> };

export async function showOpportunity(api: unknown, locale = 'en-GB', readingLevel = 'standard'): Promise<MountedOpportunity> {
  const element = (await renderState(
    'coprod-opportunity',
    () => html`<coprod-provider .adapter=${api} locale=${locale} reading-level=${readingLevel}>
      <coprod-opportunity opportunity-id=${OPPORTUNITY_ID} .today=${NOW}></coprod-opportunity>
    </coprod-provider>`,
  )) as MountedOpportunity;
  await untilLoaded(element);
  return element;
}
