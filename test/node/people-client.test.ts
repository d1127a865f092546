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
  await api.listMySuggestions({ meToken: 'me' });
  assert.deepEqual(seen.map((s) => s.replace(' (key)', '')), [
    'GET https://council.example/api/v1/people?reason=find-people&topic=carers&day=tue',
    'GET https://council.example/api/v1/people/p1?reason=person-asked',
    'GET https://council.example/api/v1/opportunities/opp%201/suggestions?weightNewVoice=4&limit=10',
    'GET https://council.example/api/v1/opportunities/opp-1/invitations',
    'POST https://council.example/api/v1/opportunities/opp-1/invitations',
    'POST https://council.example/api/v1/invitation-answers',
    'GET https://council.example/api/v1/me/suggestions',
  ]);
});
