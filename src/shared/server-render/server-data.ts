/**
 * Content the reference server rendered (GET /embed/<widget>): the element arrives with a
 * declarative shadow root and, beside it in the light DOM, the data it was rendered from:
 *
 *   <coprod-opportunity-list …><template shadowrootmode="open">…</template>
 *     <script type="application/json" data-coprod-server-data>{"page":…}</script></coprod-opportunity-list>
 *
 * The element starts from that data, so its first render matches what is on screen and Lit
 * hydrates it instead of drawing it again (no skeleton, no layout shift, no request).
 */
export const SERVER_DATA_SELECTOR = ':scope > script[type="application/json"][data-coprod-server-data]';

/** The data the server rendered `host` with, when its shadow root came from the server. */
export function serverRendered<T>(host: HTMLElement): T | undefined {
  // On the server (Lit's DOM shim) there is no light DOM: the embed sets the property instead.
  if (typeof host.querySelector !== 'function' || !host.shadowRoot?.firstElementChild) return undefined;
  const script = host.querySelector(SERVER_DATA_SELECTOR);
  try {
    return script?.textContent ? (JSON.parse(script.textContent) as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A Task's `argsEqual` that, for an element hydrating server-rendered data, counts the first
 * comparison as equal: the task keeps the server's data instead of loading it again.
 */
export function keepServerDataOnce<A extends readonly unknown[]>(fromServer: unknown, equal: (a: A, b: A) => boolean): (a: A, b: A) => boolean {
  let keep = fromServer !== undefined;
  return (a, b) => {
    if (keep) {
      keep = false;
      return true;
    }
    return equal(a, b);
  };
}
