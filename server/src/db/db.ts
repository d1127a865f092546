/** The little the server needs from a database: the same SQL runs on PGlite and PostgreSQL. */
export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` on one connection outside any transaction: each statement commits by itself. For
   * what PostgreSQL refuses inside a transaction (CREATE INDEX CONCURRENTLY), and session locks.
   */
  session<T>(fn: (conn: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Connection pool counts, where there is a pool (PostgreSQL); PGlite has one connection and none. */
  poolStats?(): { total: number; idle: number; waiting: number; max: number };
  readonly kind: 'pglite' | 'postgres';
  /**
   * LISTEN on `channel` (on its own connection, for PostgreSQL), calling `onNotify` with each
   * payload; resolves with a function that stops listening. Reconnects after a lost connection.
   */
  listen?(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
}
