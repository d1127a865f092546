import { css } from 'lit';

// Sizes in em from the host, so a page's `html { font-size: 62.5% }` cannot shrink the widget.
export const myInvolvementStyles = css`
  .lines {
    white-space: pre-line;
  }
  .intro {
    max-width: 40em;
  }
  .section {
    margin-block: 2em;
  }
  .cards {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 1em;
  }
  .card {
    border: 1px solid var(--coprod-color-border, #b1b4b6);
    border-radius: var(--coprod-radius, 0.25em);
    padding: 1em;
    background: var(--coprod-color-surface, #fff);
  }
  .card-title {
    margin-block: 0 0.5em;
    font-size: 1.1em;
  }
  .meta,
  .none {
    color: var(--coprod-color-muted, #505a5f);
  }
  .status {
    font-weight: bold;
  }
  /* An invitation's sessions, said in Welsh: one a list item, a little apart, so two sessions that each wrap stay two. */
  .when-label {
    margin-block-end: 0.25em;
  }
  .sessions {
    list-style: disc;
    margin-block: 0 1em;
    padding-inline-start: 1.25em;
  }
  .sessions > li + li {
    margin-block-start: 0.25em;
  }
  .said {
    margin: 0.5em 0;
  }
  .said blockquote {
    margin: 0.25em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 0.3em solid var(--coprod-color-border, #b1b4b6);
    white-space: pre-line;
  }
  .timeline {
    padding-inline-start: 1.25em;
    margin: 0;
  }
  .update {
    margin-block-end: 0.75em;
  }
  .update-head,
  .update-text {
    margin: 0.25em 0;
  }
  .update-text {
    white-space: pre-line;
  }
  /* Apart from what follows (a notice's border touched "Sign out": s19 look defect 4); the words centred on the button. */
  .signed-in {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block: 1em;
  }
  .signed-in > p {
    margin-block: 0;
  }
  /* The signed-out page ends here: a paragraph's space below, so what follows on the host page never touches it. */
  .key-sign-in {
    margin-block: 2em var(--_space);
  }
  [data-preferences='saved'] {
    margin-block-start: var(--_space);
  }
  .key-sign-in summary {
    cursor: pointer;
    color: var(--coprod-color-link, #1d70b8);
    text-decoration: underline;
  }
  /* The about-you questions start a paragraph's space below "Answer the questions about you", as GOV.UK's details text. */
  .equality > details[open] > summary {
    margin-block-end: 1.25em;
  }
  .key-sign-in summary:focus-visible {
    outline: 3px solid var(--coprod-color-focus, #fd0);
    outline-offset: 0;
  }
  .notice-panel {
    margin-block-end: 1em;
  }
  .easy-read .card-title,
  .easy-read .status {
    font-size: 1.25em;
  }
  @media (forced-colors: active) {
    .card,
    .said blockquote {
      border-color: CanvasText;
    }
  }

  /* The involvement record (issue 16): calm and legible on screen and on paper. */
  .record-dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .sheet {
    margin-block: 1.5em;
    max-width: 48em;
  }
  .sheet > :is(h3, h4, h5, h6, .deep-heading):not(#sheet-title) {
    margin-block-start: var(--_space-6);
    padding-block-start: var(--_space-3);
    border-block-start: 2px solid var(--coprod-color-border, #b1b4b6);
  }
  .sheet-table {
    border-collapse: collapse;
    width: 100%;
    margin-block-end: 1.5em;
  }
  .sheet-table caption {
    text-align: start;
    font-weight: bold;
    padding-block-end: 0.5em;
  }
  .sheet-table th,
  .sheet-table td {
    text-align: start;
    /* Half an em between columns: at 320 px, with "Preparation only" in the middle column, Firefox's table was 9 px too wide with 1em. */
    padding: 0.5em 0.5em 0.5em 0;
    border-block-end: 1px solid var(--coprod-color-border, #b1b4b6);
    vertical-align: top;
    overflow-wrap: normal;
    word-break: normal;
  }
  /* The last column needs no gap after it: at 320 px, in easy read, Firefox's table was 3 px too wide with it. */
  .sheet-table :is(th, td):last-child {
    padding-inline-end: 0;
  }
  .sheet-claims {
    list-style: none;
    padding: 0;
    margin: 0 0 1.5em;
  }
  .sheet-claim {
    border-block-end: 1px solid var(--coprod-color-border, #b1b4b6);
    padding-block: 0.5em 0.75em;
    break-inside: avoid;
  }
  .sheet-claim-title {
    margin-block: 0.25em 0.5em;
  }
  .sheet-figures,
  .sheet-totals {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5em, 1fr));
    gap: 0.5em 1em;
    margin: 0;
  }
  .sheet-figures dt,
  .sheet-totals dt {
    color: var(--coprod-color-muted, #505a5f);
    font-size: 0.9em;
  }
  .sheet-figures dd,
  .sheet-totals dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .sheet-choice {
    display: block;
  }
  .sheet-totals {
    border: 2px solid var(--coprod-color-text, #0b0c0c);
    padding: 0.75em;
  }
  @media print {
    :host([data-coprod-printing]) .my-involvement > :not(.record),
    :host([data-coprod-printing]) .record > :not(.record-content),
    :host([data-coprod-printing]) .record-content > :not(.sheet) {
      display: none !important;
    }
    .sheet {
      margin: 0;
      max-width: none;
      color: #000;
      font-size: 11pt;
    }
    .sheet-table th,
    .sheet-table td,
    .sheet-claim {
      border-color: #000;
    }
    .sheet-figures dt,
    .sheet-totals dt,
    .sheet .meta {
      color: #000;
    }
  }
`;
