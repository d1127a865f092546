import pg from 'pg';
import type { Db, Row } from './db.js';

export interface PostgresOptions {
  connectionString: string;
  /** Puts every connection on this schema (tests run each suite in a fresh one). */
  schema?: string;
  max?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    async query<T = Row>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query<T = Row>(text: string, params: unknown[] = []) {
            return (await client.query(text, params)).rows as T[];
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async session(fn) {
      const client = await pool.connect();
      try {
        const result = await fn({
          async query<T = Row>(text: string, params: unknown[] = []) {
            return (await client.query(text, params)).rows as T[];
          },
        });
        client.release();
        return result;
      } catch (error) {
        // Closed, not pooled: it may still hold a session lock or be half way through a statement.
        client.release(error instanceof Error ? error : true);
        throw error;
      }
    },
    listen: (channel, onNotify) => listenOn(options, channel, onNotify),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: options.max ?? 10 }),
    close: () => pool.end(),
  };
}

/** One connection of its own that LISTENs, opened again a second after it is lost. */
async function listenOn(options: PostgresOptions, channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const open = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.connectionString });
    next.on('notification', (message) => onNotify(message.payload ?? ''));
    next.on('error', () => {
      // Lost: the caller also looks at the version row, so nothing is missed while we reconnect.
      if (client === next) client = undefined;
      next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void open().catch(() => undefined), 1000).unref();
    });
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    if (stopped) await next.end();
    else client = next;
  };
  await open();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
