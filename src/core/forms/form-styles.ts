import { css } from 'lit';

export const formStyles = css`
  .form-group {
    margin: 0 0 1.5em;
  }
  .form-group.has-error {
    border-left: 0.3em solid var(--_error);
    padding-left: 0.9em;
  }
  .label,
  legend {
    display: block;
    font-weight: 700;
    margin: 0 0 0.3em;
    padding: 0;
    color: var(--_text);
  }
  legend.heading {
    font-size: 1.25em;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
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
  .input.narrow {
    max-width: 16em;
  }
  .textarea {
    min-height: 6em;
    resize: vertical;
    line-height: 1.5;
  }
  .has-error .input,
  .has-error .textarea,
  .has-error .select {
    border-color: var(--_error);
  }
  .input:focus-visible,
  .textarea:focus-visible,
  .select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .choices {
    display: grid;
    gap: 0.5em;
  }
  .choices.inline {
    grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
  }
  .choice {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 2.75em;
  }
  .choice input {
    flex: none;
    width: 1.6em;
    height: 1.6em;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .choice label {
    cursor: pointer;
    padding-top: 0.1em;
  }
  .choice input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: none;
  }
  .conditional {
    margin: 0 0 0.5em 0.8em;
    padding: 0.5em 0 0.5em 1.4em;
    border-left: 0.25em solid var(--_border);
  }
  .error-summary {
    border: 0.3em solid var(--_error);
    padding: 1em;
    margin: 0 0 1.5em;
    background: var(--_surface);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary h2 {
    font-size: 1.25em;
    margin-bottom: 0.5em;
  }
  .error-summary ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .error-summary li {
    margin-bottom: 0.3em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .character-count {
    margin-top: 0.3em;
  }
`;
