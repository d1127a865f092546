import type { FieldProblem } from '../../../api/rules.js';
import type { Access, ContactMethod } from '../../../api/types.js';
import { wordContactProblem } from '../../../core/forms/contact-words.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import type { Frequency } from '../../../core/forms/often-field.js';

/** What the "I'm interested" form holds. Each contact method keeps its own detail, so switching back loses nothing. */
export interface InterestValues {
  name: string;
  method: ContactMethod | '';
  details: Partial<Record<ContactMethod, string>>;
  /** Ticked from the one access vocabulary. */
  needs: Access[];
  accessNeeds: string;
  message: string;
  consent: boolean;
  /** How often to hear back by email or text (issue 15 item 4); a draft from an older page has none. */
  often?: Frequency;
}

export const METHODS: readonly ContactMethod[] = ['email', 'phone', 'text', 'post', 'supporter'];
export const FIELD_ORDER = ['name', 'contact.method', 'contact.detail', 'needs', 'accessNeeds', 'message', 'consent'] as const;

/** How each way of being contacted asks for its detail. */
export const detailFields: Record<
  ContactMethod,
  { label: 'email' | 'phone' | 'textNumber' | 'postalAddress' | 'supporter'; type?: 'email' | 'tel'; autocomplete?: string; inputmode?: 'email' | 'tel'; multiline?: boolean }
> = {
  email: { label: 'email', type: 'email', autocomplete: 'email', inputmode: 'email' },
  phone: { label: 'phone', type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  text: { label: 'textNumber', type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  post: { label: 'postalAddress', autocomplete: 'street-address', multiline: true },
  supporter: { label: 'supporter', multiline: true },
};

export const blankInterest: InterestValues = { name: '', method: '', details: {}, needs: [], accessNeeds: '', message: '', consent: false };

export const isInterestDraft = (value: unknown): value is InterestValues =>
  typeof (value as InterestValues | undefined)?.name === 'string' && typeof (value as InterestValues).details === 'object';

/** The request body for the values, as typed (trimmed; empty optional text left out). */
export function interestBody(values: InterestValues) {
  const method = values.method as ContactMethod;
  return {
    name: values.name.trim(),
    contact: { method, detail: (values.details[method] ?? '').trim() },
    ...(values.needs?.length ? { needs: [...values.needs] } : {}),
    ...(values.accessNeeds.trim() ? { accessNeeds: values.accessNeeds.trim() } : {}),
    ...(values.message.trim() ? { message: values.message.trim() } : {}),
    consent: values.consent,
  };
}

/** The form's words for a field problem, from the browser's checks or the server's codes. */
export function wordInterestProblem(t: Translate<MessageSet>, method: ContactMethod | '', problem: FieldProblem): string {
  const { field, code, limit } = problem;
  const n = (limit ?? 0).toLocaleString('en-GB');
  const contact = wordContactProblem(problem, 'contact', method, t);
  if (contact) return contact;
  switch (`${field}:${code}`) {
    case 'name:required':
      return t('nameRequired');
    case 'name:too-long':
      return t('nameTooLong', n);
    case 'contact.detail:too-long':
      return t('detailTooLong', n);
    case 'accessNeeds:too-long':
      return t('accessNeedsTooLong', n);
    case 'message:too-long':
      return t('messageTooLong', n);
    case 'consent:required':
      return t('consentRequired');
    default:
      return t('fieldProblem', code, limit);
  }
}
