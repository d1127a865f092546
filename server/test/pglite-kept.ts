/**
 * PGlite databases kept for later test processes (each server test file and each end-to-end
 * server is a process of its own), so they start from a database made once instead of running
 * `initdb` (about 4.5 CPU s) and every migration themselves.
 *
 * They live in this checkout's node_modules/.cache (the project's and its user's own, not a shared
 * /tmp where another user could plant one), named by `kind` and the hash of what they are made
 * from. Each is written whole under a temporary name, then renamed, so no process reads half of
 * one; a newer one removes the older ones of its kind (each is about 40 MB). Keeping is only a
 * saving: if the disk refuses, the caller goes on without it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { openPglite } from '../src/db/pglite.js';
import { migrate } from '../src/db/migrate.js';
import { REPO_DIR, SERVER_DIR } from '../src/paths.js';

const CACHE_DIR = join(REPO_DIR, 'node_modules', '.cache', 'coprod-test-pglite');

/** PGlite's version (its package.json's text) and the size and time of its files: what every kept database is keyed by. */
export function pgliteStamp(): string {
  const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  const files = ['pglite.wasm', 'initdb.wasm', 'pglite.data'].map((name) => {
    const file = statSync(join(dist, name));
    return `${name}:${file.size}:${file.mtimeMs}`;
  });
  return [readFileSync(join(dist, '..', 'package.json'), 'utf8'), ...files].join('\0');
}

/** The stamp with the names and text of server/migrations and the code that applies them: a change to any makes a new migrated database. */
export function migratedStamp(): string {
  const hash = createHash('sha256').update(pgliteStamp());
  const folder = join(SERVER_DIR, 'migrations');
  for (const name of readdirSync(folder).sort()) hash.update(`${name}\0${readFileSync(join(folder, name), 'utf8')}\0`);
  for (const code of ['migrate.ts', 'pglite.ts']) hash.update(`${code}\0${readFileSync(join(SERVER_DIR, 'src', 'db', code), 'utf8')}\0`);
  return hash.digest('hex');
}

/** Where the database of `kind` made from `key` is kept (`suffix` '.tar' for a dumped one, '' for a folder, '.json' for the contract). */
export const kept = (kind: string, key: string, suffix = '.tar') => join(CACHE_DIR, `${kind}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}${suffix}`);

/** A partial's name: `<final>.<pid>.<random>`, never taken for a finished one. */
const partialOf = (file: string) => `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;

/** Removes the older finished databases of `kind` once `file` is in place. */
function removeOlder(kind: string, file: string): void {
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (name.startsWith(`${kind}-`) && path !== file && !/-[0-9a-f]{16}(\.tar|\.json)?\.\d+\.[0-9a-f]{8}$/.test(name)) rmSync(path, { recursive: true, force: true });
  }
}

/** Keeps a dumped data folder (PGlite's dumpDataDir), or a text, at `file`. */
export async function keep(file: string, kind: string, data: Blob | string): Promise<void> {
  const partial = partialOf(file);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(partial, typeof data === 'string' ? data : new Uint8Array(await data.arrayBuffer()));
    renameSync(partial, file);
    removeOlder(kind, file);
  } catch {
    rmSync(partial, { force: true });
  }
}

/**
 * Fills the empty folder `dataDir` with a PGlite database on disk that has every migration
 * applied, as a server leaves it after its first start (no seed, no settings files): made once,
 * by openPglite (initdb) and the real migrate(), and kept. A server started on `dataDir` opens it
 * and finds no migration left to run. Returns false (and leaves `dataDir` empty) if it could not.
 */
export async function fillMigratedFolder(dataDir: string): Promise<boolean> {
  const folder = kept('folder-migrated', migratedStamp(), '');
  try {
    if (!existsSync(folder)) {
      const partial = partialOf(folder);
      try {
        mkdirSync(CACHE_DIR, { recursive: true });
        const db = await openPglite(partial);
        await migrate(db);
        await db.close();
        // Another process may have put one there first: then ours goes.
        if (!existsSync(folder)) renameSync(partial, folder);
        removeOlder('folder-migrated', folder);
      } finally {
        rmSync(partial, { recursive: true, force: true });
      }
    }
    cpSync(folder, dataDir, { recursive: true });
    return true;
  } catch {
    for (const name of readdirSync(dataDir)) rmSync(join(dataDir, name), { recursive: true, force: true });
    return false;
  }
}
