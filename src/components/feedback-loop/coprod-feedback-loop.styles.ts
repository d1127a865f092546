import { css } from 'lit';

// .more-filters shut: nothing follows its summary, so no margin under it, and the summary's lower padding (its
// target) reaches into the box's own: the box had 28 px under "More filters" at 320 px (12 px padding; the
// design sweep, once it stopped counting the shut panel's fields as seen).
export const feedbackStyles = css`
  :host {
    --_status-received: var(--coprod-status-received, var(--_border));
    --_status-considering: var(--coprod-status-considering, var(--_warning));
    --_status-changed: var(--coprod-status-changed, var(--_success));
    --_status-not-changed: var(--coprod-status-not-changed, var(--_muted));
    /* About one feedback item, so the loading board holds roughly the room the items take. */
    --coprod-skeleton-height: 12em;
  }
  section + section {
    margin-top: calc(var(--_space) * 2);
  }
  .lines {
    white-space: pre-line;
  }
  .intro {
    max-width: 40em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }

  /* Filters */
  .filters {
    margin-bottom: var(--_space);
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .filters .form-group {
    margin-bottom: 0.75em;
  }
  .more-filters > summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    padding: 0.25em 0;
    margin-bottom: 0.5em;
  }
  .more-filters:not([open]) > summary {
    margin-bottom: -0.25em;
  }
  .filter-grid {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    align-items: end;
  }
  .button.link {
    min-height: 2.75em;
    min-width: 2.75em;
  }
  .result-count {
    font-weight: 700;
  }

  /* Items */
  .items {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  /* The status is told by the tag's words and icon; the card's edge only repeats its colour. */
  .item,
  .item-detail {
    --_tag: var(--_status-received);
    border: 2px solid var(--_border);
    border-left: 0.5em solid var(--_tag);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .item-title {
    font-size: 1.1em;
  }
  .item-link {
    display: inline-block;
    padding: 0.2em 0;
  }
  /* A tag, as GOV.UK's: words and an icon on a tint of the status colour, in the text colour. */
  .status {
    --_tag: var(--_status-received);
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0.5em;
    border: 2px solid var(--_tag);
    border-radius: 0;
    background: color-mix(in srgb, var(--_tag) 18%, var(--_surface));
    color: var(--_text);
    font-weight: 700;
  }
  .status-considering,
  .status-border-considering {
    --_tag: var(--_status-considering);
  }
  .status-changed,
  .status-border-changed {
    --_tag: var(--_status-changed);
  }
  .status-not_changed,
  .status-border-not_changed {
    --_tag: var(--_status-not-changed);
  }
  .facts {
    display: grid;
    gap: 0.25em 1.5em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
  }
  .fact dt {
    font-weight: 700;
  }
  /* On a phone the board stays short: each fact on one line where it fits ("Topic Transport"), less padding and space. */
  @media (max-width: 40em) {
    .filters,
    .item {
      padding: 0.75em;
    }
    .item-title {
      font-size: 1em;
    }
    .item-title,
    .item .status,
    .item .facts,
    .item .last-update {
      margin-bottom: 0.5em;
    }
    .item .fact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
    }
  }
  .fact dd {
    margin: 0;
  }
  .last-update .icon,
  .fact dt .icon {
    margin-right: 0.2em;
  }
  /* "I said this too" and "Tell me when this changes" side by side, lined up; the form below them, set apart. */
  .support {
    margin-top: 0.5em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: flex-start;
  }
  .support > :not(.button) {
    flex-basis: 100%;
  }
  .support .button {
    margin: 0;
  }
  .hear-back,
  .hear-back-done {
    margin: 0.5em 0 0;
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  /* The opened item's "What happened" set apart from "I said this too" above it. */
  .timeline-heading {
    margin-top: calc(var(--_space) * 1.5);
  }
  .support-button.supported {
    opacity: 1;
    border-style: solid;
    cursor: default;
  }
  .support-error {
    margin-top: 0.5em;
    color: var(--_error);
    font-weight: 700;
  }
  .show-more {
    margin-top: var(--_space);
  }

  /* Timeline */
  .item-view:focus {
    outline: none;
  }
  .back {
    margin-bottom: 0.5em;
  }
  .timeline {
    list-style: none;
    padding: 0;
    margin: 0;
    border-left: 3px solid var(--_border);
  }
  .entry {
    position: relative;
    padding: 0 0 var(--_space) 1.25em;
  }
  .entry::before {
    content: '';
    position: absolute;
    left: -0.55em;
    top: 0.35em;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    background: var(--_surface);
    border: 3px solid var(--_text);
  }
  .entry-title {
    font-size: 1.05em;
    margin-bottom: 0.25em;
  }
  .entry-date {
    margin-bottom: 0.5em;
  }
  .said {
    margin: 0 0 0.5em;
    padding: 0.5em 1em;
    border-left: 0.3em solid var(--_border);
    background: var(--_surface-alt);
  }
  .update-links {
    padding-left: 1.25em;
  }
  .update-links a {
    display: inline-block;
    padding: 0.35em 0;
  }

  /* Form */
  .character-count.over {
    color: var(--_error);
    font-weight: 700;
  }
  .feedback-form .character-count {
    margin-top: -1em;
    margin-bottom: 1.5em;
  }
  .pinned-topic {
    font-size: 1.1em;
  }
  /* A reference ("FB-8M2D") is never cut at its hyphen. */
  .reference {
    white-space: nowrap;
  }
  .confirmation .reference {
    font-size: 1.25em;
    letter-spacing: 0.05em;
  }
  .send-failed:focus,
  .confirmation h2:focus,
  .confirmation h3:focus {
    outline: 3px solid var(--_focus);
  }

  .easy-read .intro,
  .easy-read .hint {
    font-size: 1.05em;
  }

  @media (forced-colors: active) {
    .status,
    .item,
    .item-detail {
      border-color: CanvasText;
    }
  }
`;
