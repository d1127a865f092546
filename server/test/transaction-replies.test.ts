/**
 * No route may answer from inside its database transaction: the public cache reads the data version as an answer is
 * sent (plugins/app/public-cache.ts), so an answer sent before the commit leaves the writer's own next anonymous read
 * stale (public-cache.test.ts shows it for the routes it names). The guard (plugins/app/database.ts) marks each
 * transaction while it is open; in tests (validateResponses) an answer sent inside one is a 500 naming the route, and
 * the harness fails any server that sent one when it closes. Here, on the real app with routes added that break the
 * rule and keep it. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { inTransaction, sendJson } from '../src/http.js';
import { insideOpenTransaction } from '../src/plugins/app/database.js';
import { suiteServer } from './harness.js';

function routes(app: FastifyInstance): void {
  // The mistake: the answer sent in the function given to the transaction (returned, but sent before the COMMIT).
  app.post('/test/reply-inside', async (_request, reply) =>
    app.db.transaction(async (tx) => {
      await tx.query('SELECT 1');
      return reply.send({ ok: true });
    }),
  );
  // The same through the helpers routes use (inTransaction and sendJson).
  app.post('/test/send-json-inside', async (_request, reply) => inTransaction(app, async (repos) => sendJson(reply, 201, { topics: (await repos.taxonomy.read()).topics.length })));
  // Right: the transaction awaited, then the answer.
  app.post('/test/reply-after', async (_request, reply) => {
    const value = await app.db.transaction(async (tx) => (await tx.query<{ one: number }>('SELECT 1 AS one'))[0]!.one);
    return reply.send({ value });
  });
  // Right too: a callback set up inside the transaction keeps its async context, but runs after the commit (made
  // certain, not timed: it waits for the transaction's own promise).
  app.post('/test/callback-after', (_request, reply) => {
    let committed!: () => void;
    const after = new Promise<void>((resolve) => (committed = resolve));
    void app.db
      .transaction(async () => {
        void after.then(() => reply.send({ late: true }));
      })
      .then(() => committed());
    return reply;
  });
}

describe('an answer sent inside its database transaction', () => {
  const s = suiteServer({ routes });

  it('is a 500 naming the route, recorded for the harness to fail the suite (here read, then cleared)', async () => {
    for (const path of ['/test/reply-inside', '/test/send-json-inside']) {
      // A query's values (a stop link's token, a searched name) never reach the message, which goes to the log.
      const answer = await s.call(`${path}?token=secret-123`, { method: 'POST' });
      assert.equal(answer.status, 500, `${path}: ${JSON.stringify(answer.body)}`);
      assert.match(answer.body.detail, new RegExp(`^POST ${path} -> 20[01] was answered inside its database transaction, before the commit`));
    }
    assert.equal(s.app.repliesInsideTransaction.length, 2);
    assert.ok(!s.app.repliesInsideTransaction.join(' ').includes('secret-123'), 'no token in the message');
    s.app.repliesInsideTransaction.length = 0;
  });

  it('is not what an answer sent after the commit is, even from a callback the transaction started', async () => {
    const after = await s.call('/test/reply-after', { method: 'POST' });
    assert.deepEqual([after.status, after.body], [200, { value: 1 }]);
    const late = await s.call('/test/callback-after', { method: 'POST' });
    assert.deepEqual([late.status, late.body], [200, { late: true }]);
    assert.deepEqual(s.app.repliesInsideTransaction, []);
  });

  it('marks the app’s transactions while open, and only then', async () => {
    assert.equal(insideOpenTransaction(), false);
    assert.equal(await s.app.db.transaction(async () => insideOpenTransaction()), true);
    assert.equal(insideOpenTransaction(), false);
  });
});
