import { html, nothing, type TemplateResult } from 'lit';
import type { SummaryError } from '../../core/forms/error-summary.js';
import { heading } from './staff-access.js';

/**
 * The core error summary, with its heading at a chosen level: a staff form sits inside an
 * item at h3 or h4, and the core summary's fixed h2 would break the heading order there.
 * (The core `errorSummary` could take a level; then this goes.)
 */
export function errorSummaryAt(level: number, title: string, errors: readonly SummaryError[]): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const focusField = (event: Event, fieldId: string): void => {
    event.preventDefault();
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document;
    const field = root.getElementById(fieldId);
    if (!field) return;
    (field.closest('.form-group') ?? field).scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    ${heading(level, html`<span id="error-summary-title">${title}</span>`)}
    <ul>
      ${errors.map((error) =>
        error.fieldId
          ? html`<li><a href="#${error.fieldId}" @click=${(event: Event) => focusField(event, error.fieldId!)}>${error.message}</a></li>`
          : html`<li>${error.message}</li>`,
      )}
    </ul>
  </div>`;
}
