/**
 * Defines `tag` unless it already is: a page that loads the bundle twice (a CMS block
 * and a theme, say) must not throw, and the second copy must not abort its module.
 *
 * Defining a tag upgrades and first draws every element of it already on the page. So that a
 * page showing several widgets is not one long task while they all start (a tap could not be
 * answered meanwhile), each tag with elements waiting on the page is defined in a task of its
 * own, in the order asked (a provider before the widgets inside it), after the task that
 * evaluated the modules. A tag with none on the page is defined at once, and so is one asked
 * `now`: the provider, whose reading switch sits above every widget on the page. Drawn a task later,
 * after the page's first paint (and after a link or the browser has scrolled to a section), it
 * pushed the whole page down by its height: a jump a person sees (bench --only=cls, profile
 * form: 0.014, aside.side-nav moved). It is small, so its first draw costs the start-up little.
 *
 * Where the page holds one of `tag` rendered by the server (a declarative shadow root from
 * GET /embed/…), Lit's hydration loads first, so the element takes over that content instead
 * of drawing it again; pages without server-rendered content never load it.
 */
export function define(tag: string, constructor: CustomElementConstructor, now = false): void {
  const go = (): unknown => customElements.get(tag) || customElements.define(tag, constructor);
  const wait = (): unknown => waiting?.push(go) ?? setTimeout(next, 0, (waiting = [go]));
  // On the server (Lit's DOM shim has a document without querySelectorAll) nothing upgrades.
  const onPage = !!globalThis.document?.querySelectorAll ? [...document.querySelectorAll(tag)] : [];
  if (onPage.some((element) => element.shadowRoot)) void import('./hydrate-support.js').then(wait, wait);
  else if (onPage[0] && !now) wait();
  else go();
}

/** Definitions waiting for a task of their own; undefined when none is. */
let waiting: (() => unknown)[] | undefined;

/** Runs the first waiting definition and asks for a new task for the next one. */
function next(): void {
  const go = waiting!.shift();
  if (go) {
    setTimeout(next);
    go();
  } else waiting = undefined;
}
