import { css } from 'lit';

export const staffOpportunitiesStyles = css`
  .brief fieldset.question {
    border-top: 2px solid var(--_border);
    padding-top: var(--_space);
    margin-bottom: 1.5em;
  }
  .brief legend.question-title {
    font-size: 1.25em;
    margin-bottom: 0.75em;
  }
  .amount-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .preview {
    border: 3px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-top: 1.5em;
  }
  .date-input,
  .time-input {
    max-width: 12em;
  }
  .sessions {
    margin-bottom: 1.5em;
  }
  .session {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
  }
  .session-title {
    font-weight: bold;
    padding: 0 0.25em;
  }
  .session-times {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .tabs .select {
    max-width: 30em;
  }
  .result {
    margin-bottom: var(--_space);
  }
`;
