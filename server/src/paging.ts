import { createHash } from 'node:crypto';
import { badRequest } from './problems.js';

/**
 * Offset cursors, opaque to clients. Every listing orders by a unique id last, so pages
 * are stable; the cursor also carries a fingerprint of the filters so a cursor cannot be
 * reused with another search.
 */
export function encodeCursor(offset: number, filters: unknown): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint(filters) })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, filters: unknown): number {
  if (!cursor) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown; f?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0 && parsed.f === fingerprint(filters)) return parsed.o;
  } catch {
    // fall through
  }
  throw badRequest('The cursor is not one we gave for this search. Start again from the first page.', [
    { field: 'cursor', code: 'invalid-format', message: 'Start again from the first page: this cursor belongs to another search.' },
  ]);
}

export function nextCursor(offset: number, pageSize: number, total: number, filters: unknown): string | null {
  return offset + pageSize < total ? encodeCursor(offset + pageSize, filters) : null;
}

function fingerprint(filters: unknown): string {
  return createHash('sha256').update(JSON.stringify(filters)).digest('base64url').slice(0, 12);
}
