/**
 * The staff workspace's counts (issue 14): what waits in each section and what is overdue,
 * from the server and from the in-memory adapter on the same seed; staff only; claims only
 * with the finance role; and an answer changes the count.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSeed } from '@coprod/seed';
import { HttpApi } from '../../src/api/http-client.js';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { startServer, token, type TestServer } from './harness.js';

const now = new Date();
let server: TestServer;
before(async () => {
  server = await startServer({ seed: createSeed(now) });
});
after(() => server?.close());

const asStaff = async (roles = ['staff']) => new HttpApi({ baseUrl: `${server.base}/api/v1`, token: await token({ sub: 'lead-1', roles }) });

describe('staff summary', () => {
  it('is for staff only: 401 without a token, 403 for a token without the staff role', async () => {
    assert.equal((await server.call('/api/v1/staff/summary')).status, 401);
    assert.equal((await server.call('/api/v1/staff/summary', { token: await token({ roles: [] }) })).status, 403);
  });

  it('counts what waits in each section, as the in-memory adapter counts it on the same seed', async () => {
    const http = await (await asStaff()).getStaffSummary();
    const memory = await new InMemoryApi({ seed: createSeed(now), now }).getStaffSummary();
    for (const section of ['opportunities', 'interest', 'feedback'] as const) {
      assert.deepEqual({ ...http[section], respondWithinDays: null }, { ...memory[section], respondWithinDays: null }, section);
    }
    assert.ok(http.interest.waiting > 0, 'the seed has people waiting for an answer');
    assert.ok(http.feedback.waiting > 0, 'the seed has feedback never answered');
    assert.ok(http.opportunities.waiting > 0, 'the seed has drafts');
  });

  it('leaves claims out (null) without the finance role, and counts them with it', async () => {
    assert.equal((await (await asStaff()).getStaffSummary()).claims, null);
    const claims = (await (await asStaff(['staff', 'finance'])).getStaffSummary()).claims;
    assert.ok(claims && claims.waiting >= claims.overdue && claims.respondWithinDays === 10, JSON.stringify(claims));
    // The demo's pay seed: a claim in each state, one overdue first in the queue, and a person's question about their hours.
    assert.deepEqual([claims.waiting, claims.overdue], [4, 1]);
    const finance = await asStaff(['staff', 'finance']);
    const queue = await finance.listClaims();
    assert.deepEqual(queue.items.map((c) => [c.reference, c.status, c.overdue]).sort(), [['CL-AG1N', 'submitted', true], ['CL-DER2', 'submitted', false], ['CL-R0SB', 'approved', false], ['CL-R0SC', 'queried', false]]);
    assert.equal(queue.items[0]!.reference, 'CL-AG1N', 'overdue first');
    const done = await finance.listClaims({ status: ['paid', 'refused'] });
    assert.deepEqual(done.items.map((c) => [c.reference, c.status]).sort(), [['CL-DER1', 'refused'], ['CL-R0SA', 'paid']]);
    assert.ok(done.items.every((c) => c.totalPence === c.feesPence + c.expensesPence && c.feesPence > 0));
    const attendance = await (await asStaff(['staff', 'attendance'])).listAttendance('opp-carers-strategy');
    assert.deepEqual(attendance.map((a) => [a.claimStatus ?? null, Boolean(a.query && !a.query.answer)]), [['paid', false], ['approved', false], ['queried', false], [null, true]]);
  });

  it('counts one fewer person waiting once someone is answered', async () => {
    const api = await asStaff();
    const before = (await api.getStaffSummary()).interest.waiting;
    const { items } = await api.listOpportunities({ status: ['open', 'closed', 'filled', 'draft'], limit: 100 });
    let answered = false;
    for (const opportunity of items) {
      const waiting = (await api.listInterests(opportunity.id)).find((i) => i.status === 'new' && !i.firstAnsweredAt);
      if (!waiting) continue;
      await api.updateInterest(opportunity.id, waiting.id, { status: 'contacted' });
      answered = true;
      break;
    }
    assert.ok(answered, 'someone in the seed was waiting');
    assert.equal((await api.getStaffSummary()).interest.waiting, before - 1);
  });
});
