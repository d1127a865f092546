import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SERVER_DIR } from '../paths.js';
import type { Db, Queryable } from './db.js';

const MIGRATIONS_DIR = join(SERVER_DIR, 'migrations/');
// Any fixed number: every instance takes the same lock, so only one migrates at a time.
const MIGRATION_LOCK = 7_240_113;

/**
 * A migration whose first line is this comment runs outside a transaction, one statement at a
 * time, for what PostgreSQL refuses inside one (CREATE INDEX CONCURRENTLY, which does not block
 * writes while it builds). Its statements must be safe to run again (IF NOT EXISTS; DROP INDEX
 * CONCURRENTLY IF EXISTS before a CREATE that may have left an invalid index): if it stops half
 * way, it is not recorded, and the next start runs it again from the top.
 */
export const NO_TRANSACTION = '-- coprod: no transaction';

export interface MigrateOptions {
  /** Give up waiting for another instance's migration after this long (default 30 minutes). */
  waitLimitMs?: number;
  /** Told when this instance starts waiting, then every {@link WAIT_NOTICE_MS}: no personal data, only figures. */
  onWait?: (waitedMs: number) => void;
}

const WAIT_NOTICE_MS = 30_000;

/**
 * Applies server/migrations/*.sql in name order, each once, safely when several instances start
 * together: one takes the migration lock and the others wait on it, then find nothing left.
 * Migrations run in one transaction up to the first one marked {@link NO_TRANSACTION}, which
 * runs on its own under a session lock, and so on. An instance that waits says so, and stops
 * with an error naming the lock after `waitLimitMs` (a crashed migrator's lock ends with its
 * connection, so a wait that long means one is stuck, not slow).
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR, options: MigrateOptions = {}): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const read = (file: string) => readFile(new URL(file, `file://${dir.endsWith('/') ? dir : `${dir}/`}`), 'utf8');
  const applied: string[] = [];
  const wait = waiter(options);
  for (;;) {
    // Every migration up to the next one that cannot run in a transaction, in one transaction.
    const next = await db.transaction(async (tx) => {
      if (!(await tryLock(tx, 'pg_try_advisory_xact_lock'))) return BUSY;
      const done = await recorded(tx);
      for (const file of files) {
        if (done.has(file)) continue;
        const sql = await read(file);
        if (sql.startsWith(NO_TRANSACTION)) return { file, sql };
        for (const statement of splitStatements(sql)) await tx.query(statement);
        await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
        applied.push(file);
      }
      return undefined;
    });
    if (next === BUSY) {
      await wait();
      continue;
    }
    if (!next) return applied;
    const ran = await db.session(async (conn) => {
      while (!(await tryLock(conn, 'pg_try_advisory_lock'))) await wait();
      try {
        // Another instance may have run it while this one waited for the lock.
        if ((await recorded(conn)).has(next.file)) return false;
        for (const statement of splitStatements(next.sql)) await conn.query(statement);
        // PGlite has one connection, so its "other instance" shares this session and its lock: the record decides.
        return (await conn.query('INSERT INTO schema_migrations (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING name', [next.file])).length > 0;
      } finally {
        // An unlock that fails must not hide why the migration failed; the session's end frees the lock anyway.
        await conn.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      }
    });
    if (ran) applied.push(next.file);
  }
}

/**
 * The migration lock is asked for again and again, never waited on inside a statement or an open
 * transaction: a CREATE INDEX CONCURRENTLY in the instance holding the lock waits for every
 * transaction older than it to end, so an instance waiting on the lock in one would deadlock it.
 */
async function tryLock(q: Queryable, how: 'pg_try_advisory_xact_lock' | 'pg_try_advisory_lock'): Promise<boolean> {
  return Boolean((await q.query<{ ok: boolean }>(`SELECT ${how}($1) AS ok`, [MIGRATION_LOCK]))[0]?.ok);
}

const BUSY = Symbol('another instance is migrating');

/** One pause of the polling loop; tells `onWait` now and then, and throws past the limit. */
function waiter({ waitLimitMs = 30 * 60_000, onWait }: MigrateOptions): () => Promise<void> {
  let started: number | undefined;
  let told = -Infinity;
  return async () => {
    const now = Date.now();
    started ??= now;
    const waited = now - started;
    if (waited >= waitLimitMs) {
      throw new Error(
        `Gave up after ${Math.round(waited / 1000)} s waiting for another instance to finish migrating: ` +
          `a session holds advisory lock ${MIGRATION_LOCK} (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = ${MIGRATION_LOCK}).`,
      );
    }
    if (waited - told >= WAIT_NOTICE_MS) {
      told = waited;
      onWait?.(waited);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  };
}

async function recorded(q: Queryable): Promise<Set<string>> {
  await q.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  return new Set((await q.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
}

/** Our migrations hold no functions or quoted semicolons, so a split on `;` at line ends is enough. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Migration files on disk not yet recorded as applied (empty when the schema is current). */
export async function pendingMigrations(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql'));
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
  return files.filter((f) => !done.has(f)).sort();
}
