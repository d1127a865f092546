import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './db.js';

/** PGlite in `dataDir` (created if missing), or in memory when no directory is given. */
export async function openPglite(dataDir?: string): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
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
