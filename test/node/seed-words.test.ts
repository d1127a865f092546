/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSeed } from '@coprod/seed';
import { describeSessions } from '../../packages/seed/src/helpers.js';

/** Brackets inside brackets: "(Planning meeting (online))". */
const nested = (text: string) => /\([^()]*\(/.test(text);

// Issue 14 (calm, clear words): compact cards list the sessions under "When"; a session's own label with
// brackets once showed as "(Planning meeting (online))".
test('no opportunity’s "when" words put brackets inside brackets, in any language', () => {
  const label = describeSessions([{ start: '2026-12-10T18:30:00Z', end: '2026-12-10T20:00:00Z', label: 'Planning meeting (online)' }]);
  assert.equal(label, 'Planning meeting (online): Thursday 10 December, 6:30pm to 8pm');
  const texts = createSeed().opportunities.flatMap((o) => [o.when.summary, ...Object.values(o.translations ?? {}).map((t) => t?.when ?? '')]);
  assert.ok(texts.some((t) => t.includes('Planning meeting (online)')), 'the seed still has a session label in brackets');
  assert.deepEqual(texts.filter(nested), []);
});
