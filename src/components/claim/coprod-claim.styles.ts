import { css } from 'lit';

export const claimStyles = css`
  /* "Claim for:" above the brief's title, as GOV.UK's caption: the title reads as a title, not as part of a sentence. */
  .caption {
    display: block;
    font-size: 0.75em;
    font-weight: normal;
    color: var(--_muted);
    margin-block-end: 0.25em;
  }
  .expense {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
  }
  form[part='form'] {
    margin-bottom: calc(var(--_space) * 2);
  }
  .expenses {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  .benefits .facts {
    margin-bottom: 0.5em;
  }
  .over-limit {
    border-left: 0.5em solid var(--_warning);
    padding: 0.25em 0 0.25em 0.75em;
    margin: 0 0 var(--_space);
  }
  .over-limit .icon {
    color: var(--_warning);
  }
  .lines {
    white-space: pre-line;
  }
  .conversation dt {
    font-weight: 700;
  }
  .conversation dd {
    margin: 0 0 0.5em;
  }
  .limit-form fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  /* "Not on the list?" ends in a button: room under it before the next heading ("Your claims"). */
  [part='missing'] {
    margin-bottom: var(--_space-6);
  }
  @media (forced-colors: active) {
    .over-limit {
      border-left-color: CanvasText;
    }
  }
`;
