import fp from 'fastify-plugin';
import type { FastifyReply } from 'fastify';
import { etagOf, matches } from '../../etag.js';

const known = new WeakMap<FastifyReply, string>();

/** The ETag of this answer is already known (a cached answer, perhaps sent compressed): not hashed again. */
export const knownEtag = (reply: FastifyReply, etag: string): FastifyReply => {
  known.set(reply, etag);
  return reply;
};

/**
 * A strong ETag on every successful API read, with 304 for a matching If-None-Match; reads
 * are revalidated each time (`no-cache`, and `private` with a token: a shared cache never keeps a
 * staff or person's answer), unless the route said `no-store`; everything else is `no-store`.
 */
export default fp(
  async (app) => {
    app.addHook('onSend', async (request, reply, payload) => {
      if (!request.url.startsWith('/api/')) return payload;
      const read = request.method === 'GET' || request.method === 'HEAD';
      if (read && reply.statusCode === 200 && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
        const etag = known.get(reply) ?? etagOf(payload);
        reply.header('etag', etag);
        // Answers may be sent compressed (the compress plugin, or a cached answer's stored bytes).
        reply.header('vary', 'Authorization, Origin, accept-encoding');
        // A route that said `no-store` (the person's own page, an export of the audit trail) keeps it:
        // overwriting it here once made every such answer revalidatable, so kept in caches.
        if (!String(reply.getHeader('cache-control') ?? '').includes('no-store')) reply.header('cache-control', request.headers.authorization ? 'private, no-cache' : 'no-cache');
        if (matches(request.headers['if-none-match'], etag)) {
          reply.code(304);
          reply.removeHeader('content-type');
          reply.removeHeader('content-length');
          return '';
        }
      } else if (!reply.hasHeader('cache-control')) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
  { name: 'coprod-etags' },
);
