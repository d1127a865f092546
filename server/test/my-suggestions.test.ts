/**
 * "May suit you" (issue 18) for a person with two profiles (the same address used twice): it
 * matches the profile that stands for them by the one rule (personProfileIn), the profile their
 * equality answers are kept with, not whichever was changed last.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, suiteServer, type TestServer } from './harness.js';
import { fixtureSeed } from './fixture-seed.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';

const profile = (topics: string[]) => ({
  name: 'Ash',
  importantToMe: 'Being heard.',
  experience: 'Living in a council flat.',
  consent: true,
  contact: { method: 'email', detail: 'ash@example.org' },
  topics,
  availability: { days: ['tue'], times: ['morning'], modes: ['online'] },
});

async function create(s: TestServer, topics: string[]): Promise<{ id: string; editToken: string }> {
  const created = await s.call('/api/v1/profiles', { method: 'POST', body: profile(topics), headers: { 'idempotency-key': key() } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return { id: created.body.profile.id, editToken: created.body.editToken };
}

type Suggestion = { opportunity: { id: string }; reasons: { code: string; values?: string[] }[] };
const topicsOf = (items: Suggestion[]) => [...new Set(items.flatMap((i) => i.reasons.filter((r) => r.code === 'topic').flatMap((r) => r.values ?? [])))].sort();

describe('"may suit you" with two profiles (issue 18)', () => {
  const sender = capturingSender();
  const s = suiteServer({ me: meOptions(sender) });

  it('matches the profile with the equality answers (personProfileIn), even when the other was changed since', async () => {
    // First profile: housing, and the equality answers (saved through a sign-in on that profile alone).
    const housing = await create(s, ['housing']);
    const onHousing = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: housing.id, key: housing.editToken } });
    assert.equal(onHousing.status, 201);
    const saved = await s.call('/api/v1/me/equality', { method: 'PUT', body: { ageBand: 'age_25_34' }, token: onHousing.body.token });
    assert.ok(saved.status === 200 || saved.status === 204, `answers saved (${saved.status})`);
    // Later, a second profile from the same address: carers. It is now the most recently changed.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await create(s, ['carers']);

    const me = await signInByEmail(s, sender, 'ash@example.org');
    const page = await s.call('/api/v1/me', { token: me });
    assert.equal(page.body.profiles.length, 2, 'the address reaches both profiles');
    assert.deepEqual((await s.call('/api/v1/me/equality', { token: me })).body, { ageBand: 'age_25_34' }, 'the answers are with the housing profile');

    const mine = await s.call('/api/v1/me/suggestions', { token: me });
    assert.equal(mine.status, 200);
    const items = mine.body.items as Suggestion[];
    assert.ok(items.length > 0, 'something may suit Ash');
    assert.deepEqual(topicsOf(items), ['housing'], 'matched on the profile with the answers (the old rule took the latest: carers)');
  });
});

describe('"may suit you" gives as many as the contract says (issue 18)', () => {
  const sender = capturingSender();
  const seed = fixtureSeed();
  const housing = seed.opportunities.find((o) => o.id === 'opp-housing')!;
  // 25 open housing briefs: more than the contract's default of 20.
  // Five of them by phone only (for the filters below).
  seed.opportunities.push(...Array.from({ length: 24 }, (_, n) => ({ ...housing, id: `opp-housing-${n}`, title: `Housing panel ${n}`, ...(n < 5 ? { where: { ...housing.where, modes: ['phone' as const] } } : {}) })));
  const s = suiteServer({ me: meOptions(sender), seed });

  it('gives 20 without a limit (it gave 5), and honours `limit`', async () => {
    const ash = await create(s, ['housing']);
    const on = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: ash.id, key: ash.editToken } });
    assert.equal(on.status, 201);
    const count = async (query: string) => ((await s.call(`/api/v1/me/suggestions${query}`, { token: on.body.token })).body.items as Suggestion[]).length;
    assert.equal(await count(''), 20, 'the contract says 20 by default');
    assert.equal(await count('?limit=100'), 25);
    assert.equal(await count('?limit=3'), 3);
  });

  it('takes the opportunity search\'s own filters (one rule: the same SQL as GET /opportunities), so "Only what may suit me" keeps them', async () => {
    const ash = await create(s, ['housing']);
    const on = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: ash.id, key: ash.editToken } });
    const ids = async (query: string) => ((await s.call(`/api/v1/me/suggestions${query}`, { token: on.body.token })).body.items as Suggestion[]).map((i) => i.opportunity.id).sort();
    const byPhone = ((await s.call('/api/v1/opportunities?format=phone&limit=100')).body.items as { id: string }[]).map((o) => o.id).sort();
    assert.equal(byPhone.length, 5);
    assert.deepEqual(await ids('?format=phone&limit=100'), byPhone, 'the same five the search finds');
    assert.deepEqual(await ids('?q=%22Housing%20panel%203%22&limit=100'), ['opp-housing-3']);
    assert.deepEqual(await ids('?topic=transport'), [], 'a topic Ash has not');
    assert.equal((await s.call('/api/v1/me/suggestions?format=fax', { token: on.body.token })).status, 400, 'the same rules as the search');
  });
});

describe('"may suit you" ranks every open opportunity, not the first 100 (review SHOULD 15)', () => {
  const sender = capturingSender();
  const seed = fixtureSeed();
  const housing = seed.opportunities.find((o) => o.id === 'opp-housing')!;
  // 110 housing briefs closing soon; the carers brief has no closing date, so it comes last in the search's order.
  seed.opportunities.push(...Array.from({ length: 110 }, (_, n) => ({ ...housing, id: `opp-many-${n}`, title: `Housing panel ${n}` })));
  const s = suiteServer({ me: meOptions(sender), seed });

  it('finds the one carers brief behind 111 others for a person who cares about carers', async () => {
    const ash = await create(s, ['carers']);
    const on = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: ash.id, key: ash.editToken } });
    assert.equal(on.status, 201);
    const items = (await s.call('/api/v1/me/suggestions', { token: on.body.token })).body.items as Suggestion[];
    assert.deepEqual(items.map((i) => i.opportunity.id), ['opp-carers'], 'ranked from every open opportunity (the first 100 by closing date had no carers brief)');
  });
});
