import type { MeCallOptions, WriteOptions } from '../../src/api/api.js';
import { ApiError } from '../../src/api/errors.js';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { fitReasons, suggestionsFor } from '../../src/api/matching/for-me.js';
import { candidateOf } from '../../src/api/matching/rank.js';
import type { EqualityAnswers, ErasureSummary, Id, InvitationAnswered, MyInvitationAnswer, MyInvitationList, MessagePreferences, MessagePreferencesState, MyInvolvement, MyProfileViews, MySession, MySuggestionList, Profile, ProfileInput, ProfileView, SignInProof, SignInRequest, SignInRequested } from '../../src/api/types.js';

/** A sign-in link token, a code and a profile key the fixture accepts; anything else is refused as the server would. */
export const GOOD_LINK = 'good-sign-in-link-0123456789';
export const GOOD_CODE = '123456';
export const GOOD_KEY = 'good-profile-key';
export const ME_NOW = new Date('2026-03-10T10:00:00Z');

const at = (days: number, hour = 10) => new Date(ME_NOW.getTime() + days * 86_400_000 + (hour - 10) * 3_600_000).toISOString();

export const fixtureProfile: Profile = {
  id: 'prof-rhian',
  name: 'Rhian',
  importantToMe: 'My two children, and being heard as a carer.',
  experience: 'I care for my mum, who has dementia.',
  networks: 'Riverside carers group',
  howToHelp: { needs: ['papers_in_advance', 'breaks'], details: 'Meetings after 10am, please.' },
  contact: { method: 'email', detail: 'rhian@example.org' },
  topics: ['carers'],
  skills: ['Listening'],
  consent: true,
  createdAt: at(-40),
  updatedAt: at(-40),
};

function filledPage(): Omit<MyInvolvement, 'signedInWith' | 'expiresAt'> {
  return {
    profiles: [structuredClone(fixtureProfile)],
    interests: [
      {
        id: 'int-r1', reference: 'INT-7KQ4', opportunityId: 'opp-carers-strategy', opportunityTitle: { en: 'Help write the carers strategy', cy: 'Helpu i ysgrifennu’r strategaeth gofalwyr' },
        name: 'Rhian', contact: { method: 'email', detail: 'rhian@example.org' }, status: 'joined', createdAt: at(-20), updatedAt: at(-15), firstAnsweredAt: at(-15),
      },
      {
        id: 'int-r2', reference: 'INT-9MXP', opportunityId: 'opp-easy-read-leaflets', opportunityTitle: { en: 'Check our easy read leaflets' },
        name: 'Rhian', contact: { method: 'email', detail: 'rhian@example.org' }, status: 'new', createdAt: at(-2), updatedAt: at(-2), firstAnsweredAt: null,
      },
    ],
    feedback: [
      {
        id: 'fb-r1', reference: 'FB-4HTD', topic: 'carers', text: 'Respite breaks are booked up months ahead. I could not get one when Mum was in hospital.', language: 'en-GB', attribution: null, name: 'Rhian',
        reply: { method: 'email', detail: 'rhian@example.org' }, consentToPublish: true, createdAt: at(-60), status: 'changed', published: true, mergedInto: null, supporters: 4,
        updates: [
          { id: 'u-r1', kind: 'heard', text: 'Thank you. Four other carers told us the same.', links: [], createdAt: at(-50), author: 'Co-production lead, Adult Social Care' },
          { id: 'u-r2', kind: 'changed', text: 'From April, ten emergency respite places are kept free each week.', language: 'en-GB', translations: { cy: { text: 'O fis Ebrill, cedwir deg lle seibiant brys yn rhydd bob wythnos.' } }, links: [{ title: 'Respite for carers', url: 'https://council.example/respite' }], createdAt: at(-5), author: 'Co-production lead, Adult Social Care' },
        ],
        updateCount: 2, lastUpdatedAt: at(-5), lastAnsweredAt: at(-5),
      },
      {
        id: 'fb-r2', reference: 'FB-8WQN', topic: 'transport', text: 'The bus to the day centre stops running at 4pm.', language: 'en-GB', attribution: null, name: null, reply: { method: 'email', detail: 'rhian@example.org' },
        consentToPublish: false, createdAt: at(-3), status: 'received', published: false, mergedInto: null, supporters: 0, updates: [], updateCount: 0, lastUpdatedAt: at(-3), lastAnsweredAt: null,
      },
    ],
  };
}

