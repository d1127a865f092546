/// <reference types="node" />
/**
 * The HTTP client a widget gets (http-api.ts, through the configuration) has only the public
 * calls; the person's page, pay, people, evaluation, audit, equality and staff calls are put on
 * `HttpApi.prototype` by `httpCalls()` (http-calls.ts), so that the list's and the board's first
 * paint do not carry their names. A module that makes one of those calls must have called it:
 * without it, the call is not a function, and a widget that checks for an optional call
 * (`api?.getMyInvolvement`) silently says "not available". Runs in its own process: nothing
 * here imports http-client.ts, which puts them on for the package's users.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { HttpApi } from '../../src/api/http-api.js';
import { sources } from './source-files.js';

/** The calls every client has, before anything calls httpCalls(). */
const publicCalls = new Set(Object.getOwnPropertyNames(HttpApi.prototype));

test('a client made before httpCalls() has the other calls once it is called, and they answer', async () => {
  const asked: string[] = [];
  const client = new HttpApi({
    baseUrl: 'https://council.example/api/v1',
    fetch: (url) => {
      asked.push(String(url));
      return Promise.resolve(new Response(JSON.stringify({ waiting: 0 }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    },
  });
  assert.equal((client as unknown as Record<string, unknown>)['getStaffSummary'], undefined, 'the public client has no staff calls');
  const { httpCalls, onFirstCall } = await import('../../src/api/http-calls.js');
  httpCalls();
  httpCalls(); // twice is once
  for (const [, names] of onFirstCall) for (const name of names) assert.equal(typeof (client as unknown as Record<string, unknown>)[name], 'function', name);
  assert.deepEqual(await client.getStaffSummary(), { waiting: 0 });
  assert.deepEqual(asked, ['https://council.example/api/v1/staff/summary']);
});

test('every module that makes one of the other calls puts them on first (its own httpCalls() or its element define module’s)', async () => {
  const { onFirstCall } = await import('../../src/api/http-calls.js');
  // Those a public client has anyway (the list checks for listMySuggestions) need nothing.
  const names = onFirstCall.flatMap(([, list]) => list.filter((name) => !publicCalls.has(name)));
  assert.ok(names.length > 60, `only ${names.length} names`);
  // A call written api.x( or api?.x, api['x'], or taken out of a client (const { x } = api).
  const named = names.join('|');
  const call = new RegExp(`\\.(${named})\\b|\\[\\s*['"\`](${named})['"\`]\\s*\\]|\\{[^{}]*?\\b(${named})\\b[^{}]*\\}\\s*=[^=>]`);
  const installs = (file: string): boolean => {
    try {
      return /^httpCalls\(\);$/m.test(readFileSync(file, 'utf8'));
    } catch {
      return false;
    }
  };
  const uncovered: string[] = [];
  for (const file of sources('src').filter((path) => !path.startsWith(join('src', 'api')) && !/\.stories\.ts$/.test(path))) {
    const text = readFileSync(file, 'utf8');
    const made = call.exec(text);
    if (!made || installs(file)) continue;
    // A component's files are covered by its element's define module (src/components/<name>/coprod-<name>.ts).
    const component = /^src\/components\/([^/]+)\//.exec(file)?.[1];
    if (component && installs(join('src/components', component, `coprod-${component}.ts`))) continue;
    uncovered.push(`${file} (${made[1] ?? made[2] ?? made[3]})`);
  }
  assert.deepEqual(uncovered, [], 'modules that make a call http-calls.ts puts on, with no httpCalls() before it');
  // The point of it: the list and the board (and their first paint) do not put them on.
  for (const element of ['opportunity-list', 'feedback-loop']) assert.ok(!installs(join('src/components', element, `coprod-${element}.ts`)), `${element} puts on every call`);
});
