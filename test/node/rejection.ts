/// <reference types="node" />
import assert from 'node:assert/strict';
import { ApiError } from '../../src/api/errors.js';

/** The ApiError a call rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to reject');
}
