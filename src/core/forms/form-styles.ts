import { css, type CSSResult, type ReactiveElement } from 'lit';
import { fieldStyles } from './field-styles.js';

/** The form rules besides a field's box (field-styles.ts): choices, text areas, fieldsets, the error summary. */
export const formMoreStyles = css`
  .form-group.has-error {
    border-left: 0.3em solid var(--_error);
    padding-left: 0.9em;
  }
  legend.heading {
    font-size: 1.25em;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
  }
  .form-group > fieldset {
    margin-bottom: 0;
  }
  .input.narrow {
    max-width: 16em;
  }
  .textarea {
    min-height: 6em;
    resize: vertical;
    line-height: 1.5;
  }
  .has-error .input,
  .has-error .textarea,
  .has-error .select {
    border-color: var(--_error);
  }
  .choices {
    display: grid;
    gap: 0.625em;
  }
  .choices.inline {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
  }
  /*
   * GOV.UK-sized checkboxes and radios: the native input stays (keyboard, forms, screen
   * readers) at 44 px over a 40 px box drawn beside the label. Borders and the tick use
   * currentColor, so forced-colours mode draws them in the system's text colour; the focus
   * ring is a yellow shadow there and an outline (transparent, shown by forced colours) too.
   * Geometry in px: a host page's small root font must not shrink a touch target.
   */
  .choice {
    position: relative;
    display: block;
    min-height: 40px;
    padding-left: 40px;
    clear: left;
  }
  .choice input {
    position: absolute;
    z-index: 1;
    top: -2px;
    left: -2px;
    width: 44px;
    height: 44px;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  /* The first line of the label is centred on the 40 px box, whatever the text size. */
  .choice label {
    display: inline-block;
    min-height: 40px;
    padding: max(0px, calc((40px - 1.25em) / 2)) 0.75em;
    line-height: 1.25;
    cursor: pointer;
    touch-action: manipulation;
  }
  .choice label > .hint {
    margin: 0.2em 0 0;
  }
  .choice label::before {
    content: '';
    box-sizing: border-box;
    position: absolute;
    top: 0;
    left: 0;
    width: 40px;
    height: 40px;
    border: 2px solid currentColor;
    background: var(--_surface);
  }
  .choice label::after {
    content: '';
    box-sizing: border-box;
    position: absolute;
    top: 11px;
    left: 9px;
    width: 23px;
    height: 12px;
    transform: rotate(-45deg);
    border: solid;
    border-width: 0 0 5px 5px;
    border-top-color: transparent;
    opacity: 0;
    background: transparent;
  }
  .choice input[type='radio'] + label::before {
    border-radius: 50%;
  }
  .choice input[type='radio'] + label::after {
    top: 10px;
    left: 10px;
    width: 0;
    height: 0;
    transform: none;
    border: 10px solid currentColor;
    border-radius: 50%;
  }
  .choice input:checked + label::after {
    opacity: 1;
  }
  .choice input:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .choice input:focus-visible + label::before {
    border-width: 4px;
    outline: 3px solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 3px var(--_focus);
  }
  .choice input:disabled,
  .choice input:disabled + label {
    cursor: not-allowed;
    opacity: 0.5;
  }
  .conditional {
    margin: 0 0 0.5em 18px;
    padding: 0.25em 0 0.25em 1.6em;
    border-left: 4px solid var(--_border);
  }
  /* On a phone a reveal steps in less: the feedback form's email box, two reveals in, was 144 to 159 px of a
     320 px screen in easy read (session 28); its field is full width, as GOV.UK's are on a phone. */
  @media (max-width: 40.0525em) {
    .conditional {
      padding-left: 0.75em;
    }
  }
  /*
   * The one error summary (GOV.UK's): a red frame, a title one step above body text whatever
   * heading level it sits at, bold red links at body size. It takes focus after a failed
   * send, so its yellow ring shows however focus got there (mouse or keyboard).
   */
  .error-summary {
    border: 5px solid var(--_error);
    padding: 1em;
    margin: 0 0 1.5em;
    background: var(--_surface);
  }
  .error-summary[tabindex]:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: none;
  }
  .error-summary :is(h2, h3, h4, h5, h6, .deep-heading) {
    font-size: var(--_h4);
    margin: 0 0 0.75em;
  }
  .error-summary ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  /* Easy read writes one idea a line: a message's line breaks are kept (as the claim's words, b30c3b8). */
  .error-summary li {
    margin: 0 0 0.3em;
    white-space: pre-line;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .error-summary a:focus-visible {
    color: var(--_focus-text);
  }
  .character-count {
    margin-top: 0.3em;
  }
`;

/** Every form rule, for a widget that draws a form at once. */
export const formStyles = css`${fieldStyles}${formMoreStyles}`;

/** `more` put right after `base` in `list` (the order formStyles has, so the widget's own rules still win); undefined if `base` is not there or `more` already is. */
function after<T>(list: readonly T[], base: T, more: T): T[] | undefined {
  const at = list.indexOf(base);
  return at < 0 || list.includes(more) ? undefined : [...list.slice(0, at + 1), more, ...list.slice(at + 1)];
}

/**
 * The rest of the form rules, for a widget whose first paint carries only fieldStyles, called by
 * its lazy part that draws choices or a form: they join the widget's styles (the reference
 * server's render of it, and every such element drawn after) and this element's shadow root,
 * before the part is drawn, so no frame shows its fields without them. A shadow root the server
 * rendered keeps the server's stylesheet, which has them (the element's `parts()`).
 */
export function addFormStyles(host: ReactiveElement | typeof ReactiveElement): void {
  const type = (typeof host === 'function' ? host : host.constructor) as typeof ReactiveElement;
  type.elementStyles = after<CSSResult | CSSStyleSheet>(type.elementStyles, fieldStyles, formMoreStyles) ?? type.elementStyles;
  const root = (host as Partial<ReactiveElement>).renderRoot as ShadowRoot | undefined;
  if (!root) return;
  const base = fieldStyles.styleSheet;
  if (base) {
    const sheets = after(root.adoptedStyleSheets, base, formMoreStyles.styleSheet!);
    if (sheets) root.adoptedStyleSheets = sheets;
    return;
  }
  // No constructable stylesheets (Safari < 16.4, Firefox < 101): Lit wrote one <style> per rule set into the root.
  const styles = [...root.children].filter((child) => child.localName === 'style');
  const at = styles.find((style) => style.textContent === fieldStyles.cssText);
  if (!at || styles.some((style) => style.textContent === formMoreStyles.cssText)) return;
  at.after(nonceStyle(formMoreStyles.cssText));
}

/**
 * A `<style>` holding `css`, carrying the page's CSP nonce (`window.litNonce`, as Lit's own `<style>` elements do), for a
 * root in a browser without constructable stylesheets (Safari < 16.4, Firefox < 101): the one place such an element is made
 * (here and for print-alone.ts's rule). It lives beside addFormStyles so that this lazy chunk stays one module: a second
 * module in it would cost every page that loads it on first use a namespace wrapper at each import() (+30 B).
 */
export function nonceStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  const nonce = (window as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = css;
  return style;
}
