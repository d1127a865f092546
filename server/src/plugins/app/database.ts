import fp from 'fastify-plugin';
import type { Db } from '../../db/db.js';
import { repositories, type Repositories } from '../../repositories/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** Every repository on the pool; inside a transaction use `repositories(tx)` (see http.ts). */
    repos: Repositories;
  }
}

/** The database (migrated and seeded before the app is built) and its repositories. */
export default fp<{ db: Db }>(
  async (app, { db }) => {
    app.decorate('db', db);
    app.decorate('repos', repositories(db));
  },
  { name: 'coprod-database' },
);
