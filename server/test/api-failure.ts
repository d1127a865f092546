/**
 * For tests that call the API through a client (InMemoryApi or HttpApi): the call must fail
 * with an ApiError, and what is compared is its status and its `field:code` pairs, sorted, so
 * the adapter and the server can be held to the same answer.
 */
import assert from 'node:assert/strict';
import { ApiError } from '../../src/api/errors.js';

export async function failure(work: Promise<unknown>): Promise<{ status: number; codes: string[] }> {
  const error = await work.then(
    () => assert.fail('expected the call to fail'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ApiError, String(error));
  return { status: error.status, codes: (error.problem?.errors ?? []).map((e) => `${e.field}:${e.code}`).sort() };
}
