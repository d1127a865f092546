import type { ContactKeys } from '../contacts.js';
import type { Queryable } from '../db/db.js';
import { tellAboutOpportunityChange } from '../messages/opportunity-changes.js';
import { sendMessage, tellFeedback, tellInterest, type SendRequest } from '../messages/outbox.js';
import { addressOf, findPreferences, followItem, rememberPerson, type Contact, type PreferencesInput, type SubjectType } from '../messages/preferences.js';
import type { Language, MessageData, ReadingLevel } from '../messages/templates.js';
import type { OpportunityInput } from '../types.js';

/**
 * The message outbox and preferences (server/src/messages), seen from the routes: who asked
 * to hear about what, and the messages a change makes, written in the change's transaction.
 */
export function messageRepository(db: Queryable, keys: ContactKeys) {
  return {
    /** The person asked to hear back about this item (nothing without a contact, or with channel "none"). */
    follow: (subjectType: SubjectType, subjectId: string, role: 'giver' | 'supporter' | 'interested', contact: Contact | null | undefined, preferences: PreferencesInput | undefined, language: Language) =>
      followItem(db, keys, subjectType, subjectId, role, contact, preferences, language),
    /** How a person wants to hear from us, given where they act without following an item (their profile): their language wins over a guess. */
    remember: (contact: Contact, preferences: PreferencesInput, language: Language, guessedReadingLevel?: ReadingLevel, byProfile?: string) =>
      rememberPerson(db, keys, contact, preferences, language, guessedReadingLevel, byProfile),
    /**
     * What the person at this contact chose for our messages (language, reading level, how often), from the
     * one row their preferences page and every form change; nothing when we have not heard from them.
     */
    async chosenBy(contact: Contact): Promise<Required<Omit<PreferencesInput, 'channel'>> | undefined> {
      const row = await findPreferences(db, addressOf(contact, keys).personKey);
      return row && { language: row.language, readingLevel: row.reading_level, frequency: row.frequency };
    },
    /** Everyone following a feedback item (and items merged into it); a decision is sent at once. */
    tellFeedback: (feedbackId: string, data: MessageData, decision: boolean) => tellFeedback(db, feedbackId, data, decision),
    /** The person behind an expression of interest. */
    tellInterest: (interestId: string, data: MessageData) => tellInterest(db, interestId, data),
    /** A new date, a new place or a cancellation, to everyone interested. */
    tellOpportunityChange: (opportunityId: string, before: OpportunityInput, after: OpportunityInput, author: string | undefined) =>
      tellAboutOpportunityChange(db, opportunityId, before, after, author),
    /**
     * A message to one person (or to everyone following a feedback item or an interest), in
     * this transaction: `send({ message: claimPaid.with({...}), about: { type: 'claim', id }, to: contact, language })`.
     * The template must be registered in server/src/messages/catalog.ts. Returns how many were queued.
     */
    send: (request: SendRequest) => sendMessage(db, request, keys),
    /** An interest's status and its opportunity's titles, locked for the answer that follows. */
    async interestBefore(opportunityId: string, interestId: string) {
      const [row] = await db.query<{ status: string; title: string; title_cy: string | null }>(
        `SELECT i.status, o.doc->>'title' AS title, o.doc#>>'{translations,cy,title}' AS title_cy
         FROM interests i JOIN opportunities o ON o.id = i.opportunity_id WHERE i.id = $1 AND i.opportunity_id = $2 FOR UPDATE OF i`,
        [interestId, opportunityId],
      );
      return row;
    },
  };
}
