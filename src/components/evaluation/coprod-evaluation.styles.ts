import { css } from 'lit';

export const evaluationStyles = css`
  .progress {
    color: var(--_muted);
    margin: 0 0 0.5em;
  }
  /*
   * The words in their own column beside the picture, so a second line starts under the first, not under the picture.
   * As GOV.UK's radios: the radio, the picture and the first line of words side by side at the top of the row (the
   * first line is centred on the radio: form-styles.ts; the picture on that line), a long answer going on below.
   */
  .pictured .choice label {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
  }
  .pictured .choice .picture {
    margin-top: calc((1.25em - 2.2em) / 2);
  }
  .easy-read .pictured .choice .picture {
    margin-top: calc((1.25em - 3em) / 2);
  }
  /* Easy read's 3em pictures reach past their row (above, and below a one-line answer): more room between rows, so a
     picture never comes within half a line of the row above. */
  .easy-read .pictured .choices {
    gap: 1.5em;
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
  /* The last question ("What one thing should change?") at the same size: each screen's question is its heading. */
  .pictured > .form-group > .label {
    font-size: 1.25em;
  }
  .promise {
    border-left: 5px solid var(--_border);
    padding-left: 0.75em;
  }
  .easy-read p {
    white-space: pre-line;
  }
`;
