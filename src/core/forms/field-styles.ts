import { css } from 'lit';

/**
 * The form rules a first paint with only a search box or a select draws (the list's keyword box,
 * the board's search and filters): a field's group, label, hint, error line and box. The rest
 * (choices, text areas, fieldsets, the error summary) is in form-styles.ts, which a widget's
 * lazy part brings with its fields (addFormStyles).
 */
export const fieldStyles = css`
  .form-group {
    margin: 0 0 1.5em;
  }
  .label,
  legend {
    display: block;
    font-weight: 700;
    margin: 0 0 0.3em;
    padding: 0;
    color: var(--_text);
  }
  .hint {
    display: block;
    color: var(--_muted);
    margin: 0 0 0.5em;
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 0.5em;
    white-space: pre-line;
  }
  .input,
  .textarea,
  .select {
    display: block;
    width: 100%;
    max-width: 40em;
    min-height: 2.75em;
    margin: 0;
    padding: 0.4em 0.5em;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.25;
    text-transform: none;
    letter-spacing: normal;
    box-shadow: none;
  }
  .input:focus-visible,
  .textarea:focus-visible,
  .select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
`;
