/**
 * `InMemoryApi`'s equality calls (issue 17), as the server has them: each person's own answers,
 * kept apart from their profile, and staff's counts by the same code (equality-reach.ts).
 */
import type { CallOptions, EqualityCalls, MeCallOptions } from './api.js';
import { ApiError } from './errors.js';
import { councilQuestion, dueToPublish, equalityReach, knownAnswers, publishedCount, referenceProblems, withCouncil, withReference, type EqualityReference } from './equality-reach.js';
import { personProfileOf } from './person-profile.js';
import { checkBody, equalityRules } from './rules.js';
import { EQUALITY_QUESTIONS } from './rules-vocabularies.js';
import type { CouncilQuestion, CouncilQuestionInput, CouncilQuestionList, EqualityAnswers, EqualityReach, EqualityReferenceFigures, Id, Profile } from './types.js';

interface Source {
  profiles(): readonly Profile[];
  meProfile(token: string): Id | undefined;
  staff(): boolean;
  now?(): Date | string;
  /** Writes an audit event by the member of staff the adapter acts as (the server's repos.audit). */
  audited?(action: string, ids: readonly Id[], detail: Record<string, unknown>): void;
}

const fail = (kind: 'not-found' | 'unauthorized' | 'forbidden', status: number, title: string) =>
  new ApiError(kind, title, { status, problem: { type: `https://coprod.example/problems/${kind}`, title, status } });

function check(body: unknown): void {
  // As the server (additionalProperties: false): a question the contract does not ask is a 422 unknown-field, not dropped.
  const unknown = body && typeof body === 'object' ? Object.keys(body).filter((k) => !(k in EQUALITY_QUESTIONS) && k !== 'council') : [];
  if (unknown.length) {
    const problem = { type: 'https://coprod.example/problems/validation', title: 'Some answers need changing', status: 422, errors: unknown.map((field) => ({ field, code: 'unknown-field' as const, message: `Remove "${field}": it is not something we ask for.` })) };
    throw new ApiError('validation', problem.title, { status: 422, problem });
  }
  const { council: _council, ...census } = (body ?? {}) as EqualityAnswers;
  const problems = checkBody(equalityRules, census);
  if (!problems.length) return;
  const problem = { type: 'https://coprod.example/problems/validation', title: 'Some answers need changing', status: 422, errors: problems.map((p) => ({ field: p.field, code: p.code, message: p.code })) };
  throw new ApiError('validation', problem.title, { status: 422, problem });
}

/** A made-up area's figures, for stories and the demo: a council enters its own census shares. */
export const DEMO_REFERENCE: EqualityReference = {
  ageBand: { age_16_24: 13, age_25_34: 16, age_35_44: 15, age_45_54: 16, age_55_64: 15, age_65_74: 12, age_75_plus: 13 },
  sex: { female: 51, male: 49 },
  ethnicGroup: { white: 77, mixed: 3, asian: 12, black: 5, other: 3 },
  disability: { disabled: 19, not_disabled: 81 },
  carer: { no: 90, hours_1_19: 5, hours_20_49: 2, hours_50_plus: 3 },
};

export class InMemoryEquality implements EqualityCalls {
  readonly #source: Source;
  /** profile id -> answers, apart from the profile; nothing else reads it. */
  readonly #answers = new Map<Id, EqualityAnswers>();
  /** The council's reference population (EQUALITY_REFERENCE on the server). */
  reference: EqualityReference = DEMO_REFERENCE;
  /** The roles the adapter's staff calls have: only `insights` may change the reference figures. */
  roles: readonly string[] = ['staff', 'insights'];
  /** Staff's figures as last published, and the answer sets changed since (as the server's equality_published). */
  #published: EqualityReach | undefined;
  #changes = 0;
  /** The council's own questions (the server's equality_questions), oldest first. */
  questions: CouncilQuestion[] = [];

  constructor(source: Source) {
    this.#source = source;
  }

  /** Whether this profile has equality answers (person-profile.ts: the profile that stands for a person). */
  answered(id: Id): boolean {
    return this.#answers.has(id);
  }

  /** The profile that stands for the signed-in person (person-profile.ts), as the server's equalityProfileIn. */
  #profileOf(options: MeCallOptions): Id | undefined {
    const id = this.#source.meProfile(options.meToken);
    if (!id) throw fail('unauthorized', 401, 'Sign in through the link we sent you');
    return personProfileOf(this.#source.profiles(), id, (p) => this.answered(p))?.id;
  }

