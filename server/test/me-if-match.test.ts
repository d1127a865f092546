/**
 * Issue 15: the person's own profile saves carry If-Match. GET /me gives each profile's version
 * (its `updatedAt`, in quotes); a save from a second tab that read an older one is a 412 with
 * the version saved now, and nothing is overwritten.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { suiteServer } from './harness.js';
import { capturingSender, meOptions } from './me-helpers.js';

const profile = { name: 'Lowri', contact: { method: 'email', detail: 'lowri@example.org' }, importantToMe: 'Buses.', experience: 'Carer.', consent: true, topics: ['carers'], skills: [], availability: { days: ['tue'], times: ['morning'], modes: ['online'] }, howToHelp: { needs: [] } };

describe('the person\'s own profile: If-Match between two tabs (issue 15)', () => {
  const s = suiteServer({ me: meOptions(capturingSender()) });

  it('a second tab saving what it read before the first tab saved gets a 412 with the version saved now; the first tab\'s change stays', async () => {
    const created = await s.call('/api/v1/profiles', { method: 'POST', body: profile });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const started = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: created.body.profile.id, key: created.body.editToken } });
    assert.equal(started.status, 201);
    const me = started.body.token as string;
    const read = (await s.call('/api/v1/me', { token: me })).body.profiles[0] as { id: string; updatedAt: string; createdAt: string };
    const version = `"${read.updatedAt}"`;
    const { id, createdAt: _c, updatedAt: _u, ...input } = read as unknown as Record<string, unknown>;

    const first = await s.call(`/api/v1/me/profiles/${id}`, { method: 'PUT', token: me, body: { ...input, networks: 'Carers’ café' }, headers: { 'if-match': version } });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.headers.get('etag'), `"${first.body.updatedAt}"`, 'the new version');

    const second = await s.call(`/api/v1/me/profiles/${id}`, { method: 'PUT', token: me, body: { ...input, experience: 'Caring for my mum.' }, headers: { 'if-match': version } });
    assert.equal(second.status, 412, JSON.stringify(second.body));
    assert.equal(second.headers.get('etag'), first.headers.get('etag'), 'the version saved now');
    const now = (await s.call('/api/v1/me', { token: me })).body.profiles[0];
    assert.deepEqual([now.networks, now.experience], ['Carers’ café', 'Carer.'], 'nothing overwritten');

    const again = await s.call(`/api/v1/me/profiles/${id}`, { method: 'PUT', token: me, body: { ...input, networks: 'Carers’ café', experience: 'Caring for my mum.' }, headers: { 'if-match': first.headers.get('etag')! } });
    assert.equal(again.status, 200, 'saved on what is saved now');
  });
});
