/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBody, feedbackUpdateRules, interestRules, isPhoneNumber, isEmailAddress, profileRules } from '../../src/api/rules.js';

test('checkBody names each failing field once, with its code and the limit the message needs', () => {
  assert.deepEqual(checkBody(interestRules, { name: 'x'.repeat(201), contact: { method: 'email', detail: 'sam at example' }, consent: false }), [
    { field: 'name', code: 'too-long', limit: 200 },
    { field: 'contact.detail', code: 'invalid-email' },
    { field: 'consent', code: 'required' },
  ]);
  assert.deepEqual(checkBody(interestRules, { name: 'Sam', contact: { method: 'text', detail: '0770' }, consent: true }), [{ field: 'contact.detail', code: 'invalid-phone' }]);
  assert.deepEqual(checkBody(interestRules, {}), [
    { field: 'name', code: 'required' },
    { field: 'contact', code: 'required' },
    { field: 'consent', code: 'required' },
  ]);
});

test('checkBody checks each item of a list, and fields of an optional object only when it is there', () => {
  const body = { kind: 'heard', text: 'We heard you', links: [{ title: 'Minutes', url: 'https://example.org' }, { title: '', url: 'ftp://x' }] };
  assert.deepEqual(checkBody(feedbackUpdateRules, body), [
    { field: 'links.1.title', code: 'required' },
    { field: 'links.1.url', code: 'invalid-url' },
  ]);
  const profile = { name: 'Sam', importantToMe: 'x', experience: 'y', contact: { method: 'post', detail: '1 High St' }, consent: true, topics: ['a', 'a'], picture: null };
  assert.deepEqual(checkBody(profileRules, profile), [{ field: 'topics', code: 'duplicate' }]);
});

test('phone numbers have 10 to 15 digits; email addresses have one @ and a dot after it', () => {
  for (const ok of ['01632 960 001', '+44 (0)1632 960001', '07700-900-982']) assert.ok(isPhoneNumber(ok), ok);
  for (const bad of ['0770', 'call me', '0161 496 0000 ext 12 34 56 78']) assert.ok(!isPhoneNumber(bad), bad);
  assert.ok(isEmailAddress('sam@example.com'));
  for (const bad of ['sam at example', 'sam@example', `${'a'.repeat(250)}@example.com`]) assert.ok(!isEmailAddress(bad), bad);
});
