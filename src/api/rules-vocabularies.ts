/**
 * The terms the field rules are written in: the field codes, the contract's vocabularies,
 * the named patterns and the shape of one rule. Self-contained (it imports only field-codes.ts), like rules.ts.
 */

import type { FieldCode } from './field-codes.js';

export { FIELD_CODES, type FieldCode } from './field-codes.js';

// Vocabularies.
export const CONTACT_METHODS = ['email', 'phone', 'text', 'post', 'supporter'] as const;
export const PARTICIPATION_MODES = ['online', 'in_person', 'phone'] as const;
export const OPPORTUNITY_STATUSES = ['draft', 'open', 'closed', 'filled', 'cancelled'] as const;
export const INTEREST_STATUSES = ['new', 'contacted', 'joined', 'not_this_time'] as const;
export const FEEDBACK_STATUSES = ['received', 'considering', 'changed', 'not_changed'] as const;
export const FEEDBACK_UPDATE_KINDS = ['heard', 'doing', 'changed', 'not_changed'] as const;
/**
 * The one access vocabulary: what an opportunity offers (`accessibility`), what a profile needs
 * (`howToHelp.needs`) and what an interest asks for (`needs`) share these ids.
 */
export const ACCESS = ['easy_read', 'bsl', 'step_free', 'hearing_loop', 'large_print', 'captions', 'quiet_space', 'carer_or_supporter', 'transport', 'interpreter', 'breaks', 'extra_time', 'papers_in_advance'] as const;
export type AccessId = (typeof ACCESS)[number];

/** The needs a person stated that an opportunity already offers, in the vocabulary's order. */
export function accessMet(needs: readonly string[], offered: readonly string[]): AccessId[] {
  return ACCESS.filter((id) => needs.includes(id) && offered.includes(id));
}

/** The needs a person stated that an opportunity does not offer yet: what the council must arrange. */
export function accessToArrange(needs: readonly string[], offered: readonly string[]): AccessId[] {
  return ACCESS.filter((id) => needs.includes(id) && !offered.includes(id));
}
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const PAYMENT_TYPES = ['paid', 'voucher', 'unpaid'] as const;
export const PAYMENT_UNITS = ['hour', 'session', 'day', 'meeting'] as const;
export const EXPENSES = ['travel', 'prep_time', 'care', 'childcare', 'equipment', 'data', 'meals'] as const;
export const SIGN_IN_CHANNELS = ['email', 'text'] as const;
export const LOCALES = ['en-GB', 'cy'] as const;
export const READING_LEVELS = ['standard', 'easy-read'] as const;
export const MESSAGE_CHANNELS = ['email', 'text', 'none'] as const;
export const MESSAGE_FREQUENCIES = ['each_time', 'weekly'] as const;
export const INVITATION_WISHES = ['all', 'some', 'none'] as const;
/** Why staff changed, deleted or erased what a person gave (the contract's ChangeReasonCode). */
export const CHANGE_REASONS = ['person-asked', 'records', 'duplicate'] as const;
export const INVITATION_ANSWERS = ['interested', 'not_this_time'] as const;
/** TLAP's Ladder of Co-production, from the bottom rung. */
export const LADDER_RUNGS = ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co_design', 'co_production'] as const;
/** What sort of opportunity: taking part, or a training or support session (issue 17). */
export const OPPORTUNITY_KINDS = ['activity', 'training', 'support'] as const;
export const EXPENSE_TYPES = ['mileage', 'ticket', 'taxi', 'care', 'childcare', 'data', 'overnight'] as const;
export const PAYMENT_CHOICES = ['bank_transfer', 'vouchers', 'declined'] as const;
export const CLAIM_STATUSES = ['submitted', 'queried', 'approved', 'refused', 'paid'] as const;
export const CLAIM_ACTIONS = ['approve', 'query', 'refuse', 'pay'] as const;
/** Why staff read the people pool (the contract's ReadReasonCode). */
export const READ_REASONS = ['find-people', 'person-asked', 'contact', 'records'] as const;
export const OPPORTUNITY_SORTS = ['closing', 'newest', 'relevance'] as const;
export const FEEDBACK_SORTS = ['newest', 'updated', 'oldest_unanswered', 'most_supported'] as const;
export const FEEDBACK_INCLUDES = ['published', 'all'] as const;
export const RECORD_FORMATS = ['json', 'csv'] as const;
/** A receipt's largest size: 10 MB. */
export const RECEIPT_MAX_BYTES = 10 * 1024 * 1024;
/** The recipe's ten ingredients of co-production, in the recipe's order. */
export const INGREDIENTS = ['centre', 'power', 'clarity', 'relationships', 'voice', 'diversity', 'valued', 'accessible', 'leadership', 'outcomes'] as const;
/** The five-point answer to an ingredient, and "not for this activity". */
export const AGREEMENTS = ['strongly_disagree', 'disagree', 'neither', 'agree', 'strongly_agree', 'not_for_this'] as const;
/** Which rung it felt like, or not sure. */
export const FELT_ANSWERS = [...LADDER_RUNGS, 'not_sure'] as const;
/** The equality questions (issue 17; GSS harmonised standards): each question's answers, "prefer not to say" last. */
export const EQUALITY_QUESTIONS = {
  ageBand: ['age_16_24', 'age_25_34', 'age_35_44', 'age_45_54', 'age_55_64', 'age_65_74', 'age_75_plus', 'prefer_not_to_say'],
  sex: ['female', 'male', 'prefer_not_to_say'],
  ethnicGroup: ['white', 'mixed', 'asian', 'black', 'other', 'prefer_not_to_say'],
  longTermCondition: ['yes', 'no', 'prefer_not_to_say'],
  reducedAbility: ['a_lot', 'a_little', 'not_at_all', 'prefer_not_to_say'],
  carer: ['no', 'hours_1_19', 'hours_20_49', 'hours_50_plus', 'prefer_not_to_say'],
} as const;

