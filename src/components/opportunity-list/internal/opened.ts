/**
 * The opportunity opened in place of the list: `<coprod-opportunity>` with the list's
 * configuration. Loaded with the opportunity's own code the first time a card is opened
 * (results.ts importDetailView), so the list's first paint carries neither.
 */
import { html, type TemplateResult } from 'lit';
import '../../opportunity/coprod-opportunity.js';
import type { DetailViewOptions } from './results.js';

export function openedView(o: DetailViewOptions): TemplateResult {
  const { adapter, apiBase, token, locale, readingLevel } = o.config;
  return html`<coprod-opportunity
    opportunity-id=${o.openId}
    .opportunity=${o.opportunity}
    .adapter=${adapter}
    .apiBase=${apiBase}
    .token=${token}
    .locale=${locale}
    .readingLevel=${readingLevel}
    .headingLevel=${o.level}
    .consentText=${o.consentText}
    .today=${o.today}
  ></coprod-opportunity>`;
}