  async getMyEquality(options: MeCallOptions): Promise<EqualityAnswers> {
    const id = this.#profileOf(options);
    return { ...((id && this.#answers.get(id)) || {}) };
  }

  async saveMyEquality(answers: EqualityAnswers, options: MeCallOptions): Promise<EqualityAnswers> {
    check(answers);
    const id = this.#profileOf(options);
    if (!id) throw fail('not-found', 404, 'Make a profile first: these questions are kept with it.');
    const kept = knownAnswers(answers, this.questions, this.#answers.get(id));
    this.#answers.set(id, kept);
    this.#changes++;
    return { ...kept };
  }

  async deleteMyEquality(options: MeCallOptions): Promise<void> {
    const id = this.#profileOf(options);
    if (id && this.#answers.delete(id)) this.#changes++;
  }

  /** For tests and stories: answers for a profile without signing in. */
  plant(profileId: Id, answers: EqualityAnswers): void {
    this.#answers.set(profileId, knownAnswers(answers, this.questions));
    this.#changes++;
  }

  async getEqualityReach(_options?: CallOptions): Promise<EqualityReach> {
    if (!this.#source.staff()) throw fail('unauthorized', 401, 'Sign in as staff to do this');
    const profiles = this.#source.profiles();
    // Answers of a deleted profile go with it, and count as a change (the server's cascade).
    const ids = new Set(profiles.map((p) => p.id));
    for (const id of [...this.#answers.keys()]) if (!ids.has(id) && this.#answers.delete(id)) this.#changes++;
    if (dueToPublish(this.#published, this.#changes)) {
      const alive = profiles.map((p) => this.#answers.get(p.id)).filter((a): a is EqualityAnswers => a !== undefined);
      this.#published = { ...equalityReach(alive, profiles.length, {}, this.questions), publishedAt: new Date(this.#source.now?.() ?? Date.now()).toISOString() };
      this.#changes = 0;
    }
    return { ...withCouncil(withReference(this.#published!, this.reference), this.questions), insights: this.roles.includes('insights'), trainingWanted: publishedCount(profiles.filter((p) => p.trainingWanted?.trim()).length) };
  }

  async getEqualityReference(_options?: CallOptions): Promise<EqualityReferenceFigures> {
    if (!this.#source.staff()) throw fail('unauthorized', 401, 'Sign in as staff to do this');
    return structuredClone(this.reference);
  }

  async getEqualityQuestions(_options?: CallOptions): Promise<CouncilQuestionList> {
    return { questions: structuredClone(this.questions) };
  }

  #insights(): void {
    if (!this.#source.staff()) throw fail('unauthorized', 401, 'Sign in as staff to do this');
    if (!this.roles.includes('insights')) throw fail('forbidden', 403, 'Your staff account cannot do this. Ask for the role that allows it.');
  }

  async addEqualityQuestion(input: CouncilQuestionInput, _options?: CallOptions): Promise<CouncilQuestion> {
    this.#insights();
    if (!(input.answers.length >= 2)) throw new ApiError('validation', 'Give at least two answers', { status: 422, problem: { type: 'https://coprod.example/problems/validation', title: 'Give at least two answers', status: 422, errors: [{ field: 'answers', code: 'too-few', message: 'too-few' }] } });
    const question = councilQuestion(`cq-${this.questions.length + 1}`, structuredClone(input));
    this.questions.push(question);
    this.#source.audited?.('addEqualityQuestion', [question.id], {});
    return structuredClone(question);
  }

  async retireEqualityQuestion(id: string, _options?: CallOptions): Promise<CouncilQuestion> {
    this.#insights();
    const question = this.questions.find((q) => q.id === id);
    if (!question) throw fail('not-found', 404, 'We could not find that question');
    question.retired = true;
    this.#source.audited?.('retireEqualityQuestion', [id], {});
    return structuredClone(question);
  }

  async saveEqualityReference(reference: EqualityReferenceFigures, _options?: CallOptions): Promise<EqualityReferenceFigures> {
    this.#insights();
    const problems = referenceProblems(reference);
    if (problems.length) {
      const problem = { type: 'https://coprod.example/problems/validation', title: 'Some answers need changing', status: 422, errors: problems.map((p) => ({ ...p, message: p.code })) };
      throw new ApiError('validation', problem.title, { status: 422, problem });
    }
    this.reference = structuredClone(reference);
    this.#source.audited?.('saveEqualityReference', [], { questions: Object.keys(reference) });
    return structuredClone(reference);
  }
}
