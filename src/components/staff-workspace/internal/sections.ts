import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StaffCount, StaffSummary } from '../../../api/types.js';
import type { ResolvedConfig } from '../../../core/controllers/config-controller.js';

/** What a section's widget needs from the workspace: its configuration, heading level and the chosen opportunity. */
export interface SectionContext {
  config: ResolvedConfig;
  /**
   * The level of the section's heading, which the workspace renders: the widget is placed at
   * the same level with \`data-heading-outside\`, so its own title (the same words) is left out
   * and its inner headings come one level below the section's, not two.
   */
  level: number;
  signInHref: string | undefined;
  opportunityId: string | undefined;
  /** Where "See who is interested" goes: the interest section's address, `{id}` for the opportunity. */
  interestHref: string;
}

export interface Section {
  /** The section's name in the address (`#coprod-staff=<id>`). */
  id: string;
  /** Its widget's define module, loaded the first time the section is shown. */
  load: () => Promise<unknown>;
  /** Its count in the staff summary, if it has one. */
  count?: (summary: StaffSummary) => StaffCount | null;
  render: (c: SectionContext) => TemplateResult;
}

/** The widget's configuration is the workspace's, so a workspace configured by attributes alone works too. */
const shared = (c: SectionContext) => ({ adapter: c.config.adapter, apiBase: c.config.apiBase, token: c.config.token, locale: c.config.locale, readingLevel: c.config.readingLevel });

/**
 * The workspace's sections, in the order the navigation shows them. A section is one entry:
 * its id, its widget's module, its count, and how the widget is placed.
 */
export const SECTIONS: readonly Section[] = [
  {
    id: 'opportunities',
    load: () => import('../../staff-opportunities/coprod-staff-opportunities.js'),
    count: (s) => s.opportunities,
    render: (c) => {
      const o = shared(c);
      return html`<coprod-staff-opportunities .adapter=${o.adapter} api-base=${ifDefined(o.apiBase)} .token=${o.token} locale=${o.locale} reading-level=${o.readingLevel}
        heading-level=${c.level} data-heading-outside sign-in-href=${ifDefined(c.signInHref)} interest-href=${c.interestHref}></coprod-staff-opportunities>`;
    },
  },
  {
    id: 'interest',
    load: () => import('../../staff-interest/coprod-staff-interest.js'),
    count: (s) => s.interest,
    render: (c) => {
      const o = shared(c);
      return html`<coprod-staff-interest .adapter=${o.adapter} api-base=${ifDefined(o.apiBase)} .token=${o.token} locale=${o.locale} reading-level=${o.readingLevel}
        heading-level=${c.level} data-heading-outside sign-in-href=${ifDefined(c.signInHref)} choose .opportunityId=${c.opportunityId}></coprod-staff-interest>`;
    },
  },
  {
    id: 'feedback',
    load: () => import('../../staff-feedback/coprod-staff-feedback.js'),
    count: (s) => s.feedback,
    render: (c) => {
      const o = shared(c);
      return html`<coprod-staff-feedback .adapter=${o.adapter} api-base=${ifDefined(o.apiBase)} .token=${o.token} locale=${o.locale} reading-level=${o.readingLevel}
        heading-level=${c.level} data-heading-outside sign-in-href=${ifDefined(c.signInHref)}></coprod-staff-feedback>`;
    },
  },
  {
    id: 'claims',
    load: () => import('../../staff-claims/coprod-staff-claims.js'),
    count: (s) => s.claims,
    render: (c) => {
      const o = shared(c);
      return html`<coprod-staff-claims .adapter=${o.adapter} api-base=${ifDefined(o.apiBase)} .token=${o.token} locale=${o.locale} reading-level=${o.readingLevel}
        heading-level=${c.level} data-heading-outside sign-in-href=${ifDefined(c.signInHref)} .opportunityId=${c.opportunityId}></coprod-staff-claims>`;
    },
  },
  {
    id: 'people',
    load: () => import('../../staff-people/coprod-staff-people.js'),
    // Messages waiting for staff to send by hand (issue 15): the list is in the people section.
    count: (s) => s.byHand ?? null,
    render: (c) => {
      const o = shared(c);
      return html`<coprod-staff-people .adapter=${o.adapter} api-base=${ifDefined(o.apiBase)} .token=${o.token} locale=${o.locale} reading-level=${o.readingLevel}
        heading-level=${c.level} data-heading-outside sign-in-href=${ifDefined(c.signInHref)} .opportunityId=${c.opportunityId}></coprod-staff-people>`;
    },
  },
  {
    id: 'insights',
    load: () => import('../../staff-insights/coprod-staff-insights.js'),
    render: (c) => {
      const o = shared(c);
      return html`<coprod-staff-insights .adapter=${o.adapter} api-base=${ifDefined(o.apiBase)} .token=${o.token} locale=${o.locale} reading-level=${o.readingLevel}
        heading-level=${c.level} data-heading-outside sign-in-href=${ifDefined(c.signInHref)} .opportunityId=${c.opportunityId}></coprod-staff-insights>`;
    },
  },
  {
    id: 'audit',
    load: () => import('../../staff-audit/coprod-staff-audit.js'),
    render: (c) => {
      const o = shared(c);
      return html`<coprod-staff-audit .adapter=${o.adapter} api-base=${ifDefined(o.apiBase)} .token=${o.token} locale=${o.locale} reading-level=${o.readingLevel}
        heading-level=${c.level} data-heading-outside sign-in-href=${ifDefined(c.signInHref)}></coprod-staff-audit>`;
    },
  },
];

export const HASH_KEY = 'coprod-staff';

/** The section and opportunity in `#coprod-staff=interest&opportunity=...`, or undefined for another address. */
export function fromHash(hash: string): { section: string; opportunityId: string | undefined } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const section = params.get(HASH_KEY);
  if (!section || !SECTIONS.some((s) => s.id === section)) return undefined;
  return { section, opportunityId: params.get('opportunity') || undefined };
}

export function toHash(section: string, opportunityId?: string): string {
  const params = new URLSearchParams({ [HASH_KEY]: section });
  if (opportunityId) params.set('opportunity', opportunityId);
  return `#${params.toString()}`;
}