const refused = () => new ApiError('unauthorized', 'This sign-in link or code has expired, has been used already, or is not right. Ask for a new one.', { status: 401 });

export interface MeFixtureOptions {
  /** What the person has: everything, or nothing yet. */
  holds?: 'filled' | 'empty';
  /** Every sign-in request is refused as too many. */
  rateLimited?: boolean;
  /** Loading the page fails with this kind. */
  pageFails?: ApiError['kind'];
  latencyMs?: number;
  /** Loading the page alone waits this long. */
  pageLatencyMs?: number;
  /** What "who looked at your profile" answers: `fixtureViews` (default with a profile), none (default without), a deletion by staff, or a failure. */
  views?: 'some' | 'none' | 'deleted' | 'fails';
  /** The council's name in that answer (ORGANISATION_NAME); default "Anytown Council". */
  organisation?: string | null;
  /** What "may suit you" answers: the seed's open opportunities ranked for the profile (default), none, or a failure. */
  suits?: 'ranked' | 'none' | 'fails';
  /**
   * "You are invited" (issue 15): none (default); two waiting (the carers' strategy and Carers
   * Week, answered as the server does); the list fails; or every answer fails (`answer-fails`),
   * is refused as closed (`closed`), or lands on the waiting list (`waiting`).
   */
  invitations?: 'none' | 'some' | 'fails' | 'answer-fails' | 'closed' | 'waiting' | 'withdrawn';
  /** The person's equality answers (issue 17): none yet (default), some given, an answer to a council question no longer asked, or every call fails. */
  equality?: 'none' | 'some' | 'retired' | 'fails';
  /** The profile's invitation wish (issue 18): none set (default: invitations are sent), or this one. */
  wish?: Profile['invitations'];
  /**
   * A second profile on another address (reached by its id, as a `/me` scope can), which asked for a
   * weekly summary: GET /me shows it only its own how-often, never the signed-in address's choices.
   */
  otherAddress?: boolean;
}

/** The invitations Rhian has not answered (newest first), when `invitations` is set. */
export const FIXTURE_INVITATIONS = [
  { id: 'inv-r1', opportunityId: 'opp-carers-strategy', invitedAt: at(-1, 15) },
  { id: 'inv-r2', opportunityId: 'opp-carers-week-planning', invitedAt: at(-4) },
];

/** Staff opened Rhian's profile twice and corrected it once (newest first). */
export const fixtureViews: ProfileView[] = [
  { at: at(-1, 14), profileId: 'prof-rhian', what: 'looked', reason: 'contact' },
  { at: at(-9), profileId: 'prof-rhian', what: 'changed', reason: 'person-asked' },
  { at: at(-12), profileId: 'prof-rhian', what: 'looked', reason: 'find-people' },
];

/** The in-memory API plus the person's own page, as the reference server answers it. */
export class MeFixtureApi extends InMemoryApi {
  readonly #options: MeFixtureOptions;
  #page: Omit<MyInvolvement, 'signedInWith' | 'expiresAt'>;
  #sessions = new Map<string, MySession>();
  #preferences: MessagePreferencesState | null;
  readonly requests: SignInRequest[] = [];
  /** What `saveMyEquality` last stored (tests read it). */
  equalityAnswers: EqualityAnswers;

