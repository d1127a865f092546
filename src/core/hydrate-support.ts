/**
 * Lit's hydration (@lit-labs/ssr-client), loaded only on a page that has server-rendered
 * widgets (src/core/define.ts): an element whose declarative shadow root came from the
 * server (GET /embed/…) adopts it as its render root and hydrates it, instead of drawing its
 * content again. Lit calls the hook when it first loads; our lit is loaded by then, so it is
 * called here, once, before any server-rendered element is defined.
 *
 * The element's code may come a while after the page (src/core/load-later.ts), so a person may
 * have typed in a server-rendered field, ticked a box or chosen in a list by then. Hydration sets
 * each `.value`/`.checked` binding to the element's own value (Lit commits property bindings while
 * hydrating), wiping what was typed, and the element does not know what the person did. So each
 * field a person changed from what the server wrote is read before the element hydrates, put back
 * after, and told to the element with the events the browser fires (input, and change for choices).
 */
import { LitElement } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type Hook = (lit: { LitElement: typeof LitElement }) => void;
const hooks = globalThis as { litElementHydrateSupport?: Hook; coprodHydrates?: boolean };
if (!hooks.coprodHydrates && hooks.litElementHydrateSupport) {
  hooks.coprodHydrates = true;
  hooks.litElementHydrateSupport({ LitElement });
  // Lit's own mark of a hydrating element is a private name its build shortens: we keep our own.
  const fromServer = new WeakSet<object>();
  const proto = LitElement.prototype as unknown as { createRenderRoot(): unknown; update(changed: unknown): void };
  const { createRenderRoot, update } = proto;
  proto.createRenderRoot = function (this: LitElement) {
    if (this.shadowRoot) fromServer.add(this);
    return createRenderRoot.call(this);
  };
  proto.update = function (this: LitElement, changed) {
    const changedByPerson = fromServer.delete(this) ? whatChanged(this.renderRoot) : [];
    update.call(this, changed);
    for (const put of changedByPerson) put();
  };
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The fields in `root` a person changed from what the server wrote, each as a function that puts the
 * change back (hydration sets a field's `.value`/`.checked` binding to the element's own value) and
 * tells the element, with the events the browser fires: input, and change for choices.
 */
function whatChanged(root: ParentNode): (() => void)[] {
  const puts: (() => void)[] = [];
  for (const field of Array.from(root.querySelectorAll<Field>('input, textarea, select'))) {
    const tell = (choice: boolean): void => {
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      if (choice) field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    if (field instanceof HTMLSelectElement) {
      const chosen = Array.from(field.options, (option) => option.selected);
      if (Array.from(field.options).some((option, i) => chosen[i] !== option.defaultSelected))
        puts.push(() => (Array.from(field.options).forEach((option, i) => (option.selected = !!chosen[i])), tell(true)));
    } else if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      const { checked } = field;
      if (checked !== field.defaultChecked) puts.push(() => ((field.checked = checked), tell(true)));
    } else {
      const { value } = field;
      if (value !== field.defaultValue) puts.push(() => ((field.value = value), tell(false)));
    }
  }
  return puts;
}
