import { css } from 'lit';

export const staffWorkspaceStyles = css`
  .sections {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .sections li {
    flex: 1 1 12em;
    min-width: 0;
  }
  .section-link {
    display: block;
    height: 100%;
    box-sizing: border-box;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius, 0);
    color: var(--_link);
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .section-link .name {
    display: block;
    font-weight: 700;
    text-decoration: underline;
  }
  .section-link .count {
    display: block;
    color: var(--_text);
  }
  .section-link .count.overdue {
    font-weight: 700;
  }
  .section-link[aria-current='page'] {
    border-width: 3px;
    border-color: var(--_accent);
    background: var(--_surface-alt);
  }
  .section-link[aria-current='page'] .name {
    text-decoration: none;
    color: var(--_text);
  }
  .section-link:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .section {
    margin-top: var(--_space);
  }
`;
