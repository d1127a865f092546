/**
 * The e2e fault proxy (test/e2e/fault-proxy.ts) does what each fault says, against a tiny
 * upstream that counts the writes it commits: the fault e2e relies on "commit then lose"
 * really committing, and on every other fault never reaching the server.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { startFaultProxy, type Fault, type FaultProxy } from '../e2e/fault-proxy.js';

let commits = 0;
const upstream = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (req.method === 'POST') commits++;
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ n: commits }));
  });
});
let proxy: FaultProxy;

before(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', () => resolve()));
  const address = upstream.address();
  proxy = await startFaultProxy(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, { '/page.html': { type: 'text/html', body: '<p>hi</p>' } });
});
after(async () => {
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));
});

const post = (signal?: AbortSignal) => fetch(`${proxy.url}/api/things`, { method: 'POST', body: '{}', headers: { 'idempotency-key': 'k1' }, ...(signal ? { signal } : {}) });

test('each fault fails the request the way it says, and only commit-then-lose reaches the server', async () => {
  proxy.watch('POST', /^\/api\/things$/);
  const cases: [Fault, (outcome: Response | Error) => void][] = [
    [{ kind: 'reset' }, (outcome) => assert.ok(outcome instanceof Error)],
    [{ kind: 'status', status: 503 }, (outcome) => assert.equal((outcome as Response).status, 503)],
    [{ kind: 'status', status: 429, retryAfter: 20 }, (outcome) => assert.equal((outcome as Response).headers.get('retry-after'), '20')],
    [{ kind: 'broken-json' }, (outcome) => assert.equal((outcome as Response).status, 200)],
  ];
  for (const [fault, check] of cases) {
    proxy.fail({ method: 'POST', path: /^\/api\/things$/, fault });
    const outcome = await post().catch((error: Error) => error);
    check(outcome);
    if (fault.kind === 'broken-json') await assert.rejects((outcome as Response).json());
  }
  assert.equal(commits, 0, 'no fault so far reached the server');

  proxy.fail({ method: 'POST', path: /^\/api\/things$/, fault: { kind: 'hang' } });
  await assert.rejects(post(AbortSignal.timeout(300)));
  assert.equal(commits, 0);

  proxy.fail({ method: 'POST', path: /^\/api\/things$/, fault: { kind: 'commit-then-lose' } });
  await assert.rejects(post());
  assert.equal(commits, 1, 'the server committed the write whose answer was lost');

  proxy.clear();
  assert.equal((await post()).status, 201);
  assert.equal(commits, 2);
  assert.deepEqual(proxy.seen.map((seen) => seen.fault), ['reset', 'status', 'status', 'broken-json', 'hang', 'commit-then-lose', undefined]);
  assert.ok(proxy.seen.every((seen) => seen.idempotencyKey === 'k1'));
  assert.equal(await (await fetch(`${proxy.url}/page.html`)).text(), '<p>hi</p>');
});
