/// <reference types="node" />
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';

import { HttpApi, buildUrl, onFirstCall, type HttpApiOptions } from '../../src/api/http-client.js';
import type { Send } from '../../src/api/http-transport.js';
import type { InterestInput } from '../../src/api/types.js';
import { rejection } from './rejection.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

type Handler = (req: Seen, res: ServerResponse) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1; each test swaps in its own handler. */
let server: Server;
let base: string;
let handler: Handler;
let seen: Seen[];

before(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const record: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      seen.push(record);
      void Promise.resolve(handler(record, res)).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  handler = (_req, res) => json(res, 200, {});
});

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/problem+json', ...headers });
  res.end(JSON.stringify({ type: 'about:blank', status, ...body }));
}

function api(options: Partial<HttpApiOptions> = {}): HttpApi {
  return new HttpApi({ baseUrl: base, retryBaseDelayMs: 5, timeoutMs: 2000, ...options });
}

const interest: InterestInput = { name: 'Sam', contact: { method: 'email', detail: 'sam@example.com' }, consent: true };
const emptyPage = { items: [], total: 0, nextCursor: null };

describe('HttpApi over a real HTTP server', () => {
  it('retries a GET with backoff after 503 and then succeeds', async () => {
    let n = 0;
    handler = (_req, res) => (++n < 3 ? problem(res, 503, { title: 'Down' }) : json(res, 200, emptyPage));
    const page = await api({ retryBaseDelayMs: 40 }).listOpportunities();
    assert.deepEqual(page, emptyPage);
    assert.equal(seen.length, 3);
    // With jitter each wait is 50-100% of base * 2^(n-1): at least 20 ms, then at least 40 ms.
    const [first, second] = [seen[1]!.at - seen[0]!.at, seen[2]!.at - seen[1]!.at];
    assert.ok(first >= 19, `first wait ${first} ms`);
    assert.ok(second >= 39, `second wait ${second} ms`);
  });

  it('sends the same Idempotency-Key on every retry of a POST', async () => {
    let n = 0;
    handler = (_req, res) => (++n < 3 ? problem(res, 502, { title: 'Bad gateway' }) : json(res, 201, { id: 'i1', reference: 'INT-ABCD', opportunityId: 'o1', createdAt: '2026-01-01T00:00:00Z' }));
    const receipt = await api().createInterest('o1', interest);
    assert.equal(receipt.reference, 'INT-ABCD');
    assert.equal(seen.length, 3);
    const keys = seen.map((r) => r.headers['idempotency-key']);
    assert.ok(typeof keys[0] === 'string' && keys[0].length >= 8);
    assert.deepEqual(new Set(keys).size, 1);
    assert.deepEqual(JSON.parse(seen[0]!.body), interest);
    assert.equal(seen[0]!.headers['content-type'], 'application/json');
  });

  it("uses the caller's idempotency key, and a new one for a new call", async () => {
    handler = (_req, res) => json(res, 201, { id: 'f1', reference: 'FB-1', status: 'received', createdAt: 'x' });
    const client = api();
    await client.createFeedback({ topic: 't', text: 'Hello', consentToPublish: true }, { idempotencyKey: 'my-key-12345' });
    await client.createFeedback({ topic: 't', text: 'Hello', consentToPublish: true });
    await client.createFeedback({ topic: 't', text: 'Hello', consentToPublish: true });
    assert.equal(seen[0]!.headers['idempotency-key'], 'my-key-12345');
    assert.notEqual(seen[1]!.headers['idempotency-key'], seen[2]!.headers['idempotency-key']);
  });

  for (const status of [400, 404, 422]) {
    it(`does not retry a ${status}`, async () => {
      handler = (_req, res) => problem(res, status, { title: 'No' });
      const error = await rejection(api().createInterest('o1', interest));
      assert.equal(error.status, status);
      assert.equal(seen.length, 1);
    });
  }

  it('does not retry a PUT, PATCH or DELETE after a 503', async () => {
    handler = (_req, res) => problem(res, 503, { title: 'Down' });
    const client = api();
    await rejection(client.updateFeedback('f1', { status: 'considering' }));
    await rejection(client.deleteProfile('p1'));
    assert.equal(seen.length, 2);
  });

  it('maps a 404 to kind not-found with the problem detail as message', async () => {
    handler = (_req, res) => problem(res, 404, { title: 'Not found', detail: 'There is no opportunity with that id' });
    const error = await rejection(api().getOpportunity('nope'));
    assert.equal(error.kind, 'not-found');
    assert.equal(error.message, 'There is no opportunity with that id');
  });

  it('turns a timeout into kind timeout and does not wait for a slow server', async () => {
    handler = async (_req, res) => {
      await new Promise((r) => setTimeout(r, 1500));
      if (!res.destroyed) json(res, 200, emptyPage);
    };
    const started = Date.now();
    const error = await rejection(api({ timeoutMs: 100, retries: 0 }).listOpportunities());
    assert.equal(error.kind, 'timeout');
    assert.ok(Date.now() - started < 1000, `gave up after ${Date.now() - started} ms`);
  });

  it('retries after a timeout', async () => {
    let n = 0;
    handler = async (_req, res) => {
      if (++n === 1) await new Promise((r) => setTimeout(r, 2000));
      if (!res.destroyed) json(res, 200, emptyPage);
    };
    // 500 ms, not 100: at a load of 40 the second, immediate answer took over 100 ms (a third attempt, seen).
    const page = await api({ timeoutMs: 500 }).listFeedback();
    assert.deepEqual(page, emptyPage);
    assert.equal(seen.length, 2);
  });

  it("rejects as aborted when the caller aborts, without retrying", async () => {
    const controller = new AbortController();
    // The caller aborts once the server has the request (a 50 ms timer fired before it arrived on a loaded machine).
    handler = async (_req, res) => {
      controller.abort();
      await new Promise((r) => setTimeout(r, 500));
      if (!res.destroyed) json(res, 200, emptyPage);
    };
    const error = await rejection(api().listOpportunities({}, { signal: controller.signal }));
    assert.equal(error.kind, 'aborted');
    assert.equal(seen.length, 1);

    const already = new AbortController();
    already.abort();
    assert.equal((await rejection(api().getTaxonomy({ signal: already.signal }))).kind, 'aborted');
    assert.equal(seen.length, 1);
  });

  it('does not send a request when the caller aborts while the token getter runs', async () => {
    const controller = new AbortController();
    // The caller aborts while the getter is still working: no timers racing (10 ms against 50 ms
    // failed once on a loaded machine), the getter itself aborts and answers a turn later.
    const client = api({ token: () => new Promise((r) => { controller.abort(); setTimeout(() => r('late'), 0); }) });
    assert.equal((await rejection(client.getTaxonomy({ signal: controller.signal }))).kind, 'aborted');
    assert.equal(seen.length, 0);
  });

  it('sends If-None-Match on the second GET and returns the cached body on 304', async () => {
    const body = { topics: [{ id: 'carers', name: { en: 'Carers' } }], areas: [], organisations: [] };
    handler = (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { ETag: '"v1"' });
        res.end();
      } else json(res, 200, body, { ETag: '"v1"' });
    };
    const client = api();
    const first = await client.getTaxonomy();
    first.topics.length = 0; // a caller changing its copy must not change the cache
    const second = await client.getTaxonomy();
    assert.equal(seen[0]!.headers['if-none-match'], undefined);
    assert.equal(seen[1]!.headers['if-none-match'], '"v1"');
    assert.deepEqual(second, body);
  });

  it('keeps the ETag cache separate per token', async () => {
    handler = (req, res) => json(res, 200, emptyPage, { ETag: '"p"' });
    let token = 'a';
    const client = api({ token: () => token });
    await client.listFeedback();
    token = 'b';
    await client.listFeedback();
    assert.equal(seen[1]!.headers['if-none-match'], undefined);
  });

  it('turns a problem+json 422 into a validation ApiError with field errors', async () => {
    handler = (_req, res) =>
      problem(res, 422, {
        title: 'There is a problem',
        errors: [{ field: 'contact.detail', message: 'Enter an email address in the correct format, like name@example.com', code: 'invalid-email' }],
      });
    const error = await rejection(api().createInterest('o1', interest));
    assert.equal(error.kind, 'validation');
    assert.equal(error.status, 422);
    assert.deepEqual(error.fieldErrors, { 'contact.detail': 'Enter an email address in the correct format, like name@example.com' });
    assert.equal(error.fieldErrorList[0]?.code, 'invalid-email');
  });

  it('reads a plain JSON error body', async () => {
    handler = (_req, res) => json(res, 403, { message: 'Staff only' });
    const error = await rejection(api().listInterests('o1'));
    assert.equal(error.kind, 'forbidden');
    assert.equal(error.message, 'Staff only');
  });

  it('honours Retry-After on 429', async () => {
    let n = 0;
    handler = (_req, res) => (++n === 1 ? problem(res, 429, { title: 'Slow down' }, { 'Retry-After': '1' }) : json(res, 200, emptyPage));
    await api().listOpportunities();
    assert.equal(seen.length, 2);
    assert.ok(seen[1]!.at - seen[0]!.at >= 900, `waited ${seen[1]!.at - seen[0]!.at} ms`);
  });

  it('fails at once with retryAfter when the server asks for a longer wait than the cap', async () => {
    handler = (_req, res) => problem(res, 429, { title: 'Slow down' }, { 'Retry-After': '120' });
    const error = await rejection(api().createFeedback({ topic: 't', text: 'Hello', consentToPublish: false }));
    assert.equal(error.kind, 'rate-limited');
    assert.equal(error.retryAfter, 120);
    assert.equal(seen.length, 1);
  });

  it('sends a bearer token from a string', async () => {
    await api({ token: 'abc123' }).listOpportunities();
    assert.equal(seen[0]!.headers.authorization, 'Bearer abc123');
  });

  it('asks an async token getter before every call', async () => {
    let n = 0;
    const client = api({ token: async () => `t${++n}` });
    await client.getTaxonomy();
    await client.getTaxonomy();
    assert.deepEqual(
      seen.map((r) => r.headers.authorization),
      ['Bearer t1', 'Bearer t2'],
    );
  });

  it('sends no Authorization header when the getter has no token', async () => {
    await api({ token: () => null }).getTaxonomy();
    assert.equal(seen[0]!.headers.authorization, undefined);
  });

  it('explodes query arrays and encodes path ids', async () => {
    handler = (_req, res) => json(res, 200, emptyPage);
    const client = api();
    await client.listOpportunities({ topic: ['carers', 'mental-health'], format: ['online'], paid: true, q: 'a&b c', limit: 5 });
    const url = new URL(seen[0]!.url, 'http://x');
    assert.equal(url.pathname, '/api/v1/opportunities');
    assert.deepEqual(url.searchParams.getAll('topic'), ['carers', 'mental-health']);
    assert.deepEqual(url.searchParams.getAll('format'), ['online']);
    assert.equal(url.searchParams.get('paid'), 'true');
    assert.equal(url.searchParams.get('q'), 'a&b c');
    assert.equal(url.searchParams.get('limit'), '5');
    await client.getFeedback('a/b?c');
    assert.equal(seen[1]!.url, '/api/v1/feedback/a%2Fb%3Fc');
    assert.equal(buildUrl('/api/v1/', '/feedback', {}, { status: [], q: undefined }), '/api/v1/feedback');
  });

  it("uses the profile's edit token for profile calls instead of the configured token", async () => {
    handler = (_req, res) => json(res, 200, { id: 'p1' });
    const client = api({ token: 'host-jwt' });
    await client.getProfile('p1', { profileToken: 'edit-token' });
    await client.getProfile('p1');
    await client.listOpportunities();
    assert.deepEqual(
      seen.map((r) => r.headers.authorization),
      ['Bearer edit-token', 'Bearer host-jwt', 'Bearer host-jwt'],
    );
  });

  it('resolves undefined on 204 for a delete', async () => {
    handler = (_req, res) => {
      res.writeHead(204);
      res.end();
    };
    const result = await api().deleteProfile('p1', { profileToken: 'edit' });
    assert.equal(result, undefined);
    assert.equal(seen[0]!.method, 'DELETE');
    assert.equal(seen[0]!.url, '/api/v1/profiles/p1');
    await api().deleteProfile('p1', { reason: 'person-asked' });
    assert.equal(seen[1]!.url, '/api/v1/profiles/p1?reason=person-asked', 'staff say why, in the query');
  });

  it('asks who was told about an item, and records one told by hand with an idempotency key', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ items: [] }));
    };
    assert.deepEqual(await api().listMessages({ feedbackId: 'f1' }), { items: [] });
    assert.equal(seen[0]!.url, '/api/v1/messages?feedbackId=f1');
    await api().markMessageDone('m1');
    assert.equal(`${seen[1]!.method} ${seen[1]!.url}`, 'POST /api/v1/messages/m1/done');
    assert.ok(seen[1]!.headers['idempotency-key'], 'a POST carries its idempotency key');
  });

  it('turns an unreadable 2xx body into kind server', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('<html>oops');
    };
    assert.equal((await rejection(api().getTaxonomy())).kind, 'server');
  });

  it('turns a refused connection into kind network after retrying', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await rejection(new HttpApi({ baseUrl: `http://127.0.0.1:${port}`, retryBaseDelayMs: 5 }).getTaxonomy());
    assert.equal(error.kind, 'network');
  });

  it('asks for what it reads: JSON, a CSV as text, a receipt as a file; a file goes as it is with its key, a JSON body as JSON', async () => {
    handler = (req, res) => {
      if (req.url.startsWith('/api/v1/claims/export')) return void res.writeHead(200, { 'Content-Type': 'text/csv' }).end('a,b\r\n');
      if (req.url.startsWith('/api/v1/receipts/')) return void res.writeHead(200, { 'Content-Type': 'image/png' }).end('PNG');
      json(res, 200, { id: 'r1' });
    };
    const client = api();
    assert.equal(await client.exportClaims({}), 'a,b\r\n');
    assert.equal(await (await client.getReceipt('r1', { meToken: 'm' })).text(), 'PNG');
    await client.uploadReceipt(new Uint8Array([1, 2, 3]), { meToken: 'm', idempotencyKey: 'k-upload' });
    await client.getTaxonomy();
    await client.updateInterest('o1', 'i1', { status: 'contacted' });
    assert.deepEqual(
      seen.map((r) => [r.method, r.headers['accept'], r.headers['content-type'], r.headers['idempotency-key'], r.body]),
      [
        ['GET', 'text/csv, application/problem+json', undefined, undefined, ''],
        ['GET', 'image/jpeg, image/png, application/pdf, application/problem+json', undefined, undefined, ''],
        ['POST', 'application/json, application/problem+json', 'application/octet-stream', 'k-upload', '\u0001\u0002\u0003'],
        ['GET', 'application/json, application/problem+json', undefined, undefined, ''],
        ['PATCH', 'application/json, application/problem+json', 'application/json', undefined, '{"status":"contacted"}'],
      ],
    );
  });

  it('sends the right method, path and body for each write', async () => {
    handler = (_req, res) => json(res, 200, { items: [] });
    const client = api();
    await client.supportFeedback('f1', 'k'.repeat(20));
    await client.mergeFeedback('f1', 'f2');
    await client.updateInterest('o1', 'i1', { status: 'contacted' });
    assert.deepEqual(
      seen.map((r) => [r.method, r.url, JSON.parse(r.body)]),
      [
        ['POST', '/api/v1/feedback/f1/supporters', { supporterKey: 'k'.repeat(20) }],
        ['POST', '/api/v1/feedback/f1/merge', { intoId: 'f2' }],
        ['PATCH', '/api/v1/opportunities/o1/interests/i1', { status: 'contacted' }],
      ],
    );
    assert.equal(seen[2]!.headers['idempotency-key'], undefined);
  });

  it('loads each module of calls on its first call, with every call the module has and no other', async () => {
    const client = api();
    const send: Send = <T>() => Promise.resolve(undefined as T);
    for (const [load, names] of onFirstCall) {
      const calls = (await load())(send);
      assert.deepEqual(Object.keys(calls).sort(), [...names].sort());
      for (const name of names) assert.equal(typeof (client as unknown as Record<string, unknown>)[name], 'function', name);
    }
    // A call from a module loaded on first use answers as the module does: the pay calls' version, the staff calls' paths.
    handler = (_req, res) => json(res, 200, { id: 'a1', updatedAt: '2026-11-29T10:00:00.000Z' });
    const attendance = await client.getAttendance('a1');
    await client.getStaffSummary();
    assert.deepEqual(seen.map((r) => [r.method, r.url]), [['GET', '/api/v1/attendance/a1'], ['GET', '/api/v1/staff/summary']]);
    const { versionOf } = await import('../../src/api/versions.js');
    assert.equal(versionOf(attendance), '"2026-11-29T10:00:00.000Z"');
  });

  it('asks for a module again after it failed to load, and fails that call as a network failure; once loaded, makes its calls once per client', async () => {
    const [load, names] = onFirstCall[0]!;
    let tries = 0;
    let made = 0;
    const counted = (): ReturnType<typeof load> => load().then((make) => (send: Send) => (made++, make(send)));
    const flaky = [() => (++tries === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : counted()), names] as const;
    const saved = [...onFirstCall];
    (onFirstCall as unknown as (typeof flaky)[]).splice(0, 1, flaky);
    try {
      const client = api();
      handler = (_req, res) => json(res, 200, { channel: 'email', profiles: [] });
      const error = await rejection(client.getMessagePreferences({ meToken: 't' }));
      assert.equal(error.kind, 'network');
      assert.deepEqual(await client.getMessagePreferences({ meToken: 't' }), { channel: 'email', profiles: [] });
      assert.equal(tries, 2);
      // Later calls, of that name or another of the module, use the same calls: what a module keeps between calls is kept.
      await Promise.all([client.getMessagePreferences({ meToken: 't' }), client.getMyInvolvement({ meToken: 't' })]);
      assert.deepEqual([tries, made], [2, 1]);
      // Another client makes its own.
      await api().getMessagePreferences({ meToken: 't' });
      assert.deepEqual([tries, made], [3, 2]);
    } finally {
      (onFirstCall as unknown as (typeof saved)[number][]).splice(0, onFirstCall.length, ...saved);
    }
  });

  it("lets a subclass's own method win over a call that loads on first use", async () => {
    class CouncilApi extends HttpApi {
      override getStaffSummary(): ReturnType<HttpApi['getStaffSummary']> {
        return Promise.resolve({ mine: true } as unknown as Awaited<ReturnType<HttpApi['getStaffSummary']>>);
      }
    }
    const client = new CouncilApi({ baseUrl: base });
    assert.deepEqual(await client.getStaffSummary(), { mine: true });
    assert.equal(seen.length, 0);
  });
});
