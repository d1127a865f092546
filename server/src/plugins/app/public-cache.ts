import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { answerSerializer } from '../../cache/serializer.js';
import { compressed, preferredEncoding, PublicCache, ukToday } from '../../cache/public-cache.js';
import { knownEtag } from './etags.js';

export interface PublicCacheSettings {
  /** How often each instance looks at data_versions, in case it missed a NOTIFY (ms). Default 500; false: never. */
  pollMs?: number | false;
  /** Answers kept at most. Default 500. */
  maxEntries?: number;
  /** false: every answer computed afresh (the cache off). */
  enabled?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Answers an anonymous public read from the cache, or computes it with `compute`, writes it
     * from the contract's schema of the answer and keeps it until the data changes.
     */
    sendPublic(request: FastifyRequest, reply: FastifyReply, compute: () => Promise<unknown>): Promise<FastifyReply>;
    publicCache: PublicCache;
  }
}

export const CHANNEL = 'coprod_data_changed';

/**
 * The cache of the public list and board (issue 19 item 4), kept right across instances:
 * a write through this instance clears it when its answer is sent; another instance's write
 * arrives as a NOTIFY from the triggers of migration 080; and the version row is read every
 * `pollMs` in case a NOTIFY was missed (a lost connection), so no instance serves an answer
 * older than a write it could see for longer than that.
 */
export default fp<PublicCacheSettings>(
  async (app, settings) => {
    const cache = new PublicCache(settings.maxEntries === undefined ? {} : { maxEntries: settings.maxEntries });
    const enabled = settings.enabled !== false;
    app.decorate('publicCache', cache);
    const serializers = new Map<string, (value: unknown) => string>();
    const serializerOf = (operationId: string) => {
      let serialize = serializers.get(operationId);
      if (!serialize) serializers.set(operationId, (serialize = answerSerializer(app.contract, operationId)));
      return serialize;
    };

    app.decorate('sendPublic', async (request: FastifyRequest, reply: FastifyReply, compute: () => Promise<unknown>) => {
      const operationId = request.routeOptions.config.operationId ?? request.url;
      const serialize = serializerOf(operationId);
      reply.code(200).type('application/json; charset=utf-8');
      if (!enabled) return reply.send(serialize(await compute()));
      const key = `${ukToday()} ${request.url}`;
      let entry = cache.get(key);
      if (entry) {
        cache.hits += 1;
        knownEtag(reply, entry.etag);
        const encoding = preferredEncoding(request.headers['accept-encoding']);
        // Already compressed once for this generation: sent as it is (the compress plugin leaves it).
        if (encoding && !request.headers['if-none-match']) {
          reply.header('content-encoding', encoding);
          return reply.send(compressed(entry, encoding));
        }
        return reply.send((entry.bytes ??= Buffer.from(entry.body)));
      }
      cache.misses += 1;
      const generation = cache.generation;
      entry = cache.set(key, generation, serialize(await compute()));
      knownEtag(reply, entry.etag);
      return reply.send(entry.body);
    });

    // A write through this instance: its own next read is fresh at once.
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS' && request.url.startsWith('/api/') && reply.statusCode < 500) {
        cache.invalidate();
      }
      return payload;
    });

    if (!enabled) return;
    let lastVersion: string | undefined;
    const readVersion = async () => {
      const [row] = await app.db.query<{ version: string }>(`SELECT version::text AS version FROM data_versions WHERE scope = 'public'`);
      return row?.version;
    };
    const [{ schema } = { schema: '' }] = await app.db.query<{ schema: string }>('SELECT current_schema() AS schema');
    lastVersion = await readVersion();
    const stopListening = app.db.listen
      ? await app.db.listen(CHANNEL, (payload) => {
          if (payload === schema) cache.invalidate();
        })
      : undefined;
    let polling: Promise<void> | undefined;
    const timer = settings.pollMs === false
      ? undefined
      : setInterval(() => {
          polling ??= readVersion()
            .then((version) => {
              if (version !== lastVersion) {
                lastVersion = version;
                cache.invalidate();
              }
            })
            .catch(() => undefined)
            .finally(() => (polling = undefined));
        }, settings.pollMs ?? 500).unref();
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await polling;
      await stopListening?.();
    });
  },
  { name: 'coprod-public-cache', dependencies: ['coprod-database', 'coprod-contract-validation'] },
);