  constructor(options: MeFixtureOptions = {}) {
    super({ now: ME_NOW, latencyMs: options.latencyMs ?? 0 });
    this.#options = options;
    this.equalityAnswers = options.equality === 'some' ? { ageBand: 'age_35_44', sex: 'female', carer: 'hours_20_49', ethnicGroup: 'prefer_not_to_say' } : {};
    if (options.equality === 'retired') {
      // The council stopped asking "Do you use a wheelchair?" after the person answered it.
      const text = (en: string, cy: string) => ({ en, cy, easyRead: en });
      this.equality.questions = [{ id: 'cq-wheelchair', retired: true, text: text('Do you use a wheelchair?', 'Ydych chi’n defnyddio cadair olwyn?'), answers: [{ id: 'a1', text: text('Yes', 'Ydw') }, { id: 'a2', text: text('No', 'Nac ydw') }] }];
      this.equalityAnswers = { sex: 'female', council: { 'cq-wheelchair': 'a1' } };
    }
    this.#preferences = options.holds === 'empty' ? null : { channel: 'email', language: 'en-GB', readingLevel: 'standard', frequency: 'each_time', unsubscribed: false };
    this.#page = options.holds === 'empty' ? { profiles: [], interests: [], feedback: [] } : filledPage();
    if (options.wish) for (const profile of this.#page.profiles) profile.invitations = structuredClone(options.wish);
    if (options.otherAddress) this.#page.profiles.push({ ...structuredClone(fixtureProfile), id: 'prof-rhian-work', name: 'Rhian at work', contact: { method: 'email', detail: 'rhian.work@example.org' }, messages: { frequency: 'weekly' } });
  }

  async #wait(): Promise<void> {
    if (this.#options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.#options.latencyMs));
  }

  #session(options: MeCallOptions): MySession {
    const session = this.#sessions.get(options.meToken);
    if (!session) throw new ApiError('unauthorized', 'Your sign-in has ended.', { status: 401 });
    return session;
  }

