/// <reference types="node" />
/**
 * The server bench's rows when a run got no answers (bench/parts/server.mjs): a run at 0 req/s is
 * no figure. Session 18 printed "Infinity" for a ratio over such a run (at load 60); now the run
 * is left out of the median and the ratios and named as FAILED with its reason, and a figure with
 * no run answered is a FAILED row, not a number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error -- a bench script in plain JavaScript, without types
import { failedRun, resultRows } from '../../bench/parts/server.mjs';

type Row = { figure: string; unavailable?: string; failed?: boolean; runs?: number; value?: number; ratio?: number; note?: string };

/** One run as the bench keeps it (its summary): `rps` requests a second, or none answered. */
const run = (rps: number, load = 1) => {
  const answered = rps * 4;
  const result = { requests: { average: rps, total: answered }, latency: { p50: 5, p99: 20 }, '2xx': answered, non2xx: 0, errors: rps ? 0 : 812, timeouts: 0, errorKinds: new Map(rps ? [] : [['ECONNREFUSED', 812]]) };
  return { rps, p50: 5, p99: 20, ok: answered, non2xx: 0, errors: result.errors, timeouts: 0, failed: failedRun(result, 4), load };
};

test('a run with no requests answered is FAILED with its reason, left out of medians and ratios, and never prints Infinity or NaN', () => {
  const results = {
    floor: [run(400), run(420), run(410)],
    get: [run(800), run(820), run(810)],
    getBr: [run(0), run(0), run(0)],
    getStaff: [run(80), run(82), run(81)],
    post: [run(40), run(41), run(42)],
    getAfter: [run(900), run(700), run(800)],
    getEmpty: [run(850), run(0), run(750)],
    getStaffAfter: [run(50), run(0), run(60)],
    getStaffEmpty: [run(0), run(0), run(0)],
  };
  const rows: Row[] = resultRows('PostgreSQL', results, { posted: 300, interests: 15000 });
  const text = JSON.stringify(rows);
  assert.doesNotMatch(text, /Infinity|NaN|null req\/s|undefined/, text);

  const byFigure = (start: string) => rows.find((r) => r.figure.startsWith(`PostgreSQL: ${start}`))!;
  const br = byFigure('GET /api/v1/opportunities, Accept-Encoding br');
  assert.equal(br.failed, true);
  assert.equal(br.value, undefined, 'no figure');
  assert.match(br.unavailable!, /^FAILED, no figure: run 1 of 3 FAILED, no requests answered in 4 s: 812 failed to connect or were cut off \(ECONNREFUSED x812\)/);

  const empty = byFigure('GET /api/v1/opportunities on the seed alone');
  assert.equal(empty.runs, 2);
  assert.equal(empty.value, 800, 'the median of the runs answered');
  assert.match(empty.note!, /^run 2 of 3 FAILED, no requests answered in 4 s: .*\(left out: the median is of 2\)/);

  const after = byFigure('GET /api/v1/opportunities after 15000 interests (anonymous: a cache hit, counts no interests)');
  assert.equal(after.ratio, 1);
  assert.match(after.note!, /run by run \(full \/ empty, each pair in turn\): 1\.06x, no ratio \(empty run 2: no figure\), 1\.07x/);
  assert.match(after.note!, /beside it, the staff GET \(never cached: counts every interest\) after 15000 interests: no ratio \(a side with no figure\)/);

  const staffAfter = byFigure('GET as staff after 15000 interests');
  assert.equal(staffAfter.ratio, undefined, 'no ratio over a baseline with no figure');
  assert.match(staffAfter.note!, /no ratio \(empty run 1: no figure\), no ratio \(full and empty run 2: no figure\), no ratio \(empty run 3: no figure\)/);
});

test('a run answered only with errors (no 2xx) is no figure either', () => {
  const result = { requests: { average: 120, total: 480 }, '2xx': 0, non2xx: 480, errors: 0, timeouts: 0, statusCodeStats: { 500: { count: 480 } } };
  assert.equal(failedRun(result, 4), 'no request answered with a 2xx: 480 x 500');
  const timedOut = { requests: { average: 0, total: 0 }, '2xx': 0, non2xx: 0, errors: 10, timeouts: 10, errorKinds: new Map([['request timed out', 10]]) };
  assert.equal(failedRun(timedOut, 4), "no requests answered in 4 s: 10 timed out (no answer within autocannon's 10 s)");
});
