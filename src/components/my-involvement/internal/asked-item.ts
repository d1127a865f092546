/**
 * Signed in from a link to one feedback item (`?feedback=<id>`, a message's link): once the page
 * is drawn, the focus goes to that item, once, and only when the focus is nowhere (the page just
 * opened); never from something the person is on, and never after they have done something
 * themselves. An item that is not among the person's own is said plainly.
 * (`CoprodElement` keeps what it has drawn while later parts' words arrive, so one focus holds.)
 */
import type { MyInvolvement } from '../../../api/types.js';
import { focusIsFree } from '../../../core/focus-free.js';

/** The id the page's address gives `name` (`?feedback=<id>`, `?attendance=<id>`), if it looks like an id. */
const askedId = (name: 'feedback' | 'attendance'): string | undefined => {
  const id = new URLSearchParams(location.search).get(name);
  return id && /^[\w-]{1,64}$/.test(id) ? id : undefined;
};

/** The feedback item the page's address asks for, if it looks like an id. */
export const feedbackAsked = (): string | undefined => askedId('feedback');

/**
 * What a link to a new sign-in link should open again: the feedback item and the attendance record
 * (`?attendance=<id>`, where "thank you for taking part: claim on your page" links) the address names.
 */
export const askedAgain = (): { item?: string; attendance?: string } => {
  const item = feedbackAsked();
  const attendance = askedId('attendance');
  return { ...(item && { item }), ...(attendance && { attendance }) };
};

/**
 * Signed in, the page has taken what the address asked for: `?feedback=` and `?attendance=` leave it, so a reload,
 * a bookmark or a shared address does not open the page there again (the one rule for both).
 */
export const forgetAsked = (): void => {
  const url = new URL(location.href);
  for (const name of ['feedback', 'attendance']) url.searchParams.delete(name);
  if (url.href !== location.href) history.replaceState(history.state, '', url.href);
};

export class AskedItem {
  #id: string | undefined;
  /** The item asked for is not among the person's feedback. */
  missing = false;
  /** The attendance the address asked for (`?attendance=<id>`): the claim opens at it (`<coprod-claim>` `openAttendance`). */
  attendance: string | undefined;

  constructor(private readonly host: HTMLElement) {}

  /** Just signed in: look for the item the address asks for. */
  start(): void {
    this.#id = feedbackAsked();
    this.attendance = askedId('attendance');
    this.missing = false;
    forgetAsked();
    // A screen reader in browse mode presses a button with a click alone (no key, no pointer).
    for (const type of ['pointerdown', 'keydown', 'click']) this.host.addEventListener(type, () => (this.#id = undefined), { once: true });
  }

  /**
   * After an update that drew the loaded `page`: focus the item if it is drawn, or say it is not
   * theirs. Returns true when `missing` changed (the host draws the notice).
   */
  drawn(root: ShadowRoot, page: MyInvolvement, showsFeedback: boolean): boolean {
    const id = this.#id;
    if (!id) return false;
    if (!showsFeedback) {
      this.#id = undefined;
      return false;
    }
    if (!page.feedback.some((f) => f.id === id)) {
      this.#id = undefined;
      this.missing = true;
      return true;
    }
    const item = root.getElementById(`feedback-${id}`);
    if (!item) return false; // not drawn yet (the page's own words still arriving)
    this.#id = undefined;
    if (focusIsFree(this.host)) item.focus();
    return false;
  }
}
