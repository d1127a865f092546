import { css } from 'lit';

export const opportunityStyles = css`
  :host {
    --coprod-skeleton-height: 8em;
  }
  .title {
    margin-bottom: 0.5em;
  }
  .lead {
    font-size: 1.15em;
  }
  .actions {
    margin: var(--_space) 0 1.5em;
  }
  .brief-section {
    margin-bottom: 1.5em;
  }
  .brief-section > :last-child {
    margin-bottom: 0;
  }
  .sessions {
    padding-left: 1.25em;
  }
  /* Each session one item, though it wraps at 320 px. */
  .sessions li + li {
    margin-top: 0.5em;
  }
  .share .share-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-end;
  }
  .share .input {
    flex: 1 1 16em;
  }
  .interest {
    border-top: 0.3em solid var(--_accent);
    padding-top: var(--_space);
  }
  .panel.success h2,
  .panel.success h3,
  .panel.success h4 {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
  .reference {
    white-space: nowrap;
    font-size: 1.4em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .easy-read-summary {
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    margin-bottom: var(--_space);
  }
  .easy-read-summary p {
    margin-bottom: 0.4em;
  }
  .needs-met {
    border-left: 0.3em solid var(--_border);
    padding: 0.25em 0 0.25em 0.75em;
    margin: -0.5em 0 1.5em;
  }
  .needs-met p {
    margin: 0.5em 0 0.25em;
  }
  .needs-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .needs-list li {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
  /* "Print or save as PDF" (core/print-alone.ts): the receipt under the opportunity's title, black on white, one page. */
  @media print {
    :host([data-coprod-printing]) .root > :not(.opportunity),
    :host([data-coprod-printing]) .opportunity > :not(.title, .interest) {
      display: none !important;
    }
    :host([data-coprod-printing]) .interest {
      border: 0;
      padding: 0;
    }
    :host([data-coprod-printing]) .panel.success {
      border-color: #000;
      color: #000;
    }
  }
`;
