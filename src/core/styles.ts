import { css, unsafeCSS } from 'lit';

/** The dark defaults, used by `theme="dark"` and by `theme="auto"` on a dark system. */
const darkTokens = unsafeCSS(`--_text: var(--coprod-color-text, #f3f2f1);
  --_muted: var(--coprod-color-muted, #c8c8c8);
  --_surface: var(--coprod-color-surface, #1b1b1b);
  --_surface-alt: var(--coprod-color-surface-alt, #2a2a2a);
  --_border: var(--coprod-color-border, #a0a0a0);
  --_accent: var(--coprod-color-accent, #5694ca);
  --_accent-text: var(--coprod-color-accent-text, #0b0c0c);
  --_link: var(--coprod-color-link, #8fb8de);
  --_error: var(--coprod-color-error, #ff8c82);
  --_success: var(--coprod-color-success, #6fd19a);
  --_warning: var(--coprod-color-warning, #ffbf47);`);

/**
 * Theming tokens and the resets that keep a host page's inherited styles out. Sizes are
 * in `em` from the host, never `rem`: many CMS pages set `html { font-size: 62.5% }`.
 *
 * Every colour is a `--coprod-*` custom property with a light default; `theme="dark"`
 * switches the defaults, `theme="auto"` follows the reader's system setting.
 */
