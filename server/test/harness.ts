import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { parse as parseYaml } from 'yaml';
import { SignJWT } from 'jose';
import type { FastifyInstance } from 'fastify';
import { createApp, type AppOptions } from '../src/app.js';
import { loadContract, type Contract } from '../src/contract.js';
import type { Db } from '../src/db/db.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { migrate } from '../src/db/migrate.js';
import { SERVER_DIR } from '../src/paths.js';
import { fixtureSeed } from './fixture-seed.js';
import { keep, kept, migratedStamp, pgliteStamp } from './pglite-kept.js';

export const SECRET = 'test-secret-that-is-long-enough-for-hs256';
export const DATABASE_URL = process.env.DATABASE_URL;
export const dbKind = DATABASE_URL ? 'postgres' : 'pglite';
export const TEST_CONTACT_KEY = 'test-contact-key-0123456789';
/** 32 bytes, base64, as CONTACT_ENCRYPTION_KEY takes it. */
export const TEST_ENCRYPTION_KEY = Buffer.from('test-encryption-key-32-bytes-ok!').toString('base64');

export function token(claims: { sub?: string; roles?: string[]; title?: string } = {}, secret = SECRET): Promise<string> {
  return new SignJWT({ roles: claims.roles ?? [], ...(claims.title ? { title: claims.title } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub ?? 'someone')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}

export const staffToken = () => token({ sub: 'staff-1', roles: ['staff', 'feedback'], title: 'Co-production lead' });

/** Where a suite keeps its data: an in-memory PGlite, a PGlite directory, or a fresh PostgreSQL schema. */
export interface Store {
  open(): Promise<Db>;
  destroy(): Promise<void>;
  /** Raw SQL for assertions (audit rows, row counts). */
  name: string;
}

/**
 * What every in-memory PGlite of this test process starts from: PGlite's two WebAssembly
 * modules compiled once, and the data folder of one freshly created empty database, so a new
 * database is a copy of that folder instead of a new `initdb` (about 4 times faster: 1.4–3.4 s
 * against 4.5–8.5 s each, under a load of 17). It holds nothing of ours: migrations and seed
 * still run on every server as before.
 *
 * That empty folder is also kept on disk for the other test processes (each server file is a
 * process of its own): the one `initdb` a process would still run cost 5.4 s of CPU of the 12 s a
 * one-server file took (PGlite 0.5.16, load 13). See pglite-kept.ts for where and how.
 */
/**
 * What the empty database is made by, beside PGlite's own files (part of its key): initdb's
 * cluster without its two template databases. No test creates a database on PGlite (CREATE
 * DATABASE runs only on PostgreSQL, in two-instances and production-server), and every server
 * uses `postgres`; each of the two was 7.4 MB of the 42 MB every in-memory database is loaded
 * from, and a database opened 0.13-0.18 CPU s sooner without them (0.52-0.59 -> 0.38-0.40 s,
 * 5 opens each, alternating, load 17).
 */
const EMPTY_RECIPE = '\0without template0 and template1';

let emptyDatabase: Promise<PGliteOptions> | undefined;
function pgliteStart(): Promise<PGliteOptions> {
  emptyDatabase ??= (async () => {
    const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    // The server's TypeScript settings have no DOM library, where WebAssembly's types live.
    const { WebAssembly } = globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<NonNullable<PGliteOptions['pgliteWasmModule']>> } };
    const modules: PGliteOptions = {
      pgliteWasmModule: await WebAssembly.compile(readFileSync(join(dist, 'pglite.wasm'))),
      initdbWasmModule: await WebAssembly.compile(readFileSync(join(dist, 'initdb.wasm'))),
      fsBundle: new Blob([readFileSync(join(dist, 'pglite.data'))]),
    };
    const cached = kept('empty', pgliteStamp() + EMPTY_RECIPE);
    if (existsSync(cached)) return { ...modules, loadDataDir: new Blob([readFileSync(cached)]) };
    const first = new PGlite(modules);
    await first.waitReady;
    await first.query(`UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')`);
    for (const name of ['template0', 'template1']) await first.query(`DROP DATABASE ${name}`);
    const loadDataDir = await first.dumpDataDir('none');
    await first.close();
    await keep(cached, 'empty', loadDataDir);
    return { ...modules, loadDataDir };
  })();
  return emptyDatabase;
}

