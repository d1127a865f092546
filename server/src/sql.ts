/** Collects parameters while a query is built: `sql.param(v)` returns `$n`. Values never enter the SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** JSON for a jsonb parameter (node-postgres would turn a JS array into a PostgreSQL array). */
export const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/** Escapes LIKE wildcards in user text. */
export const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
