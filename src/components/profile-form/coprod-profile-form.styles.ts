import { css } from 'lit';

export const profileFormStyles = css`
  .lines {
    white-space: pre-line;
  }
  .easy-read .hint,
  .easy-read .panel p {
    white-space: pre-line;
  }
  .optional {
    font-weight: 400;
  }
  .form-section {
    margin: 0 0 2em;
    padding-top: 1em;
    border-top: 1px solid var(--_border);
  }
  .section-title,
  .panel-title {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  [hidden] {
    display: none !important;
  }

  /* Picture */
  .picture-chosen {
    margin: 0 0 1.5em;
    padding-left: 1em;
    border-left: 0.25em solid var(--_border);
  }
  .picture-preview {
    margin: 0 0 1em;
  }
  .picture-preview img {
    display: block;
    width: 8em;
    height: 8em;
    object-fit: cover;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* Chips: topics are checkboxes drawn as chips; skills are chips with a remove button. */
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  fieldset > .chips {
    margin-bottom: 0;
  }
  .chip-choice {
    position: relative;
    display: inline-flex;
  }
  .chip-input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
    padding: 0.35em 0.9em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    line-height: 1.25;
  }
  .chip-tick {
    display: none;
  }
  .chip-input:checked + .chip {
    border-color: var(--_accent);
    border-width: 3px;
    background: var(--_surface-alt);
    font-weight: 700;
  }
  .chip-input:checked + .chip .chip-tick {
    display: inline-block;
  }
  .chip-input:focus-visible + .chip {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .skill-chip {
    padding-right: 0.2em;
    background: var(--_surface-alt);
  }
  .skill-remove {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.75em;
    min-height: 2.75em;
    margin: -0.35em 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .skill-remove:hover {
    background: var(--_surface);
  }
  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 1em;
  }
  .add-row .input {
    flex: 1 1 12em;
    max-width: 24em;
  }

  .consent-wording {
    margin: 0 0 0.75em;
  }
  .profile-number,
  .private-key {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 1.1em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }

  /* The saved one page profile */
  .one-page-profile {
    margin: 0 0 var(--_space);
  }
  .profile-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1em;
    margin: 0 0 1em;
  }
  .profile-picture {
    width: var(--coprod-profile-picture-size, 7em);
    height: var(--coprod-profile-picture-size, 7em);
    object-fit: cover;
    border-radius: 50%;
    border: 3px solid var(--coprod-profile-box-border, var(--_border));
  }
  .profile-kind {
    margin: 0;
    color: var(--_muted);
  }
  .profile-name {
    font-size: 2em;
    margin: 0;
  }
  .boxes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: 1em;
  }
  .box {
    padding: 1em;
    border: 2px solid var(--coprod-profile-box-border, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .box-title {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: 1.15em;
  }
  .box p:last-child,
  .box ul:last-child {
    margin-bottom: 0;
  }
  .plain-list {
    padding-left: 1.25em;
  }
  .actions {
    margin-top: 1.5em;
  }

  /* Delete confirmation: the native dialog sits in the top layer, above the host page. */
  .confirm {
    max-width: min(32em, calc(100vw - 2em));
    padding: 1.5em;
    border: 3px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .confirm::backdrop {
    background: rgb(0 0 0 / 0.6);
  }

  @media (forced-colors: active) {
    .chip,
    .box {
      border: 2px solid CanvasText;
    }
    .chip-input:checked + .chip {
      border: 4px solid Highlight;
    }
    .chip-input:focus-visible + .chip {
      outline: 3px solid Highlight;
    }
  }

  @media print {
    .root {
      background: #fff;
      color: #000;
    }
    .panel.success,
    dialog,
    .skill-remove {
      display: none !important;
    }
    .boxes {
      grid-template-columns: 1fr 1fr;
    }
    .box {
      break-inside: avoid;
      page-break-inside: avoid;
      border: 2px solid #000;
    }
    .profile-header {
      break-after: avoid;
    }
    .icon {
      stroke: #000;
    }
  }
`;
