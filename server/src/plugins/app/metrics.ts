import { timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricsOptions {
  /** When set, `/metrics` answers only `Authorization: Bearer <token>` (METRICS_TOKEN). */
  token?: string | undefined;
}

/** Label for requests no route matched: never the raw URL, which can hold ids or junk without end. */
export const UNMATCHED = '(unmatched)';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Prometheus metrics at `GET /metrics` (prom-client), outside the API contract. One registry per
 * app (tests run several apps in one process). Labels are the route pattern
 * (`/api/v1/opportunities/:opportunityId`), the method and the status: never a raw URL, id, name or address.
 *
 * - `http_requests_total`, `http_request_duration_seconds` (histogram) per method, route, status
 * - `http_request_errors_total` per method, route and class (`4xx`, `5xx`)
 * - `coprod_db_pool_connections{state}` and `coprod_db_pool_max` (PostgreSQL only)
 * - `coprod_outbox_messages{status}` (queued, sending), `coprod_outbox_due`,
 *   `coprod_outbox_oldest_age_seconds`, `coprod_outbox_worker_up` (when this process runs one)
 * - `coprod_public_cache_answers_total{result}` (hit, miss) and `coprod_public_cache_invalidations_total`:
 *   the public list and board as cached (plugins/app/public-cache.ts)
 * - Node's own (`process_*`, `nodejs_*`: memory, CPU, event loop lag, GC)
 */
export default fp<MetricsOptions>(
  async (app, options) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const labelNames = ['method', 'route', 'status_code'] as const;
    const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by method, route pattern and status.', labelNames, registers: [registry] });
    const duration = new Histogram({ name: 'http_request_duration_seconds', help: 'Time to answer, by method, route pattern and status.', labelNames, buckets: BUCKETS, registers: [registry] });
    const errors = new Counter({ name: 'http_request_errors_total', help: 'Answers with a 4xx or 5xx status, by method, route pattern and class.', labelNames: ['method', 'route', 'class'], registers: [registry] });

    const db = app.db;
    if (db.poolStats) {
      const stats = db.poolStats.bind(db);
      new Gauge({
        name: 'coprod_db_pool_connections',
        help: 'Database pool connections: total open, idle, and queries waiting for one.',
        labelNames: ['state'],
        registers: [registry],
        collect() {
          const s = stats();
          this.set({ state: 'total' }, s.total);
          this.set({ state: 'idle' }, s.idle);
          this.set({ state: 'waiting' }, s.waiting);
        },
      });
      new Gauge({ name: 'coprod_db_pool_max', help: 'Most connections the pool opens (PG_POOL_MAX).', registers: [registry], collect() { this.set(stats().max); } });
    }

    // The outbox, read once per scrape (the messages_due index covers it).
    let outbox: Promise<{ queued: number; sending: number; due: number; age: number | null } | undefined> | undefined;
    const readOutbox = () =>
      (outbox ??= db
        .query<{ queued: number; sending: number; due: number; age: number | null }>(
          `SELECT count(*) FILTER (WHERE status = 'queued')::int AS queued,
                  count(*) FILTER (WHERE status = 'sending')::int AS sending,
                  count(*) FILTER (WHERE status = 'queued' AND next_attempt_at <= now())::int AS due,
                  extract(epoch FROM now() - min(created_at))::float8 AS age
           FROM messages WHERE status IN ('queued', 'sending')`,
        )
        .then((rows) => rows[0])
        .catch(() => undefined)
        .finally(() => setImmediate(() => (outbox = undefined))));
    new Gauge({
      name: 'coprod_outbox_messages',
      help: 'Messages waiting in the outbox: queued (to send, now or after a backoff) and sending (claimed by a worker).',
      labelNames: ['status'],
      registers: [registry],
      async collect() {
        const o = await readOutbox();
        if (!o) return;
        this.set({ status: 'queued' }, o.queued);
        this.set({ status: 'sending' }, o.sending);
      },
    });
    new Gauge({ name: 'coprod_outbox_due', help: 'Queued messages whose time to send has come.', registers: [registry], async collect() { const o = await readOutbox(); if (o) this.set(o.due); } });
    new Gauge({
      name: 'coprod_outbox_oldest_age_seconds',
      help: 'Age of the oldest message still queued or sending (0 when the outbox is empty).',
      registers: [registry],
      async collect() {
        const o = await readOutbox();
        if (o) this.set(o.age ?? 0);
      },
    });
    new Gauge({
      name: 'coprod_outbox_worker_up',
      help: '1 when this process runs an outbox worker that went round recently, 0 when it runs one that has not; absent when it runs none.',
      registers: [registry],
      collect() {
        const worker = app.hasDecorator('messageWorker') ? app.messageWorker : undefined;
        if (worker) this.set(worker.alive ? 1 : 0);
      },
    });

    // The public cache's own counts, read at each scrape (the cache is registered after this plugin).
    const publicCache = () => (app.hasDecorator('publicCache') ? app.publicCache : undefined);
    new Counter({
      name: 'coprod_public_cache_answers_total',
      help: 'Anonymous reads of the public list and board: answered from the cache (hit) or computed (miss).',
      labelNames: ['result'],
      registers: [registry],
      collect() {
        const cache = publicCache();
        if (!cache) return;
        this.reset();
        this.inc({ result: 'hit' }, cache.hits);
        this.inc({ result: 'miss' }, cache.misses);
      },
    });
    new Counter({
      name: 'coprod_public_cache_invalidations_total',
      help: 'Times the public cache was emptied because the data version moved (a write here, a NOTIFY, or the version row read).',
      registers: [registry],
      collect() {
        const cache = publicCache();
        if (!cache) return;
        this.reset();
        this.inc(cache.invalidations);
      },
    });

    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? UNMATCHED;
      const labels = { method: request.method, route, status_code: String(reply.statusCode) };
      requests.inc(labels);
      duration.observe(labels, reply.elapsedTime / 1000);
      if (reply.statusCode >= 400) errors.inc({ method: request.method, route, class: reply.statusCode >= 500 ? '5xx' : '4xx' });
    });

    const expected = options.token ? Buffer.from(`Bearer ${options.token}`) : undefined;
    app.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
      if (expected) {
        const given = Buffer.from(String(request.headers.authorization ?? ''));
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          return reply.code(401).header('www-authenticate', 'Bearer').type('text/plain; charset=utf-8').send('Metrics need the METRICS_TOKEN.\n');
        }
      }
      return reply.header('cache-control', 'no-store').type(registry.contentType).send(await registry.metrics());
    });
  },
  { name: 'coprod-metrics', dependencies: ['coprod-database'] },
);
