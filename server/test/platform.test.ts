import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, NO_TRANSACTION } from '../src/db/migrate.js';
import { loadContract } from '../src/contract.js';
import { canonicalJson, sha256 } from '../src/crypto.js';
import { dbKind, key, newStore, startServer, staffToken, suiteServer, type TestServer } from './harness.js';

const said = { topic: 'housing', text: 'The lift is broken again.', consentToPublish: false };
const count = async (s: TestServer, table: string) => (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

describe('idempotency', () => {
  const s = suiteServer();

  it('replays the first answer for the same key and body, writing once', async () => {
    const k = key();
    const before = await count(s, 'feedback');
    const first = await s.call('/api/v1/feedback', { method: 'POST', body: said, headers: { 'idempotency-key': k } });
    const second = await s.call('/api/v1/feedback', { method: 'POST', body: { consentToPublish: false, text: said.text, topic: 'housing' }, headers: { 'idempotency-key': k } });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.deepEqual(second.body, first.body);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(await count(s, 'feedback'), before + 1);
  });

  it('makes one row when the same POST arrives twice at once', async () => {
    const k = key();
    const before = await count(s, 'interests');
    const body = { name: 'Twin', contact: { method: 'phone', detail: '01632 960999' }, consent: true };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => s.call('/api/v1/opportunities/opp-buses/interests', { method: 'POST', body, headers: { 'idempotency-key': k } })),
    );
    assert.deepEqual(answers.map((a) => a.status), [201, 201, 201, 201, 201]);
    assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
    assert.equal(await count(s, 'interests'), before + 1);
  });

  it('answers 409 for a reused key with a different body, and 400 for a malformed key', async () => {
    const k = key();
    await s.call('/api/v1/feedback', { method: 'POST', body: said, headers: { 'idempotency-key': k } });
    const other = await s.call('/api/v1/feedback', { method: 'POST', body: { ...said, text: 'Something else entirely' }, headers: { 'idempotency-key': k } });
    assert.equal(other.status, 409);
    assert.equal(other.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const malformed = await s.call('/api/v1/feedback', { method: 'POST', body: said, headers: { 'idempotency-key': 'bad key!' } });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.errors[0].field, 'idempotency-key');
  });

  it('keeps no readable idempotency key or response in the database', async () => {
    const k = key();
    const r = await s.call('/api/v1/profiles', {
      method: 'POST',
      headers: { 'idempotency-key': k },
      body: { name: 'Lee', importantToMe: 'Music', experience: 'Carer', contact: { method: 'email', detail: 'lee@example.com' }, consent: true },
    });
    const rows = JSON.stringify(await s.db.query('SELECT * FROM idempotency_keys'));
    assert.ok(!rows.includes(k));
    assert.ok(!rows.includes(r.body.editToken));
    // Nor a plain hash of the request: with it, a guessed address or phone number could be confirmed.
    const body = { name: 'Lee', importantToMe: 'Music', experience: 'Carer', contact: { method: 'email', detail: 'lee@example.com' }, consent: true };
    assert.ok(!rows.includes(sha256(`POST /api/v1/profiles ${canonicalJson(body)}`)), 'the stored request hash needs the key');
    const replay = await s.call('/api/v1/profiles', {
      method: 'POST',
      headers: { 'idempotency-key': k },
      body: { name: 'Lee', importantToMe: 'Music', experience: 'Carer', contact: { method: 'email', detail: 'lee@example.com' }, consent: true },
    });
    assert.equal(replay.body.editToken, r.body.editToken);
  });
});

describe('rate limit', () => {
  const s = suiteServer({ rateLimit: { max: 3, timeWindow: 60_000 } });

  it('answers 429 with Retry-After after too many anonymous posts', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await s.call('/api/v1/feedback', { method: 'POST', body: said });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    assert.ok(Number(last!.headers.get('retry-after')) > 0);
    assert.equal(last!.body.status, 429);
    assert.ok(last!.body.retryAfter > 0);
    assert.equal((await s.call('/api/v1/feedback')).status, 200, 'reads are not limited');
  });
});

