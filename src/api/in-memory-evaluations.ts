/**
 * `InMemoryApi`'s evaluation calls (issue 17), as the server has them: invitations for everyone
 * who joined, used once; answers kept with the activity only; results counted by the same code
 * (evaluation-results.ts).
 */
import type { CallOptions, EvaluationCalls, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import type { FieldCode } from './field-codes.js';
import { activityResults, DEFAULT_THRESHOLD, programmeResults, type ActivityInfo, type GivenByHand, type StoredAnswer } from './evaluation-results.js';
import { checkBody, evaluationByHandRules, evaluationRules, evaluationTokenRules, nothingAnswered } from './rules.js';
import type { EvaluationByHandInput, EvaluationInput, EvaluationInvitation, EvaluationReceipt, EvaluationResults, EvaluationRound, Id, Interest, Opportunity } from './types.js';

interface Source {
  opportunities(): readonly Opportunity[];
  interests(): readonly Interest[];
  staff(): boolean;
  /** Runs a write once per idempotency key, as the server (the store's `once`): a retry is not a second answer. */
  once?<T>(scope: string, options: WriteOptions | undefined, body: unknown, write: () => T): T;
}

const fail = (kind: 'not-found' | 'conflict' | 'unauthorized' | 'forbidden', status: number, title: string) =>
  new ApiError(kind, title, { status, problem: { type: `https://coprod.example/problems/${kind}`, title, status } });

function check(rules: typeof evaluationRules, body: unknown, more: { field: string; code: FieldCode }[] = []): void {
  const problems = [...checkBody(rules, body), ...more];
  if (!problems.length) return;
  const problem = { type: 'https://coprod.example/problems/validation', title: 'Some answers need changing', status: 422, errors: problems.map((p) => ({ field: p.field, code: p.code, message: p.code })) };
  throw new ApiError('validation', problem.title, { status: 422, problem });
}

export class InMemoryEvaluations implements EvaluationCalls {
  readonly #source: Source;
  readonly #threshold: number;
  /** token -> invitation; an invitation records only whether it was used. */
  readonly #invitations = new Map<string, { opportunityId: Id; interestId: Id; used: boolean }>();
  readonly #answers: StoredAnswer[] = [];
  /** Per activity: answers staff entered from a paper form or a call, counted apart from the answers (as the server's evaluation_given). */
  readonly #byHand = new Map<Id, GivenByHand>();
  /** The roles the adapter's staff calls have: only `insights` may enter answers from a paper form (as the server, and InMemoryEquality). */
  roles: readonly string[] = ['staff', 'insights'];

  constructor(source: Source, threshold = DEFAULT_THRESHOLD) {
    this.#source = source;
    // Raised to PARTICIPANT_MINIMUM (3) by the results' own rule when set lower.
    this.#threshold = threshold;
  }

  /** For tests and stories: the links an activity's invitations carry (the server sends them in messages). */
  tokensFor(opportunityId: Id): string[] {
    return [...this.#invitations].filter(([, i]) => i.opportunityId === opportunityId).map(([token]) => token);
  }

  #activity(id: Id): ActivityInfo {
    const o = this.#source.opportunities().find((x) => x.id === id);
    if (!o) throw fail('not-found', 404, 'There is no opportunity with that id');
    const cy = o.translations?.cy?.title;
    return { id: o.id, title: { en: o.title, ...(cy ? { cy } : {}) }, ...(o.promise ? { promise: o.promise } : {}) };
  }

  async openEvaluationInvitation(token: string, _options?: WriteOptions): Promise<EvaluationInvitation> {
    check(evaluationTokenRules, { token });
    const invitation = this.#invitations.get(token);
    if (!invitation) throw fail('not-found', 404, 'This link is not one we sent');
    const { id, ...activity } = this.#activity(invitation.opportunityId);
    return { opportunityId: id, ...activity, used: invitation.used };
  }

  async sendEvaluation(input: EvaluationInput, _options?: WriteOptions): Promise<EvaluationReceipt> {
    check(evaluationRules, input);
    check(evaluationRules, input, nothingAnswered(input));
    const invitation = this.#invitations.get(input.token);
    if (!invitation) throw fail('not-found', 404, 'This link is not one we sent');
    if (invitation.used) throw fail('conflict', 409, 'These answers were sent already');
    invitation.used = true;
    this.#keep(invitation.opportunityId, input);
    return { received: true };
  }

  /** Kept at a random place, so the order says nothing about who answered when. */
  #keep(opportunityId: Id, input: Pick<EvaluationInput, 'ratings' | 'felt' | 'change'>): void {
    const change = input.change?.trim();
    this.#answers.splice(Math.floor(Math.random() * (this.#answers.length + 1)), 0, {
      opportunityId,
      ratings: { ...input.ratings },
      ...(input.felt ? { felt: input.felt } : {}),
      ...(change ? { change } : {}),
    });
  }

  async enterEvaluationByHand(input: EvaluationByHandInput, options?: WriteOptions): Promise<EvaluationReceipt> {
    if (!this.#source.staff()) throw fail('unauthorized', 401, 'Sign in as staff to do this');
    if (!this.roles.includes('insights')) throw fail('forbidden', 403, 'Your staff account cannot do this. Ask for the role that allows it.');
    const enter = () => this.#enter(input);
    return this.#source.once ? this.#source.once('enterEvaluationByHand', options, input, enter) : enter();
  }

  #enter(input: EvaluationByHandInput): EvaluationReceipt {
    check(evaluationByHandRules, input);
    check(evaluationByHandRules, input, nothingAnswered(input));
    this.#activity(input.opportunityId);
    // As the server: only for an activity whose people were invited, and never more answers than people invited.
    const invitations = [...this.#invitations.values()].filter((i) => i.opportunityId === input.opportunityId);
    const given = this.#byHand.get(input.opportunityId) ?? { paper: 0, phone: 0 };
    const answered = invitations.filter((i) => i.used).length + given.paper + given.phone;
    check(evaluationByHandRules, input, !invitations.length || answered >= invitations.length ? [{ field: 'opportunityId', code: 'not-allowed' }] : []);
    this.#keep(input.opportunityId, input);
    this.#byHand.set(input.opportunityId, { ...given, [input.how]: given[input.how] + 1 });
    return { received: true };
  }

  async inviteToEvaluate(opportunityId: Id, _options?: WriteOptions): Promise<EvaluationRound> {
    if (!this.#source.staff()) throw fail('unauthorized', 401, 'Sign in as staff to do this');
    this.#activity(opportunityId);
    const invited = new Set([...this.#invitations.values()].filter((i) => i.opportunityId === opportunityId).map((i) => i.interestId));
    const people = this.#source.interests().filter((i) => i.opportunityId === opportunityId && i.status === 'joined' && !invited.has(i.id));
    for (const person of people) this.#invitations.set(`invite-${opportunityId}-${person.id}-${Math.random().toString(36).slice(2, 12)}`, { opportunityId, interestId: person.id, used: false });
    return { invited: people.length, invitedInAll: invited.size + people.length };
  }

  async getActivityEvaluation(opportunityId: Id, _options?: CallOptions): Promise<EvaluationResults> {
    if (!this.#source.staff()) throw fail('unauthorized', 401, 'Sign in as staff to do this');
    const invited = [...this.#invitations.values()].filter((i) => i.opportunityId === opportunityId).length;
    return activityResults(this.#activity(opportunityId), this.#answers, invited, this.#threshold, undefined, this.#byHand.get(opportunityId));
  }

  async getInvolvementResults(_options?: CallOptions): Promise<EvaluationResults> {
    const ids = [...new Set(this.#answers.map((a) => a.opportunityId))].sort();
    return programmeResults(ids.map((id) => this.#activity(id)), this.#answers, this.#threshold);
  }
}
