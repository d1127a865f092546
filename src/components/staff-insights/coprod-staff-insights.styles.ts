import { css } from 'lit';

export const staffInsightsStyles = css`
  .part {
    margin-bottom: calc(var(--_space) * 2);
  }
  .reach-bars {
    flex: 1 1 14em;
    max-width: 24em;
    list-style: none;
    padding: 0;
  }
  .reach-bars li {
    margin-bottom: 0.5em;
  }
  .reach-line {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .reach-bar {
    flex: 1;
    height: 0.75em;
  }
  .reach-line > span {
    flex: 0 0 3.5em;
  }
  [data-reach] .legend {
    margin-bottom: var(--_space);
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
    .reach-bar,
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
  }
  .changes {
    padding-left: 1.2em;
  }
  /* The CSV button touched the paper form's heading under it. */
  .button + [part='paper'] {
    margin-top: calc(var(--_space) * 2);
  }
  .reference-form .fieldset {
    margin-block: 1em;
  }
  .paper-form > .fieldset > .legend {
    font-size: var(--_h4);
    margin-bottom: 0.75em;
  }
  .button + .council-questions {
    margin-top: calc(var(--_space) * 2);
  }
  .input-wrapper {
    display: inline-flex;
    align-items: stretch;
  }
  .input-suffix {
    display: inline-flex;
    align-items: center;
    padding-inline: 0.5em;
    border: 2px solid currentColor;
    border-inline-start: 0;
    font-weight: 700;
  }
`;
