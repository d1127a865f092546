import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/**
 * The request log keeps the path and the names of query parameters, never their values: an
 * unsubscribe link's token, a search for someone's name or a filter are not for the log.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const names = url
    .slice(q + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=~`);
  return `${url.slice(0, q)}?${names.join('&')}`;
}

/** What a request line in the log says about the request (Fastify's own fields, with the URL redacted). */
export function requestForLog(request: FastifyRequest) {
  return { method: request.method, url: redactUrl(request.url), hostname: request.hostname, remoteAddress: request.ip };
}

/** The app's logger options with the redacting request serializer; `false` stays off. */
export function withRedaction(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return { ...base, serializers: { ...(base as { serializers?: object }).serializers, req: requestForLog } } as FastifyServerOptions['logger'];
}
