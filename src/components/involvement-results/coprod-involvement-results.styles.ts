import { css } from 'lit';

export const involvementResultsStyles = css`
  .changed {
    border-left: 4px solid var(--_text);
    padding-left: var(--_space);
    margin-bottom: var(--_space);
  }
`;
