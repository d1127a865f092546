import { css } from 'lit';

export const evaluationStyles = css`
  .progress {
    color: var(--_muted);
    margin: 0 0 0.5em;
  }
  /* The words in their own column beside the picture, so a second line starts under the first, not under the picture. */
  .pictured .choice label {
    display: flex;
    align-items: center;
    gap: 0.6em;
  }
  .picture {
    width: 2.2em;
    height: 2.2em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .picture .fill {
    fill: currentColor;
    stroke: none;
  }
  .picture .rung-on {
    stroke-width: 5;
  }
  .easy-read .picture {
    width: 3em;
    height: 3em;
  }
  .statement {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .promise {
    border-left: 5px solid var(--_border);
    padding-left: 0.75em;
  }
  .easy-read p {
    white-space: pre-line;
  }
`;
