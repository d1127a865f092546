import fastJson from 'fast-json-stringify';
import type { Contract } from '../contract.js';

type Json = Record<string, unknown>;

/** Keywords that only validate: the serialiser neither needs nor understands them. */
const VALIDATION_ONLY = new Set([
  'description', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems',
  'uniqueItems', 'if', 'then', 'else', 'examples', 'example', 'default', 'title', 'deprecated', 'readOnly', 'writeOnly',
  'const', 'enum', 'not', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'contentMediaType', 'propertyNames',
]);

/**
 * The contract's schema of one answer, made plain for fast-json-stringify: references
 * inlined, `allOf` of objects merged, "X or null" written as X with `nullable`, and every
 * object open to properties the contract does not list (serialised as JSON.stringify would),
 * so the text says exactly what JSON.stringify says, only sooner.
 */
export function plainSchema(document: Json, schema: unknown, seen: string[] = []): Json {
  if (!schema || typeof schema !== 'object') return {};
  const node = schema as Json;
  if (typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (seen.includes(ref)) return {}; // a schema that contains itself: left to JSON.stringify
    const target = ref.replace(/^#\//, '').split('/').reduce<unknown>((at, key) => (at as Json | undefined)?.[key], document);
    return plainSchema(document, target, [...seen, ref]);
  }
  for (const union of ['oneOf', 'anyOf'] as const) {
    const branches = node[union] as unknown[] | undefined;
    if (!branches) continue;
    const notNull = branches.filter((b) => (b as Json).type !== 'null');
    if (notNull.length === 1) return { ...plainSchema(document, notNull[0], seen), nullable: true };
    return {}; // a real choice: JSON.stringify's text
  }
  let out: Json = {};
  for (const part of (node.allOf as unknown[] | undefined) ?? []) out = merge(out, plainSchema(document, part, seen));
  for (const [key, value] of Object.entries(node)) {
    if (VALIDATION_ONLY.has(key) || key === 'allOf' || key === 'required' || key === 'additionalProperties') continue;
    if (key === 'properties') {
      const properties = { ...((out.properties as Json | undefined) ?? {}) };
      for (const [name, property] of Object.entries(value as Json)) properties[name] = plainSchema(document, property, seen);
      out.properties = properties;
    } else if (key === 'items') {
      out.items = plainSchema(document, value, seen);
    } else if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((t) => t !== 'null');
      if (types.length !== 1) return {};
      out.type = types[0];
      if (types.length !== value.length) out.nullable = true;
    } else {
      out[key] = value;
    }
  }
  if (out.properties && !out.type) out.type = 'object';
  if (out.type === 'object') out.additionalProperties = true;
  return out;
}

function merge(a: Json, b: Json): Json {
  const out = { ...a, ...b };
  if (a.properties || b.properties) out.properties = { ...((a.properties as Json) ?? {}), ...((b.properties as Json) ?? {}) };
  return out;
}

/** A function that writes the 200 answer of `operationId` from its schema in the contract. */
export function answerSerializer(contract: Contract, operationId: string): (value: unknown) => string {
  const op = Object.values((contract.document.paths ?? {}) as Record<string, Record<string, Json>>)
    .flatMap((item) => Object.values(item))
    .find((o) => o?.operationId === operationId);
  const schema = ((((op?.responses as Json | undefined)?.['200'] as Json | undefined)?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
  if (!schema) throw new Error(`The contract has no JSON 200 answer for ${operationId}`);
  return fastJson(plainSchema(contract.document, schema) as unknown as Parameters<typeof fastJson>[0]);
}
