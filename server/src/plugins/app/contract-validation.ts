import fp from 'fastify-plugin';
import type { Contract } from '../../contract.js';
import { QUERY_PROBLEM } from '../../../../src/api/rules.js';
import { badRequest, invalid, notFound, problemBody, type FieldError } from '../../problems.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The OpenAPI contract every route is registered from and checked against. */
    contract: Contract;
    /** Responses that did not match the contract (only when validateResponses is on). */
    contractViolations: string[];
  }
}

export interface ContractValidationOptions {
  contract: Contract;
  /** Check every response against the contract (on in tests): a mismatch becomes a 500 and is recorded. */
  validateResponses?: boolean | undefined;
}

/** Path, query, headers and body checked against api/openapi.yaml before any handler runs. */
export default fp<ContractValidationOptions>(
  async (app, { contract, validateResponses }) => {
    app.decorate('contract', contract);
    app.decorate('contractViolations', [] as string[]);
    // The API speaks JSON only: any other body is a 415, not a string for the validator to puzzle over.
    app.removeContentTypeParser('text/plain');

    app.addHook('preValidation', async (request) => {
      const operationId = request.routeOptions.config.operationId;
      if (!operationId) return;
      const op = contract.operations.get(operationId)!;
      if (op.validatePath(request.params as Record<string, unknown>).length) throw notFound();
      const queryErrors = op.validateQuery(request.query as Record<string, unknown>);
      if (queryErrors.length) throw badRequest(QUERY_PROBLEM.detail, queryErrors);
      const headerErrors = op.validateHeaders(request.headers as Record<string, unknown>);
      if (headerErrors.length) throw badRequest('A request header is not in the right form.', headerErrors);
      if (!op.hasBody) return;
      if (request.body === undefined || request.body === null) {
        if (op.bodyRequired) throw badRequest('Send the answers as JSON (Content-Type: application/json).');
        return;
      }
      const bodyErrors = [...op.validateBody(request.body), ...controlCharacters(request.body)];
      if (bodyErrors.length) throw invalid(bodyErrors);
    });

    if (!validateResponses) return;
    app.addHook('onSend', async (request, reply, payload) => {
      if (!request.url.startsWith('/api/') || typeof payload !== 'string') return payload;
      const contentType = String(reply.getHeader('content-type') ?? '');
      if (!contentType.includes('json')) return payload;
      const problems = contract.checkResponse(request.routeOptions.config.operationId, reply.statusCode, contentType, payload);
      if (problems.length === 0) return payload;
      const message = `${request.method} ${request.url} -> ${reply.statusCode} does not match the contract: ${problems.join('; ')}`;
      app.contractViolations.push(message);
      request.log.error(message);
      reply.code(500).type('application/problem+json');
      return JSON.stringify(problemBody(500, message));
    });
  },
  { name: 'coprod-contract-validation' },
);

/**
 * Text holding a NUL character cannot be stored (PostgreSQL refuses it), and no other control
 * character but tab and line breaks belongs in an answer: each such field is a 422 with a code.
 */
export function controlCharacters(value: unknown, path = ''): FieldError[] {
  if (typeof value === 'string') {
    return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)
      ? [{ field: path, code: 'invalid-format', message: 'Remove the hidden control characters from this answer (they may have come with pasted text).' }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => controlCharacters(item, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => controlCharacters(v, path ? `${path}.${k}` : k));
  }
  return [];
}
