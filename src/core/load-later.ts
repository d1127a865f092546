/**
 * Content before JavaScript (issue 19), for the autoloader: a widget the server rendered (its
 * declarative shadow root from GET /embed/… is already on the page, so it can be read and its links
 * followed) does not need its code for the first paint. That code is fetched when the page is idle
 * after loading, or at once when a person starts to use the widget (presses, touches, focuses or
 * types inside it), whichever comes first.
 *
 * Nothing a person does meanwhile is lost. Links are links: they work without the code. A press on a
 * button and a sent form (Enter in a search box) are held and done again, once each, when the element
 * has taken over its content (hydrated: Lit's `hasUpdated`); what was typed or chosen stays in the
 * fields and the element takes it up when it hydrates (src/core/hydrate-support.ts). If the code does
 * not come (a flaky connection), the content stays as the server rendered it and forms behave as without
 * it: a search held at that moment is sent natively; the next use asks for the code again (review M1).
 */

/** Inside a widget, the first sign that a person is using it. */
const USE = ['pointerdown', 'touchstart', 'focusin', 'keydown'];

/** What waits for the page to be idle after it has loaded; undefined once it has run. */
let idle: (() => void)[] | undefined;

function whenIdle(run: () => void): void {
  if (idle) return void idle.push(run);
  idle = [run];
  const go = (): void => {
    const all = idle!;
    idle = undefined;
    for (const each of all) each();
  };
  // Safari has no requestIdleCallback: a short pause after the load event stands for it.
  const after = (): unknown => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 2000 }) : setTimeout(go, 200));
  if (document.readyState === 'complete') after();
  else addEventListener('load', after, { once: true });
}

type Live = Element & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

/** Fetches the code of `element`, server-rendered, on idle or on first use (see above); `load` asks for it. */
export function loadLater(element: Element, load: () => Promise<boolean> | undefined): void {
  const root = element.shadowRoot!;
  const held = new Set<HTMLButtonElement | HTMLFormElement>();
  const submitters = new Map<HTMLFormElement, HTMLElement | null>();
  const live = (): boolean => !!(element as Live).hasUpdated;
  const hold = (event: Event): void => {
    if (live()) return;
    const target = event.target as Element;
    if (event.type === 'submit') {
      event.preventDefault();
      held.add(target as HTMLFormElement);
      submitters.set(target as HTMLFormElement, (event as SubmitEvent).submitter);
    } else {
      // A button that only acts through the element's code; a submit button sends its form (held above).
      const button = target.closest?.('button');
      if (button && button.type === 'button') held.add(button);
    }
  };
  const listen = (on: boolean): void => {
    for (const type of ['click', 'submit']) root[on ? 'addEventListener' : 'removeEventListener'](type, hold, true);
  };
  const stop = (): void => listen(false);
  const arm = (): void => {
    for (const type of USE) element.addEventListener(type, ask, { capture: true, passive: true });
  };
  listen(true);

  let asked = false;
  const ask = (): void => {
    if (asked) return;
    asked = true;
    listen(true);
    for (const type of USE) element.removeEventListener(type, ask, true);
    void Promise.resolve(load())
      .then((came) => (came ? customElements.whenDefined(element.localName) : Promise.reject(new Error('not loaded'))))
      .then(() => (element as Live).updateComplete)
      .then(() => {
        stop();
        // Hydration kept these very nodes: press them, and send those forms, as the person did.
        for (const one of held) {
          if (!one.isConnected) continue;
          if (one instanceof HTMLFormElement) one.requestSubmit(submitters.get(one) ?? undefined);
          else one.click();
        }
      }, () => {
        // The code did not come: forms are forms again (one sent meanwhile goes now, natively), a
        // pressed button waits for the next press, and that next use asks for the code again.
        stop();
        for (const one of held) if (one instanceof HTMLFormElement && one.isConnected) one.requestSubmit(submitters.get(one) ?? undefined);
        held.clear();
        asked = false;
        arm();
      });
  };
  arm();
  whenIdle(ask);
}
