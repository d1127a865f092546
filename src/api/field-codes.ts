/**
 * The field codes on their own, so that reading a server's field errors (http-problems.ts)
 * does not bring the contract's rules and vocabularies into a widget that never writes.
 */

/** What went wrong with a field: the server's field errors carry one, and a widget words it in the reader's language. */
export const FIELD_CODES = [
  'required',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'too-small',
  'too-big',
  'duplicate',
  'invalid-email',
  'invalid-phone',
  'invalid-date',
  'invalid-url',
  'invalid-picture',
  'invalid-format',
  'not-in-list',
  'wrong-type',
  'unknown-field',
  'not-allowed',
  'not-found',
  'no-places-left',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

export function isFieldCode(code: unknown): code is FieldCode {
  return typeof code === 'string' && (FIELD_CODES as readonly string[]).includes(code);
}
