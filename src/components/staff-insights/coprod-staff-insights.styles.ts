import { css } from 'lit';

export const staffInsightsStyles = css`
  .part {
    margin-bottom: calc(var(--_space) * 2);
  }
  .changes {
    padding-left: 1.2em;
  }
`;
