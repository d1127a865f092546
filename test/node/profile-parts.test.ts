/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { changedParts, PROFILE_PARTS } from '../../src/api/profile-parts.js';

const document = parse(readFileSync('api/openapi.yaml', 'utf8')) as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } };

test('the profile parts are the contract’s ProfileInput properties, in its order, but for the message preferences sent with each save', () => {
  const contract = Object.keys(document.components.schemas['ProfileInput']!.properties).filter((p) => p !== 'messages');
  assert.deepEqual([...PROFILE_PARTS], contract);
});

test('changedParts names the parts in the contract’s order, never values, and ignores what is not a part', () => {
  const before = { name: 'Sam', skills: ['Listening'], availability: { days: ['mon'] }, id: 'prof-1' };
  const after = { name: 'Sam', skills: ['Chairing'], availability: { days: ['tue'] }, messages: { language: 'cy' } };
  assert.deepEqual(changedParts(before as never, after as never), ['skills', 'availability']);
  assert.deepEqual(changedParts({ name: 'Sam', picture: undefined }, { name: 'Sam' }), [], 'a part left out is the same as a part given as nothing');
});

test('InMemoryApi audits a staff correction with the parts the server would name, in the same order', async () => {
  const api = new InMemoryApi({ now: new Date('2026-03-02T10:00:00Z') });
  const [profile] = (await api.listProfiles({ limit: 1 })).items;
  assert.ok(profile, 'the seed has a profile');
  await api.updateProfile(profile.id, {
    ...profile,
    skills: [...(profile.skills ?? []), 'Chairing'],
    availability: { ...profile.availability, notes: 'Not in August' },
    messages: { language: 'cy', readingLevel: 'easy-read' },
  } as never, { reason: 'person-asked' });
  const [updated] = (await api.listAuditEvents({ limit: 100, actor: 'auditor-1' })).items.filter((e) => e.action === 'updateProfile');
  assert.deepEqual(updated?.detail, { reason: 'person-asked', parts: ['skills', 'availability'] });
});
