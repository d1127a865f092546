/**
 * `InMemoryApi`'s people calls (issue 18), as the server has them: the pool filtered and paged,
 * suggestions ranked by the same pure function (matching/rank.ts), invitations that become an
 * expression of interest after "I'm interested", and the person's own suggestions. Reads are
 * noted with their reason in `reads`, as the server writes them to the audit log.
 */
import type { CallOptions, MeCallOptions, PeopleCalls, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import { READ_REASONS } from './rules.js';
import { noteVersion } from './versions.js';
import { personProfileOf } from './person-profile.js';
import { ukDate } from './money.js';
import { fitReasons, suggestionsFor } from './matching/for-me.js';
import { matchesQuery } from './in-memory-opportunities.js';
import { briefOf, candidateOf, clampWeights, rank, RECENT_MONTHS } from './matching/rank.js';
import type {
  Id,
  Interest,
  InterestInput,
  InterestReceipt,
  Invitation,
  InvitationAnswer,
  InvitationAnswered,
  InvitationList,
  InvitationRequest,
  InvitationResult,
  MyInvitationAnswer,
  MyInvitationList,
  MySuggestionFilters,
  MySuggestionList,
  Opportunity,
  PeoplePage,
  PeopleQuery,
  PersonRecord,
  PersonSummary,
  Profile,
  ReadReasonCode,
  SuggestionPage,
  SuggestionQuery,
} from './types.js';

interface Source {
  profiles(): readonly Profile[];
  opportunities(): readonly Opportunity[];
  interests(): readonly Interest[];
  staff(): boolean;
  now(): string;
  newId(prefix: string): Id;
  createInterest(opportunityId: Id, input: InterestInput): Promise<InterestReceipt>;
  /** Each read or change goes to the audit trail too (InMemoryAudit), so it shows what this adapter did. */
  audited?(read: PeopleRead): void;
  /** A record's version for If-Match (staff correct the profile they opened). */
  version?(id: Id): string;
  /** Whether a profile has equality answers: with them it stands for the person (person-profile.ts). */
  answered?(id: Id): boolean;
}

/** One audited read, as the server logs it (who is left out: the adapter has one member of staff). */
export interface PeopleRead {
  action: string;
  reason: ReadReasonCode | null;
  ids: Id[];
}

const fail = (kind: 'not-found' | 'unauthorized' | 'validation' | 'conflict', status: number, title: string) =>
  new ApiError(kind, title, { status, problem: { type: `https://coprod.example/problems/${kind}`, title, status } });

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

function words(text: string | undefined): string {
  return (text ?? '').toLowerCase();
}

export class InMemoryPeople implements PeopleCalls {
  readonly #source: Source;
  readonly #invitations: (Invitation & { token: string })[] = [];

  /** Invitations to the opportunity not answered yet (a cancellation tells them too). */
  waitingFor(opportunityId: Id): readonly Invitation[] {
    return this.#invitations.filter((i) => i.opportunityId === opportunityId && i.status === 'invited');
  }
  /** `/me` tokens given by signInAs, and whose they are. */
  readonly #meTokens = new Map<string, Id>();
  /** Every read and change, newest last: what the server's audit log would hold. */
  readonly reads: PeopleRead[] = [];

  constructor(source: Source) {
    this.#source = source;
  }

  /** Notes a read or change, and writes it to the adapter's audit trail as the server would. */
  #read(read: PeopleRead): void {
    this.reads.push(read);
    this.#source.audited?.(read);
  }

  /** For tests and stories: the one-click link token an invitation carries (the server sends it in the message). */
  tokenFor(invitationId: Id): string | undefined {
    return this.#invitations.find((i) => i.id === invitationId)?.token;
  }

  #staff(): void {
    if (!this.#source.staff()) throw fail('unauthorized', 401, 'Sign in as staff to do this');
  }

  #reason(reason: unknown): ReadReasonCode {
    if (!(READ_REASONS as readonly unknown[]).includes(reason)) throw fail('validation', 400, 'Say why you are reading this');
    return reason as ReadReasonCode;
  }

  #opportunity(id: Id): Opportunity {
    const found = this.#source.opportunities().find((o) => o.id === id);
    if (!found) throw fail('not-found', 404, 'There is no opportunity with that id');
    return found;
  }

  #recent(profileId: Id): Invitation[] {
    const since = Date.parse(this.#source.now()) - RECENT_MONTHS * MONTH_MS;
    return this.#invitations.filter((i) => i.profileId === profileId && Date.parse(i.invitedAt) > since);
  }

  #summary(p: Profile): PersonSummary {
    const mine = this.#invitations.filter((i) => i.profileId === p.id);
    return {
      id: p.id,
      name: p.name,
      topics: [...(p.topics ?? [])],
      skills: [...(p.skills ?? [])],
      availability: { days: [...(p.availability?.days ?? [])], times: [...(p.availability?.times ?? [])], modes: [...(p.availability?.modes ?? [])] },
      needs: [...(p.howToHelp?.needs ?? [])],
      trainingWanted: Boolean(p.trainingWanted?.trim()),
      language: p.messages?.language === 'cy' ? 'cy' : 'en-GB',
      ...(p.invitations ? { invitations: structuredClone(p.invitations) } : {}),
      invitedRecently: this.#recent(p.id).length,
      lastInvitedAt: mine.at(-1)?.invitedAt ?? null,
      updatedAt: p.updatedAt,
    };
  }

  #view(i: Invitation & { token: string }): Invitation {
    const { token: _token, ...rest } = i;
    const profile = this.#source.profiles().find((p) => p.id === i.profileId);
    return { ...structuredClone(rest), profileId: profile ? i.profileId : null, name: profile?.name ?? '' };
  }

  async listPeople(query: PeopleQuery, _options?: CallOptions): Promise<PeoplePage> {
    this.#staff();
    const reason = this.#reason(query.reason);
    const q = query.q?.trim().toLowerCase();
    const skill = query.skill?.trim().toLowerCase();
    const all = this.#source
      .profiles()
      .filter((p) => {
        const s = this.#summary(p);
        return (
          (!q || [p.name, p.experience, p.networks, ...s.skills].some((text) => words(text).includes(q))) &&
          (!query.topic || s.topics.includes(query.topic)) &&
          (!skill || s.skills.some((x) => x.toLowerCase().includes(skill))) &&
          (!query.day || s.availability.days.includes(query.day)) &&
          (!query.time || s.availability.times.includes(query.time)) &&
          (!query.mode || s.availability.modes.includes(query.mode)) &&
          (!query.language || s.language === query.language) &&
          (!query.support || s.needs.includes(query.support)) &&
          (query.training === undefined || s.trainingWanted === query.training)
        );
      })
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1));
    const limit = query.limit ?? 20;
    const offset = query.cursor ? Number(atob(query.cursor).slice(2)) || 0 : 0;
    const items = all.slice(offset, offset + limit).map((p) => this.#summary(p));
    this.#read({ action: 'listPeople', reason, ids: items.map((p) => p.id) });
    return { items, total: all.length, nextCursor: offset + limit < all.length ? btoa(`o:${offset + limit}`) : null };
  }

  async getPerson(id: Id, reason: ReadReasonCode, _options?: CallOptions): Promise<PersonRecord> {
    this.#staff();
    this.#reason(reason);
    const profile = this.#source.profiles().find((p) => p.id === id);
    if (!profile) throw fail('not-found', 404, 'There is no profile with that id');
    this.#read({ action: 'getPerson', reason, ids: [id] });
    const invitations = this.#invitations.filter((i) => i.profileId === id).reverse().map((i) => this.#view(i));
    return { profile: noteVersion(structuredClone(profile), this.#source.version?.(id)), invitations };
  }

  async listSuggestions(opportunityId: Id, query: SuggestionQuery = {}, _options?: CallOptions): Promise<SuggestionPage> {
    this.#staff();
    const opportunity = this.#opportunity(opportunityId);
    const weights = clampWeights({ topic: query.weightTopic, skill: query.weightSkill, availability: query.weightAvailability, mode: query.weightMode, newVoice: query.weightNewVoice });
    const since = Date.parse(this.#source.now()) - RECENT_MONTHS * MONTH_MS;
    const people = this.#source.profiles().filter((p) => wants(p, opportunity.topics) === 'yes');
    const candidates = people.map((p) => {
      const joined = this.#source.interests().filter((i) => i.status === 'joined' && i.name === p.name && Date.parse(i.updatedAt) > since).length;
      return candidateOf(p.id, p, { invitedRecently: this.#recent(p.id).length, tookPartRecently: joined });
    });
    const ranked = rank(briefOf(opportunity), candidates, weights, query.limit ?? 20);
    this.#read({ action: 'listSuggestions', reason: 'find-people', ids: ranked.map((r) => r.id) });
    return {
      weights,
      considered: candidates.length,
      items: ranked.map((r) => {
        const invitation = this.#invitations.find((i) => i.opportunityId === opportunityId && i.profileId === r.id);
        return { person: this.#summary(people.find((p) => p.id === r.id)!), score: r.score, reasons: structuredClone(r.reasons), access: structuredClone(r.access), invitation: invitation ? this.#view(invitation) : null };
      }),
    };
  }

  async listInvitations(opportunityId: Id, _options?: CallOptions): Promise<InvitationList> {
    this.#staff();
    this.#opportunity(opportunityId);
    return { items: this.#invitations.filter((i) => i.opportunityId === opportunityId).reverse().map((i) => this.#view(i)) };
  }

  async invitePeople(opportunityId: Id, request: InvitationRequest, _options?: WriteOptions): Promise<InvitationResult> {
    this.#staff();
    const opportunity = this.#opportunity(opportunityId);
    if (!request.profileIds?.length || request.profileIds.length > 50) throw fail('validation', 422, 'Choose from 1 to 50 people');
    const result: InvitationResult = { invited: [], skipped: [] };
    for (const profileId of request.profileIds) {
      const profile = this.#source.profiles().find((p) => p.id === profileId);
      const wish = profile ? wants(profile, opportunity.topics) : 'yes';
      if (!profile) result.skipped.push({ profileId, code: 'not-found' });
      else if (this.#invitations.some((i) => i.opportunityId === opportunityId && i.profileId === profileId)) result.skipped.push({ profileId, code: 'already-invited' });
      else if (wish !== 'yes') result.skipped.push({ profileId, code: wish });
      else {
        const invitation = {
          id: this.#source.newId('inv'),
          opportunityId,
          profileId,
          name: profile.name,
          status: 'invited' as const,
          invitedAt: this.#source.now(),
          answeredAt: null,
          interestId: null,
          messageStatus: 'sent' as const,
          token: `answer-${Math.random().toString(36).slice(2, 14)}`,
        };
        this.#invitations.push(invitation);
        result.invited.push(this.#view(invitation));
      }
    }
    this.#read({ action: 'invitePeople', reason: null, ids: result.invited.map((i) => i.profileId ?? '') });
    return result;
  }

  async answerInvitation(answer: InvitationAnswer, _options?: WriteOptions): Promise<InvitationAnswered> {
    const invitation = this.#invitations.find((i) => i.token === answer.token);
    if (!invitation) throw fail('not-found', 404, 'This link is not one we sent');
    const first = invitation.status === 'invited';
    if (first) {
      invitation.status = answer.answer;
      invitation.answeredAt = this.#source.now();
      const profile = this.#source.profiles().find((p) => p.id === invitation.profileId);
      if (answer.answer === 'interested' && profile) {
        const receipt = await this.#source.createInterest(invitation.opportunityId, {
          name: profile.name,
          contact: { method: profile.contact.method, detail: profile.contact.detail },
          ...(profile.howToHelp?.needs?.length ? { needs: [...profile.howToHelp.needs] } : {}),
          message: 'Invited',
          consent: true,
        } as InterestInput);
        invitation.interestId = receipt.id;
        // As the server shows it: the interest notes the invitation it came from.
        const made = this.#source.interests().find((i) => i.id === receipt.id);
        if (made) Object.assign(made, { invitedAt: invitation.invitedAt });
      }
    }
    const interest = this.#source.interests().find((i) => i.id === invitation.interestId);
    return { answer: invitation.status as InvitationAnswered['answer'], opportunityId: invitation.opportunityId, reference: interest?.reference ?? null };
  }

  /**
   * For tests and stories: a `/me` token for the person with this profile, as following the
   * sign-in link the server emails gives one. Only the people calls know it.
   */
  signInAs(profileId: Id): string {
    const token = `me-${profileId}-${this.#meTokens.size + 1}`;
    this.#meTokens.set(token, profileId);
    return token;
  }

  /** The profile a `/me` token from `signInAs` signs in to (the audit calls ask). */
  meProfile(token: string): Id | undefined {
    return this.#meTokens.get(token);
  }

  /** As the server answers: 401 without a known sign-in; otherwise up to `limit` (the contract's 20) open opportunities that fit, not those already answered. */
  async listMySuggestions(options: MeCallOptions & { limit?: number; filters?: MySuggestionFilters }): Promise<MySuggestionList> {
    const profileId = this.#meTokens.get(options.meToken);
    if (!profileId) throw fail('unauthorized', 401, 'Sign in through the link we sent you');
    // The profile that stands for the person (person-profile.ts), as the server's personProfileIn.
    const profile = personProfileOf(this.#source.profiles(), profileId, (id) => this.#source.answered?.(id) ?? false);
    if (!profile) return { items: [] };
    const contact = words(profile.contact.detail).trim();
    // Answered already (interested, or "not this time"), or invited and not yet answered (under "You are invited").
    const declined = this.#invitations.filter((i) => i.profileId === profile.id && (i.status === 'not_this_time' || i.status === 'invited'));
    const already = new Set([...this.#source.interests().filter((i) => words(i.contact.detail).trim() === contact), ...declined].map((i) => i.opportunityId));
    // Narrowed by the list's filters as the search narrows (matchesQuery: one rule).
    const open = this.#source.opportunities().filter((o) => o.status === 'open' && matchesQuery(o, options.filters ?? {})).map(publicView);
    return { items: structuredClone(suggestionsFor(candidateOf(profile.id, profile), open, already, options.limit ?? 20)) };
  }

  /** As the server answers: 401 without a known sign-in; the person's unanswered invitations to open opportunities, newest first, with why they were asked. */
  async listMyInvitations(options: MeCallOptions): Promise<MyInvitationList> {
    const profileId = this.#meTokens.get(options.meToken);
    if (!profileId) throw fail('unauthorized', 401, 'Sign in through the link we sent you');
    const profile = this.#source.profiles().find((p) => p.id === profileId);
    if (!profile) return { items: [] };
    // As the public sees them: past their closing date (a UK date) they can no longer be answered; interestCount is for staff.
    const today = ukDate(this.#source.now());
    const open = new Map(this.#source.opportunities().filter((o) => o.status === 'open' && (!o.closingDate || o.closingDate >= today)).map((o) => [o.id, publicView(o)]));
    const waiting = this.#invitations.filter((i) => i.profileId === profileId && i.status === 'invited' && open.has(i.opportunityId)).reverse();
    return { items: structuredClone(waiting.map((i) => ({ id: i.id, opportunity: open.get(i.opportunityId)!, invitedAt: i.invitedAt, reasons: fitReasons(candidateOf(profile.id, profile), open.get(i.opportunityId)!) }))) };
  }

  /** The same answer as the emailed link's; another person's invitation is not found. */
  async answerMyInvitation(id: Id, answer: MyInvitationAnswer, options: MeCallOptions & WriteOptions): Promise<InvitationAnswered> {
    const profileId = this.#meTokens.get(options.meToken);
    if (!profileId) throw fail('unauthorized', 401, 'Sign in through the link we sent you');
    const invitation = this.#invitations.find((i) => i.id === id && i.profileId === profileId);
    if (!invitation) throw fail('not-found', 404, 'There is no invitation of yours with that id');
    return this.answerInvitation({ token: invitation.token, answer: answer.answer }, options);
  }
}

function wants(person: Profile, topics: readonly string[]): 'yes' | 'no-invitations' | 'other-topics' {
  const wish = person.invitations;
  if (!wish || wish.wanted === 'all') return 'yes';
  if (wish.wanted === 'none') return 'no-invitations';
  return (wish.topics ?? []).some((t) => topics.includes(t)) ? 'yes' : 'other-topics';
}

function publicView(opportunity: Opportunity): Opportunity {
  const { interestCount: _staffOnly, ...rest } = opportunity;
  return rest;
}
