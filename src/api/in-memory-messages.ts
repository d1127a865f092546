/**
 * The message log in the page (issue 15): the messages the server's outbox writes when staff
 * change a feedback item's status or post an update on it, answer an interest or invite people,
 * listed by `listMessages` as the server lists them (newest first, the address masked for email
 * and text and whole for what staff send by hand; by person only with the people role; by feedback
 * item, or which feedback item a message was about, only with the feedback role), and `markMessageDone` for letters, calls and
 * supporters. Nothing is really sent: an email or a text is `sent` at once.
 */
import type { CallOptions, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import { queryRefused } from './in-memory-queries.js';
import type { ByHandPage, ByHandQuery, ContactPreference, Id, MessageLog, MessageLogQuery, ToldMessage } from './types.js';

// What a feedback or interest message says: the server's templates' words (src/api/message-words.ts, written once).
export { feedbackSays, interestSays } from './message-words.js';

interface Entry {
  m: ToldMessage;
  type: 'feedback' | 'interest' | 'invitation' | 'profile';
  /** The address, as the person is known by it (the server's contact hash). */
  key: string;
  opportunityId?: Id | undefined;
  profileId?: Id | null | undefined;
  /** What it says (the by-hand list shows it); the server renders its template, here a line from the change. */
  says?: string | undefined;
}

export interface MessageWorld {
  now(): string;
  newId(prefix: string): string;
  staff(): boolean;
  settle(options?: CallOptions): Promise<void>;
  /** The contact a profile gave, to find what was sent to its address. */
  profileContact(id: Id): ContactPreference | undefined;
  audited(action: string, ids: string[], detail?: Record<string, unknown>): void;
}

const CHANNELS = { email: 'email', text: 'text', phone: 'phone', post: 'letter', supporter: 'supporter' } as const;
const keyOf = (c: ContactPreference) => (c.method === 'email' ? c.detail.trim().toLowerCase() : c.detail.replace(/\s+/g, ''));
const fail = (kind: 'unauthorized' | 'forbidden' | 'not-found' | 'conflict', status: number, title: string) => new ApiError(kind, title, { status, problem: { type: 'about:blank', title, status } });

/** As the server masks it: enough to know who it was, not the whole address. */
export function maskAddress(channel: string, address: string): string {
  if (channel === 'email') return address.replace(/^(.)[^@]*@/, '$1•••@');
  return channel === 'text' ? `••• ${address.slice(-3)}` : address;
}

export class InMemoryMessages {
  readonly #log: Entry[] = [];
  /** The roles the adapter's staff calls have: `people` lists by person, `feedback` names the feedback items. */
  roles: readonly string[] = ['staff', 'people', 'feedback'];

  constructor(private readonly world: MessageWorld) {}

  /** Writes what the outbox would: one message to `contact`, unless there is none. */
  tell(event: ToldMessage['event'], about: Omit<Entry, 'm' | 'key'> & { id: Id }, role: ToldMessage['role'], contact: ContactPreference | null | undefined, decision = true): void {
    if (!contact) return;
    const channel = CHANNELS[contact.method];
    const byHand = channel !== 'email' && channel !== 'text';
    const now = this.world.now();
    const address = channel === 'email' ? contact.detail.trim().toLowerCase() : contact.detail.trim();
    const m: ToldMessage = { id: this.world.newId('msg'), event, decision, subjectId: about.id, role, channel, to: maskAddress(channel, address), status: byHand ? 'manual' : 'sent', summaryStatus: null, attempts: byHand ? 0 : 1, failureReason: null, createdAt: now, sentAt: byHand ? null : now, deliveredAt: null };
    this.#log.unshift({ m, type: about.type, key: keyOf(contact), opportunityId: about.opportunityId, profileId: about.profileId, says: about.says });
  }

  #staff(role?: string): void {
    if (!this.world.staff() || !this.roles.includes('staff')) throw fail('unauthorized', 401, 'Sign in as staff to do this');
    if (role && !this.roles.includes(role)) throw fail('forbidden', 403, 'Your staff account cannot do this. Ask for the role that allows it.');
  }

  async listMessages(query: MessageLogQuery, options?: CallOptions): Promise<MessageLog> {
    await this.world.settle(options);
    this.#staff(query.profileId ? 'people' : query.feedbackId ? 'feedback' : undefined);
    const { feedbackId, interestId, opportunityId, profileId, reason } = query;
    if (profileId && !reason) throw queryRefused([{ field: 'reason', code: 'required' }]);
    const contact = profileId ? this.world.profileContact(profileId) : undefined;
    const found = this.#log.filter((e) =>
      profileId
        ? (contact && e.key === keyOf(contact)) || e.profileId === profileId
        : feedbackId
          ? e.type === 'feedback' && e.m.subjectId === feedbackId
          : interestId
            ? e.type === 'interest' && e.m.subjectId === interestId
            : e.type !== 'feedback' && e.opportunityId === opportunityId,
    );
    this.world.audited('listMessages', [...(profileId ? [profileId] : []), ...found.map((e) => e.m.id)], reason ? { reason } : undefined);
    return { items: found.map((e) => this.#shown(e)) };
  }

  /** Waiting to be sent by hand, as the server lists them: never about feedback without the feedback role (who gave it is the feedback team's). */
  #waiting(): Entry[] {
    return this.#log.filter((e) => e.m.status === 'manual' && !this.#hidesItem(e));
  }

  /** How many wait to be sent by hand, for the workspace's count; null without the people role. */
  waitingByHand(): number | null {
    return this.roles.includes('people') ? this.#waiting().length : null;
  }

  /** Every message waiting to be sent by hand, oldest first, with what it says (the people role; one about feedback only with the feedback role too). */
  async listMessagesByHand(query: ByHandQuery, options?: CallOptions): Promise<ByHandPage> {
    await this.world.settle(options);
    this.#staff('people');
    if (!query.reason) throw queryRefused([{ field: 'reason', code: 'required' }]);
    const waiting = this.#waiting().reverse();
    const offset = Number(query.cursor ?? 0);
    const page = waiting.slice(offset, offset + (query.limit ?? 20));
    // The messages, then apart from them the people's profiles (never a feedback giver's), as the server (review MUST-FIX 2).
    this.world.audited('listMessagesByHand', page.map((e) => e.m.id), { reason: query.reason });
    const profiles = [...new Set(page.flatMap((e) => (e.type === 'feedback' ? [] : (e.profileId ?? []))))];
    if (profiles.length) this.world.audited('listMessagesByHand', profiles, { reason: query.reason, read: 'the people whose messages wait to be sent by hand' });
    const next = offset + page.length;
    return {
      items: page.map((e) => ({ ...this.#shown(e), says: e.says ?? null, language: 'en-GB', readingLevel: 'standard' })),
      total: waiting.length,
      nextCursor: next < waiting.length ? String(next) : null,
    };
  }

  async markMessageDone(messageId: Id, options?: WriteOptions): Promise<ToldMessage> {
    await this.world.settle(options);
    // The by-hand list's rule, row by row (as the server): the people role, and not another team's message.
    this.#staff('people');
    const entry = this.#log.find((e) => e.m.id === messageId);
    if (!entry || this.#hidesItem(entry)) throw fail('not-found', 404, 'There is no message with that id.');
    if (entry.m.status !== 'manual') throw fail('conflict', 409, 'This message is not one for staff to send by hand, or it was already marked as done.');
    entry.m.status = 'done';
    entry.m.sentAt = this.world.now();
    this.world.audited('markMessageDone', [messageId]);
    return this.#shown(entry);
  }

  /** A message about feedback, for staff without the feedback role: who gave it is the feedback team's (the server's seesFeedbackGivers). */
  #hidesItem(e: Entry): boolean {
    return e.type === 'feedback' && !this.roles.includes('feedback');
  }

  /** Without the feedback role, a message about a feedback item never says which item. */
  #shown(e: Entry): ToldMessage {
    return { ...structuredClone(e.m), ...(this.#hidesItem(e) && { subjectId: null }) };
  }
}
