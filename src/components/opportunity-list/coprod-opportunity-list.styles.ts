import { css } from 'lit';

// Comments stay out of the css literal: they would be shipped in the bundle.
//
// .cards > li: only the height is guessed for a card off screen: a guessed width (the one-value
// form sets both) made a 320 px page 712 px wide.
// .subtitle: "Why it may suit you" sat on the card's last fact (pay) with no space between.
//
// .cards > li: cards off screen are not styled, laid out or painted until they come near it
// (content-visibility: auto). They stay in the accessibility tree, find-in-page and the tab
// order. The intrinsic size is a compact card's usual height (about 12em on a wide screen, 24em
// on a phone); once drawn, its real height is kept ('auto').
//
// On a phone the filters and cards have less padding: a wider text column, so fewer lines.
//
// .filter-grid: its rows are spaced by the grid's gap and it keeps its distance from "More filters" itself,
// so the box has no band under its last field (grid items' margins do not collapse into the padding)
// nor under a closed "More filters" (the summary's margin did). Shut, the summary's lower padding (its 40 px
// target) reaches into the box's own padding instead of adding to it: in easy read its taller lines left
// 25 px under "More filters" at 320 px (the design sweep; unseen while the closed panel's fields counted).
//
// .updating:empty: the "Updating…" status, when empty, stays in the accessibility tree (so it
// is announced when it fills) but out of the layout.

export const listStyles = css`
  :host {
    --coprod-skeleton-height: 15em;
  }
  .filters {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
    background: var(--_surface-alt);
  }
  .filters h3 {
    margin-bottom: 0.75em;
  }
  .filter-grid {
    display: grid;
    gap: 1em 1.5em;
    margin-top: 0.75em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
  }
  .filters .form-group {
    margin-bottom: 1em;
  }
  .filter-grid > .form-group {
    margin-bottom: 0;
  }
  .more-filters > summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    padding: 0.25em 0;
  }
  .more-filters:not([open]) > summary {
    margin-bottom: -0.25em;
  }
  .filters .input,
  .filters .select {
    max-width: none;
  }
  .results-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.75em;
  }
  .results-bar p {
    margin: 0;
    font-weight: 700;
  }
  .cards {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .cards > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 12em;
  }
  @media (max-width: 30em) {
    .cards > li {
      contain-intrinsic-block-size: auto 24em;
    }
    .filters,
    .card {
      padding: 0.75em;
    }
  }
  .updating {
    font-size: 0.9em;
  }
  .updating:empty {
    position: absolute;
  }
  .offline {
    border-color: var(--_warning);
  }
  .panel-title {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
  .back {
    margin-bottom: var(--_space);
  }
  .show-more {
    margin-top: 0.5em;
  }
  .subtitle {
    margin-block-start: var(--_space-4);
  }
`;
