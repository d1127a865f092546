/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpApi } from '../../src/api/http-client.js';

test('HttpApi reaches the people pool at the contract\'s paths, with the read reason and the weights in the query', async () => {
  const seen: string[] = [];
  const fetch = (async (url: string | URL, init?: RequestInit) => {
    seen.push(`${init?.method ?? 'GET'} ${String(url)}${init?.headers && (init.headers as Record<string, string>)['Idempotency-Key'] ? ' (key)' : ''}`);
    return new Response('{"items":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  const api = new HttpApi({ baseUrl: 'https://council.example/api/v1', fetch, token: 'staff' });
  await api.listPeople({ reason: 'find-people', topic: 'carers', day: 'tue' });
  await api.getPerson('p1', 'person-asked');
  await api.listSuggestions('opp 1', { weightNewVoice: 4, limit: 10 });
  await api.listInvitations('opp-1');
  await api.invitePeople('opp-1', { profileIds: ['p1'] });
  await api.answerInvitation({ token: 't', answer: 'interested' });
  await api.listMySuggestions({ meToken: 'me', limit: 100 });
  await api.listMyInvitations({ meToken: 'me' });
  await api.answerMyInvitation('inv 1', { answer: 'interested' }, { meToken: 'me', idempotencyKey: 'key-0123456789' });
  assert.ok(seen.at(-1)!.endsWith(' (key)'), 'the answer carries its Idempotency-Key');
  assert.deepEqual(seen.map((s) => s.replace(' (key)', '')), [
    'GET https://council.example/api/v1/people?reason=find-people&topic=carers&day=tue',
    'GET https://council.example/api/v1/people/p1?reason=person-asked',
    'GET https://council.example/api/v1/opportunities/opp%201/suggestions?weightNewVoice=4&limit=10',
    'GET https://council.example/api/v1/opportunities/opp-1/invitations',
    'POST https://council.example/api/v1/opportunities/opp-1/invitations',
    'POST https://council.example/api/v1/invitation-answers',
    'GET https://council.example/api/v1/me/suggestions?limit=100',
    'GET https://council.example/api/v1/me/invitations',
    'POST https://council.example/api/v1/me/invitations/inv%201/answer',
  ]);
});

test('InMemoryApi answers "may suit you" as the server does: 401 without a sign-in, then open opportunities that fit, not those already answered', async () => {
  const { InMemoryApi } = await import('../../src/api/in-memory.js');
  const api = new InMemoryApi({ latencyMs: 0 });
  await assert.rejects(api.listMySuggestions({ meToken: 'nobody' }), (error: { status?: number }) => error.status === 401);
  const meToken = api.people.signInAs('prof-bernie');
  const before = await api.listMySuggestions({ meToken });
  const carers = before.items.find((s) => s.opportunity.id === 'opp-carers-strategy');
  assert.ok(carers, 'the carers strategy may suit Bernie, a carer');
  assert.ok(carers.reasons.some((r) => r.code === 'topic'), 'with the topic as a reason');
  assert.ok(before.items.every((s) => s.opportunity.status === 'open' && s.reasons.every((r) => r.code !== 'new-voice')), 'open ones only, with no staff-only reasons');
  assert.ok(before.items.length <= 20, 'the contract\'s default of 20');
  await api.createInterest('opp-carers-strategy', { name: 'Bernie', contact: { method: 'email', detail: 'Bernie.Quillfeather@example.com' }, consent: true } as Parameters<typeof api.createInterest>[1]);
  const after = await api.listMySuggestions({ meToken });
  assert.ok(!after.items.some((s) => s.opportunity.id === 'opp-carers-strategy'), 'not once Bernie has said she is interested');
  // Invited to the next suggestion, she answers "not this time": it is not offered again.
  const next = after.items[0]!.opportunity.id;
  const { invited } = await api.invitePeople(next, { profileIds: ['prof-bernie'] });
  await api.answerInvitation({ token: api.people.tokenFor(invited[0]!.id)!, answer: 'not_this_time' });
  const later = await api.listMySuggestions({ meToken });
  assert.ok(!later.items.some((s) => s.opportunity.id === next), 'not once Bernie has said "not this time" to an invitation to it');
});

test('InMemoryApi answers a person\'s own invitations as the server does: only their own, unanswered, with why; answered, an interest', async () => {
  const { InMemoryApi } = await import('../../src/api/in-memory.js');
  const api = new InMemoryApi({ latencyMs: 0 });
  await assert.rejects(api.listMyInvitations({ meToken: 'nobody' }), (error: { status?: number }) => error.status === 401);
  const { invited } = await api.invitePeople('opp-carers-strategy', { profileIds: ['prof-bernie'] });
  const bernie = api.people.signInAs('prof-bernie');
  const listed = await api.listMyInvitations({ meToken: bernie });
  assert.deepEqual(listed.items.map((i) => i.id), [invited[0]!.id]);
  assert.ok(listed.items[0]!.reasons.some((r) => r.code === 'topic'), 'why she was asked');
  assert.ok(!('interestCount' in listed.items[0]!.opportunity), 'how many said they are interested is for staff only');
  assert.ok(!(await api.listMySuggestions({ meToken: bernie, limit: 100 })).items.some((i) => i.opportunity.id === 'opp-carers-strategy'), 'what she is invited to is not also under "may suit you"');
  const made = await api.createProfile({ name: 'Cai', importantToMe: 'Being heard.', experience: 'A carer.', contact: { method: 'email', detail: 'cai@example.org' }, topics: ['carers'], consent: true } as Parameters<typeof api.createProfile>[0]);
  await api.invitePeople('opp-carers-strategy', { profileIds: [made.profile.id] });
  const other = api.people.signInAs(made.profile.id);
  assert.ok((await api.listMyInvitations({ meToken: other })).items.every((i) => i.id !== invited[0]!.id), 'never another person\'s');
  await assert.rejects(api.answerMyInvitation(invited[0]!.id, { answer: 'not_this_time' }, { meToken: other }), (error: { status?: number }) => error.status === 404);
  const yes = await api.answerMyInvitation(invited[0]!.id, { answer: 'interested' }, { meToken: bernie });
  assert.equal(yes.answer, 'interested');
  assert.ok(yes.reference, 'an expression of interest was made');
  assert.deepEqual((await api.listMyInvitations({ meToken: bernie })).items, [], 'answered, it leaves the list');
});

test('InMemoryApi does not list an invitation past its closing date (a UK date), as the server does not', async () => {
  const { InMemoryApi } = await import('../../src/api/in-memory.js');
  const { createSeed } = await import('@coprod/seed');
  const seed = createSeed();
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  for (const o of seed.opportunities) if (o.id === 'opp-carers-strategy') o.closingDate = yesterday;
  const api = new InMemoryApi({ latencyMs: 0, seed });
  await api.invitePeople('opp-carers-strategy', { profileIds: ['prof-bernie'] });
  assert.deepEqual((await api.listMyInvitations({ meToken: api.people.signInAs('prof-bernie') })).items, []);
});

test('"The best N of M" says who M is, in English, Welsh and easy read', async () => {
  const { staffPeopleMessages } = await import('../../src/components/staff-people/coprod-staff-people.messages.js');
  const say = (set: Record<string, unknown>) => set.considered as (locale: string, shown: number, n: number) => string;
  const en = say(staffPeopleMessages['en-GB']);
  assert.equal(en('en-GB', 20, 57), 'The best 20 of the 57 people open to an invitation to this, best fit first.');
  assert.equal(en('en-GB', 5, 5), 'All 5 people open to an invitation to this, best fit first.');
  assert.equal(en('en-GB', 1, 1), 'The one person open to an invitation to this.');
  assert.equal(say(staffPeopleMessages.cy)('cy', 20, 57), 'Y 20 gorau o’r 57 o bobl sy’n agored i wahoddiad i hwn, y gorau yn gyntaf.');
  const easy = staffPeopleMessages.easyRead!;
  assert.equal(say(easy['en-GB']!)('en-GB', 20, 57), '57 people want to be asked about things like this.\nThe 20 who fit best are first.');
  assert.equal(say(easy.cy!)('cy', 5, 5), 'Mae 5 o bobl eisiau cael gwahoddiad i bethau fel hyn.\nMae’r bobl sy’n gweddu orau yn gyntaf.');
});

test('HttpApi notes the version a person\'s profile was read at in the pool, for a staff correction (If-Match)', async () => {
  const sent: (string | undefined)[] = [];
  const fetch = (async (url: string | URL, init?: RequestInit) => {
    sent.push((init?.headers as Record<string, string> | undefined)?.['If-Match']);
    const profile = { id: 'p1', name: 'Bernie', updatedAt: '2026-11-01T10:00:00.000Z' };
    return new Response(String(url).includes('/people/') ? JSON.stringify({ profile, invitations: [] }) : JSON.stringify(profile), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  const api = new HttpApi({ baseUrl: 'https://council.example/api/v1', fetch, token: 'staff' });
  const { versionOf } = await import('../../src/api/versions.js');
  const record = await api.getPerson('p1', 'person-asked');
  await api.updateProfile('p1', record.profile as never, { reason: 'person-asked', ifMatch: versionOf(record.profile) });
  assert.deepEqual(sent, [undefined, '"2026-11-01T10:00:00.000Z"']);
});

test('HttpApi sends an evaluation with no Authorization, even on a page where someone is signed in: the answers are anonymous', async () => {
  const seen: { path: string; authorization: string | undefined }[] = [];
  const fetch = (async (url: string | URL, init?: RequestInit) => {
    seen.push({ path: new URL(String(url)).pathname, authorization: (init?.headers as Record<string, string>)['Authorization'] });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  const api = new HttpApi({ baseUrl: 'https://council.example/api/v1', fetch, token: 'staff-token' });
  await api.openEvaluationInvitation('invitation-token');
  await api.sendEvaluation({ token: 'invitation-token', answers: [] } as unknown as Parameters<HttpApi['sendEvaluation']>[0]);
  await api.getInvolvementResults();
  assert.deepEqual(seen, [
    { path: '/api/v1/evaluations/invitation', authorization: undefined },
    { path: '/api/v1/evaluations', authorization: undefined },
    { path: '/api/v1/evaluation-results', authorization: 'Bearer staff-token' },
  ]);
});
