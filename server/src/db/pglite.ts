import { mkdirSync } from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './db.js';

/**
 * PGlite in `dataDir` (created if missing), or in memory when no directory is given.
 * `options` go to PGlite as they are (the tests pass compiled modules and a starting data folder).
 */
export async function openPglite(dataDir?: string, options: PGliteOptions = {}): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = new PGlite({ ...options, ...(dataDir ? { dataDir } : {}) });
  await pg.waitReady;
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T = Row>(text: string, params: unknown[] = []) {
      return (await q.query<T>(text, params)).rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    // PGlite has one connection; its transaction() holds a lock so other queries wait their turn.
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    // One connection: the session is that connection.
    session: (fn) => fn(wrap(pg)),
    close: () => pg.close(),
    // PGlite delivers NOTIFY to listeners in the same process (background jobs' writes).
    async listen(channel, onNotify) {
      const stop = await pg.listen(channel, onNotify);
      return async () => stop();
    },
  };
}
