/** The embed's query parameters, checked before anything renders: a bad one is a 400 problem naming it. */
import type { FieldError } from '../problems.js';
import type { Locale, ReadingLevel } from './render.js';

type Spec = { kind: 'id' } | { kind: 'count'; min: number; max: number } | { kind: 'flag' } | { kind: 'lang' } | { kind: 'reading' } | { kind: 'url' };

export const LIST_PARAMS = {
  lang: { kind: 'lang' },
  'reading-level': { kind: 'reading' },
  topic: { kind: 'id' },
  area: { kind: 'id' },
  organisation: { kind: 'id' },
  limit: { kind: 'count', min: 1, max: 50 },
  'heading-level': { kind: 'count', min: 2, max: 6 },
  'hide-filters': { kind: 'flag' },
  'hide-heading': { kind: 'flag' },
  'fallback-href': { kind: 'url' },
} as const satisfies Record<string, Spec>;

export const BOARD_PARAMS = {
  lang: { kind: 'lang' },
  'reading-level': { kind: 'reading' },
  topic: { kind: 'id' },
  'page-size': { kind: 'count', min: 1, max: 50 },
  'heading-level': { kind: 'count', min: 2, max: 6 },
  'hide-heading': { kind: 'flag' },
  'fallback-href': { kind: 'url' },
} as const satisfies Record<string, Spec>;

export const ITEM_PARAMS = { lang: { kind: 'lang' }, 'reading-level': { kind: 'reading' }, opportunity: { kind: 'id' }, feedback: { kind: 'id' } } as const satisfies Record<string, Spec>;

type Value<S extends Spec> = S extends { kind: 'count' } ? number : S extends { kind: 'flag' } ? boolean : S extends { kind: 'lang' } ? Locale : S extends { kind: 'reading' } ? ReadingLevel : string;
export type Parsed<P extends Record<string, Spec>> = { [K in keyof P]?: Value<P[K]> };

const ID = /^[A-Za-z0-9_-]{1,100}$/;

function check(name: string, raw: string, spec: Spec): { value: unknown } | FieldError {
  const bad = (code: FieldError['code'], message: string): FieldError => ({ field: name, code, message });
  switch (spec.kind) {
    case 'id':
      return ID.test(raw) ? { value: raw } : bad('invalid-format', `${name} is an id: letters, digits, - and _ only.`);
    case 'count': {
      if (!/^\d{1,4}$/.test(raw)) return bad('wrong-type', `${name} is a whole number.`);
      const n = Number(raw);
      if (n < spec.min) return bad('too-small', `${name} is at least ${spec.min}.`);
      if (n > spec.max) return bad('too-big', `${name} is at most ${spec.max}.`);
      return { value: n };
    }
    case 'flag':
      return raw === '' || raw === 'true' ? { value: true } : raw === 'false' ? { value: false } : bad('not-in-list', `${name} is true or false.`);
    case 'lang':
      return raw === 'cy' ? { value: 'cy' } : raw === 'en' || raw === 'en-GB' ? { value: 'en-GB' } : bad('not-in-list', `${name} is en or cy.`);
    case 'reading':
      return raw === 'standard' || raw === 'easy-read' ? { value: raw } : bad('not-in-list', `${name} is standard or easy-read.`);
    case 'url':
      try {
        const url = new URL(raw);
        return url.protocol === 'https:' || url.protocol === 'http:' ? { value: url.href } : bad('invalid-url', `${name} is an http or https address.`);
      } catch {
        return bad('invalid-url', `${name} is an http or https address.`);
      }
  }
}

/** The parsed parameters, or every bad one (an unknown or repeated name is bad too). */
export function parseParams<P extends Record<string, Spec>>(query: unknown, specs: P): { values: Parsed<P> } | { errors: FieldError[] } {
  const values: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [name, raw] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    const spec = (specs as Record<string, Spec>)[name];
    if (!spec) errors.push({ field: name, code: 'unknown-field', message: `${name} is not a parameter of this embed.` });
    else if (typeof raw !== 'string') errors.push({ field: name, code: 'duplicate', message: `${name} is given once.` });
    else {
      const result = check(name, raw, spec);
      if ('value' in result) values[name] = result.value;
      else errors.push(result);
    }
  }
  return errors.length ? { errors } : { values: values as Parsed<P> };
}
