import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dbKind, key, staff, suiteServer } from './harness.js';

const brief = {
  title: 'Recruitment panel for the new day centre manager',
  summary: 'Sit on the interview panel.',
  description: 'Two of us join the panel for one day of interviews.',
  experienceNeeded: 'You use a day centre, or care for someone who does.',
  timeCommitment: { summary: 'One day' },
  when: { summary: 'A Tuesday in May' },
  where: { modes: ['in_person'] },
  howToGetInvolved: 'Say you are interested.',
  topics: ['carers'],
  organisationId: 'council',
  accessibility: [],
  payment: { type: 'unpaid', expensesCovered: [] },
  places: 2,
  status: 'open',
};
const person = (n: number) => ({ name: `Person ${n}`, contact: { method: 'email', detail: `person${n}@example.com` }, consent: true });

describe(`places (${dbKind})`, () => {
  const s = suiteServer();

  async function opportunityWithInterests(count: number): Promise<{ id: string; interests: string[] }> {
    const created = await s.call('/api/v1/opportunities', { method: 'POST', token: staff, body: brief, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201);
    const interests: string[] = [];
    for (let n = 0; n < count; n++) {
      const r = await s.call(`/api/v1/opportunities/${created.body.id}/interests`, { method: 'POST', body: person(n), headers: { 'idempotency-key': key() } });
      assert.equal(r.status, 201);
      assert.equal(r.body.waitingList, false);
      interests.push(r.body.id);
    }
    return { id: created.body.id, interests };
  }

  const accept = (opportunityId: string, interestId: string, status = 'joined', headers: Record<string, string> = {}) =>
    s.call(`/api/v1/opportunities/${opportunityId}/interests/${interestId}`, { method: 'PATCH', token: staff, body: { status }, headers });

  it('with places: 2, twenty people accepted at once: two join, eighteen are refused with no-places-left, and it shows as filled', async () => {
    const { id, interests } = await opportunityWithInterests(20);
    const answers = await Promise.all(interests.map((interestId) => accept(id, interestId)));
    const statuses = answers.map((a) => a.status);
    assert.equal(statuses.filter((status) => status === 200).length, 2, `two accepted, got ${statuses.join(',')}`);
    const refused = answers.filter((a) => a.status === 409);
    assert.equal(refused.length, 18);
    for (const r of refused) {
      assert.equal(r.body.errors[0].field, 'status');
      assert.equal(r.body.errors[0].code, 'no-places-left');
      assert.match(r.body.detail, /All 2 places are taken/);
    }
    const joined = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM interests WHERE opportunity_id = $1 AND status = 'joined'`, [id]);
    assert.equal(joined[0]!.n, 2);
    const opportunity = await s.call(`/api/v1/opportunities/${id}`);
    assert.equal(opportunity.body.status, 'filled');
    assert.equal(opportunity.body.placesTaken, 2);
    // The public list of open opportunities no longer offers it as open.
    const open = await s.call('/api/v1/opportunities?limit=100');
    assert.ok(!open.body.items.some((o: { id: string }) => o.id === id));
  });

  it('takes a new interest in a full opportunity onto the waiting list, and opens it again when a place is given back', async () => {
    const { id, interests } = await opportunityWithInterests(2);
    for (const interestId of interests) assert.equal((await accept(id, interestId)).status, 200);
    const late = await s.call(`/api/v1/opportunities/${id}/interests`, { method: 'POST', body: person(99), headers: { 'idempotency-key': key() } });
    assert.equal(late.status, 201);
    assert.equal(late.body.waitingList, true);
    const list = await s.call(`/api/v1/opportunities/${id}/interests`, { token: staff });
    assert.deepEqual(list.body.items.map((i: { waitingList: boolean }) => i.waitingList), [false, false, true]);
    // A place given back: open again, and the person on the waiting list can be accepted.
    assert.equal((await accept(id, interests[0]!, 'not_this_time')).status, 200);
    assert.equal((await s.call(`/api/v1/opportunities/${id}`)).body.status, 'open');
    assert.equal((await accept(id, late.body.id)).status, 200);
    assert.equal((await s.call(`/api/v1/opportunities/${id}`)).body.status, 'filled');
  });

  it('refuses an answer made from an older version with 412 and the current version, and takes one made from the current one', async () => {
    const { id, interests } = await opportunityWithInterests(1);
    const [read] = (await s.call(`/api/v1/opportunities/${id}/interests`, { token: staff })).body.items;
    const version = `"${read.updatedAt}"`;
    const first = await accept(id, interests[0]!, 'contacted', { 'if-match': version });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('etag'), `"${first.body.updatedAt}"`);
    const stale = await accept(id, interests[0]!, 'not_this_time', { 'if-match': version });
    assert.equal(stale.status, 412);
    assert.equal(stale.headers.get('etag'), `"${first.body.updatedAt}"`);
    assert.equal((await accept(id, interests[0]!, 'not_this_time', { 'if-match': stale.headers.get('etag')! })).status, 200);
  });

  it('refuses a feedback status change made from an older version with 412', async () => {
    const created = await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'carers', text: 'The bus stop has no shelter.', consentToPublish: false }, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201);
    const read = await s.call(`/api/v1/feedback/${created.body.id}`, { token: staff });
    const version = `"${read.body.lastUpdatedAt}"`;
    const path = `/api/v1/feedback/${created.body.id}`;
    const first = await s.call(path, { method: 'PATCH', token: staff, body: { status: 'considering' }, headers: { 'if-match': version } });
    assert.equal(first.status, 200);
    const stale = await s.call(path, { method: 'PATCH', token: staff, body: { status: 'not_changed' }, headers: { 'if-match': version } });
    assert.equal(stale.status, 412);
    assert.equal(stale.headers.get('etag'), `"${first.body.lastUpdatedAt}"`);
  });
});
