/**
 * Message templates, one per `event`. The built-in ones (feedback, interest, opportunity
 * news) are in templates.ts; a feature adds its own in a module beside it
 * (`templates-<feature>.ts`) with `defineTemplate`, and lists it in catalog.ts. The outbox
 * stores only the event name and its data (the personalisation); the worker renders it at
 * send time, in the language and reading level the person chose then.
 */
import type { Language, ReadingLevel } from './templates.js';

/** The words of one message, without the link back and the unsubscribe lines (every message gets those). */
export interface Draft {
  subject: string;
  /** The email body, one line each ('' for a blank line). Say who decided, what changed and why. */
  lines: string[];
  /** The text message, before the link: short (it is cut at 250 characters). */
  sms: string;
}

/** The council's phone number (COUNCIL_PHONE) and name (ORGANISATION_NAME), as a letter or a call names them; null: not set. */
export interface CouncilReach {
  phone: string | null;
  organisation: string | null;
  /**
   * The languages of a page that cannot know its reader's (a link that no longer works), in the
   * order shown (PAGE_LANGUAGES): a Welsh council's `['cy', 'en-GB']` says it in Welsh, then English.
   * Unset: English, or Welsh to a browser that asks for Welsh first.
   */
  pageLanguages?: readonly Language[];
}

/** How a message goes by hand: a letter posted (or handed to a supporter), or a call in which staff read it out. */
export type ByHand = 'letter' | 'call';

/** Nothing configured: a letter says to write to the address on it. */
export const NO_REACH: CouncilReach = { phone: null, organisation: null };

export interface TemplateParts<D> {
  /** The words, in `language` (en-GB or cy) and `level` (standard or easy-read: short sentences, one idea per line). */
  draft(data: D, language: Language, level: ReadingLevel): Draft;
  /**
   * The body of a letter or a call, when `lines` lean on the link every email and text message
   * carries (a letter has none: `wordsByHand`); default: `lines`. `council`: how to reach the
   * council instead (its number, else its name and the letter's address).
   */
  handLines?(data: D, language: Language, level: ReadingLevel, council: CouncilReach, how: ByHand): string[];
  /** What the weekly summary calls the item ("Your claim CL-4K7Q"); default: the subject. */
  summaryLabel?(data: D, language: Language): string;
  /** One line for the weekly summary; default: the first line of the body. */
  summaryLine?(data: D, language: Language): string;
}

export interface MessageTemplate<D> extends TemplateParts<D> {
  readonly event: string;
  /** The event and its data, typed, for `repos.messages.send({ message: template.with(data), ... })`. */
  with(data: D): OutgoingMessage<D>;
}

/** What the outbox stores: the template's event and its personalisation (JSON; never an address). */
export interface OutgoingMessage<D = unknown> {
  event: string;
  data: D;
}

/**
 * A template for one kind of message. `event` is a short snake_case name, unique across the
 * server (`claim_paid`, `evaluation_invitation`); the catalog refuses two with one name.
 */
export function defineTemplate<D extends object>(event: string, parts: TemplateParts<D>): MessageTemplate<D> {
  if (!/^[a-z][a-z0-9_]{2,59}$/.test(event)) throw new Error(`A message event is a snake_case name (got "${event}").`);
  return { event, ...parts, with: (data: D) => ({ event, data }) };
}

/** Every template by event name; throws when two share a name (a programming error, found at start). */
export function catalogOf(templates: readonly { readonly event: string }[]): ReadonlyMap<string, MessageTemplate<unknown>> {
  const map = new Map<string, MessageTemplate<unknown>>();
  for (const template of templates) {
    if (map.has(template.event)) throw new Error(`Two message templates are called "${template.event}".`);
    map.set(template.event, template as unknown as MessageTemplate<unknown>);
  }
  return map;
}
