/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ApiError } from '../../src/api/errors.js';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { failingApi, flakyApi, neverSettlingApi } from '../helpers/scripted-adapters.js';

describe('scripted adapters', () => {
  it('neverSettlingApi stays pending until aborted', async () => {
    const controller = new AbortController();
    let settled = false;
    const call = neverSettlingApi()
      .listOpportunities({}, { signal: controller.signal })
      .finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(settled, false);
    controller.abort();
    await assert.rejects(call, (e: unknown) => e instanceof ApiError && e.kind === 'aborted');
  });

  it('is not mistaken for a promise', async () => {
    const api = neverSettlingApi();
    assert.equal(await Promise.resolve(api), api);
  });

  it('failingApi rejects every call with the kind asked for', async () => {
    await assert.rejects(failingApi().getTaxonomy(), (e: unknown) => e instanceof ApiError && e.kind === 'network');
    await assert.rejects(failingApi('server').listFeedback(), (e: unknown) => e instanceof ApiError && e.kind === 'server' && e.status === 503);
  });

  it('flakyApi fails the first N calls of the named methods, then delegates, recording each call', async () => {
    const api = flakyApi(new InMemoryApi({ seed: 'empty' }), { failures: 2, kind: 'timeout', methods: ['createFeedback'] });
    assert.equal((await api.getTaxonomy()).topics.length, 0);
    const input = { topic: 't', text: 'Hello there', consentToPublish: false };
    for (let i = 0; i < 2; i++) {
      await assert.rejects(api.createFeedback(input, { idempotencyKey: 'same-key-1' }), (e: unknown) => e instanceof ApiError && e.kind === 'timeout');
    }
    const receipt = await api.createFeedback(input, { idempotencyKey: 'same-key-1' });
    assert.equal(receipt.status, 'received');
    assert.deepEqual(
      api.calls.map((c) => [c.method, c.idempotencyKey, c.failed]),
      [
        ['getTaxonomy', undefined, false],
        ['createFeedback', 'same-key-1', true],
        ['createFeedback', 'same-key-1', true],
        ['createFeedback', 'same-key-1', false],
      ],
    );
    assert.deepEqual(api.calls[1]?.args[0], input);
  });
});
