import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, staff, suiteServer, token } from './harness.js';

const interest = { name: 'Robin', contact: { method: 'email', detail: 'robin@example.com' }, consent: true };

describe('closing dates', () => {
  const s = suiteServer();

  /** Moves an opportunity's closing date to `days` from today in the UK, in its column and its brief. */
  const closeIn = async (id: string, days: number): Promise<string> => {
    const before = s.app.publicCache.invalidations;
    const [row] = await s.db.query<{ closing: string }>(
      `UPDATE opportunities SET closing_date = (now() AT TIME ZONE 'Europe/London')::date + $2::int,
         doc = jsonb_set(doc, '{closingDate}', to_jsonb(to_char((now() AT TIME ZONE 'Europe/London')::date + $2::int, 'YYYY-MM-DD')))
       WHERE id = $1 RETURNING to_char(closing_date, 'YYYY-MM-DD') AS closing`,
      [id, days],
    );
    // A write straight to the database reaches the cached public list by NOTIFY (or the next poll), not at once:
    // wait for it, as a reader on another instance would (read at once, PostgreSQL under load served the list cached
    // before the change: CI, session 22).
    for (const end = Date.now() + 3000; s.app.publicCache.invalidations === before && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 10));
    return row!.closing;
  };
  const ids = async (asStaff: boolean, query = '') => {
    const r = await s.call(`/api/v1/opportunities${query}`, asStaff ? { token: staff } : {});
    assert.equal(r.status, 200);
    return { ids: r.body.items.map((o: { id: string }) => o.id) as string[], total: r.body.total as number };
  };

  it('hides an open opportunity whose closing date has passed from the public list, not from staff', async () => {
    const yesterday = await closeIn('opp-buses', -1);
    const publicList = await ids(false);
    assert.ok(!publicList.ids.includes('opp-buses'));
    assert.equal(publicList.total, publicList.ids.length);
    assert.ok(!(await ids(false, '?sort=newest')).ids.includes('opp-buses'));
    const staffList = await ids(true);
    assert.ok(staffList.ids.includes('opp-buses'));
    assert.equal(staffList.ids[0], 'opp-buses', 'sorted first by closing date for staff');

    const r = await s.call('/api/v1/opportunities/opp-buses/interests', { method: 'POST', body: interest, headers: { 'idempotency-key': key() } });
    assert.equal(r.status, 409);
    assert.equal(r.body.status, 409);
    assert.equal(r.body.detail, `This opportunity closed on ${yesterday}.`);
    const [count] = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM interests WHERE opportunity_id = 'opp-buses'`);
    assert.equal(count!.n, 0);
    assert.deepEqual(s.app.contractViolations, []);
  });

  it('still lists, and takes interest in, an opportunity that closes today', async () => {
    await closeIn('opp-buses', 0);
    assert.ok((await ids(false)).ids.includes('opp-buses'));
    const r = await s.call('/api/v1/opportunities/opp-buses/interests', { method: 'POST', body: interest, headers: { 'idempotency-key': key() } });
    assert.equal(r.status, 201);
    await closeIn('opp-buses', 10);
  });

  it('leaves author unset on a staff update when the token has no title', async () => {
    const untitled = await token({ sub: 'staff-2', roles: ['staff'] });
    const r = await s.call('/api/v1/feedback/fb-private/updates', { method: 'POST', token: untitled, body: { kind: 'heard', text: 'We have read this.' }, headers: { 'idempotency-key': key() } });
    assert.equal(r.status, 201);
    const update = r.body.updates.at(-1);
    assert.equal(update.text, 'We have read this.');
    assert.ok(!('author' in update));
    const full = await s.call('/api/v1/feedback/fb-private', { token: staff });
    assert.ok(!('author' in full.body.updates.at(-1)));
    assert.deepEqual(s.app.contractViolations, []);
  });
});
