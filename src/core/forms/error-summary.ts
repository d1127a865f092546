import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../heading.js';

export interface SummaryError {
  /** The id of the field to focus, inside the same shadow root; omitted when no field matches. */
  fieldId?: string | undefined;
  message: string;
}

/**
 * GOV.UK's error summary: at the top of the form, takes focus after a failed submit,
 * one link per error that moves focus to its field. In-page `#id` links cannot reach into
 * a shadow root, so the click is handled here.
 */
export function errorSummary(title: string, errors: readonly SummaryError[], headingLevel = 2): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const focusField = (event: Event, fieldId: string): void => {
    event.preventDefault();
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document;
    const field = root.getElementById(fieldId);
    if (!field) return;
    // Bring the label and legend into view too, not only the input.
    const group = field.closest('.form-group') ?? field;
    group.scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    ${heading(headingLevel, title, { id: 'error-summary-title' })}
    <ul>
      ${errors.map((error) =>
        error.fieldId
          ? html`<li><a href="#${error.fieldId}" @click=${(event: Event) => focusField(event, error.fieldId!)}>${error.message}</a></li>`
          : html`<li>${error.message}</li>`,
      )}
    </ul>
  </div>`;
}
