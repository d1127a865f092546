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
  .signed-in {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .key-sign-in {
    margin-block-start: 2em;
  }
  .key-sign-in summary {
    cursor: pointer;
    color: var(--coprod-color-link, #1d70b8);
    text-decoration: underline;
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
`;
