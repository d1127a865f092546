import { css } from 'lit';

export const staffInterestStyles = css`
  .waiting {
    margin-bottom: 0.75em;
  }
  .needs {
    white-space: normal;
    list-style: disc;
  }
  .needs + p {
    margin-bottom: 0;
  }
  .row-form {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  .row-form .form-group {
    margin-bottom: 1em;
  }
  .row-result {
    min-height: 1.5em;
    margin: 0.5em 0 0;
  }
`;
