/**
 * Lit's server renderer (@lit-labs/ssr) over the built widgets (dist/coprod-widgets.js), so the
 * server renders exactly the templates the browser then hydrates. Loaded on the first embed
 * request only: a server that is never asked for an embed never loads the widgets.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale, ReadingLevel } from '../../../src/core/config.js';

/** The widgets' own Locale and ReadingLevel (declared once, in src/core/config.ts). */
export type { Locale, ReadingLevel };

/** One element to render: its tag, attributes (false or undefined leave one out) and the data it shows. */
export interface ElementToRender {
  tag: 'coprod-opportunity-list' | 'coprod-feedback-loop';
  attributes: Record<string, string | number | boolean | undefined>;
  data: unknown;
  locale: Locale;
  readingLevel: ReadingLevel;
  /** The page address the element's own links start from (they add `?opportunity=` or `?feedback=`). */
  linkBase: string;
  /** Where the element's stylesheet is served (a `<link>` in its shadow root: a strict CSP blocks a `<style>`). */
  stylesheetHref: string;
}

interface Renderer {
  render(element: ElementToRender): Promise<string>;
  /** The CSS of an element's shadow root, once it has been rendered. */
  stylesheet(tag: string): string | undefined;
}

let loading: Promise<Renderer> | undefined;

export function embedRenderer(widgetsDir: string): Promise<Renderer> {
  // A failed load (the widgets mid-build, say) is tried again by the next request, not kept.
  loading ??= load(widgetsDir).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

const attributeName = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

async function load(widgetsDir: string): Promise<Renderer> {
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  // The widgets write `this.dataset.x`; Lit's shim has attributes but no dataset.
  const proto = (globalThis as unknown as { HTMLElement: { prototype: object } }).HTMLElement.prototype;
  if (!('dataset' in proto)) {
    Object.defineProperty(proto, 'dataset', {
      get(this: { setAttribute(n: string, v: string): void; getAttribute(n: string): string | null }) {
        return new Proxy({} as Record<string, string>, {
          set: (_t, key, value) => (this.setAttribute(attributeName(String(key)), String(value)), true),
          get: (_t, key) => this.getAttribute(attributeName(String(key))) ?? undefined,
        });
      },
    });
  }
  // The all-in-one module watches the page for placeholders once it has loaded; on the server
  // the "page" never finishes loading, so it never looks.
  const shimDocument = (globalThis as unknown as { document?: Record<string, unknown> }).document;
  if (shimDocument && shimDocument['readyState'] === undefined) {
    shimDocument['readyState'] = 'loading';
    if (typeof shimDocument['addEventListener'] !== 'function') shimDocument['addEventListener'] = () => undefined;
  }
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { unsafeStatic, html } = await import('lit/static-html.js');
  const widgets = (await import(pathToFileURL(join(widgetsDir, 'coprod-widgets.js')).href)) as {
    readingsReady(locale: Locale, level: ReadingLevel): Promise<void> | undefined;
    CoprodOpportunityList: { parts?(): Promise<unknown> };
    CoprodFeedbackLoop: { parts?(): Promise<unknown> };
  };
  // What the list draws after its first paint in a browser ("More filters"): the server renders
  // it, and the browser loads it before hydrating, so both draw the same. The lazy parts' form
  // rules join both widgets' stylesheets, which a server-rendered shadow root keeps.
  await Promise.all([widgets.CoprodOpportunityList.parts?.(), widgets.CoprodFeedbackLoop.parts?.()]);
  const styles = new Map<string, string>();

  return {
    stylesheet: (tag) => styles.get(tag),
    async render(element) {
      // Welsh and easy-read strings load on first use in the built widgets: wait for them, so
      // the server never renders the English (or a skeleton) for a Welsh reader. Until none is
      // missing: a reading that arrives may bring a module with catalogs of its own (session 17's
      // 94baab2: the access words, loaded with the Welsh vocabulary, left the first Welsh list a
      // skeleton), and rendering is synchronous, so nothing can arrive between this and it.
      // The loop ends because each catalog's reading is asked for once and then marked done,
      // loaded or not: a reading that fails to load marks its catalog `true` too (English stands
      // in; src/core/catalogs.ts readingsReady, its reject branch), so the next readingsReady
      // skips it. Turning that branch into a retry would make this loop spin on a reading that
      // keeps failing, in the server's render of every page.
      for (let waiting = widgets.readingsReady(element.locale, element.readingLevel); waiting; waiting = widgets.readingsReady(element.locale, element.readingLevel)) await waiting;
      const attributes = Object.entries(element.attributes)
        .filter(([, value]) => value !== undefined && value !== false)
        .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(String(value))}"`))
        .join(' ');
      const tag = unsafeStatic(element.tag);
      // The tag and its attributes are static parts of the template (lit/static-html), checked above.
      // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
      const template = html`<${tag} ${unsafeStatic(attributes)} .serverData=${element.data}></${tag}>`;
      // The widgets build their links from `location`; rendering is synchronous, so one
      // address stands for the page's while this element renders.
      const global = globalThis as { location?: unknown };
      const before = global.location;
      global.location = new URL(element.linkBase);
      let out: string;
      try {
        out = collectResultSync(render(template));
      } finally {
        global.location = before;
      }
      // Lit's server renderer writes a `.checked=${false}` binding as checked="false", which ticks
      // the box for a reader without JavaScript (and before the code comes): a box not ticked has no attribute.
      out = out.replace(/ checked="false"/g, '');
      out = out.replace(/(<template shadowroot="open" shadowrootmode="open">)<style>([^]*?)<\/style>/, (_m, open: string, css: string) => {
        styles.set(element.tag, css);
        return `${open}<link rel="stylesheet" href="${escapeAttribute(element.stylesheetHref)}">`;
      });
      const json = JSON.stringify(element.data).replace(/</g, '\\u003c');
      const close = out.lastIndexOf(`</${element.tag}>`);
      return `${out.slice(0, close)}<script type="application/json" data-coprod-server-data>${json}</script>${out.slice(close)}`;
    },
  };
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
