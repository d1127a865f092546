// Measures GET /api/v1/opportunities on a running server, bounded: 10 s, 10 connections.
// Usage: node server/scripts/load.mjs [baseUrl] [seconds] [connections]
import autocannon from 'autocannon';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const duration = Number(process.argv[3] ?? 10);
const connections = Number(process.argv[4] ?? 10);

const result = await autocannon({ url: `${base}/api/v1/opportunities`, duration, connections });
const non2xx = result.non2xx + result.errors + result.timeouts;
console.log(
  JSON.stringify({
    url: `${base}/api/v1/opportunities`,
    duration,
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    failures: non2xx,
  }),
);
