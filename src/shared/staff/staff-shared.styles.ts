import { css } from 'lit';

/** Layout the three staff widgets share: item cards, tags, confirm steps, waiting flags. */
export const staffStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: flex-end;
    margin-bottom: var(--_space);
  }
  .toolbar .form-group {
    margin-bottom: 0;
  }
  .items {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    gap: var(--_space);
  }
  .item {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  /* A card's last line sits on its padding, as its first does (session 22's screenshots: an audit event had twice the
     space below its last fact as above its first line, an interest card below its Save button): the last part, and the
     last part of that, keep no margin below. */
  .item > :last-child,
  .item > :last-child > :last-child,
  .item > :last-child > :last-child > :last-child {
    margin-bottom: 0;
  }
  .item.attention {
    border-color: var(--_warning);
    border-left-width: 0.5em;
  }
  .item h3,
  .item h4 {
    margin-bottom: 0.4em;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.3em 1em;
    margin-bottom: var(--_space);
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
    white-space: pre-line;
  }
  @media (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: 0.5em;
    }
  }
  /* The two pills: a status tag, and "overdue" with a heavier warning border. */
  .tag,
  .overdue {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-weight: 700;
  }
  .overdue {
    border: 2px solid var(--_warning);
    color: var(--_text);
  }
  .overdue .icon {
    color: var(--_warning);
  }
  .confirm {
    border: 3px solid var(--_text);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    background: var(--_surface-alt);
  }
  .confirm:focus {
    outline: 3px solid var(--_focus);
  }
  .inline-error {
    color: var(--_error);
    font-weight: 700;
  }
  .saved {
    color: var(--_success);
    font-weight: 700;
  }
  .subtle {
    color: var(--_muted);
  }
  .pre-line {
    white-space: pre-line;
  }
  @media (forced-colors: active) {
    .overdue,
    .tag,
    .item.attention {
      border: 2px solid CanvasText;
    }
  }
`;
