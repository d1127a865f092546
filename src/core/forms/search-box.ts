import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * A keyword box that searches as the person types (the list's keyword, the board's search):
 * the text field's form chrome written out, so a first paint with only a search does not carry
 * the form fields module. `autocomplete="off"` for both: the browser's list of earlier entries
 * would cover the results that change under it as the person types. Arguments in order (one
 * call site each, so no options object to ship): the input's id (its hint is `<id>-hint`), the
 * name a form without JavaScript would send, the label, the hint, what is in the box (what the
 * person typed, kept while the search waits for a pause), and what to do on each input.
 */
export function searchBox(id: string, name: string, label: string, hint: string, value: string, onInput: (value: string) => void): TemplateResult {
  // On few lines: lit keeps a template's text as written, and this one ships in every first paint with a search.
  return html`<div class="form-group"><label class="label" for=${id}>${label}</label><span class="hint" id="${id}-hint">${hint}</span>
    <input class="input" id=${id} name=${name} type="search" autocomplete="off" aria-describedby="${id}-hint" .value=${live(value)} @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} /></div>`;
}
