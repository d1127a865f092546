/**
 * A programmable fault proxy for end-to-end tests (issue 13): it sits between a real browser
 * and the real reference server, passes everything through, and fails the requests a test
 * names in the ways a network and a busy service fail:
 *
 * - `reset`: the socket is destroyed before any answer (ECONNRESET in the browser);
 * - `hang`: no answer at all, until the client gives up (or the fault is cleared);
 * - `status`: 500, 502, 503, 429 (with `Retry-After`), 401, 403 with an RFC 9457 problem;
 * - `broken-json`: 200 with `application/json` that is not JSON;
 * - `commit-then-lose`: the request goes to the server, which commits and answers, and then
 *   the answer is lost (the browser's socket is destroyed): the case idempotency keys exist for.
 *
 * A fault stays on for every matching request until {@link FaultProxy.clear} (the client's own
 * retries meet it too, so the person sees the failure). It can also serve pages of its own
 * (`pages`), so a test page and its script come from the same origin as the API.
 * Binds 127.0.0.1 on a free port.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Fault =
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'broken-json' }
  | { kind: 'commit-then-lose' };

export interface FaultRule {
  method: string;
  /** Matched against the path and query, e.g. /^\/api\/v1\/feedback$/. */
  path: RegExp;
  fault: Fault;
}

/** One request the proxy saw that matched the rule in force (faulted or not). */
export interface SeenRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  ifMatch: string | undefined;
  /** The fault it met, or undefined when it passed through. */
  fault: Fault['kind'] | undefined;
}

export interface FaultProxy {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** From now on, fail every request matching `rule` (replacing any rule before). */
  fail(rule: FaultRule): void;
  /** Stops failing; a request still hanging is dropped. */
  clear(): void;
  /** Requests seen since the last {@link watch}, for method and path matching `rule`. */
  seen: SeenRequest[];
  /** Forgets `seen` and records from now on every request matching `method` and `path`. */
  watch(method: string, path: RegExp): void;
  close(): Promise<void>;
}

export interface Page {
  type: string;
  body: string | (() => string);
  headers?: Record<string, string>;
}

const PROBLEM_TITLES: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** Starts a proxy to `upstream` (e.g. the test server's URL). */
export async function startFaultProxy(upstream: string, pages: Record<string, Page> = {}): Promise<FaultProxy> {
  const target = new URL(upstream);
  let rule: FaultRule | undefined;
  let watching: { method: string; path: RegExp } | undefined;
  const hanging = new Set<Socket>();
  const sockets = new Set<Socket>();

  function forward(req: IncomingMessage, body: Buffer, answer: (status: number, headers: IncomingMessage['headers'], payload: Buffer) => void, failed: (error: Error) => void): void {
    const upstreamRequest = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => answer(response.statusCode ?? 502, response.headers, Buffer.concat(chunks)));
        response.on('error', failed);
      },
    );
    upstreamRequest.on('error', failed);
    upstreamRequest.end(body);
  }

  function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const path = req.url ?? '/';
    const page = pages[path.split('?')[0]!];
    if (page && req.method === 'GET') {
      res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store', ...page.headers });
      res.end(typeof page.body === 'function' ? page.body() : page.body);
      return;
    }
    const method = req.method ?? 'GET';
    const active = rule && rule.method === method && rule.path.test(path) ? rule.fault : undefined;
    if (watching && watching.method === method && watching.path.test(path)) {
      const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined);
      proxy.seen.push({ method, path, idempotencyKey: header('idempotency-key'), ifMatch: header('if-match'), fault: active?.kind });
    }
    const pass = () =>
      forward(
        req,
        body,
        (status, headers, payload) => {
          res.writeHead(status, headers);
          res.end(payload);
        },
        () => res.destroy(),
      );
    if (!active) return pass();
    switch (active.kind) {
      case 'reset':
        req.socket.destroy();
        return;
      case 'hang':
        hanging.add(req.socket);
        req.socket.once('close', () => hanging.delete(req.socket));
        return;
      case 'status': {
        const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
        if (active.retryAfter !== undefined) headers['retry-after'] = String(active.retryAfter);
        res.writeHead(active.status, headers);
        res.end(JSON.stringify({ type: 'about:blank', title: PROBLEM_TITLES[active.status] ?? 'Error', status: active.status }));
        return;
      }
      case 'broken-json':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id": "half an ans');
        return;
      case 'commit-then-lose':
        // The server commits and answers; the answer never reaches the browser.
        forward(req, body, () => req.socket.destroy(), () => req.socket.destroy());
        return;
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}`,
    seen: [],
    fail(next) {
      rule = next;
    },
    clear() {
      rule = undefined;
      for (const socket of hanging) socket.destroy();
      hanging.clear();
    },
    watch(method, path) {
      watching = { method, path };
      proxy.seen = [];
    },
    close() {
      proxy.clear();
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