export const baseStyles = css`
  :host {
    --_text: var(--coprod-color-text, #0b0c0c);
    --_muted: var(--coprod-color-muted, #484949);
    --_surface: var(--coprod-color-surface, #ffffff);
    --_surface-alt: var(--coprod-color-surface-alt, #f3f2f1);
    --_border: var(--coprod-color-border, #6f777b);
    --_accent: var(--coprod-color-accent, #1d70b8);
    --_accent-text: var(--coprod-color-accent-text, #ffffff);
    --_link: var(--coprod-color-link, #1a65a6);
    --_focus: var(--coprod-color-focus, #ffdd00);
    --_focus-text: var(--coprod-color-focus-text, #0b0c0c);
    --_error: var(--coprod-color-error, #b3261e);
    --_success: var(--coprod-color-success, #00703c);
    --_warning: var(--coprod-color-warning, #8a4a00);
    --_radius: var(--coprod-radius, 0.25em);
    --_space: var(--coprod-space, 1em);
    display: block;
    font-family: var(--coprod-font-family, inherit);
    font-size: var(--coprod-font-size, inherit);
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  /* The host page's inherited text styles stop here. */
  .root {
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    font-style: normal;
    font-weight: 400;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .root.easy-read {
    font-size: 1.2em;
    line-height: 1.6;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * The type and spacing scale, after GOV.UK's responsive scale, in em from the widget's
   * body text (the host's font size; easy read is 1.2 times it). At desktop widths a 19 px
   * body gives headings of 36, 27, 24 and 19 px; on a phone a 16 px body gives 24, 21, 18 and
   * 16 px. Every heading level has a size whatever \`heading-level\` the page sets, and none is
   * ever smaller than the body text (level 5, 6 and deeper are bold body size).
   */
  .root {
    --_h2: 1.5em;
    --_h3: 1.3125em;
    --_h4: 1.125em;
    --_space-1: 0.3125em;
    --_space-2: 0.625em;
    --_space-3: 0.9375em;
    --_space-4: 1.25em;
    --_space-6: 1.875em;
  }
  @media (min-width: 40.0625em) {
    .root {
      --_h2: 1.8947em;
      --_h3: 1.4211em;
      --_h4: 1.2632em;
      --_space-3: 0.9375em;
      --_space-4: 1.25em;
      --_space-6: 1.875em;
    }
  }
  p,
  ul,
  ol,
  dl,
  dd,
  figure,
  fieldset {
    margin: 0 0 var(--_space);
  }
  p:not(.panel),
  .hint {
    max-width: 40em;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  .deep-heading {
    display: block;
    margin: 0 0 var(--_space-3);
    font-family: inherit;
    font-size: 1em;
    font-weight: 700;
    line-height: 1.25;
    color: inherit;
    text-transform: none;
    letter-spacing: normal;
  }
  h1,
  h2 {
    font-size: var(--_h2);
    line-height: 1.15;
  }
  h3 {
    font-size: var(--_h3);
    line-height: 1.2;
  }
  h4 {
    font-size: var(--_h4);
  }
  /*
   * \`hide-heading\`: the page already has a heading for the widget, so the widget's own top
   * heading (the one at its \`heading-level\`) is hidden from sight but kept for screen readers.
   */
  :host([hide-heading][data-heading-tag='h2']) .root h2:not(.error-summary *, [role='status'] *, [role='alert'] *),
  :host([hide-heading][data-heading-tag='h3']) .root h3:not(.error-summary *, [role='status'] *, [role='alert'] *),
  :host([hide-heading][data-heading-tag='h4']) .root h4:not(.error-summary *, [role='status'] *, [role='alert'] *),
  :host([hide-heading][data-heading-tag='h5']) .root h5:not(.error-summary *, [role='status'] *, [role='alert'] *),
  :host([hide-heading][data-heading-tag='h6']) .root h6:not(.error-summary *, [role='status'] *, [role='alert'] *),
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  /*
   * \`data-heading-outside\`: a container (the staff workspace) has already given the widget's
   * section a heading saying what the widget is, at the widget's level, so the widget's own
   * title (\`.widget-title\`) is left out altogether, for sight and for screen readers (hidden
   * from sight only, it would be heard twice in the list of headings). Headings that say more
   * than the widget's name (the form's "New opportunity") and the inner ones stay.
   */
  :host([data-heading-outside]) .root .widget-title {
    display: none !important;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  a:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 0 0 3px var(--_focus);
    outline: none;
    text-decoration: none;
    border-bottom: 3px solid var(--_focus-text);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: none;
  }
  /* As GOV.UK does for the skip link's target: a heading that focus is moved to by script (or the words in it) shows no ring; it is not a control, and a ring round a heading that wraps breaks into odd boxes. */
  :is(h1, h2, h3, h4, h5, h6, .deep-heading)[tabindex='-1']:focus-visible,
  :is(h1, h2, h3, h4, h5, h6, .deep-heading) [tabindex='-1']:focus-visible {
    outline: none;
  }
  .muted {
    color: var(--_muted);
  }

  /* Buttons */
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    text-transform: none;
    letter-spacing: normal;
    cursor: pointer;
    box-shadow: 0 2px 0 #002d18;
    margin: 0;
    width: auto;
  }
  .button:hover {
    filter: brightness(0.92);
  }
  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 2px 0 var(--_focus-text);
  }
  .button.secondary {
    background: var(--_surface-alt);
    color: var(--_text);
    border-color: var(--_border);
    box-shadow: none;
  }
  .button.warning {
    background: var(--_error);
    color: #ffffff;
  }
  .button.link {
    background: none;
    border: 0;
    box-shadow: none;
    color: var(--_link);
    text-decoration: underline;
    font-weight: 400;
    padding: 0.25em 0;
    min-height: 0;
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* On a phone a button is as wide as the column (GOV.UK): easy to hit, and its words never squeezed. */
  @media (max-width: 40.0525em) {
    .button:not(.link) {
      width: 100%;
      justify-content: center;
    }
  }
  .button-group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: center;
    margin-bottom: var(--_space);
  }

  /* Icons sit beside text, never instead of it. */
  .icon {
    display: inline-block;
    width: 1.25em;
    height: 1.25em;
    flex: none;
    vertical-align: -0.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* Status panels: loading, empty, error */
  .panel {
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    margin-bottom: var(--_space);
  }
  .panel > :last-child {
    margin-bottom: 0;
  }
  .panel.error {
    border-color: var(--_error);
    border-left-width: 0.5em;
  }
  .panel.success {
    border-color: var(--_success);
    border-left-width: 0.5em;
  }
  .panel.notice {
    border-color: var(--_accent);
    border-left-width: 0.5em;
  }
  .skeleton {
    display: block;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .skeleton-row {
    height: var(--coprod-skeleton-height, 6em);
    margin-bottom: var(--_space);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: coprod-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes coprod-pulse {
    50% {
      opacity: 0.55;
    }
  }

  @media (forced-colors: active) {
    .button,
    .panel,
    .skeleton {
      border: 2px solid ButtonText;
    }
    :focus-visible,
    .button:focus-visible,
    a:focus-visible {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
  }
  @media print {
    .button,
    .no-print {
      display: none !important;
    }
  }
`;
