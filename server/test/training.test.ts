/**
 * Issue 17, item 5: staff publish a training or support session as an opportunity of its own
 * kind, and it is offered first to the people who asked for training or support in their
 * profile: they come first in the suggestions, with the reason, and staff invite them through
 * the same invitations as any opportunity.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, suiteServer, token } from './harness.js';

const people = await token({ sub: 'lead-7', roles: ['staff', 'people'], title: 'Co-production lead' });

const session = {
  title: 'Chairing a meeting: a morning of practice',
  summary: 'Practise chairing a meeting with a coach, before you chair one of ours.',
  description: 'A friendly morning with a coach who has chaired meetings with the council.',
  experienceNeeded: 'None: this is for people who take part and would like to chair.',
  timeCommitment: { summary: 'One morning' },
  when: { summary: 'A Tuesday morning in March', sessions: [{ start: '2031-03-04T10:00:00Z', end: '2031-03-04T12:00:00Z' }] },
  where: { modes: ['online'] },
  howToGetInvolved: 'Say you are interested and we will send the link.',
  closingDate: '2031-02-20',
  topics: ['carers'],
  organisationId: 'council',
  accessibility: ['captions'],
  payment: { type: 'unpaid', expensesCovered: [] },
  places: 8,
  status: 'open',
  kind: 'training',
};

const person = (name: string, email: string, over: Record<string, unknown> = {}) => ({
  name,
  importantToMe: 'Being listened to.',
  experience: 'Caring for my dad.',
  consent: true,
  contact: { method: 'email', detail: email },
  topics: ['carers'],
  availability: { days: ['tue'], times: ['morning'], modes: ['online'] },
  ...over,
});

describe('a training or support session, offered first to those who asked (issue 17)', () => {
  const s = suiteServer();
  let id = '';

  it('staff publish a session of its own kind; the public opportunity says which kind', async () => {
    const created = await s.call('/api/v1/opportunities', { method: 'POST', body: session, token: people, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    id = created.body.id;
    assert.equal(created.body.kind, 'training');
    const shown = await s.call(`/api/v1/opportunities/${id}`);
    assert.equal(shown.body.kind, 'training');
    const wrong = await s.call('/api/v1/opportunities', { method: 'POST', body: { ...session, kind: 'course' }, token: people, headers: { 'idempotency-key': key() } });
    assert.equal(wrong.status, 422);
  });

  it('the people who asked for training or support come first, with the reason, even when others fit better', async () => {
    // Bea fits the session best (free on Tuesday mornings, online) but asked for nothing; Ali
    // asked for training and fits less (free on Fridays only).
    await s.call('/api/v1/profiles', { method: 'POST', body: person('Bea', 'bea@example.org') });
    const ali = (await s.call('/api/v1/profiles', { method: 'POST', body: person('Ali', 'ali@example.org', { availability: { days: ['fri'] }, trainingWanted: 'How to chair a meeting.' }) })).body.profile.id;
    await s.call('/api/v1/profiles', { method: 'POST', body: person('Cy', 'cy@example.org', { trainingWanted: 'Using Zoom.', invitations: { wanted: 'none' } }) });

    const r = await s.call(`/api/v1/opportunities/${id}/suggestions?limit=50`, { token: people });
    assert.equal(r.status, 200);
    const names = r.body.items.map((i: { person: { name: string } }) => i.person.name);
    assert.ok(names.includes('Bea'));
    assert.ok(!names.includes('Cy'), 'asking for training does not override "no invitations"');
    const asked = r.body.items.filter((i: { reasons: { code: string }[] }) => i.reasons.some((x) => x.code === 'asked-for-training'));
    assert.ok(asked.length >= 1 && asked.some((i: { person: { name: string } }) => i.person.name === 'Ali'));
    // Everyone who asked comes before everyone who did not.
    assert.deepEqual(r.body.items.slice(0, asked.length), asked);
    const bea = r.body.items.find((i: { person: { name: string } }) => i.person.name === 'Bea');
    const first = r.body.items.find((i: { person: { name: string } }) => i.person.name === 'Ali');
    assert.ok(bea.score > first.score, 'Bea fits better, yet Ali is offered it first');

    // Staff invite the one who asked through the usual invitations.
    const invited = await s.call(`/api/v1/opportunities/${id}/invitations`, { method: 'POST', body: { profileIds: [ali] }, token: people, headers: { 'idempotency-key': key() } });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    assert.deepEqual(invited.body.invited.map((i: { profileId: string }) => i.profileId), [ali]);
  });

  it('an activity ranks as before: asking for training is no reason there', async () => {
    const r = await s.call('/api/v1/opportunities/opp-carers/suggestions?limit=50', { token: people });
    assert.equal(r.status, 200);
    assert.ok(r.body.items.every((i: { reasons: { code: string }[] }) => i.reasons.every((x) => x.code !== 'asked-for-training')));
  });
});
