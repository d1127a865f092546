import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { staff, suiteServer } from './harness.js';

const interest = { name: 'Robin', contact: { method: 'email', detail: 'robin@example.com' }, consent: true };

interface Item { id: string; placesTaken: number; interestCount?: number }

describe('opportunity counts', () => {
  const s = suiteServer();

  const list = async (query = '', asStaff = false) => {
    const r = await s.call(`/api/v1/opportunities${query}`, asStaff ? { token: staff } : {});
    assert.equal(r.status, 200);
    return r.body as { items: Item[]; total: number; nextCursor: string | null };
  };
  const counts = async (asStaff = false) =>
    Object.fromEntries((await list('', asStaff)).items.map((o) => [o.id, [o.placesTaken, o.interestCount]]));

  it('counts interests and joined places in the list as the single opportunity does, as they change status', async () => {
    assert.deepEqual(await counts(true), { 'opp-housing': [1, 1], 'opp-buses': [0, 0], 'opp-carers': [0, 0] });
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) {
      const r = await s.call('/api/v1/opportunities/opp-buses/interests', { method: 'POST', body: interest });
      assert.equal(r.status, 201);
      ids.push(r.body.id);
    }
    assert.deepEqual(await counts(true), { 'opp-housing': [1, 1], 'opp-buses': [0, 3], 'opp-carers': [0, 0] });

    const path = (id: string) => `/api/v1/opportunities/opp-buses/interests/${id}`;
    await s.call(path(ids[0]!), { method: 'PATCH', token: staff, body: { status: 'joined' } });
    await s.call(path(ids[1]!), { method: 'PATCH', token: staff, body: { status: 'joined' } });
    assert.deepEqual(await counts(true), { 'opp-housing': [1, 1], 'opp-buses': [2, 3], 'opp-carers': [0, 0] });
    assert.deepEqual(await counts(), { 'opp-housing': [1, undefined], 'opp-buses': [2, undefined], 'opp-carers': [0, undefined] });

    await s.call(path(ids[0]!), { method: 'PATCH', token: staff, body: { status: 'contacted' } });
    await s.call(path(ids[2]!), { method: 'PATCH', token: staff, body: { note: 'Rang back' } });
    assert.deepEqual(await counts(true), { 'opp-housing': [1, 1], 'opp-buses': [1, 3], 'opp-carers': [0, 0] });

    // Each list item is exactly the opportunity on its own, for staff and for anyone.
    for (const asStaff of [false, true]) {
      for (const item of (await list('', asStaff)).items) {
        const one = await s.call(`/api/v1/opportunities/${item.id}`, asStaff ? { token: staff } : {});
        assert.deepEqual(item, one.body);
      }
    }
  });

  it('counts the rows of a later page, and keeps the total and order page by page', async () => {
    const all = await list('?limit=20', true);
    const paged: Item[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, true);
      assert.equal(page.total, all.total);
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(paged, all.items);
    assert.deepEqual(paged.map((o) => o.id), ['opp-housing', 'opp-buses', 'opp-carers']);
    assert.deepEqual((await list('?status=draft&status=closed&status=filled&sort=newest', true)).items.map((o) => o.interestCount), [0, 0, 0]);
  });
});
