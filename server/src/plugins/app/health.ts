import fp from 'fastify-plugin';
import { pendingMigrations } from '../../db/migrate.js';

export type Check = 'ok' | 'off' | 'failing';

export interface Readiness {
  status: 'ready' | 'not ready';
  checks: { database: Check; migrations: Check; outboxWorker: Check; shuttingDown: boolean };
}

/** How long a database check may take before the instance counts as not ready. */
const DATABASE_TIMEOUT_MS = 2000;

function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Operational endpoints for a load balancer or orchestrator, outside the public API contract
 * (`api/openapi.yaml` describes what widgets call; these are for the council's IT team):
 *
 * - `GET /healthz`: the process is up and answering (liveness). Touches nothing else.
 * - `GET /readyz`: this instance should get traffic: the database answers, every migration
 *   is applied, and the outbox worker (when this process runs one) went round recently.
 *   503 otherwise, and from the moment the server starts closing, so a balancer drains it.
 *
 * Answers hold check names and states only: no error text (it could name hosts or users).
 */
export default fp(
  async (app) => {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });

    const noStore = { 'cache-control': 'no-store' };
    // Probes come every few seconds: keep them out of the info log.
    app.get('/healthz', { logLevel: 'warn' }, async (_request, reply) => reply.headers(noStore).send({ status: 'ok' }));

    app.get('/readyz', { logLevel: 'warn' }, async (_request, reply) => {
      const ready = await readiness();
      return reply.code(ready.status === 'ready' ? 200 : 503).headers(noStore).send(ready);
    });

    async function readiness(): Promise<Readiness> {
      let database: Check = 'ok';
      let migrations: Check = 'ok';
      try {
        const pending = await within(DATABASE_TIMEOUT_MS, pendingMigrations(app.db));
        if (pending.length) migrations = 'failing';
      } catch {
        // Unreachable, or no schema_migrations table at all: either way not ready.
        database = 'failing';
        migrations = 'failing';
      }
      // The messages plugin registers after this one; read its worker when asked.
      const worker = app.hasDecorator('messageWorker') ? app.messageWorker : undefined;
      const outboxWorker: Check = worker === undefined ? 'off' : worker.alive ? 'ok' : 'failing';
      const healthy = database === 'ok' && migrations === 'ok' && outboxWorker !== 'failing' && !closing;
      return { status: healthy ? 'ready' : 'not ready', checks: { database, migrations, outboxWorker, shuttingDown: closing } };
    }
    app.decorate('readiness', readiness);
  },
  { name: 'coprod-health', dependencies: ['coprod-database'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    /** What `/readyz` answers (also read by /metrics). */
    readiness(): Promise<Readiness>;
  }
}
