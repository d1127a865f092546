import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { REPO_DIR } from './paths.js';
import { toFieldErrors } from './field-errors.js';
import type { FieldError } from './problems.js';

export const CONTRACT_PATH = join(REPO_DIR, 'api/openapi.yaml');
const DOC_ID = 'https://coprod.example/openapi.json';
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Json;
}

export interface Operation {
  id: string;
  method: string;
  /** As the contract writes it: /opportunities/{opportunityId} */
  path: string;
  /** As Fastify routes it: /opportunities/:opportunityId */
  routePath: string;
  /** Matches a concrete URL path, to answer 405 for a known path with another method. */
  pattern: RegExp;
  hasBody: boolean;
  bodyRequired: boolean;
  /** Validate (and coerce, for query and path values) each part; each returns the field errors. */
  validatePath(values: Json): FieldError[];
  validateQuery(values: Json): FieldError[];
  validateHeaders(values: Json): FieldError[];
  validateBody(body: unknown): FieldError[];
  /** Statuses the contract documents for this operation, and the schema of each JSON body (compiled on first use). */
  responses: Map<number, (() => ValidateFunction) | null>;
}

export interface Contract {
  yaml: string;
  document: Json;
  operations: Map<string, Operation>;
  /** Checks a response against the contract; returns what is wrong, or nothing. */
  checkResponse(operationId: string | undefined, status: number, contentType: string | undefined, body: string): string[];
  /** Compiles every validator now (each is otherwise compiled when first used); throws if one cannot be. */
  compileAll(): void;
}

/**
 * `make`, run once when first asked for. Every validator is compiled on first use: a process uses
 * a few of the contract's operations, and compiling all of them (Ajv, about 700 schemas) cost each
 * server about 4 CPU seconds at start, once per server test file and per end-to-end server.
 */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Loads api/openapi.yaml and compiles a validator for every part of every operation (Ajv, JSON Schema 2020-12).
 * `read` turns the YAML's text into its document (the tests' harness reads one kept as JSON).
 */
export function loadContract(path = CONTRACT_PATH, read: (yaml: string) => unknown = parse): Contract {
  const yaml = readFileSync(path, 'utf8');
  const document = read(yaml) as Json;
  const shared = { strict: false, validateSchema: false, allErrors: true, verbose: true } as const;
  const strictAjv = new Ajv2020(shared);
  // Query strings and paths carry text: coerce "true"/"5" and single values into arrays, fill defaults.
  const coercingAjv = new Ajv2020({ ...shared, coerceTypes: 'array', useDefaults: true });
  for (const ajv of [strictAjv, coercingAjv]) {
    addFormats.default(ajv);
    ajv.addSchema({ ...document, $id: DOC_ID });
  }

  const resolve = <T>(node: unknown): T => {
    const ref = (node as Json | undefined)?.$ref;
    if (typeof ref !== 'string') return node as T;
    let target: unknown = document;
    for (const segment of ref.slice(2).split('/')) target = (target as Json)[segment];
    return resolve<T>(target);
  };
  const absolute = (schema: unknown): unknown => {
    if (Array.isArray(schema)) return schema.map(absolute);
    if (schema && typeof schema === 'object') {
      return Object.fromEntries(
        Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? DOC_ID + v : absolute(v)]),
      );
    }
    return schema;
  };
  /** Every validator, each compiled on first use (`once`) and listed for compileAll(). */
  const compilers: (() => unknown)[] = [];
  const lazily = (compile: () => ValidateFunction): (() => ValidateFunction) => {
    const validator = once(compile);
    compilers.push(validator);
    return validator;
  };
  const compileParams = (params: Parameter[], coerce: boolean) => {
    const schema = {
      type: 'object',
      properties: Object.fromEntries(params.map((p) => [p.in === 'header' ? p.name.toLowerCase() : p.name, absolute(p.schema)])),
      required: params.filter((p) => p.required).map((p) => (p.in === 'header' ? p.name.toLowerCase() : p.name)),
    };
    const validator = lazily(() => (coerce ? coercingAjv : strictAjv).compile(schema));
    return (values: Json): FieldError[] => {
      const validate = validator();
      if (validate(values)) return [];
      return toFieldErrors(validate.errors).map((e) => ({ ...e, field: e.field.split('.')[0] ?? e.field }));
    };
  };

  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
    const shared = ((item.parameters as unknown[]) ?? []).map((p) => resolve<Parameter>(p));
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const params = [...shared, ...((op.parameters as unknown[]) ?? []).map((p) => resolve<Parameter>(p))];
      const body = op.requestBody as Json | undefined;
      const bodySchema = (body?.content as Record<string, Json> | undefined)?.['application/json']?.schema;
      const validateBody = bodySchema ? lazily(() => strictAjv.compile(absolute(bodySchema) as Json)) : undefined;
      const responses = new Map<number, (() => ValidateFunction) | null>();
      for (const [status, raw] of Object.entries((op.responses as Json) ?? {})) {
        const response = resolve<Json>(raw);
        const content = response.content as Record<string, Json> | undefined;
        const schema = content?.['application/json']?.schema ?? content?.['application/problem+json']?.schema;
        const validate = schema ? lazily(() => strictAjv.compile(absolute(schema) as Json)) : null;
        responses.set(Number(status), validate);
      }
      const id = String(op.operationId);
      operations.set(id, {
        id,
        method: method.toUpperCase(),
        path,
        routePath: path.replace(/\{(\w+)\}/g, ':$1'),
        pattern: new RegExp(`^/api/v1${path.replace(/\{\w+\}/g, '[^/]+')}/?$`),
        hasBody: Boolean(bodySchema),
        bodyRequired: Boolean(body?.required),
        validatePath: compileParams(params.filter((p) => p.in === 'path'), true),
        validateQuery: compileParams(params.filter((p) => p.in === 'query'), true),
        validateHeaders: compileParams(params.filter((p) => p.in === 'header'), false),
        validateBody: (value) => {
          const validate = validateBody?.();
          return validate && !validate(value) ? toFieldErrors(validate.errors) : [];
        },
        responses,
      });
    }
  }

  const problemValidator = lazily(() => strictAjv.compile({ $ref: `${DOC_ID}#/components/schemas/Problem` }));
  const describe = (errors: ErrorObject[] | null | undefined) =>
    (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);

  return {
    yaml,
    document,
    operations,
    compileAll() {
      for (const compile of compilers) compile();
    },
    checkResponse(operationId, status, contentType, body) {
      const isProblem = (contentType ?? '').startsWith('application/problem+json');
      const parsed = () => {
        try {
          return { ok: true as const, value: JSON.parse(body) as unknown };
        } catch {
          return { ok: false as const };
        }
      };
      const op = operationId ? operations.get(operationId) : undefined;
      if (status >= 400) {
        if (!isProblem) return [`status ${status} is not application/problem+json`];
        const p = parsed();
        if (!p.ok) return ['problem body is not JSON'];
        const validateProblem = problemValidator();
        if (!validateProblem(p.value)) return describe(validateProblem.errors);
        if ((p.value as Json).status !== status) return ['problem status differs from the HTTP status'];
        return [];
      }
      if (!op) return [];
      if (!op.responses.has(status)) return [`${op.id} does not document status ${status}`];
      const validate = op.responses.get(status)?.();
      if (!validate) return [];
      const p = parsed();
      if (!p.ok) return [`${op.id} ${status}: body is not JSON`];
      return validate(p.value) ? [] : describe(validate.errors).map((m) => `${op.id} ${status}: ${m}`);
    },
  };
}
