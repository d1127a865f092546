import { css, html, nothing, type TemplateResult } from 'lit';
import type { FileStrings } from './file-field.messages.js';

export { fileMessages, type FileStrings } from './file-field.messages.js';

export interface FileFieldOptions {
  /** The control's id: the label's `for` and the error summary's link reach the button by it. */
  id: string;
  label: string | TemplateResult;
  hint?: string | TemplateResult | undefined;
  error?: string | undefined;
  errorPrefix: string;
  /** The file types the browser's picker offers (a dropped file is not filtered: the widget checks every file). */
  accept: string;
  /** The widget's `t`, with `fileMessages` merged into its catalog. */
  t: (key: keyof FileStrings & string) => string;
  /** A file is kept: its name (or the widget's words for it) said where "No file chosen" is. */
  chosen?: string | undefined;
  /**
   * A chosen file is being checked: these words are said (a live region) and shown in the control, which is
   * `aria-disabled` and takes no other file until the check ends.
   */
  checking?: string | undefined;
  /** A file attached, drawn by the widget in place of the control ("Receipt attached: …" and its Remove button). */
  attached?: TemplateResult | undefined;
  /** A file chosen in the picker or dropped on the control. */
  onFile: (file: File) => void;
}

const hasFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * GOV.UK's file upload (v5.9 on), in the reader's words. The browser's own `<input type=file>` says
 * "Choose File / No file chosen" in the browser's language whatever the page's, so it stays in the
 * form hidden, and a button in its place (with the field's id, so the label and the error summary's
 * link reach it) says "Choose a file" and "No file chosen" (or the file's name) in the page's
 * language and, when pressed, opens the browser's file picker. Its name is the label, then its own
 * words. A file dropped anywhere on the field (label, hint, button) is taken as if chosen (the dashed
 * outline round the field shows where to drop). On a phone the button is as wide as the column.
 * While a chosen file is checked it says so and takes no second file. The widget checks the
 * file (type, size, contents) in `onFile`, and words any problem as the field's `error`.
 *
 * Its styles are `fileFieldStyles` (a widget using it adds them after `formStyles`); its words `fileMessages`.
 * Imported from this module, not `forms/index.js`: every form widget imports the index, and only two draw a file.
 */
export function fileField(o: FileFieldOptions): TemplateResult {
  const { id, error, checking } = o;
  const inputId = `${id}-input`;
  const picked = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Emptied, so choosing the same file again (after a refusal) is a change again.
    input.value = '';
    if (file && !checking) o.onFile(file);
  };
  const choose = (event: Event) => {
    if (checking) return;
    ((event.currentTarget as HTMLElement).getRootNode() as ShadowRoot).getElementById(inputId)?.click();
  };
  // The whole field (label, hint, error line, button) is where a file is dropped, as GOV.UK's wrapper is: a file let
  // go a little off the button is still taken, never opened by the browser (which would leave the page to show it).
  const takes = !checking && !o.attached;
  const over = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    // Held over the field while it takes no file (being checked, or one attached): "no drop here", and nothing lost.
    if (event.dataTransfer) event.dataTransfer.dropEffect = takes ? 'copy' : 'none';
    (event.currentTarget as HTMLElement).classList.toggle('dragging', takes);
  };
  const left = (event: DragEvent) => {
    const field = event.currentTarget as HTMLElement;
    // Moving onto the field's own parts (the button's words, the hint) is still over it: no blink of the outline.
    if (event.relatedTarget instanceof Node && field.contains(event.relatedTarget)) return;
    field.classList.remove('dragging');
  };
  const dropped = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file && takes) o.onFile(file);
  };
  const describedBy = [o.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div
    class="form-group file-field ${error ? 'has-error' : ''}"
    @dragenter=${over}
    @dragover=${over}
    @dragleave=${left}
    @drop=${dropped}
  >
    ${o.attached
      ? // No control to label once a file is attached: the words stay as the field's heading line, pointing at nothing.
        html`<span class="label" id="${id}-label">${o.label}</span>`
      : html`<label class="label" id="${id}-label" for=${id}>${o.label}</label>`}
    ${o.hint ? html`<span class="hint lines" id="${id}-hint">${o.hint}</span>` : nothing}
    ${error ? html`<p class="error-message lines" id="${id}-error"><span class="visually-hidden">${o.errorPrefix}</span> ${error}</p>` : nothing}
    ${o.attached ??
    html`<input type="file" id=${inputId} hidden accept=${o.accept} @change=${picked} />
      <button
        type="button"
        class="file-button"
        id=${id}
        aria-labelledby="${id}-label ${id}"
        aria-describedby=${describedBy || nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-disabled=${checking ? 'true' : nothing}
        @click=${choose}
      >
        <span class="button secondary">${o.t('chooseFile')}</span> <span class="file-status">${checking ?? o.chosen ?? o.t('noFileChosen')}</span>
      </button>`}
    <span class="visually-hidden" role="status">${checking ?? ''}</span>
  </div>`;
}

/** The file control's rules: the whole of it is one button (the page's words, not the browser's), the focus ring round all of it. */
export const fileFieldStyles = css`
  .file-button {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    max-width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .file-button:hover .button {
    filter: brightness(0.92);
  }
  .file-button:focus-visible .button {
    background: var(--_focus);
    color: var(--_focus-text);
  }
  /* A file held over the field: where to drop it. */
  .file-field.dragging {
    outline: 3px dashed var(--_text);
    outline-offset: 0.4em;
  }
  .file-button[aria-disabled='true'] {
    cursor: progress;
  }
  .file-button[aria-disabled='true'] .button {
    opacity: 0.6;
  }
  /* On a phone: the button as wide as the column, as every button is (core styles), the file's name below it. */
  @media (max-width: 40.0525em) {
    .file-button {
      width: 100%;
    }
    .file-button .button {
      flex: 1 0 100%;
    }
  }
`;
