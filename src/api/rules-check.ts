/**
 * Checking values against the field rules: one value (`check`), a whole request body
 * (`checkBody`), and the limit a message about a code names. Shared by the client
 * validation, every form, the in-memory adapter and the query checks.
 */
import { PATTERNS, type FieldCode, type FieldRule, type PatternName, type Rules } from './rules-vocabularies.js';

/** Tests a value against a named pattern. */
export function matches(pattern: PatternName, value: string): boolean {
  return new RegExp(PATTERNS[pattern].source, 'u').test(value);
}

export function isEmailAddress(value: string): boolean {
  return matches('email', value.trim());
}

export function isPhoneNumber(value: string): boolean {
  return matches('phone', value.trim());
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * What is wrong with one value under its rule, or nothing. Text is measured as typed, after
 * trimming (the widgets trim before sending). `siblings` is the object holding the value,
 * for rules that depend on another field (`patternBy`).
 */
export function check(rule: FieldRule, value: unknown, siblings: Readonly<Record<string, unknown>> = {}): FieldCode | undefined {
  if (rule.mustBeTrue) return value === true ? undefined : 'required';
  if (blank(value) || (Array.isArray(value) && value.length === 0 && rule.minItems)) return rule.required ? 'required' : undefined;
  if (Array.isArray(value)) {
    if (rule.minItems !== undefined && value.length < rule.minItems) return 'too-few';
    if (rule.maxItems !== undefined && value.length > rule.maxItems) return 'too-many';
    if (rule.uniqueItems && new Set(value).size !== value.length) return 'duplicate';
    return undefined;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (!rule.decimal && !Number.isInteger(value))) return 'wrong-type';
    if (rule.minimum !== undefined && value < rule.minimum) return 'too-small';
    if (rule.maximum !== undefined && value > rule.maximum) return 'too-big';
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (rule.oneOf && !rule.oneOf.includes(text)) return 'not-in-list';
  if (rule.maxLength !== undefined && text.length > rule.maxLength) return 'too-long';
  if (rule.minLength !== undefined && text.length < rule.minLength) return 'too-short';
  const pattern = rule.pattern ?? (rule.patternBy ? rule.patternBy.patterns[String(siblings[rule.patternBy.field])] : undefined);
  if (pattern && !matches(pattern, text)) return PATTERNS[pattern].code;
  // A day that is one: 30 February parses (as 2 March), so the day must come back the same, as the server's check has it.
  if (rule.format === 'date' && !(/^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(Date.parse(text) || 0).toISOString().startsWith(text))) return 'invalid-date';
  return undefined;
}

/** The rule for a concrete path: `links.2.url` finds `links.*.url`. */
export function ruleFor(rules: Rules, path: string): FieldRule | undefined {
  return rules[path] ?? rules[path.replace(/\.\d+(?=\.|$)/g, '.*')];
}

export { isFieldCode } from './field-codes.js';

/** The number a message about `code` needs: the limit the rule sets (`too-long` -> `maxLength`). */
export function limitFor(rule: FieldRule | undefined, code: FieldCode): number | undefined {
  if (!rule) return undefined;
  switch (code) {
    case 'too-long':
      return rule.maxLength;
    case 'too-short':
      return rule.minLength;
    case 'too-many':
      return rule.maxItems;
    case 'too-few':
      return rule.minItems;
    case 'too-small':
      return rule.minimum;
    case 'too-big':
      return rule.maximum;
    default:
      return undefined;
  }
}

export interface FieldProblem {
  /** The field's dotted path (`contact.detail`, `links.0.url`). */
  field: string;
  code: FieldCode;
  /** The rule's limit, when the code is about one. */
  limit?: number;
}

/**
 * Checks a request body against a rules table: one problem per failing field, in the
 * table's order. A field inside an object that is not there is not checked (its rules are
 * "required within its parent"); a path with `*` is checked for each item of the list.
 */
export function checkBody(rules: Rules, body: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const visit = (segments: string[], node: unknown, path: string[], rule: FieldRule): void => {
    const [head, ...rest] = segments;
    if (head === undefined) return;
    if (!node || typeof node !== 'object') return;
    if (head === '*') {
      if (Array.isArray(node)) node.forEach((_, index) => visit([String(index), ...rest], node, path, rule));
      return;
    }
    const parent = node as Record<string, unknown>;
    if (rest.length === 0) {
      const code = check(rule, parent[head], parent);
      const limit = code && limitFor(rule, code);
      if (code) problems.push({ field: [...path, head].join('.'), code, ...(limit !== undefined ? { limit } : {}) });
      return;
    }
    visit(rest, parent[head], [...path, head], rule);
  };
  for (const [path, rule] of Object.entries(rules)) visit(path.split('.'), body, [], rule);
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.field) && seen.add(p.field));
}
