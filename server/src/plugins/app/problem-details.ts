import type { FastifyError } from 'fastify';
import fp from 'fastify-plugin';
import { notFound, ProblemError, sendProblem } from '../../problems.js';

/**
 * Every error is an RFC 9457 problem (`application/problem+json`): ours as thrown, Fastify's
 * own (bad JSON, too large, wrong media type) in plain words, anything else a 500 whose cause
 * is logged and never sent. An unknown path is a 404; a known path with another method a 405.
 */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ProblemError) return sendProblem(reply, error);
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: safeError(error) }, 'Unhandled error');
        return sendProblem(reply, new ProblemError(500, 'Something went wrong on our side. Your answers were not saved; please try again.'));
      }
      return sendProblem(reply, new ProblemError(status, friendlyMessage(error, request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit)));
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const allowed = [...new Set([...app.contract.operations.values()].filter((op) => op.pattern.test(path)).map((op) => op.method))];
      if (allowed.length) {
        reply.header('allow', allowed.join(', '));
        return sendProblem(reply, new ProblemError(405, `${request.method} is not allowed here. Use ${allowed.join(' or ')}.`));
      }
      return sendProblem(reply, notFound('There is nothing at this address.'));
    });
  },
  { name: 'coprod-problem-details', dependencies: ['coprod-contract-validation'] },
);

function friendlyMessage(error: FastifyError, bodyLimit: number | undefined): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `That is too much to send at once (the most is ${Math.round((bodyLimit ?? 0) / 1024)} KB). If you added a picture, choose a smaller one (at most 1 MB).`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the answers as JSON (Content-Type: application/json).';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request said it held JSON but was empty. Send the answers as JSON.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'The answers could not be read: the JSON is not valid.';
    default:
      if (error instanceof SyntaxError || /JSON/i.test(error.message)) return 'The answers could not be read: the JSON is not valid.';
      return error.message || 'The request could not be read.';
  }
}

/**
 * What may be logged of an unexpected error: its kind, code and where it was thrown. Never
 * its message or a database error's detail, which can quote the values of a row (a name, an
 * email address).
 */
export function safeError(error: Error & { code?: unknown }) {
  return { type: error.name, code: typeof error.code === 'string' ? error.code : undefined, stack: error.stack?.split('\n').slice(1).join('\n') };
}