/**
 * The same empty database with every migration in server/migrations applied, for servers the
 * harness opens itself (startServer without a `store`): made once per run by the real
 * migrate() on a PGlite folder, and kept on disk like the empty one (pglite-kept.ts), keyed by it, by
 * the names and text of the migrations and by the code that applies them (db/migrate.ts,
 * db/pglite.ts), so a change to any of them makes a new one. Each server still runs migrate()
 * at start (finding nothing left) and its seed. Migrations from an empty database still run:
 * in the first run after any of those files changes (here), in every run in access-vocabulary
 * and platform (their own stores), in the whole PostgreSQL step (a fresh schema per server),
 * in production-server (on PostgreSQL when the run has it) and on every e2e server.
 * Saves each server its migrations: 0.4–0.5 CPU s, 1.8 for a process's first (load 5–13).
 */
let migratedDatabase: Promise<PGliteOptions> | undefined;
function pgliteMigrated(): Promise<PGliteOptions> {
  migratedDatabase ??= (async () => {
    const start = await pgliteStart();
    const cached = kept('migrated', migratedStamp() + EMPTY_RECIPE);
    if (existsSync(cached)) return { ...start, loadDataDir: new Blob([readFileSync(cached)]) };
    const dir = mkdtempSync(join(tmpdir(), 'coprod-test-migrating-'));
    try {
      const db = await openPglite(dir, start);
      await migrate(db);
      await db.close();
      const again = new PGlite({ ...start, loadDataDir: undefined, dataDir: dir });
      await again.waitReady;
      const loadDataDir = await again.dumpDataDir('none');
      await again.close();
      await keep(cached, 'migrated', loadDataDir);
      return { ...start, loadDataDir };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return migratedDatabase;
}

/** `migrated`: on PGlite in memory, start from the migrated database (startServer's own stores). */
export function newStore(options: { persistent?: boolean; migrated?: boolean } = {}): Store {
  if (DATABASE_URL) {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    let created = false;
    return {
      name: schema,
      async open() {
        if (!created) {
          const client = new pg.Client({ connectionString: DATABASE_URL });
          await client.connect();
          await client.query(`CREATE SCHEMA ${schema}`);
          await client.end();
          created = true;
        }
        return openPostgres({ connectionString: DATABASE_URL, schema, max: 5 });
      },
      async destroy() {
        const client = new pg.Client({ connectionString: DATABASE_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    };
  }
  const dir = options.persistent ? mkdtempSync(join(tmpdir(), 'coprod-test-')) : undefined;
  return {
    name: dir ?? 'memory',
    open: async () => (dir ? openPglite(dir) : openPglite(undefined, await (options.migrated ? pgliteMigrated() : pgliteStart()))),
    async destroy() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The contract every server of this test process checks requests and answers against: loaded
 * and compiled once (Ajv, every operation of api/openapi.yaml: about 3 s of CPU quiet, 20 s
 * under a load of 20) instead of once per server, of which a server suite starts over a hundred.
 * The same file the server reads itself; its validators keep nothing between calls. createApp's
 * own loading (no `contract` option) runs in production-server.test.ts and every e2e server.
 */
let contract: Contract | undefined;
const sharedContract = (): Contract => (contract ??= loadContract(undefined, keptDocument));

/**
 * api/openapi.yaml's document, kept as JSON for the other test processes (pglite-kept.ts), keyed
 * by the YAML's text: parsing the YAML cost each process 0.3-0.6 CPU s, JSON.parse a few ms.
 * The YAML parses to plain JSON values (strings, numbers, booleans, null, lists, maps), so the
 * JSON is the same document.
 */
function keptDocument(yaml: string): unknown {
  const file = kept('contract', yaml, '.json');
  if (existsSync(file)) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // Unreadable (a disk that refused part of it): parse the YAML again.
    }
  }
  const document: unknown = parseYaml(yaml);
  void keep(file, 'contract', JSON.stringify(document));
  return document;
}

export interface TestServer {
  base: string;
  app: FastifyInstance;
  db: Db;
  /** fetch against the server, JSON in and out; tests read the body's fields directly. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every test reads a different response shape
  call(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string>; token?: string; raw?: string }): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

export async function startServer(options: Partial<AppOptions> & { store?: Store; keepStore?: boolean; routes?: (app: FastifyInstance) => void } = {}): Promise<TestServer> {
  const store = options.store ?? newStore({ migrated: options.migrate !== false });
  const db = await store.open();
  const { routes, ...appOptions } = options;
  const app = await createApp({
    db,
    auth: { jwtSecret: SECRET },
    seed: fixtureSeed(),
    rateLimit: false,
    validateResponses: true,
    staticDirs: { demo: false, widgets: false },
    contract: sharedContract(),
    ...appOptions,
    // The same keys for every server in a run, as instances of one council share theirs.
    me: { contactKey: TEST_CONTACT_KEY, encryptionKey: TEST_ENCRYPTION_KEY, ...options.me },
  });
  // Routes a test adds to the real app (before it listens), e.g. one that breaks a rule every route must keep.
  routes?.(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  let closed = false;
  const server: TestServer = {
    base,
    app,
    db,
    async call(path, init = {}) {
      const headers: Record<string, string> = { ...(init.headers ?? {}) };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      let body: string | undefined = init.raw;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(base + path, { method: init.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
    async close() {
      if (closed) return;
      closed = true;
      assert.deepEqual(app.contractViolations, [], 'every response matched the contract');
      assert.deepEqual(app.repliesInsideTransaction, [], 'no answer was sent inside its transaction (before the commit)');
      await app.close();
      await db.close();
      if (!options.keepStore) await store.destroy();
    },
  };
  return server;
}

/**
 * One server per describe block, started before its first test and closed (and checked
 * against the contract) after it. Call at the top of the describe; the returned object
 * stands for that server inside the tests.
 */
export function suiteServer(options: Parameters<typeof startServer>[0] = {}): TestServer {
  let server: TestServer | undefined;
  before(async () => {
    server = await startServer(options);
  });
  after(() => server?.close());
  const current = (): TestServer => {
    if (!server) throw new Error('The suite server starts in before(); use it inside tests.');
    return server;
  };
  return {
    get base() {
      return current().base;
    },
    get app() {
      return current().app;
    },
    get db() {
      return current().db;
    },
    call: (path, init) => current().call(path, init),
    close: () => current().close(),
  };
}

/** A signed-in member of staff's token, for the whole test run. */
export const staff = await staffToken();

export const key = () => `test-${randomBytes(8).toString('hex')}`;

export const INJECTION = ["' OR '1'='1", "1; DROP TABLE opportunities; --", "\\'; SELECT pg_sleep(5); --", '%_%', '") OR 1=1 --'];

/**
 * A migration's own test: a fresh database migrated up to (not including) migration `upTo` (its file name's number),
 * `then` filled as it was before it, every migration run, and `check` given the result. The database and the folder of
 * older migrations are gone after.
 */
export async function acrossMigration(upTo: string, then: (db: Db) => Promise<unknown>, check: (db: Db) => Promise<void>): Promise<void> {
  const migrations = join(SERVER_DIR, 'migrations');
  const store = newStore();
  const db = await store.open();
  const before = mkdtempSync(join(tmpdir(), 'coprod-migrations-'));
  try {
    for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql') && f < upTo)) writeFileSync(join(before, file), readFileSync(join(migrations, file)));
    await migrate(db, before);
    await then(db);
    await migrate(db);
    await check(db);
  } finally {
    rmSync(before, { recursive: true, force: true });
    await db.close();
    await store.destroy();
  }
}
