/**
 * Lit's hydration (@lit-labs/ssr-client), loaded only on a page that has server-rendered
 * widgets (src/core/define.ts): an element whose declarative shadow root came from the
 * server (GET /embed/…) adopts it as its render root and hydrates it, instead of drawing its
 * content again. Lit calls the hook when it first loads; our lit is loaded by then, so it is
 * called here, once, before any server-rendered element is defined.
 */
import { LitElement } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type Hook = (lit: { LitElement: typeof LitElement }) => void;
const hooks = globalThis as { litElementHydrateSupport?: Hook; coprodHydrates?: boolean };
if (!hooks.coprodHydrates && hooks.litElementHydrateSupport) {
  hooks.coprodHydrates = true;
  hooks.litElementHydrateSupport({ LitElement });
}
