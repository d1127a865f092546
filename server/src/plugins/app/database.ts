import fp from 'fastify-plugin';
import type { ContactKeys } from '../../contacts.js';
import type { Db } from '../../db/db.js';
import { repositories, type Repositories } from '../../repositories/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** Every repository on the pool; inside a transaction use `repositories(tx, app.contactKeys)` (see http.ts). */
    repos: Repositories;
    /** The keyed hash and the cipher for contact details (CONTACT_KEY, CONTACT_ENCRYPTION_KEY). */
    contactKeys: ContactKeys;
  }
}

/** The database (migrated and seeded before the app is built) and its repositories. */
export default fp<{ db: Db; keys: ContactKeys }>(
  async (app, { db, keys }) => {
    app.decorate('db', db);
    app.decorate('contactKeys', keys);
    app.decorate('repos', repositories(db, keys));
  },
  { name: 'coprod-database' },
);
