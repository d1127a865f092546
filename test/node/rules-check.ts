import type { FieldRule, Rules } from '../../src/api/rules.js';
import { PATTERNS } from '../../src/api/rules.js';

type Json = Record<string, unknown>;

/** The facts a contract schema (or a rule) states about one field, in one comparable shape. */
export interface Facts {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  patternBy?: string;
  format?: string;
  enum?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  const?: unknown;
  /** The contract's `type: number` (a fraction allowed); a rule's `decimal`. */
  decimal?: boolean;
}

const SCALAR_FACTS = ['minLength', 'maxLength', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems', 'minimum', 'maximum', 'const'] as const;

function resolve(document: Json, node: unknown): Json {
  let current = node as Json;
  while (current && typeof current.$ref === 'string') {
    let target: unknown = document;
    for (const segment of (current.$ref as string).slice(2).split('/')) target = (target as Json)[segment];
    current = target as Json;
  }
  return current ?? {};
}

/** Every field of a request body schema, by dotted path (`*` for list items), with what the contract says of it. */
export function contractFacts(document: Json, schema: unknown): Map<string, Facts> {
  const facts = new Map<string, Facts>();
  const add = (path: string, more: Facts) => facts.set(path, { ...facts.get(path), ...more });
  const walk = (node: unknown, path: string): void => {
    const s = resolve(document, node);
    // `oneOf: [X, { type: null }]` is an optional X.
    for (const branch of (s.oneOf as unknown[] | undefined) ?? []) {
      if (resolve(document, branch).type !== 'null') walk(branch, path);
    }
    for (const part of (s.allOf as unknown[] | undefined) ?? []) walk(part, path);
    if (path) {
      const own: Facts = {};
      for (const key of SCALAR_FACTS) if (s[key] !== undefined) (own as Json)[key] = s[key];
      if (Array.isArray(s.enum)) own.enum = [...(s.enum as string[])].sort().join('|');
      if (s.type === 'number') own.decimal = true;
      add(path, own);
    }
    const required = new Set((s.required as string[] | undefined) ?? []);
    for (const [name, child] of Object.entries((s.properties as Json | undefined) ?? {})) {
      const childPath = path ? `${path}.${name}` : name;
      if (required.has(name)) add(childPath, { required: true });
      walk(child, childPath);
    }
    if (s.items) walk(s.items, `${path}.*`);
    // A pattern that follows a sibling's value: `if: { properties: { method: { const: email } } }, then: { properties: { detail: { pattern } } }`.
    for (const part of (s.allOf as unknown[] | undefined) ?? []) {
      const p = resolve(document, part);
      const condition = Object.entries(((p.if as Json | undefined)?.properties as Json | undefined) ?? {})[0] as [string, Json] | undefined;
      if (!condition) continue;
      const [field, test] = condition;
      const values = test.const !== undefined ? [String(test.const)] : ((test.enum as string[] | undefined) ?? []);
      for (const [target, then] of Object.entries(((p.then as Json | undefined)?.properties as Json | undefined) ?? {})) {
        const targetPath = path ? `${path}.${target}` : target;
        const previous = facts.get(targetPath)?.patternBy;
        const entries = values.map((value) => `${field}=${value}:${String((then as Json).pattern)}`);
        add(targetPath, { patternBy: [...(previous ? previous.split(' ') : []), ...entries].sort().join(' ') });
      }
    }
  };
  walk(schema, '');
  return facts;
}

/** The same facts, as a rules table states them. */
export function ruleFacts(rules: Rules): Map<string, Facts> {
  const facts = new Map<string, Facts>();
  for (const [path, rule] of Object.entries(rules) as [string, FieldRule][]) {
    const f: Facts = {};
    if (rule.required) f.required = true;
    for (const key of ['minLength', 'maxLength', 'format', 'minItems', 'maxItems', 'uniqueItems', 'minimum', 'maximum', 'decimal'] as const) {
      if (rule[key] !== undefined) (f as Json)[key] = rule[key];
    }
    if (rule.pattern) f.pattern = PATTERNS[rule.pattern].source;
    if (rule.patternBy) {
      const { field, patterns } = rule.patternBy;
      f.patternBy = Object.entries(patterns)
        .map(([value, name]) => `${field}=${value}:${PATTERNS[name].source}`)
        .sort()
        .join(' ');
    }
    if (rule.oneOf) f.enum = [...rule.oneOf].sort().join('|');
    if (rule.mustBeTrue) f.const = true;
    facts.set(path, f);
  }
  return facts;
}

const empty = (f: Facts | undefined) => !f || Object.keys(f).length === 0;

/**
 * Where the rules and the contract disagree: for each operation with a JSON request body,
 * every fact the contract states about a field must be the rule's, and every rule must be
 * in the contract. Returns one line per difference (none when they agree).
 */
export function compareRulesWithContract(requestRules: Readonly<Record<string, Rules>>, document: Json): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const item of Object.values(document.paths as Record<string, Json>)) {
    for (const op of Object.values(item) as Json[]) {
      const schema = ((op?.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.['application/json']?.schema;
      if (!schema) continue;
      const id = String(op.operationId);
      seen.add(id);
      const rules = requestRules[id];
      if (!rules) {
        problems.push(`${id}: the contract takes a body but src/api/rules.ts has no rules for it`);
        continue;
      }
      problems.push(...differences(id, contractFacts(document, schema), ruleFacts(rules)));
    }
  }
  for (const id of Object.keys(requestRules)) if (!seen.has(id)) problems.push(`${id}: rules for an operation the contract does not take a body for`);
  return problems;
}

/** One line per fact the contract and a rules table state differently about an operation's fields. */
function differences(id: string, fromContract: Map<string, Facts>, fromRules: Map<string, Facts>): string[] {
  const problems: string[] = [];
  for (const path of new Set([...fromContract.keys(), ...fromRules.keys()])) {
    const c = fromContract.get(path);
    const r = fromRules.get(path);
    if (empty(c) && empty(r)) continue;
    if (!fromContract.has(path)) {
      problems.push(`${id} ${path}: a rule for a field the contract does not have`);
      continue;
    }
    for (const key of new Set([...Object.keys(c ?? {}), ...Object.keys(r ?? {})]) as Set<keyof Facts>) {
      const a = c?.[key];
      const b = r?.[key];
      if (a !== b) problems.push(`${id} ${path} ${key}: contract says ${JSON.stringify(a)}, rules say ${JSON.stringify(b)}`);
    }
  }
  return problems;
}

/**
 * The same comparison for query parameters: each operation's parameters (`in: query`, its
 * path's and its own) read as the properties of one object, against `queryRules`.
 */
export function compareQueryRulesWithContract(queryRules: Readonly<Record<string, Rules>>, document: Json): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const item of Object.values(document.paths as Record<string, Json>)) {
    const shared = ((item.parameters as unknown[] | undefined) ?? []).map((p) => resolve(document, p));
    for (const [method, op] of Object.entries(item) as [string, Json][]) {
      if (method === 'parameters' || !op?.operationId) continue;
      const params = [...shared, ...((op.parameters as unknown[] | undefined) ?? []).map((p) => resolve(document, p))].filter((p) => p.in === 'query');
      if (params.length === 0) continue;
      const id = String(op.operationId);
      seen.add(id);
      const rules = queryRules[id];
      if (!rules) {
        problems.push(`${id}: the contract takes query parameters but src/api/rules-queries.ts has no rules for them`);
        continue;
      }
      const schema = { type: 'object', properties: Object.fromEntries(params.map((p) => [String(p.name), p.schema])), required: params.filter((p) => p.required).map((p) => String(p.name)) };
      problems.push(...differences(id, contractFacts(document, schema), ruleFacts(rules)));
      for (const name of Object.keys(rules)) {
        if (!params.some((p) => p.name === name.split('.')[0])) problems.push(`${id} ${name}: a rule for a query parameter the contract does not have`);
      }
    }
  }
  for (const id of Object.keys(queryRules)) if (!seen.has(id)) problems.push(`${id}: rules for an operation the contract takes no query parameters for`);
  return problems;
}
