/**
 * Every message the server can send, by event name. A feature that tells people something
 * adds a module beside templates.ts (`templates-<feature>.ts`, made with `defineTemplate`)
 * and ONE line below. See server/README.md, "Sending a message from a new feature".
 */
import { catalogOf, NO_REACH, type ByHand, type CouncilReach, type OutgoingMessage } from './registry.js';
import { invitationTemplates } from './templates-invitations.js';
import { evaluationTemplates } from './templates-evaluation.js';
import { payTemplates } from './templates-pay.js';
import { profileTemplates } from './templates-profile.js';
import { coreTemplates, excerpt, frame, render, type Language, type MessageData, type ReadingLevel, type Rendered } from './templates.js';

const FEATURE_TEMPLATES: { readonly event: string }[][] = [
  // One line per feature, e.g. `claimTemplates,` (imported from './templates-claims.js').
  invitationTemplates,
  evaluationTemplates,
  payTemplates,
  profileTemplates,
];

export const CATALOG = catalogOf([...coreTemplates, ...FEATURE_TEMPLATES.flat()]);

/** True when a template of that name is registered (the outbox refuses anything else). */
export const isKnownEvent = (event: string): boolean => CATALOG.has(event) || event === 'weekly_summary';

/** The whole message in the person's language and reading level, with the link back and the unsubscribe line. */
export function renderMessage(message: OutgoingMessage, language: Language, level: ReadingLevel, links: { item: string; unsubscribe: string }): Rendered {
  if (message.event === 'weekly_summary') return render(message.data as MessageData, language, level, links);
  const template = CATALOG.get(message.event);
  if (!template) throw new Error(`There is no message template called "${message.event}" (add it in server/src/messages/catalog.ts).`);
  return frame(template.draft(message.data, language, level), language, level, links);
}

/** The words staff send by hand (a letter, a call): the subject, a blank line, the body; no link or unsubscribe line. */
export function wordsByHand(message: OutgoingMessage, language: Language, level: ReadingLevel, council: CouncilReach = NO_REACH, how: ByHand = 'letter'): string {
  const template = CATALOG.get(message.event);
  if (!template) return '';
  const words = template.draft(message.data, language, level);
  return [words.subject, '', ...(template.handLines?.(message.data, language, level, council, how) ?? words.lines)].join('\n');
}

/** What the weekly summary calls the item a piece of news is about, and its line for it. */
export function summaryParts(message: OutgoingMessage, language: Language): { label: string; line: string } {
  const template = CATALOG.get(message.event);
  if (!template) return { label: '', line: '' };
  const words = template.draft(message.data, language, 'standard');
  return {
    label: template.summaryLabel?.(message.data, language) ?? words.subject,
    line: template.summaryLine?.(message.data, language) ?? excerpt(words.lines.find((l) => l.trim()) ?? words.subject, 300),
  };
}
