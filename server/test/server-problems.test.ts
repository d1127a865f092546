import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serverProblems } from '../../test/fixtures/server-problems.js';
import { key, staffToken, suiteServer } from './harness.js';

describe('the 422 answers the browser tests replay are the real server’s', () => {
  const s = suiteServer();
  for (const [form, { request, problem }] of Object.entries(serverProblems)) {
    it(`${form}: ${request.method} ${request.path}`, async () => {
      const r = await s.call(`/api/v1${request.path}`, {
        method: request.method,
        body: request.body,
        headers: request.method === 'POST' ? { 'idempotency-key': key() } : {},
        ...('staff' in request && request.staff ? { token: await staffToken() } : {}),
      });
      assert.equal(r.status, 422);
      const { instance: _instance, ...body } = r.body as Record<string, unknown>;
      assert.deepEqual(body, problem);
    });
  }
});
