import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync } from 'node:zlib';
import { DATABASE_URL, key, newStore, staff, startServer, suiteServer, type TestServer } from './harness.js';

const brief = {
  title: 'Library opening hours review',
  summary: 'Help us decide when the libraries should open.',
  description: 'Two meetings to look at who uses the libraries and when, and what would help.',
  experienceNeeded: 'You use a library, or would if it opened at other times.',
  timeCommitment: { summary: '2 meetings of 2 hours' },
  when: { summary: 'Two Mondays in May' },
  where: { modes: ['online'] },
  howToGetInvolved: 'Say you are interested and we will ring you.',
  closingDate: '2031-04-20',
  topics: ['housing'],
  organisationId: 'council',
  accessibility: ['captions'],
  payment: { type: 'paid', amountPence: 2000, unit: 'hour', expensesCovered: ['travel'] },
  places: 4,
  status: 'open',
};

type Titles = { items: { id: string; title: string }[]; total: number };

const supporterKey = () => randomBytes(12).toString('base64url');

describe('the public list and board, cached', () => {
  const s = suiteServer();

  it('answers the second read from the cache, byte for byte what JSON.stringify would say', async () => {
    const first = await s.call('/api/v1/opportunities?sort=newest');
    const hits = s.app.publicCache.hits;
    const again = await s.call('/api/v1/opportunities?sort=newest');
    assert.equal(s.app.publicCache.hits, hits + 1, 'the second read was a hit');
    assert.equal(again.headers.get('etag'), first.headers.get('etag'));
    // A non-staff bearer token is not cached and goes through JSON.stringify: the same answer.
    const uncached = await s.call('/api/v1/opportunities?sort=newest', { headers: { authorization: 'Bearer not-a-jwt' } });
    assert.deepEqual(again.body, uncached.body);
    const board = await s.call('/api/v1/feedback');
    assert.deepEqual(board.body, (await s.call('/api/v1/feedback', { headers: { authorization: 'Bearer not-a-jwt' } })).body);
  });

  it('sends a cached answer compressed, and 304 for its ETag', async () => {
    const plain = await s.call('/api/v1/opportunities');
    const response = await fetch(`${s.base}/api/v1/opportunities`, { headers: { 'accept-encoding': 'br' } });
    assert.equal(response.headers.get('content-encoding'), 'br');
    assert.match(response.headers.get('vary') ?? '', /accept-encoding/i);
    // fetch decodes it: the same JSON as the plain answer.
    assert.deepEqual(await response.json(), plain.body);
    const raw = await new Promise<Buffer>((done, fail) => {
      import('node:http').then(({ get }) => get(`${s.base}/api/v1/opportunities`, { headers: { 'accept-encoding': 'br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done(Buffer.concat(chunks))).on('error', fail);
      }).on('error', fail), fail);
    });
    assert.deepEqual(JSON.parse(brotliDecompressSync(raw).toString('utf8')), plain.body);
    const revalidated = await s.call('/api/v1/opportunities', { headers: { 'if-none-match': plain.headers.get('etag')! } });
    assert.equal(revalidated.status, 304);
  });

  it("shows this instance's own write on its very next read", async () => {
    const before = (await s.call('/api/v1/opportunities')).body as Titles;
    const created = await s.call('/api/v1/opportunities', { method: 'POST', token: staff, body: brief, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201);
    const afterCreate = (await s.call('/api/v1/opportunities')).body as Titles;
    assert.equal(afterCreate.total, before.total + 1);
    const board = (await s.call('/api/v1/feedback')).body as { items: { id: string; supporters: number }[] };
    const item = board.items[0]!;
    assert.equal((await s.call(`/api/v1/feedback/${item.id}/supporters`, { method: 'POST', body: { supporterKey: supporterKey() }, headers: { 'idempotency-key': key() } })).status, 200);
    const boardAfter = (await s.call('/api/v1/feedback')).body as typeof board;
    assert.equal(boardAfter.items.find((i) => i.id === item.id)!.supporters, item.supporters + 1);
  });

  it('keeps the cached list through expressions of interest nobody without a sign-in can see, and shows a place taken or given back on the next read (issue 19, migration 340)', async () => {
    const path = '/api/v1/opportunities?limit=50';
    const taken = (body: unknown) => (body as { items: { id: string; placesTaken: number }[] }).items.find((o) => o.id === 'opp-buses')!.placesTaken;
    const first = await s.call(path);
    const invalidations = s.app.publicCache.invalidations;
    const hits = s.app.publicCache.hits;
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) {
      const sent = await s.call('/api/v1/opportunities/opp-buses/interests', { method: 'POST', body: { name: 'Robin', contact: { method: 'email', detail: `robin.${n}@example.com` }, consent: true }, headers: { 'idempotency-key': key() } });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      ids.push(sent.body.id);
    }
    const interest = (id: string) => `/api/v1/opportunities/opp-buses/interests/${id}`;
    assert.equal((await s.call(interest(ids[0]!), { method: 'PATCH', token: staff, body: { status: 'contacted' } })).status, 200);
    assert.equal((await s.call(interest(ids[1]!), { method: 'PATCH', token: staff, body: { note: 'Rang back' } })).status, 200);
    const still = await s.call(path);
    assert.equal(s.app.publicCache.invalidations, invalidations, 'three new interests, a status and a note that are not "joined": the cache is kept');
    assert.equal(s.app.publicCache.hits, hits + 1, 'and answers the next read');
    assert.equal(still.headers.get('etag'), first.headers.get('etag'));

    assert.equal((await s.call(interest(ids[2]!), { method: 'PATCH', token: staff, body: { status: 'joined' } })).status, 200);
    assert.equal(taken((await s.call(path)).body), taken(first.body) + 1, 'a place taken shows on the very next read');
    assert.equal((await s.call(interest(ids[2]!), { method: 'PATCH', token: staff, body: { status: 'not_this_time' } })).status, 200);
    assert.equal(taken((await s.call(path)).body), taken(first.body), 'and a place given back');
    const metrics = await (await fetch(`${s.base}/metrics`)).text();
    assert.match(metrics, /^coprod_public_cache_answers_total\{result="hit"\} [1-9]/m);
    assert.match(metrics, /^coprod_public_cache_invalidations_total [1-9]/m);
  });
});

/**
 * The onSend hook alone keeps an instance's own writes fresh on its next read: this instance hears
 * no NOTIFY and never polls, so a read right after a write is fresh only if the route awaited its
 * transaction before replying (the hook reads the version row as the answer is sent). Each commit
 * here waits 300 ms after the route's work, so on PostgreSQL a route that replied from inside its
 * transaction has its answer sent before the commit moves the row, and the next read is stale
 * (seen: updateOpportunity made to reply inside its transaction). PGlite has one connection: the
 * hook's read waits for the commit there, so only the server-postgres step can catch that.
 */
describe('on an instance that hears no NOTIFY and never polls', () => {
  const store = newStore();
  let s: TestServer;
  let db: Awaited<ReturnType<typeof store.open>> | undefined;
  before(async () => {
    db = await store.open();
    delete (db as { listen?: unknown }).listen;
    s = await startServer({ store, keepStore: true, db, publicCache: { pollMs: false } });
    const transaction = db.transaction.bind(db);
    db.transaction = (work) => transaction(async (tx) => {
      const result = await work(tx);
      await new Promise((done) => setTimeout(done, 300));
      return result;
    });
  });
  after(async () => {
    await s?.close();
    await db?.close();
    await store.destroy();
  });

  it('shows an opportunity changed (PUT) and feedback changed (PATCH) on the next anonymous read at once', async () => {
    const path = '/api/v1/opportunities?limit=50';
    const titleOf = (body: unknown) => (body as Titles).items.find((o) => o.id === 'opp-buses')?.title;
    const before = titleOf((await s.call(path)).body);
    const hits = s.app.publicCache.hits;
    assert.equal(titleOf((await s.call(path)).body), before);
    assert.equal(s.app.publicCache.hits, hits + 1, 'the list is cached before the write');
    const renamed = 'Buses: evenings too';
    const put = await s.call('/api/v1/opportunities/opp-buses', { method: 'PUT', token: staff, body: { ...brief, title: renamed } });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.equal(titleOf((await s.call(path)).body), renamed, 'the PUT shows on the very next read');

    type Board = { items: { id: string; status: string }[] };
    const board = (await s.call('/api/v1/feedback')).body as Board;
    await s.call('/api/v1/feedback');
    const item = board.items[0]!;
    const status = item.status === 'changed' ? 'not_changed' : 'changed';
    const patched = await s.call(`/api/v1/feedback/${item.id}`, { method: 'PATCH', token: staff, body: { status } });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    const boardAfter = (await s.call('/api/v1/feedback')).body as Board;
    assert.equal(boardAfter.items.find((i) => i.id === item.id)?.status, status, 'the PATCH shows on the very next read');
  });
});

/**
 * Two instances on one PostgreSQL, as a council runs them behind a load balancer: a write
 * through one is in the other's cached list within a second, and never older after that.
 * PGlite has one process, so this part runs in the server-postgres step only.
 */
describe('two instances on one PostgreSQL', { skip: DATABASE_URL ? false : 'PostgreSQL only (DATABASE_URL)' }, () => {
  const store = newStore();
  let a: TestServer;
  let b: TestServer;
  let deaf: TestServer;
  let deafDb: Awaited<ReturnType<typeof store.open>> | undefined;
  before(async () => {
    a = await startServer({ store, keepStore: true });
    b = await startServer({ store, keepStore: true });
    // A third that never hears the NOTIFY (as when its listening connection is lost): the version row alone.
    deafDb = await store.open();
    delete (deafDb as { listen?: unknown }).listen;
    deaf = await startServer({ store, keepStore: true, db: deafDb });
  });
  after(async () => {
    await deaf?.close();
    await deafDb?.close();
    await b?.close();
    await a?.close();
    await store.destroy();
  });

  /** Reads through `server` every 50 ms until `seen` holds; then for a second more, it must go on holding. */
  async function visibleWithinASecond(server: TestServer, path: string, seen: (body: unknown) => boolean, what: string) {
    const started = Date.now();
    let firstSeen: number | undefined;
    for (;;) {
      const body = (await server.call(path)).body;
      const now = Date.now();
      if (firstSeen === undefined) {
        if (seen(body)) firstSeen = now;
        else assert.ok(now - started < 1000, `${what}: still the old answer after ${now - started} ms`);
      } else {
        assert.ok(seen(body), `${what}: an older answer ${now - firstSeen} ms after the new one was seen`);
        if (now - firstSeen > 1000) return firstSeen - started;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it("shows a write through one instance in the others' cached lists within a second, and never older after", async () => {
    const path = '/api/v1/opportunities?limit=50';
    const before = (await b.call(path)).body as Titles;
    await b.call(path);
    await deaf.call(path);
    assert.ok(b.app.publicCache.hits > 0 && deaf.app.publicCache.misses > 0, 'both lists are cached before the write');

    const created = await a.call('/api/v1/opportunities', { method: 'POST', token: staff, body: brief, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201);
    const listed = (body: unknown) => (body as Titles).items.some((o) => o.id === created.body.id);
    const [viaNotify, viaVersionRow] = await Promise.all([
      visibleWithinASecond(b, path, listed, 'instance B (NOTIFY)'),
      visibleWithinASecond(deaf, path, listed, 'instance C (version row)'),
    ]);
    assert.equal(((await b.call(path)).body as Titles).total, before.total + 1);

    const renamed = 'Library opening hours: evenings too';
    const etag = (await a.call(`/api/v1/opportunities/${created.body.id}`, { token: staff })).headers.get('etag')!;
    const changed = await a.call(`/api/v1/opportunities/${created.body.id}`, { method: 'PUT', token: staff, body: { ...brief, title: renamed }, headers: { 'if-match': etag } });
    assert.equal(changed.status, 200);
    const titled = (body: unknown) => (body as Titles).items.some((o) => o.title === renamed);
    await Promise.all([visibleWithinASecond(b, path, titled, 'B, renamed'), visibleWithinASecond(deaf, path, titled, 'C, renamed')]);
    console.log(`# seen through the other instance after ${viaNotify} ms (NOTIFY) and ${viaVersionRow} ms (version row)`);
  });

  it("shows a 'me too' through one instance on the other's board within a second", async () => {
    const board = (await b.call('/api/v1/feedback')).body as { items: { id: string; supporters: number }[] };
    await b.call('/api/v1/feedback');
    const item = board.items[0]!;
    assert.equal((await a.call(`/api/v1/feedback/${item.id}/supporters`, { method: 'POST', body: { supporterKey: supporterKey() }, headers: { 'idempotency-key': key() } })).status, 200);
    await visibleWithinASecond(b, '/api/v1/feedback', (body) => (body as typeof board).items.find((i) => i.id === item.id)?.supporters === item.supporters + 1, 'board on B');
  });
});
