import { css } from 'lit';

export const staffInsightsStyles = css`
  .part {
    margin-bottom: calc(var(--_space) * 2);
  }
  .reach-bars {
    flex: 1 1 14em;
    max-width: 24em;
    font-size: 12px;
  }
  .reach-label,
  .reach-value {
    fill: var(--_text);
  }
  .reach-people {
    fill: var(--coprod-chart-5, #1d70b8);
    stroke: var(--_text);
    stroke-width: 0.5;
  }
  .reach-area {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  @media (forced-colors: active) {
    .reach-bars,
    .legend svg {
      forced-color-adjust: none;
    }
    .reach-people {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .reach-area {
      stroke: CanvasText;
    }
    .reach-label,
    .reach-value {
      fill: CanvasText;
    }
  }
  .changes {
    padding-left: 1.2em;
  }
`;
