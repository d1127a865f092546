import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../heading.js';

export interface SummaryError {
  /** The id of the field to focus, inside the same shadow root; omitted when no field matches. */
  fieldId?: string | undefined;
  message: string;
}

/** A form's errors for its summary (a FormController): the errors, and the form's id, unique in the shadow root. */
export interface SummaryOf {
  readonly summary: readonly SummaryError[];
  readonly id: string;
}

/**
 * GOV.UK's error summary: at the top of the form, takes focus after a failed submit,
 * one link per error that moves focus to its field. In-page `#id` links cannot reach into
 * a shadow root, so the click is handled here. Its title's id comes from the form's id, so
 * two forms showing errors at once (rows of a list, items of a board) are each named by
 * their own title.
 */
export function errorSummary(title: string, form: SummaryOf, headingLevel = 2): TemplateResult | typeof nothing {
  const errors = form.summary;
  if (errors.length === 0) return nothing;
  const titleId = `${form.id}-summary-title`;
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
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby=${titleId}>
    ${heading(headingLevel, title, { id: titleId })}
    <ul>
      ${errors.map((error) =>
        error.fieldId
          ? html`<li><a href="#${error.fieldId}" @click=${(event: Event) => focusField(event, error.fieldId!)}>${error.message}</a></li>`
          : html`<li>${error.message}</li>`,
      )}
    </ul>
  </div>`;
}
