/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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

/** Every Welsh string in the seed, with where it is: under a `cy` key, or the words of something written in Welsh (`language: 'cy'`). */
function welshStrings(value: unknown, path = '', welsh = false): [string, string][] {
  if (typeof value === 'string') return welsh ? [[path, value]] : [];
  if (!value || typeof value !== 'object') return [];
  const inWelsh = welsh || (value as { language?: unknown }).language === 'cy';
  return Object.entries(value).flatMap(([k, v]) => welshStrings(v, path ? `${path}.${k}` : k, inWelsh || k === 'cy'));
}

// The widgets' and the server's Welsh uses the typographic apostrophe (’); the seed's Welsh showed beside it with the
// straight one ("Helpwch ni i ysgrifennu'r strategaeth"), as did the demo council pages' Welsh.
test('the seed’s Welsh uses the typographic apostrophe, as the widgets’ Welsh does', () => {
  const all = welshStrings(createSeed());
  assert.ok(all.some(([, text]) => text.includes('ysgrifennu’r')), 'the Welsh title is read');
  assert.deepEqual(all.filter(([, text]) => text.includes("'")).map(([path, text]) => `${path}: ${text.slice(0, 60)}`), []);
});

test('the demo council pages’ Welsh (data-cy) uses the typographic apostrophe', () => {
  const demo = new URL('../../demo/', import.meta.url);
  const straight = readdirSync(demo)
    .filter((name) => name.endsWith('.html'))
    .flatMap((name) => [...readFileSync(new URL(name, demo), 'utf8').matchAll(/data-cy="([^"]*)"/g)].map((m) => `${name}: ${m[1]}`))
    .filter((words) => words.includes("'"));
  assert.deepEqual(straight, []);
});
