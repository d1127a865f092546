import { css } from 'lit';

/** Styles of the co-evaluation charts and their tables (src/shared/evaluation/charts.ts): colours, patterns, forced colours. */
export const chartStyles = css`
  :host {
    --_c1: var(--coprod-chart-1, #d4351c);
    --_c2: var(--coprod-chart-2, #f47738);
    --_c3: var(--coprod-chart-3, #b1b4b6);
    --_c4: var(--coprod-chart-4, #5694ca);
    --_c5: var(--coprod-chart-5, #1d70b8);
    --_c6: var(--coprod-chart-6, #ffffff);
  }
  .defs {
    position: absolute;
  }
  .group {
    border-top: 2px solid var(--_border);
    padding-top: var(--_space);
    margin-bottom: var(--_space);
  }
  .chart {
    margin: 0 0 var(--_space);
  }
  .chart-and-table {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
  }
  /* A row per bar: its name above the bar on a phone, beside it where both fit (12em + 10em). */
  .bars {
    flex: 1 1 100%;
    /* A flex item is as wide as its content unless allowed less: the longest label ran past a phone's edge. */
    min-width: 0;
    max-width: 40em;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .bar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15em 0.75em;
    padding: 0.1em 0.25em;
  }
  .bar-label {
    flex: 1 0 12em;
    max-width: 16em;
  }
  .bar-track {
    display: block;
    flex: 999 1 10em;
    min-width: 10em;
    height: 1.25em;
    border-left: 2px solid var(--_text);
  }
  .bar {
    stroke: var(--_text);
    stroke-width: 0.5;
  }
  /* A felt bar's count, after its end (charts.ts feltChart), in the page's text colour. */
  .bar-count {
    fill: var(--_text);
  }
  .bar-row.promised {
    outline: 2px dashed var(--_text);
  }
  .no-bars {
    white-space: pre-line;
  }
  .fill-strongly_disagree { fill: var(--_c1); }
  .fill-disagree { fill: var(--_c2); }
  .fill-neither { fill: var(--_c3); }
  .fill-agree { fill: var(--_c4); }
  .fill-strongly_agree { fill: var(--_c5); }
  .fill-not_for_this { fill: var(--_c6); }
  .mark {
    stroke: #0b0c0c;
    stroke-width: 1.5;
  }
  .dot {
    fill: #ffffff;
  }
  .legend {
    list-style: none;
    padding: 0;
    margin: 0;
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  /* No bars, no key (its display: flex would show it though hidden). */
  .legend[hidden] {
    display: none;
  }
  .legend svg {
    vertical-align: middle;
    margin-right: 0.3em;
    border: 1px solid var(--_text);
  }
  /* A table wider than its region shows a shadow at the side that has more columns (Welsh and
     easy read at 320 px): the covers scroll with the table (local), the shadows stay at the
     region's edges (scroll), so a shadow shows only where there is more to see. The region is
     focusable and named by its caption, so it scrolls with the keyboard too. */
  .table-wrap {
    flex: 1 1 100%;
    overflow-x: auto;
    background:
      linear-gradient(to right, var(--_surface) 30%, transparent) left / 2.5em 100% no-repeat local,
      linear-gradient(to left, var(--_surface) 30%, transparent) right / 2.5em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_border), transparent) left / 0.9em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_border), transparent) right / 0.9em 100% no-repeat scroll;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .table-caption {
    flex: 1 1 100%;
    font-weight: 700;
    margin: 0 0 0.3em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
    text-align: left;
    overflow-wrap: normal;
  }
  td {
    text-align: right;
  }
  /* A column's heading two words or more a line ("Na, dim o / gwbl"), not one word a line: the table scrolls anyway. */
  th[scope='col'] {
    min-width: 8em;
  }
  /* ...but the row names' heading ("Step on the ladder") takes its width from the names below it, and a table of two
     columns (the ladder's: names and "People") fits as it is: held at 8em each, the ladder's table was wider than
     320 px in easy read and its counts sat out of view (session 22). */
  th[scope='col']:first-child,
  th[scope='col']:first-child + th[scope='col']:last-child {
    min-width: 0;
  }
  /* Whole words in the tables: the base style's overflow-wrap: anywhere let a table shrink to
     a letter a line at 320 px ("Stro / ngly"); the table scrolls in its focusable region instead. */
  th,
  td {
    overflow-wrap: normal;
  }
  .hidden-count {
    font-style: italic;
  }
  .promised th {
    font-weight: 700;
  }
  /* Forced colours (Windows high contrast): the bars keep their colours and patterns (told apart
     by pattern, not colour alone), each outlined in the system's text colour so it shows on any
     background; the patterns themselves are not recoloured. */
  @media (forced-colors: active) {
    .defs,
    .bar,
    .legend svg {
      forced-color-adjust: none;
      stroke: CanvasText;
    }
    .bar-row.promised {
      outline-color: Highlight;
    }
    .bar-count {
      fill: CanvasText;
    }
  }
`;