/** Named patterns: the contract writes the same source, and a failure gets the pattern's code. */
export const PATTERNS = {
  /** Something@something.something, no spaces, at most 254 characters (RFC 5321). */
  email: { source: '^(?=.{3,254}$)[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', code: 'invalid-email' },
  /** 10 to 15 digits, written with spaces, brackets, dots, dashes or a leading +. */
  phone: { source: '^(?=(?:\\D*\\d){10,15}\\D*$)\\+?[\\d\\s().-]+$', code: 'invalid-phone' },
  id: { source: '^[A-Za-z0-9_-]+$', code: 'invalid-format' },
  picture: { source: '^data:image/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$', code: 'invalid-picture' },
  web: { source: '^https?://', code: 'invalid-url' },
  signInCode: { source: '^[0-9]{6}$', code: 'invalid-format' },
  /** An audit event's action name (`GET /audit-events?action=`). */
  auditAction: { source: '^[A-Za-z]{1,60}$', code: 'invalid-format' },
  /** The audit trail's page cursor: an event's sequence number. */
  auditBefore: { source: '^[0-9]{1,18}$', code: 'invalid-format' },
} as const satisfies Record<string, { source: string; code: FieldCode }>;
export type PatternName = keyof typeof PATTERNS;

/** One field's rule, in the contract's own terms. */
export interface FieldRule {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: PatternName;
  /** A pattern chosen by a sibling field's value: `contact.detail` follows `contact.method`. */
  patternBy?: { field: string; patterns: Readonly<Record<string, PatternName>> };
  format?: 'date' | 'date-time' | 'uri' | 'email';
  oneOf?: readonly string[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  /** A number that may have a fraction (the contract's `type: number`); any other number must be whole. */
  decimal?: boolean;
  /** A box that must be ticked (`const: true`). */
  mustBeTrue?: boolean;
}
export type Rules = Readonly<Record<string, FieldRule>>;
