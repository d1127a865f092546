/// <reference types="node" />
/**
 * A public page that only reads does not carry HttpApi's write path (src/api/http-write.ts): the
 * public writes' paths, the refusal reader (RFC 9457 problems, their field codes, `Retry-After`)
 * and, on the page with one list, the idempotency keys load with the first write or the first
 * refused answer. A static import of http-write.ts or http-problems.ts from the transport or the
 * client puts them back: this fails. Runs over dist/ (scripts/build.mjs builds it first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { closure } from '../../scripts/closure.mjs';

const loaded = (entries: string[]): string => {
  const files = new Set<string>();
  for (const entry of entries) closure(entry, files);
  return [...files].map((file) => readFileSync(file, 'utf8')).join('\n');
};

/** What only the write path holds, and what it is. */
const WRITE_PATH: Record<string, string> = {
  '/opportunities/{opportunityId}/interests': "createInterest's path",
  '/feedback/{feedbackId}/supporters': "supportFeedback's path",
  'Retry-After': 'reading Retry-After',
  'no-places-left': 'the field codes of a refusal',
};

test('the all-in-one and a page with one list load the write path with the first write, not before', { skip: !existsSync('dist/coprod-widgets.js') }, () => {
  const pages: Record<string, string[]> = {
    'the all-in-one': ['dist/coprod-widgets.js'],
    'a page with one list': ['dist/coprod-autoload.js', 'dist/elements/coprod-opportunity-list.js'],
  };
  for (const [page, entries] of Object.entries(pages)) {
    const text = loaded(entries);
    for (const [words, what] of Object.entries(WRITE_PATH)) assert.ok(!text.includes(words), `${page} carries ${what} ("${words}")`);
  }
  assert.ok(!loaded(pages['a page with one list']!).includes('randomUUID'), 'a page with one list carries the idempotency keys');
});

test('a page with one list or the board carries none of the names of the calls it never makes (http-calls.ts)', { skip: !existsSync('dist/coprod-widgets.js') }, () => {
  const pages: Record<string, string[]> = {
    'a page with one list': ['dist/coprod-autoload.js', 'dist/elements/coprod-opportunity-list.js'],
    'a page with the board': ['dist/coprod-autoload.js', 'dist/elements/coprod-feedback-loop.js'],
  };
  for (const [page, entries] of Object.entries(pages)) {
    const text = loaded(entries);
    for (const name of ['getMyInvolvement', 'listMessagesByHand', 'getEqualityReach', 'uploadReceipt']) assert.ok(!text.includes(`"${name}"`), `${page} carries the call name ${name}`);
  }
  // The package's HttpApi has them all.
  assert.ok(loaded(['dist/coprod-widgets.js']).includes('"listMessagesByHand"'), 'the all-in-one lost the names of its HttpApi');
});
