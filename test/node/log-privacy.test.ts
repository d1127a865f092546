/// <reference types="node" />
/**
 * The check every e2e server's log goes through when the harness stops it (test/e2e/log-privacy.ts):
 * it finds the seed's and the tests' personal data, and anything shaped like an address, a phone
 * number or a token, and lets the server's ordinary request lines and its development-token print pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromE2eSources, knownPersonalData, personalDataInLog } from '../e2e/log-privacy.js';

const requestLine = (url: string) => JSON.stringify({ level: 30, time: 1, pid: 1, hostname: 'h', reqId: 'req-1', req: { method: 'GET', url }, msg: 'incoming request' });

test('ordinary request lines and the development token print pass', () => {
  const log = [
    'coprod server on http://127.0.0.1:4000 (PGlite in /tmp/x)',
    '',
    'Development staff token (also in /tmp/x/dev-staff-token.txt); paste it into http://127.0.0.1:4000/staff.html:',
    '',
    'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlcyI6WyJzdGFmZiJdfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ',
    requestLine('/api/v1/feedback?q=~&include=~'),
    JSON.stringify({ level: 30, reqId: 'req-1', res: { statusCode: 200 }, responseTime: 3.2, msg: 'request completed' }),
    // A response time's decimals are not a phone number (messages.e2e once failed on 69.07412200002).
    JSON.stringify({ level: 30, reqId: 'req-2', res: { statusCode: 200 }, responseTime: 69.07412200002, msg: 'request completed' }),
  ].join('\n');
  assert.deepEqual(personalDataInLog(log), []);
});

test('a seed name, a typed text, an address, a phone number or a token in a line is found', () => {
  const seedName = knownPersonalData().find((v) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(v));
  assert.ok(seedName, 'the seed has names');
  assert.equal(personalDataInLog(requestLine(`/api/v1/feedback?q=${encodeURIComponent(seedName)}`)).length > 0, true);
  assert.match(personalDataInLog(requestLine('/api/v1/me?address=sam.e2e%40example.com')).join(), /email address/);
  assert.match(personalDataInLog(JSON.stringify({ msg: 'sent', to: '07700 900123' })).join(), /UK phone number/);
  assert.match(personalDataInLog(JSON.stringify({ req: { headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJyb2xlcyI6W10sInN1YiI6IngifQ.abcdefghijklmnop' } } })).join(), /signed token/);
  assert.match(personalDataInLog(JSON.stringify({ body: { text: 'I care for my mum.' } })).join(), /I care for my mum/);
});

test('literals typed into fields or sent under a personal key are collected; control names are not', () => {
  const source = `await page.getByLabel('Your name').fill('Ada Brightwater');\nconst said = 'The bus stop has no shelter';\nawait page.getByRole('button', { name: 'Send feedback' }).click();\nawait api({ name: 'Bo Kettle' });`;
  assert.deepEqual(fromE2eSources([source]).sort(), ['Ada Brightwater', 'Bo Kettle', 'The bus stop has no shelter']);
});

test('a lower-case word typed into a search is not a person, so a public address with it passes', () => {
  assert.deepEqual(fromE2eSources([`await page.getByLabel('Search').fill('carers');`]), []);
  assert.deepEqual(personalDataInLog(requestLine('/api/v1/opportunities/opp-carers-strategy')), []);
});

