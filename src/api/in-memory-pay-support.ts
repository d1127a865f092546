/** The in-memory pay calls' plumbing: who the person is, errors shaped as the server's, and how the adapter carries the calls. */
import type { CallOptions, PayCalls, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import { PAY_CALLS } from './pay-calls.js';
import { checkBody, type Rules } from './rules.js';
import type { ContactPreference, FeedbackItem, FieldError, Id, Interest, Opportunity } from './types.js';
import { validationProblem } from './validation.js';

/** What the pay calls read from the rest of the in-memory adapter. */
export interface PayWorld {
  now(): string;
  opportunity(id: Id): Opportunity | undefined;
  interest(opportunityId: Id, id: Id): Interest | undefined;
  feedback(): readonly FeedbackItem[];
  /** Whose record it is: the name on the profile that stands for this person (person-profile.ts), if any. */
  nameOf?(person: string): string | null;
  newId(prefix: string): Id;
  newReference(prefix: string): string;
  once<T>(scope: string, options: WriteOptions | undefined, body: unknown, write: () => T): T;
  settle(options: CallOptions | undefined): Promise<void>;
}

export interface InMemoryPayOptions {
  /** The staff roles the adapter's staff calls have. Default: all (`attendance` and `finance` among them); `[]` as for no staff token. */
  roles?: readonly string[];
  /** Who the staff member is, for "the approver may not be who recorded the attendance". Default `staff-1`. */
  staffSubject?: string;
  /** The council requires a different approver from the member of staff who recorded the attendance. */
  separateApprover?: boolean;
  /** Working days from submission to payment (default 10). */
  targetWorkingDays?: number;
  benefitsAdviceUrl?: string | null;
  /** Who to ask about a claim (the server's PAY_CONTACT). */
  payContact?: string | null;
}

/**
 * The person, in the page: their normalised email address or phone number. In this adapter
 * the `/me` token *is* that address (`{ meToken: 'sam@example.org' }`); the server's tokens
 * come from signing in.
 */
export const personOf = (contact: string | ContactPreference): string => {
  const detail = (typeof contact === 'string' ? contact : contact.detail).trim().toLowerCase();
  return detail.includes('@') ? detail : detail.replace(/[^\d+]/g, '');
};

export const personRefOf = (person: string): string => {
  let h = 2166136261;
  for (const c of person) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return `P-${h.toString(36).toUpperCase().padStart(7, '0').slice(0, 7)}`;
};

export const problem = (kind: 'conflict' | 'unauthorized' | 'forbidden' | 'not-found', status: number, title: string) =>
  new ApiError(kind, title, { status, problem: { type: `https://coprod.example/problems/${kind}`, title, status } });

export function invalid(errors: FieldError[]): ApiError {
  const p = validationProblem(errors);
  return new ApiError('validation', p.detail ?? p.title, { status: 422, problem: p });
}

export const field = (name: string, code: FieldError['code'], message: string): FieldError => ({ field: name, code, message });

export function check(rules: Rules, body: unknown): void {
  const problems = checkBody(rules, body);
  if (problems.length) throw invalid(problems.map((p) => field(p.field, p.code, `Check this answer (${p.code}${p.limit !== undefined ? `, ${p.limit}` : ''}).`)));
}


/** Puts each named call of `source` on `target`, bound to `source` (how the adapter's parts carry their calls). */
export function carryCalls<T extends object>(target: object, source: T, names: readonly (keyof T & string)[]): void {
  for (const name of names) Object.defineProperty(target, name, { value: (source[name] as (...a: unknown[]) => unknown).bind(source), configurable: true });
}

/** Puts the pay calls on `target` (the in-memory adapter), each bound to `pay`. */
export const carryPayCalls = (target: object, pay: PayCalls): void => carryCalls(target, pay, PAY_CALLS);
