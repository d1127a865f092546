import { css } from 'lit';

export const staffFeedbackStyles = css`
  .said {
    margin: 0 0 var(--_space);
    padding: 0.5em 0 0.5em 1em;
    border-left: 0.3em solid var(--_border);
    white-space: pre-line;
  }
  /* The rule stands apart from "Answer or change" above it (it touched the button's shadow). */
  .manage {
    border-top: 1px solid var(--_border);
    margin-top: var(--_space);
    padding-top: var(--_space);
  }
  .manage section {
    margin-bottom: 1.5em;
  }
  .link-pair {
    border-left: 0.25em solid var(--_border);
    padding-left: 1em;
    margin-bottom: 1em;
  }
  /* The live region stays (so what it says is heard) but takes no room until it says something: an empty line under
     the rule before "Status" read as a gap (session 22). */
  .action-result.idle {
    margin: 0;
  }
`;
