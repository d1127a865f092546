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
 * one number in data_versions moves whenever something the public sees changes (the triggers
 * of migrations 080 and 340), and a cache holds answers for one number only. It reads the number
 * when a write through this instance is answered, when another instance's write arrives as a
 * NOTIFY, and every `pollMs` in case a NOTIFY was missed (a lost connection), so no instance
 * serves an answer older than a write it could see for longer than that.
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

    if (!enabled) return;
    let lastVersion: string | undefined;
    const readVersion = async () => {
      const [row] = await app.db.query<{ version: string }>(`SELECT version::text AS version FROM data_versions WHERE scope = 'public'`);
      return row?.version;
    };
    /** A new number in the version row: every answer cached so far may be out of date. */
    const catchUp = (version: string | undefined) => {
      if (version === lastVersion) return;
      lastVersion = version;
      cache.invalidate();
    };
    const [{ schema } = { schema: '' }] = await app.db.query<{ schema: string }>('SELECT current_schema() AS schema');
    lastVersion = await readVersion();

    // A write through this instance: its own next read is fresh at once if the write changed
    // what the public sees. The triggers (migrations 080, 340) move the version row at commit,
    // before the answer is sent, so reading it here says whether to drop the cache: a write the
    // public list and board do not show (an expression of interest that has not joined, a
    // sign-in, a profile) leaves every instance's cache as it was (issue 19: it emptied them all).
    // This relies on every write route awaiting its transaction before it replies (inTransaction,
    // sendIdempotent, `await app.db.transaction(...)`): a route that replied from inside its
    // transaction would be answered before the commit moved the row, this read would see the old
    // number, and its own next anonymous read would be stale until a NOTIFY or the next poll
    // (up to `pollMs`). public-cache.test.ts ("on an instance that hears no NOTIFY and never
    // polls") checks the routes it names; a new write route the public sees belongs there too. Every
    // route is held to it at run time: an answer sent inside an open transaction of app.db is logged,
    // and in tests is a 500 that fails the suite (database.ts, markingTransactions).
    // The cost: one more SELECT on the pool for every non-GET answer under /api/.
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS' && request.url.startsWith('/api/') && reply.statusCode < 500) {
        await readVersion().then(catchUp, () => cache.invalidate());
      }
      return payload;
    });

    const stopListening = app.db.listen
      ? await app.db.listen(CHANNEL, (payload) => {
          // Sent at the commit that moved the row: read it, so the same change does not empty the cache again at the next look.
          if (payload === schema) void readVersion().then(catchUp, () => cache.invalidate());
        })
      : undefined;
    let polling: Promise<void> | undefined;
    const timer = settings.pollMs === false
      ? undefined
      : setInterval(() => {
          polling ??= readVersion()
            .then(catchUp)
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