  async requestSignIn(request: SignInRequest, _options?: WriteOptions): Promise<SignInRequested> {
    await this.#wait();
    if (this.#options.rateLimited) throw new ApiError('rate-limited', 'Too many', { status: 429, retryAfter: 900 });
    if (request.channel === 'email' && !request.address.includes('@')) {
      throw new ApiError('validation', 'Some answers need changing.', {
        status: 422,
        problem: { type: 'validation', title: 'Some answers need changing', status: 422, errors: [{ field: 'address', code: 'invalid-email', message: 'Enter an email address in the right form, like name@example.com.' }] },
      });
    }
    this.requests.push(request);
    return { channel: request.channel, expiresInMinutes: 15 };
  }

  async startMySession(proof: SignInProof, _options?: WriteOptions): Promise<MySession> {
    await this.#wait();
    let signedInWith: MySession['signedInWith'];
    if ('link' in proof && proof.link === GOOD_LINK) signedInWith = 'email';
    else if ('code' in proof && proof.code === GOOD_CODE) signedInWith = 'text';
    else if ('key' in proof && proof.key === GOOD_KEY) signedInWith = 'profile';
    else throw refused();
    const session: MySession = { token: `me_${this.#sessions.size + 1}`, expiresAt: new Date(ME_NOW.getTime() + 30 * 60_000).toISOString(), signedInWith };
    this.#sessions.set(session.token, session);
    return session;
  }

  async endMySession(options: MeCallOptions): Promise<void> {
    this.#sessions.delete(this.#session(options).token);
  }

  async getMyInvolvement(options: MeCallOptions): Promise<MyInvolvement> {
    await this.#wait();
    if (this.#options.pageLatencyMs) await new Promise((resolve) => setTimeout(resolve, this.#options.pageLatencyMs));
    const session = this.#session(options);
    if (this.#options.pageFails) throw new ApiError(this.#options.pageFails, 'Failed', { status: 503 });
    const page = structuredClone(this.#page);
    if (session.signedInWith === 'profile') return { ...page, interests: [], feedback: [], signedInWith: 'profile', expiresAt: session.expiresAt };
    return { ...page, profiles: page.profiles.map((p) => this.#withMessages(p)), signedInWith: session.signedInWith, expiresAt: session.expiresAt };
  }

  /** As the server shows a profile on an address the person proved: with how they hear from us (the shared preferences). */
  #withMessages(profile: Profile): Profile {
    const row = this.#preferences;
    if (profile.contact?.detail !== fixtureProfile.contact!.detail) return profile;
    return row ? { ...profile, messages: { language: row.language, readingLevel: row.readingLevel, frequency: row.frequency } } : profile;
  }

  async updateMyProfile(id: Id, input: ProfileInput, options: MeCallOptions): Promise<Profile> {
    this.#session(options);
    const index = this.#page.profiles.findIndex((p) => p.id === id);
    if (index < 0) throw new ApiError('not-found', 'Not found', { status: 404 });
    const { messages, ...kept } = input;
    const saved: Profile = { ...kept, id, createdAt: this.#page.profiles[index]!.createdAt, updatedAt: ME_NOW.toISOString() };
    this.#page.profiles[index] = saved;
    // As the server (me/routes.ts): on an address the sign-in proved, how often changes only through /message-preferences.
    void messages;
    return this.#session(options).signedInWith === 'profile' ? structuredClone(saved) : this.#withMessages(structuredClone(saved));
  }

  async deleteMyProfile(id: Id, options: MeCallOptions): Promise<void> {
    this.#session(options);
    this.#page.profiles = this.#page.profiles.filter((p) => p.id !== id);
  }

  async getMessagePreferences(options: MeCallOptions): Promise<MessagePreferencesState> {
    this.#session(options);
    if (!this.#preferences) throw new ApiError('not-found', 'Not found', { status: 404 });
    return structuredClone(this.#preferences);
  }

  async updateMessagePreferences(change: MessagePreferences, options: MeCallOptions): Promise<MessagePreferencesState> {
    await this.#wait();
    this.#session(options);
    if (!this.#preferences) throw new ApiError('not-found', 'Not found', { status: 404 });
    this.#preferences = { ...this.#preferences, ...change, unsubscribed: false };
    return structuredClone(this.#preferences);
  }

  override readonly listMyProfileViews = async (options: MeCallOptions): Promise<MyProfileViews> => {
    await this.#wait();
    this.#session(options);
    const kind = this.#options.views ?? (this.#options.holds === 'empty' ? 'none' : 'some');
    if (kind === 'fails') throw new ApiError('server', 'Failed', { status: 503 });
    const items: ProfileView[] =
      kind === 'some' ? structuredClone(fixtureViews) : kind === 'deleted' ? [{ at: at(-2, 11), profileId: 'prof-rhian-old', what: 'deleted', reason: 'duplicate' }, { ...fixtureViews[2]!, profileId: 'prof-rhian-old' }] : [];
    return { organisation: this.#options.organisation === undefined ? 'Anytown Council' : this.#options.organisation, items };
  };

  /** As the server answers: the shared ranking (matching/for-me.ts) over the seed's open opportunities, for the page's first profile. */
  override readonly listMySuggestions = async (options: MeCallOptions & { limit?: number }): Promise<MySuggestionList> => {
    await this.#wait();
    this.#session(options);
    if (this.#options.suits === 'fails') throw new ApiError('server', 'Failed', { status: 503 });
    const profile = this.#page.profiles[0];
    if (!profile || this.#options.suits === 'none') return { items: [] };
    const open = (await this.listOpportunities({ limit: 100 })).items.filter((o) => o.status === 'open');
    const already = new Set(this.#page.interests.map((i) => i.opportunityId));
    return { items: suggestionsFor(candidateOf(profile.id, profile), open, already, options.limit ?? 20) };
  };

  #answered = new Map<string, InvitationAnswered>();

  /** As the server answers: Rhian's unanswered invitations to open opportunities, with why she was asked. */
  override readonly listMyInvitations = async (options: MeCallOptions): Promise<MyInvitationList> => {
    await this.#wait();
    this.#session(options);
    const kind = this.#options.invitations ?? 'none';
    if (kind === 'fails') throw new ApiError('server', 'Failed', { status: 503 });
    const profile = this.#page.profiles[0];
    if (kind === 'none' || !profile) return { items: [] };
    const open = (await this.listOpportunities({ limit: 100 })).items.filter((o) => o.status === 'open');
    const items = FIXTURE_INVITATIONS.filter((i) => !this.#answered.has(i.id)).flatMap((i) => {
      const opportunity = open.find((o) => o.id === i.opportunityId);
      return opportunity ? [{ id: i.id, opportunity, invitedAt: i.invitedAt, reasons: fitReasons(candidateOf(profile.id, profile), opportunity) }] : [];
    });
    return { items };
  };

  /** As the server answers: once per invitation (a second answer reports the first); the failures `invitations` asks for. */
  override readonly answerMyInvitation = async (id: Id, answer: MyInvitationAnswer, options: MeCallOptions & WriteOptions): Promise<InvitationAnswered> => {
    await this.#wait();
    this.#session(options);
    const invitation = FIXTURE_INVITATIONS.find((i) => i.id === id);
    if (!invitation) throw new ApiError('not-found', 'There is no invitation of yours with that id.', { status: 404 });
    const kind = this.#options.invitations;
    if (kind === 'answer-fails') throw new ApiError('server', 'Failed', { status: 503 });
    if (kind === 'withdrawn') throw new ApiError('not-found', 'There is no invitation of yours with that id.', { status: 404 });
    if (kind === 'closed' && answer.answer === 'interested') throw new ApiError('conflict', 'This opportunity has closed, so interest can no longer be taken.', { status: 409 });
    const first = this.#answered.get(id);
    if (first) return structuredClone(first);
    const answered: InvitationAnswered = { answer: answer.answer, opportunityId: invitation.opportunityId, reference: answer.answer === 'interested' ? 'INT-5RTW' : null, ...(kind === 'waiting' && answer.answer === 'interested' ? { waitingList: true } : {}) };
    this.#answered.set(id, answered);
    // As the server does: a "yes" is an interest, on the page and out of "may suit you".
    if (answer.answer === 'interested' && !this.#page.interests.some((i) => i.opportunityId === invitation.opportunityId)) {
      const title = (await this.getOpportunity(invitation.opportunityId)).title;
      this.#page.interests.unshift({ id: `int-${id}`, reference: 'INT-5RTW', opportunityId: invitation.opportunityId, opportunityTitle: { en: title }, name: 'Rhian', contact: { method: 'email', detail: 'rhian@example.org' }, status: 'new', createdAt: ME_NOW.toISOString(), updatedAt: ME_NOW.toISOString(), firstAnsweredAt: null });
    }
    return structuredClone(answered);
  };

  #equality(options: MeCallOptions): void {
    this.#session(options);
    if (this.#options.equality === 'fails') throw new ApiError('server', 'Failed', { status: 503 });
  }

  override readonly getMyEquality = async (options: MeCallOptions): Promise<EqualityAnswers> => {
    await this.#wait();
    this.#equality(options);
    return { ...this.equalityAnswers };
  };

  override readonly saveMyEquality = async (answers: EqualityAnswers, options: MeCallOptions): Promise<EqualityAnswers> => {
    await this.#wait();
    this.#equality(options);
    this.equalityAnswers = { ...answers };
    return { ...answers };
  };

  override readonly deleteMyEquality = async (options: MeCallOptions): Promise<void> => {
    await this.#wait();
    this.#equality(options);
    this.equalityAnswers = {};
  };

  async eraseMe(options: MeCallOptions): Promise<ErasureSummary> {
    await this.#wait();
    this.#session(options);
    const page = this.#page;
    const summary = { profiles: page.profiles.length, interests: page.interests.length, feedbackRemoved: page.feedback.filter((f) => !f.published).length, feedbackAnonymised: page.feedback.filter((f) => f.published).length };
    this.#page = { profiles: [], interests: [], feedback: [] };
    this.#sessions.clear();
    return summary;
  }
}