describe('HTTP edges', () => {
  const demo = mkdtempSync(join(tmpdir(), 'coprod-demo-'));
  writeFileSync(join(demo, 'index.html'), '<!doctype html><title>Council</title>');
  writeFileSync(join(demo, 'staff.html'), '<!doctype html><title>Staff</title>');
  after(() => rmSync(demo, { recursive: true, force: true }));
  const s = suiteServer({ corsOrigins: ['https://council.example', 'http://localhost:*'], staticDirs: { demo, widgets: false } });

  it('allows listed origins and refuses others', async () => {
    const allowed = await s.call('/api/v1/taxonomy', { headers: { origin: 'https://council.example' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://council.example');
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /ETag/);
    const local = await s.call('/api/v1/taxonomy', { headers: { origin: 'http://localhost:6006' } });
    assert.equal(local.headers.get('access-control-allow-origin'), 'http://localhost:6006');
    const refused = await s.call('/api/v1/taxonomy', { headers: { origin: 'https://evil.example' } });
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(`${s.base}/api/v1/feedback`, {
      method: 'OPTIONS',
      headers: { origin: 'https://council.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'idempotency-key,content-type,authorization' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
  });

  it('answers unknown routes 404, wrong methods 405, bad JSON 400 and other media types 415, all as problems', async () => {
    const missing = await s.call('/api/v1/nothing-here');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const wrong = await s.call('/api/v1/taxonomy', { method: 'DELETE' });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET');
    const broken = await s.call('/api/v1/feedback', { method: 'POST', raw: '{"topic": "housing",', headers: { 'content-type': 'application/json' } });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.type, 'https://coprod.example/problems/bad-request');
    const empty = await s.call('/api/v1/feedback', { method: 'POST' });
    assert.equal(empty.status, 400);
    const text = await s.call('/api/v1/feedback', { method: 'POST', raw: 'hello', headers: { 'content-type': 'text/plain' } });
    assert.equal(text.status, 415);
    const array = await s.call('/api/v1/feedback', { method: 'POST', body: [1, 2] });
    assert.equal(array.status, 422);
    const big = await s.call('/api/v1/feedback', { method: 'POST', body: { ...said, text: 'x'.repeat(400_000) } });
    assert.equal(big.status, 413);
    const poisoned = await s.call('/api/v1/feedback', { method: 'POST', raw: '{"__proto__": {"admin": true}, "topic": "housing"}', headers: { 'content-type': 'application/json' } });
    assert.equal(poisoned.status, 400);
  });

  it('serves the contract as YAML and JSON', async () => {
    const yaml = await fetch(`${s.base}/api/v1/openapi.yaml`);
    assert.equal(yaml.status, 200);
    assert.match(await yaml.text(), /^openapi: 3\.1/);
    const json = await s.call('/api/v1/openapi.json');
    assert.equal(json.body.openapi, '3.1.0');
  });

  it('serves the demo pages with a strict CSP', async () => {
    const page = await fetch(`${s.base}/`);
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'; script-src 'self'; style-src 'self'/);
    assert.doesNotMatch(csp, /unsafe/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(page.headers.get('referrer-policy'));
    assert.equal((await fetch(`${s.base}/staff.html`)).headers.get('content-security-policy'), csp);
    assert.equal((await fetch(`${s.base}/nope.html`)).status, 404);
  });

  it('gives the taxonomy in English and Welsh', async () => {
    const r = await s.call('/api/v1/taxonomy');
    assert.deepEqual(r.body.topics[0], { id: 'housing', name: { en: 'Housing', cy: 'Tai' } });
    assert.equal(r.body.organisations.length, 2);
  });
});

describe('storage', () => {
  it('keeps data across a restart on the same database', async () => {
    const store = newStore({ persistent: true });
    const first = await startServer({ store, keepStore: true });
    const created = await first.call('/api/v1/feedback', { method: 'POST', body: said });
    await first.close();
    const second = await startServer({ store });
    try {
      const staff = await staffToken();
      const found = await second.call(`/api/v1/feedback/${created.body.id}`, { token: staff });
      assert.equal(found.status, 200);
      assert.equal(found.body.reference, created.body.reference);
    } finally {
      await second.close();
    }
  });

  it('applies migrations once, even when two instances start together', async () => {
    const store = newStore();
    const db = await store.open();
    try {
      const { migrate } = await import('../src/db/migrate.js');
      const migrations = readdirSync(new URL('../migrations/', import.meta.url)).filter((name) => name.endsWith('.sql'));
      const runs = await Promise.all([migrate(db), migrate(db)]);
      // One instance applies every migration; the other, waiting on the lock, finds none left.
      assert.deepEqual(runs.map((r) => r.length).sort((a, b) => a - b), [0, migrations.length]);
    } finally {
      await db.close();
      await store.destroy();
    }
  });
});

describe('migrations outside a transaction', () => {
  /** A folder of migrations: a table, an index built CONCURRENTLY (no transaction), then a column. */
  function migrations(extra: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'coprod-migrations-'));
    const files: Record<string, string> = {
      '001_things.sql': 'CREATE TABLE things (id int PRIMARY KEY, name text);\n',
      '002_things_name.sql': `${NO_TRANSACTION}\n-- Built without blocking writes to things.\nDROP INDEX CONCURRENTLY IF EXISTS things_name_idx;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS things_name_idx ON things (name);\n`,
      '003_things_note.sql': 'ALTER TABLE things ADD COLUMN note text;\n',
      ...extra,
    };
    for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
    return dir;
  }

  it('runs a migration marked "no transaction" on its own, in order, once, when two instances start together', async () => {
    const store = newStore();
    const db = await store.open();
    const dir = migrations();
    try {
      const runs = await Promise.all([migrate(db, dir), migrate(db, dir)]);
      assert.deepEqual(runs.flat().sort(), ['001_things.sql', '002_things_name.sql', '003_things_note.sql'], 'each applied once, by one of them');
      const [index] = await db.query<{ valid: boolean }>(`SELECT i.indisvalid AS valid FROM pg_index i WHERE i.indexrelid = 'things_name_idx'::regclass`);
      assert.equal(index?.valid, true, 'the index was built, and is valid');
      await db.query(`INSERT INTO things (id, name, note) VALUES (1, 'a', 'the column after the index is there')`);
      assert.deepEqual(await migrate(db, dir), [], 'nothing left');
    } finally {
      await db.close();
      await store.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an instance that waits for another one\'s migration says so, and gives up with the lock named after its limit', { skip: dbKind === 'pglite' && 'PGlite has one session, which holds its own advisory locks' }, async () => {
    const store = newStore();
    const db = await store.open();
    const dir = migrations();
    try {
      // Another instance's migrator, stuck while it holds the lock.
      await db.session(async (conn) => {
        await conn.query('SELECT pg_advisory_lock(7240113)');
        try {
          const waits: number[] = [];
          const started = Date.now();
          await assert.rejects(migrate(db, dir, { waitLimitMs: 700, onWait: (ms) => waits.push(ms) }), /waiting for another instance to finish migrating.*advisory lock 7240113/);
          assert.ok(Date.now() - started >= 700, 'it waited its limit');
          assert.equal(waits[0], 0, 'it said at once that it waits');
          const [things] = await db.query<{ t: string | null }>(`SELECT to_regclass('things')::text AS t`);
          assert.equal(things?.t, null, 'nothing was applied');
        } finally {
          await conn.query('SELECT pg_advisory_unlock(7240113)');
        }
      });
      assert.equal((await migrate(db, dir, { waitLimitMs: 700 })).length, 3, 'once the lock is free, it migrates');
    } finally {
      await db.close();
      await store.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not record a "no transaction" migration that failed: the next start runs it again, and goes on', async () => {
    const store = newStore();
    const db = await store.open();
    const broken = `${NO_TRANSACTION}\nCREATE INDEX CONCURRENTLY IF NOT EXISTS later_idx ON not_there_yet (id);\n`;
    const dir = migrations({ '004_later.sql': broken, '005_after.sql': 'CREATE TABLE after_later (id int);\n' });
    try {
      await assert.rejects(migrate(db, dir), /not_there_yet/);
      const done = (await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map((r) => r.name);
      assert.deepEqual(done, ['001_things.sql', '002_things_name.sql', '003_things_note.sql'], 'the ones before it stay applied; it and the ones after it wait');
      writeFileSync(join(dir, '004_later.sql'), `${NO_TRANSACTION}\nCREATE INDEX CONCURRENTLY IF NOT EXISTS later_idx ON things (note);\n`);
      assert.deepEqual(await migrate(db, dir), ['004_later.sql', '005_after.sql']);
    } finally {
      await db.close();
      await store.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('contract checks', () => {
  it('flags a response that does not match the contract', () => {
    const contract = loadContract();
    assert.deepEqual(contract.checkResponse('getTaxonomy', 200, 'application/json', JSON.stringify({ topics: [], areas: [], organisations: [] })), []);
    assert.notDeepEqual(contract.checkResponse('getTaxonomy', 200, 'application/json', JSON.stringify({ topics: [] })), []);
    assert.notDeepEqual(contract.checkResponse('getTaxonomy', 201, 'application/json', '{}'), []);
    assert.notDeepEqual(contract.checkResponse('getTaxonomy', 404, 'application/json', '{}'), []);
  });

  it('compiles a validator for every part of every operation (each is otherwise compiled on its first request)', () => {
    const contract = loadContract();
    assert.doesNotThrow(() => contract.compileAll());
  });

  it('names every operation in the contract as a route', async () => {
    const contract = loadContract();
    const s = await startServer();
    try {
      for (const op of contract.operations.values()) {
        const url = `/api/v1${op.path.replace(/\{\w+\}/g, 'x')}`;
        assert.ok(s.app.hasRoute({ method: op.method as 'GET', url: `/api/v1${op.routePath}` }), `${op.id} ${url}`);
      }
    } finally {
      await s.close();
    }
  });
});
