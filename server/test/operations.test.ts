import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Db } from '../src/db/db.js';
import type { Provider } from '../src/messages/providers.js';
import { newStore, startServer, suiteServer } from './harness.js';

/** A provider that accepts everything and sends nowhere: enough for the worker to run. */
const nullProvider = (): Provider => ({ name: 'smtp', channels: new Set(['email']), send: async () => ({ ok: true, ref: 'x' }), close: async () => undefined });
const links = { publicBaseUrl: 'http://localhost', itemUrl: '{base}/x?{type}={id}', secret: 'test-messages-secret' };

describe('health and readiness', () => {
  const s = suiteServer({ messaging: { links, provider: nullProvider(), worker: { pollMs: 20, leaseMs: 30_000 } } });

  it('/healthz answers while the process is up, outside the API and its contract', async () => {
    const r = await s.call('/healthz');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { status: 'ok' });
    assert.equal(r.headers.get('cache-control'), 'no-store');
  });

  it('/readyz is ready with the database reachable, every migration applied and the outbox worker going round', async () => {
    const r = await s.call('/readyz');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { status: 'ready', checks: { database: 'ok', migrations: 'ok', outboxWorker: 'ok', shuttingDown: false } });
  });

  it('/readyz is not ready while a migration is not applied', async () => {
    const [last] = await s.db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name DESC LIMIT 1');
    await s.db.query('DELETE FROM schema_migrations WHERE name = $1', [last!.name]);
    try {
      const r = await s.call('/readyz');
      assert.equal(r.status, 503);
      assert.equal(r.body.checks.migrations, 'failing');
      assert.equal(r.body.checks.database, 'ok');
    } finally {
      await s.db.query('INSERT INTO schema_migrations (name) VALUES ($1)', [last!.name]);
    }
    assert.equal((await s.call('/readyz')).status, 200);
  });

  it('/readyz is not ready once the outbox worker has stopped', async () => {
    await s.app.messageWorker!.stop();
    const r = await s.call('/readyz');
    assert.equal(r.status, 503);
    assert.deepEqual(r.body.checks, { database: 'ok', migrations: 'ok', outboxWorker: 'failing', shuttingDown: false });
  });
});

describe('readiness without a worker, and with the database gone', () => {
  it('is ready with no worker in this process (outboxWorker off), then not ready when the database stops answering', async () => {
    const inner = newStore();
    let down = false;
    const wrap = (db: Db): Db => ({
      kind: db.kind,
      query: (text, params) => (down ? Promise.reject(new Error('connection refused')) : db.query(text, params)),
      transaction: (fn) => db.transaction(fn),
      session: (fn) => db.session(fn),
      close: () => db.close(),
    });
    const s = await startServer({ store: { name: inner.name, open: async () => wrap(await inner.open()), destroy: () => inner.destroy() } });
    try {
      const up = await s.call('/readyz');
      assert.equal(up.status, 200);
      assert.equal(up.body.checks.outboxWorker, 'off');
      down = true;
      const gone = await s.call('/readyz');
      assert.equal(gone.status, 503);
      assert.deepEqual(gone.body.checks, { database: 'failing', migrations: 'failing', outboxWorker: 'off', shuttingDown: false });
      assert.ok(!JSON.stringify(gone.body).includes('refused'), 'no error text in the answer');
      assert.equal((await s.call('/healthz')).status, 200, 'the process is still up');
      down = false;
    } finally {
      await s.close();
    }
  });
});
