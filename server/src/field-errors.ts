import type { ErrorObject } from 'ajv';
import { PATTERNS, type FieldCode } from '../../src/api/rules.js';
import type { FieldError } from './problems.js';

/** Turns Ajv errors into one plain-English error per bad field, named by its dotted path. */
export function toFieldErrors(errors: ErrorObject[] | null | undefined, prefix = ''): FieldError[] {
  const candidates = (errors ?? []).map((e) => ({ ...describe(e), keyword: e.keyword }));
  const weak = new Set(['type', 'oneOf', 'anyOf', 'const', 'if']);
  const byField = new Map<string, FieldError & { keyword: string }>();
  for (const c of candidates) {
    const field = prefix ? (c.field ? `${prefix}.${c.field}` : prefix) : c.field;
    // In `oneOf: [X, null]` a bad X also fails "must be null" and "oneOf": keep the error that says why X failed.
    if (weak.has(c.keyword) && candidates.some((o) => !weak.has(o.keyword) && (o.field === c.field || o.field.startsWith(c.field ? `${c.field}.` : '')))) {
      continue;
    }
    const previous = byField.get(field);
    if (!previous || (weak.has(previous.keyword) && !weak.has(c.keyword))) byField.set(field, { ...c, field });
  }
  return [...byField.values()].map(({ field, message, code }) => ({ field, message, code }));
}

function describe(e: ErrorObject): FieldError {
  const base = pointerToPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const field = join(base, String(p.missingProperty));
      return { field, code: 'required', message: requiredMessage(field) };
    }
    case 'additionalProperties': {
      const field = join(base, String(p.additionalProperty));
      return { field, code: 'unknown-field', message: `Remove "${lastSegment(field)}": it is not something we ask for.` };
    }
    case 'minLength':
      // An empty answer reads as a missing one (e.data needs Ajv's verbose option).
      return Number(p.limit) <= 1 || e.data === ''
        ? { field: base, code: 'required', message: requiredMessage(base) }
        : { field: base, code: 'too-short', message: `${capital(label(base))} must be at least ${p.limit} characters.` };
    case 'maxLength':
      return { field: base, code: 'too-long', message: `${capital(label(base))} must be ${p.limit} characters or fewer.` };
    case 'format':
      return { field: base, code: formatCode(String(p.format)), message: formatMessage(base, String(p.format)) };
    case 'pattern':
      // The rules module names each pattern the contract uses, and the code its failure carries.
      if (p.pattern === PATTERNS.email.source) return { field: base, code: 'invalid-email', message: formatMessage(base, 'email') };
      if (p.pattern === PATTERNS.phone.source) return { field: base, code: 'invalid-phone', message: 'Enter a phone number with 10 to 15 digits, like 01632 960 001.' };
      return { field: base, code: patternCode(String(p.pattern)), message: patternMessage(base) };
    case 'enum':
      return { field: base, code: 'not-in-list', message: `Choose ${label(base)} from the list: ${(p.allowedValues as unknown[]).join(', ')}.` };
    case 'const':
      return { field: base, code: 'required', message: constMessage(base) };
    case 'type':
      return { field: base, code: 'wrong-type', message: typeMessage(base, String(p.type)) };
    case 'minItems':
      return { field: base, code: 'too-few', message: `Choose at least ${p.limit} for ${label(base)}.` };
    case 'maxItems':
      return { field: base, code: 'too-many', message: `Choose no more than ${p.limit} for ${label(base)}.` };
    case 'uniqueItems':
      return { field: base, code: 'duplicate', message: `Each of ${label(base)} must be different: remove the repeat.` };
    case 'minimum':
      return { field: base, code: 'too-small', message: `${capital(label(base))} must be ${p.limit} or more.` };
    case 'maximum':
      return { field: base, code: 'too-big', message: `${capital(label(base))} must be ${p.limit} or less.` };
    case 'minProperties':
      return { field: base, code: 'required', message: 'Change at least one thing before you save.' };
    default:
      return { field: base, code: 'invalid-format', message: `Check ${label(base)}: it is not in a form we can use.` };
  }
}

function patternCode(pattern: string): FieldCode {
  return Object.values(PATTERNS).find((named) => named.source === pattern)?.code ?? 'invalid-format';
}

