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
  /* No space kept for a result not yet there (an empty band under Save, session 23): the paragraph stays, with no
     height, and the result brings its own space above it. Saving is announced by the page's status region. */
  .row-result {
    margin: 0;
  }
  .row-result > * {
    display: block;
    margin-top: 0.5em;
  }
`;
