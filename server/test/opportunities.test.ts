import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { INJECTION, key, staff, suiteServer, token } from './harness.js';

const brief = {
  title: 'Mental health crisis line review',
  summary: 'Help us review the crisis line so it answers faster.',
  description: 'We will meet four times to listen to calls (with consent) and suggest changes.',
  experienceNeeded: 'You have called a crisis line, or supported someone who has.',
  timeCommitment: { summary: '4 meetings of 2 hours', prepTime: '1 hour of reading (paid)' },
  when: { summary: 'Wednesdays in March', sessions: [{ start: '2031-03-06T10:00:00Z', end: '2031-03-06T12:00:00Z' }] },
  where: { modes: ['online', 'phone'], areaId: 'riverside' },
  howToGetInvolved: 'Say you are interested and we will call you.',
  closingDate: '2031-02-20',
  topics: ['housing', 'carers'],
  organisationId: 'council',
  accessibility: ['bsl', 'captions'],
  payment: { type: 'paid', amountPence: 2500, unit: 'hour', expensesCovered: ['travel', 'prep_time'] },
  places: 6,
  status: 'open',
};

describe('opportunities', () => {
  const s = suiteServer();

  it('lists open opportunities by default, soonest closing first, without staff counts', async () => {
    const r = await s.call('/api/v1/opportunities');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items.map((o: { id: string }) => o.id), ['opp-housing', 'opp-buses', 'opp-carers']);
    assert.equal(r.body.total, 3);
    assert.equal(r.body.nextCursor, null);
    assert.equal(r.body.items[0].interestCount, undefined);
    assert.equal(r.body.items[0].placesTaken, 1);
    assert.deepEqual(r.body.items[1].area, { id: 'riverside', name: { en: 'Riverside', cy: 'Glan yr Afon' } });
  });

  it('filters by topic, format, area, organisation and paid', async () => {
    const ids = async (q: string) => (await s.call(`/api/v1/opportunities?${q}`)).body.items.map((o: { id: string }) => o.id);
    assert.deepEqual(await ids('topic=transport'), ['opp-buses']);
    assert.deepEqual(await ids('topic=transport&topic=carers'), ['opp-buses', 'opp-carers']);
    assert.deepEqual(await ids('format=in_person'), ['opp-buses']);
    assert.deepEqual(await ids('area=riverside'), ['opp-buses']);
    assert.deepEqual(await ids('organisation=carers-centre'), ['opp-carers']);
    assert.deepEqual(await ids('paid=true'), ['opp-housing']);
    assert.deepEqual(await ids('paid=false'), ['opp-buses', 'opp-carers']);
    assert.deepEqual(await ids('sort=newest&topic=housing'), ['opp-housing']);
  });

  it('finds by keywords with full-text search, ranked for sort=relevance', async () => {
    const r = await s.call('/api/v1/opportunities?q=wheelchair%20buses&sort=relevance');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items.map((o: { id: string }) => o.id), ['opp-buses']);
    const stems = await s.call('/api/v1/opportunities?q=tenant');
    assert.deepEqual(stems.body.items.map((o: { id: string }) => o.id), ['opp-housing']);
  });

  it('needs staff for other statuses: 403 anonymous or without the role, 401 with a bad token', async () => {
    assert.equal((await s.call('/api/v1/opportunities?status=draft')).status, 403);
    assert.equal((await s.call('/api/v1/opportunities?status=draft', { token: await token({ roles: ['resident'] }) })).status, 403);
    const bad = await s.call('/api/v1/opportunities?status=draft', { token: await token({ roles: ['staff'] }, 'another-secret-entirely-for-signing') });
    assert.equal(bad.status, 401);
    assert.equal(bad.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const r = await s.call('/api/v1/opportunities?status=draft&status=closed&status=filled', { token: staff });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items.map((o: { id: string }) => o.id).sort(), ['opp-closed', 'opp-draft', 'opp-filled']);
    assert.equal(typeof r.body.items[0].interestCount, 'number');
    // Every status at once, as the staff screens ask (the fifth, cancelled, was refused with a 400).
    const every = await s.call('/api/v1/opportunities?status=draft&status=open&status=closed&status=filled&status=cancelled&sort=newest&limit=100', { token: staff });
    assert.equal(every.status, 200, JSON.stringify(every.body));
  });

  it('answers 400 naming each bad query parameter', async () => {
    const r = await s.call('/api/v1/opportunities?limit=0&sort=random&paid=maybe&format=smoke');
    assert.equal(r.status, 400);
    assert.deepEqual(r.body.errors.map((e: { field: string }) => e.field).sort(), ['format', 'limit', 'paid', 'sort']);
  });

  it('pages with a cursor that visits every item once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r: { status: number; body: { items: { id: string }[]; nextCursor: string | null; total: number } } = await s.call(
        `/api/v1/opportunities?status=open&status=closed&status=filled&status=draft&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: staff },
      );
      assert.equal(r.status, 200);
      assert.equal(r.body.total, 6);
      seen.push(...r.body.items.map((o) => o.id));
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor);
    assert.equal(pages, 3);
    assert.equal(new Set(seen).size, 6);
    assert.equal(seen.length, 6);
    const wrong = await s.call('/api/v1/opportunities?cursor=bm9wZQ');
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.errors[0].field, 'cursor');
  });

  it('gets one opportunity with an ETag, and 304 when it has not changed', async () => {
    const r = await s.call('/api/v1/opportunities/opp-buses');
    assert.equal(r.status, 200);
    assert.equal(r.body.title, 'Accessible buses review');
    const etag = r.headers.get('etag');
    assert.ok(etag);
    const again = await s.call('/api/v1/opportunities/opp-buses', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.body, undefined);
    const list = await s.call('/api/v1/opportunities');
    assert.equal((await s.call('/api/v1/opportunities', { headers: { 'if-none-match': list.headers.get('etag')! } })).status, 304);
    assert.equal((await s.call('/api/v1/taxonomy', { headers: { 'if-none-match': 'W/"other", "nope"' } })).status, 200);
  });

  it('hides drafts from the public (404) and shows them to staff', async () => {
    assert.equal((await s.call('/api/v1/opportunities/opp-draft')).status, 404);
    assert.equal((await s.call('/api/v1/opportunities/opp-draft', { token: staff })).status, 200);
    assert.equal((await s.call('/api/v1/opportunities/no-such-thing')).status, 404);
  });

  it('lets staff create and update a brief, with If-Match', async () => {
    assert.equal((await s.call('/api/v1/opportunities', { method: 'POST', body: brief })).status, 401);
    assert.equal((await s.call('/api/v1/opportunities', { method: 'POST', body: brief, token: await token() })).status, 403);
    const created = await s.call('/api/v1/opportunities', { method: 'POST', body: brief, token: staff, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), `/api/v1/opportunities/${created.body.id}`);
    assert.equal(created.body.interestCount, 0);
    assert.ok(created.body.publishedAt);
    assert.deepEqual(created.body.organisation, { id: 'council', name: { en: 'Anytown Council' } });

    const read = await s.call(`/api/v1/opportunities/${created.body.id}`, { token: staff });
    const etag = read.headers.get('etag')!;
    const changed = await s.call(`/api/v1/opportunities/${created.body.id}`, { method: 'PUT', token: staff, body: { ...brief, status: 'filled' }, headers: { 'if-match': etag } });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.status, 'filled');
    const stale = await s.call(`/api/v1/opportunities/${created.body.id}`, { method: 'PUT', token: staff, body: brief, headers: { 'if-match': etag } });
    assert.equal(stale.status, 412);
    assert.equal((await s.call('/api/v1/opportunities/missing-one', { method: 'PUT', token: staff, body: brief })).status, 404);
  });

  it('answers 422 naming every bad field of a brief', async () => {
    const bad = {
      ...brief,
      title: '',
      summary: 'x'.repeat(301),
      where: { modes: ['teleport'] },
      payment: { type: 'paid' },
      topics: ['housing', 'nowhere'],
      closingDate: '31/02/2030',
      extra: 'ignored by the contract, which allows more fields here',
      contact: { email: 'not-an-email', fax: '123' },
    };
    const r = await s.call('/api/v1/opportunities', { method: 'POST', body: bad, token: staff });
    assert.equal(r.status, 422);
    assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const fields = Object.fromEntries(r.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]));
    assert.deepEqual(fields, {
      title: 'required',
      summary: 'too-long',
      'where.modes.0': 'not-in-list',
      'payment.expensesCovered': 'required',
      closingDate: 'invalid-date',
      'contact.email': 'invalid-email',
      'contact.fax': 'unknown-field',
    });
    for (const e of r.body.errors) assert.match(e.message, /^[A-Z].+\.$/);
    const unknownTopic = await s.call('/api/v1/opportunities', { method: 'POST', body: { ...brief, topics: ['nowhere'] }, token: staff });
    assert.equal(unknownTopic.status, 422);
    assert.equal(unknownTopic.body.errors[0].field, 'topics.0');
  });

  it('answers SQL injection in q, ids and bodies without a 500 and without effect', async () => {
    for (const evil of INJECTION) {
      const q = await s.call(`/api/v1/opportunities?q=${encodeURIComponent(evil)}&sort=relevance`);
      assert.equal(q.status, 200, evil);
      const byId = await s.call(`/api/v1/opportunities/${encodeURIComponent(evil)}`);
      assert.ok([404].includes(byId.status), `${evil} -> ${byId.status}`);
      const topic = await s.call(`/api/v1/opportunities?topic=${encodeURIComponent(evil)}`);
      assert.equal(topic.status, 400);
      const body = await s.call('/api/v1/opportunities', { method: 'POST', token: staff, body: { ...brief, title: evil.padEnd(3, '.'), description: `${evil} and more words` } });
      assert.equal(body.status, 201);
      assert.equal(body.body.title, evil.padEnd(3, '.'));
    }
    const all = await s.call('/api/v1/opportunities?status=open&status=filled&status=closed&status=draft&limit=100', { token: staff });
    assert.ok(all.body.total >= 6);
  });
});
