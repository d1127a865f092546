import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dbKind, suiteServer, type TestServer } from './harness.js';

const TOKEN = 'metrics-test-token';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, one sample a line. */
async function scrape(s: TestServer): Promise<{ text: string; samples: Sample[] }> {
  const response = await fetch(`${s.base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(response.status, 200);
  assert.match(String(response.headers.get('content-type')), /^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  const samples = text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      assert.ok(m, `a sample line: ${line}`);
      const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1]!, l[2]!]));
      return { name: m[1]!, labels, value: Number(m[3]) };
    });
  return { text, samples };
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.filter((x) => x.name === name && Object.entries(labels).every(([k, v]) => x.labels[k] === v)).reduce((sum, x) => sum + x.value, 0);

describe('metrics', () => {
  const s = suiteServer({ metrics: { token: TOKEN } });
  const one = { method: 'GET', route: '/api/v1/opportunities/:opportunityId' };

  it('answers only with the metrics token', async () => {
    assert.equal((await fetch(`${s.base}/metrics`)).status, 401);
    assert.equal((await fetch(`${s.base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status, 401);
  });

  it('counts requests, latency and errors per route pattern, never the raw URL', async () => {
    const before = (await scrape(s)).samples;
    assert.equal((await s.call('/api/v1/opportunities/opp-buses')).status, 200);
    assert.equal((await s.call('/api/v1/opportunities/opp-housing')).status, 200);
    assert.equal((await s.call('/api/v1/opportunities/opp-not-there-4821')).status, 404);
    assert.equal((await s.call('/api/v1/nothing-here/person-7731')).status, 404);
    const { text, samples: after } = await scrape(s);

    const moved = (name: string, labels: Record<string, string>) => value(after, name, labels) - value(before, name, labels);
    assert.equal(moved('http_requests_total', { ...one, status_code: '200' }), 2);
    assert.equal(moved('http_requests_total', { ...one, status_code: '404' }), 1);
    assert.equal(moved('http_request_duration_seconds_count', { ...one, status_code: '200' }), 2);
    assert.ok(moved('http_request_duration_seconds_sum', { ...one, status_code: '200' }) > 0);
    assert.equal(moved('http_request_duration_seconds_bucket', { ...one, status_code: '200', le: '+Inf' }), 2);
    assert.equal(moved('http_request_errors_total', { ...one, class: '4xx' }), 1);
    assert.equal(moved('http_requests_total', { method: 'GET', route: '(unmatched)', status_code: '404' }), 1);
    for (const raw of ['opp-buses', 'opp-housing', 'opp-not-there-4821', 'person-7731', 'nothing-here']) assert.ok(!text.includes(raw), `${raw} is not in the metrics`);
  });

  it('shows the outbox backlog and the age of its oldest message', async () => {
    const before = (await scrape(s)).samples;
    await s.db.query(
      `INSERT INTO messages (id, subject_type, subject_id, event, data, channel, language, reading_level, status, created_at)
       VALUES ('metrics-test-message', 'feedback', 'fb-x', 'answered', '{}'::jsonb, 'email', 'en-GB', 'standard', 'queued', now() - interval '90 seconds')`,
    );
    try {
      const after = (await scrape(s)).samples;
      assert.equal(value(after, 'coprod_outbox_messages', { status: 'queued' }) - value(before, 'coprod_outbox_messages', { status: 'queued' }), 1);
      assert.equal(value(after, 'coprod_outbox_due') - value(before, 'coprod_outbox_due'), 1);
      assert.ok(value(after, 'coprod_outbox_oldest_age_seconds') >= 90);
    } finally {
      await s.db.query(`DELETE FROM messages WHERE id = 'metrics-test-message'`);
    }
    assert.equal(value((await scrape(s)).samples, 'coprod_outbox_oldest_age_seconds'), 0);
  });

  it(`shows the database pool where there is one (${dbKind}) and Node's own figures`, async () => {
    const { samples } = await scrape(s);
    const pool = samples.filter((x) => x.name === 'coprod_db_pool_connections');
    if (dbKind === 'postgres') {
      assert.deepEqual(pool.map((x) => x.labels.state).sort(), ['idle', 'total', 'waiting']);
      assert.equal(value(samples, 'coprod_db_pool_max'), 5);
    } else {
      assert.equal(pool.length, 0);
    }
    assert.ok(samples.some((x) => x.name === 'process_resident_memory_bytes' || x.name === 'nodejs_heap_size_used_bytes'));
  });
});
