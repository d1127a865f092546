import { css } from 'lit';

export const staffClaimsStyles = css`
  .part {
    margin-bottom: calc(var(--_space) * 2);
  }
  .lines-list {
    margin: 0 0 var(--_space);
    padding-left: 1.2em;
  }
  .lines-list li {
    margin-bottom: 0.25em;
  }
  .actions {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  .actions > .button {
    margin-bottom: var(--_space);
  }
  .attendance-list {
    padding-left: 1.2em;
    margin: 0 0 var(--_space);
  }
  .attendance-list li {
    margin-bottom: 0.5em;
  }
  .record {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .row-result:empty {
    display: none;
  }
  /* A missing-session report: recording and declining are two choices, so a gap between "Record attendance" and "Or decline: why?". */
  .missing-actions [data-missing-record] {
    margin-bottom: var(--_space-6);
  }
`;