function formatCode(format: string): FieldCode {
  const codes: Record<string, FieldCode> = { email: 'invalid-email', date: 'invalid-date', 'date-time': 'invalid-date', uri: 'invalid-url' };
  return codes[format] ?? 'invalid-format';
}

export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function join(base: string, name: string): string {
  return base ? `${base}.${name}` : name;
}

function lastSegment(path: string): string {
  return path.split('.').pop() ?? path;
}

const LABELS: Record<string, string> = {
  name: 'your name',
  'contact.detail': 'how we can contact you',
  'contact.method': 'how you would like to be contacted',
  'reply.detail': 'how we can reply to you',
  'reply.method': 'how you would like us to reply',
  importantToMe: "what's important to you",
  experience: 'the experience you bring',
  text: 'what you want to tell us',
  topic: 'a topic',
  supporterKey: 'the supporter key',
  'picture.dataUrl': 'the picture',
  'picture.description': 'what the picture shows',
  organisationId: 'the organisation',
  areaId: 'the area',
  intoId: 'the item to merge into',
};
const GENERIC = new Set(['detail', 'name', 'summary', 'method', 'url', 'title', 'start', 'end', 'description', 'notes', 'modes', 'days', 'type', 'unit']);

/** "contact.detail" -> "how we can contact you"; "timeCommitment.prepTime" -> "prep time". */
export function label(path: string): string {
  if (!path) return 'the request';
  const named = path.split('.').filter((s) => !/^\d+$/.test(s));
  const key = named.join('.');
  if (LABELS[key]) return LABELS[key];
  const lastTwo = named.slice(-2).join('.');
  if (LABELS[lastTwo]) return LABELS[lastTwo];
  const last = named[named.length - 1] ?? path;
  const words = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ').toLowerCase();
  // An item of a list: "links.0.title" -> "the title of link 1".
  const segments = path.split('.');
  const index = segments.findIndex((s) => /^\d+$/.test(s));
  if (index > 0) {
    const item = `${words(segments[index - 1] ?? '').replace(/s$/, '')} ${Number(segments[index]) + 1}`;
    const what = words(last) === 'url' ? 'web address' : words(last);
    return index < segments.length - 1 ? `the ${what} of ${item}` : item;
  }
  if (GENERIC.has(last) && named.length > 1) return `${words(named[named.length - 2] ?? '')} ${words(last)}`;
  return words(last);
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function requiredMessage(field: string): string {
  const last = lastSegment(field);
  if (last === 'consent') return 'Tick the box to agree before you send this.';
  if (last === 'consentToPublish') return 'Say whether we may show this on the public board.';
  if (field.endsWith('method')) return `Choose ${label(field)}.`;
  return `Enter ${label(field)}.`;
}

function constMessage(field: string): string {
  return lastSegment(field) === 'consent' ? 'Tick the box to agree before you send this.' : `Check ${label(field)}.`;
}

function formatMessage(field: string, format: string): string {
  switch (format) {
    case 'email':
      return 'Enter an email address in the right form, like name@example.com.';
    case 'date':
      return `Enter ${label(field)} as a real date, like 2025-03-31.`;
    case 'date-time':
      return `Enter ${label(field)} as a date and time, like 2025-03-31T10:00:00Z.`;
    case 'uri':
      return 'Enter a web address starting with https://.';
    default:
      return `Check ${label(field)}: it is not in the right form.`;
  }
}

function patternMessage(field: string): string {
  if (field.endsWith('dataUrl')) return 'Choose a PNG, JPEG or WebP picture.';
  if (field.endsWith('url')) return 'Enter a web address starting with https:// or http://.';
  if (field === 'supporterKey') return 'The supporter key may only use letters, numbers, - and _.';
  return `${capital(label(field))} may only use letters, numbers, - and _.`;
}

function typeMessage(field: string, type: string): string {
  if (!field) return 'Send the answers as a JSON object.';
  const kinds: Record<string, string> = {
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of answers',
    null: 'empty',
  };
  const wanted = type.split(',').map((t) => kinds[t] ?? t).join(' or ');
  return `${capital(label(field))} must be ${wanted}.`;
}
