import { AsyncLocalStorage } from 'node:async_hooks';
import fp from 'fastify-plugin';
import type { ContactKeys } from '../../contacts.js';
import type { Db } from '../../db/db.js';
import { redactUrl } from '../../log.js';
import { problemBody } from '../../problems.js';
import { repositories, type Repositories } from '../../repositories/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** Every repository on the pool; inside a transaction use `repositories(tx, app.contactKeys)` (see http.ts). */
    repos: Repositories;
    /** The keyed hash and the cipher for contact details (CONTACT_KEY, CONTACT_ENCRYPTION_KEY). */
    contactKeys: ContactKeys;
    /** Answers sent from inside an open transaction (only when checkReplies is on): see {@link markingTransactions}. */
    repliesInsideTransaction: string[];
  }
}

/** The transaction the running code is inside, while it is open (until its COMMIT or ROLLBACK has returned). */
const transactionOf = new AsyncLocalStorage<{ open: boolean }>();

/**
 * `db`, each of its transactions marked for the code that runs inside it, until it has committed
 * or rolled back. A route must await its transaction and only then reply (inTransaction,
 * sendIdempotent, `await app.db.transaction(...)`): the public cache reads the data version when
 * the answer is sent (public-cache.ts, its onSend hook), and a reply sent before the commit makes
 * the writer's own next anonymous read stale. A reply sent inside a transaction (`reply.send`, or
 * `sendJson`, called in the function given to `transaction`) runs the onSend hooks in that
 * function's async context, so the mark is seen there; the mark is an object turned off at the
 * end, so a callback that outlives the transaction (and keeps its context) is not taken for one.
 */
export function markingTransactions(db: Db): Db {
  return {
    ...db,
    transaction(fn) {
      const mark = { open: true };
      return transactionOf.run(mark, () => db.transaction(fn)).finally(() => {
        mark.open = false;
      });
    },
  };
}

/** Whether the running code is inside a transaction of a {@link markingTransactions} database that is still open. */
export const insideOpenTransaction = (): boolean => transactionOf.getStore()?.open === true;

export interface DatabaseOptions {
  db: Db;
  keys: ContactKeys;
  /**
   * An answer sent while its transaction is open (before the commit) becomes a 500 naming the route, and is recorded
   * in `repliesInsideTransaction` (on in tests, with validateResponses). Off, it is logged as an error and sent.
   */
  checkReplies?: boolean | undefined;
}

/** The database (migrated and seeded before the app is built) and its repositories. */
export default fp<DatabaseOptions>(
  async (app, { db, keys, checkReplies }) => {
    const marked = markingTransactions(db);
    app.decorate('db', marked);
    app.decorate('contactKeys', keys);
    app.decorate('repos', repositories(marked, keys));
    app.decorate('repliesInsideTransaction', [] as string[]);
    // Registered before the public cache's onSend hook (app.ts): that one then sees the 500 and leaves the cache be.
    // Every answer passes here: a callback hook, so the usual answer costs one lookup and no promise.
    app.addHook('onSend', (request, reply, payload, done) => {
      if (!insideOpenTransaction()) return done(null, payload);
      // The route's pattern (or the path with its query's values left out: redactUrl), never request.url: a stop or an
      // answer link's query carries a signed token, a staff search a name, and this message goes to the log.
      const message = `${request.method} ${request.routeOptions.url ?? redactUrl(request.url)} -> ${reply.statusCode} was answered inside its database transaction, before the commit: await the transaction, then reply (the public cache reads the data version as the answer is sent: plugins/app/public-cache.ts)`;
      request.log.error(message);
      if (!checkReplies) return done(null, payload);
      app.repliesInsideTransaction.push(message);
      reply.code(500).type('application/problem+json');
      done(null, JSON.stringify(problemBody(500, message)));
    });
  },
  { name: 'coprod-database' },
);
