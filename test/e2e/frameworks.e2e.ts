/// <reference types="node" />
/**
 * The framework types and the example apps, from the packed package (see packed.ts):
 *
 * - Each event's type in custom-elements.json is the package's declared one (so the
 *   generated handlers get the real detail).
 * - React 19 JSX, Svelte 5 and Vue 3 template types (generated from custom-elements.json)
 *   accept the elements' properties, attributes and typed event details, and reject a wrong
 *   property type, an unknown property and a wrong event detail (`@ts-expect-error` /
 *   `@vue-expect-error` lines: types that were `any` would leave them unused, which fails).
 * - examples/react, examples/vue and examples/svelte typecheck with `strict` (tsc, vue-tsc,
 *   svelte-check with warnings as failures) and no declarations of their own, build with Vite, and work in Chromium against the real server: the list
 *   shows opportunities on the app's topic, every API request carries the token from the
 *   app's getter, a changed topic in the app reloads the list on it, and the app hears
 *   `coprod-opportunity-open`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { ROOT, ensureBuilt, launchBrowser, startServer, WAIT_MS, type TestServer } from './harness.js';
import { copyExample, install, pack, serve } from './packed.js';

/** Runs a Node tool from this repository's node_modules in `cwd`; fails with its output. */
function tool(path: string, args: string[], cwd: string, what: string): void {
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', path), ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    assert.fail(`${what} failed:\n${stdout}${stderr}`);
  }
}

const TSC = 'typescript/bin/tsc';
const VUE_TSC = 'vue-tsc/bin/vue-tsc.js';
const SVELTE_CHECK = 'svelte-check/bin/svelte-check';
/** How each example app is typechecked. */
const typecheck = { react: [TSC, ['-p', '.']], vue: [VUE_TSC, ['-p', '.']], svelte: [SVELTE_CHECK, ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine']] } as const;

describe('framework types and example apps', { timeout: 300_000 }, () => {
  let work: string;
  let tarball: string;
  let server: TestServer | undefined;
  let starting: Promise<TestServer>;
  let browser: Browser;
  const servers: Server[] = [];

  before(async () => {
    ensureBuilt();
    work = mkdtempSync(join(tmpdir(), 'coprod-frameworks-'));
    tarball = pack(work);
    // The server starts (PGlite, migrations, seed) while the type checks run; the example tests wait for it.
    starting = startServer();
    starting.catch(() => undefined);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await (server ?? (await starting.catch(() => undefined)))?.stop();
    await Promise.all(servers.map((open) => new Promise((done) => open.close(done))));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('types React 19 JSX and Svelte 5 elements, and rejects misuse', () => {
    const app = join(work, 'types');
    mkdirSync(join(app, 'src'), { recursive: true });
    install(app, tarball, ['typescript', 'react', '@types/react', 'svelte']);
    writeFileSync(
      join(app, 'src/react.tsx'),
      `import 'coprod-widgets';
import type {} from 'coprod-widgets/react';

const getToken = (): string => 'token';
export const ok = (
  <coprod-provider apiBase="/api/v1" token={getToken}>
    <coprod-opportunity-list topic="carers" headingLevel={3} heading-level="3" oncoprod-opportunity-open={(event) => event.detail.title.toUpperCase()} oncoprod-error={(event) => event.detail.message} />
    <coprod-feedback-loop mode="board" />
  </coprod-provider>
);
// @ts-expect-error a topic is a string
export const wrongType = <coprod-opportunity-list topic={42} />;
// @ts-expect-error no such property
export const unknown = <coprod-opportunity-list topics="carers" />;
// @ts-expect-error the detail has no such field
export const wrongDetail = <coprod-opportunity-list oncoprod-opportunity-open={(event) => event.detail.nothing} />;
// @ts-expect-error mode is board, form or both
export const wrongMode = <coprod-feedback-loop mode="wall" />;
`,
    );
    writeFileSync(
      join(app, 'src/svelte.ts'),
      `import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'coprod-widgets/svelte';

type List = SvelteHTMLElements['coprod-opportunity-list'];
export const ok: List = { topic: 'carers', token: () => 'token', 'oncoprod-opportunity-open': (event) => event.detail.title, class: 'list' };
// @ts-expect-error a topic is a string
export const wrongType: List = { topic: 42 };
// @ts-expect-error the detail has no such field
export const wrongDetail: List = { 'oncoprod-opportunity-open': (event) => event.detail.nothing };
`,
    );
    // Each event's type in custom-elements.json (from `@fires {CustomEvent<Detail>}`) is the one the package declares.
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: { events?: { name: string; type?: { text: string } }[] }[] }[] };
    const events = manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((declaration) => declaration.events ?? []));
    assert.ok(events.length > 10, 'too few events in custom-elements.json');
    // Every `@fires` names its detail type, or the element's events are untyped for consumers.
    assert.deepEqual(events.filter((event) => !event.type?.text).map((event) => event.name), [], 'events in custom-elements.json without a `@fires {CustomEvent<Detail>}` type');
    writeFileSync(
      join(app, 'src/events.ts'),
      `import type * as Coprod from 'coprod-widgets';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
${events.map((event, index) => `export const event${index}: Same<${(event.type?.text ?? 'undefined').replace(/\b(?!CustomEvent\b)([A-Z]\w*)\b/g, 'Coprod.$1')}, GlobalEventHandlersEventMap[${JSON.stringify(event.name)}]> = true;`).join('\n')}
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', lib: ['ES2023', 'DOM', 'DOM.Iterable'], skipLibCheck: false, types: [] },
        include: ['src'],
      }),
    );
    tool(TSC, ['-p', '.'], app, 'tsc over React and Svelte uses');
  });

  it('ships editor data (VS Code custom data, JetBrains web-types) naming every element and attribute', () => {
    const app = join(work, 'editors');
    mkdirSync(app, { recursive: true });
    install(app, tarball);
    const packageDir = join(app, 'node_modules/coprod-widgets');
    const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { 'web-types': string };
    const manifest = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
    const expected = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName)).map((declaration) => `${declaration.tagName}: ${(declaration.attributes ?? []).map((attribute) => attribute.name).sort().join(' ')}`).sort();
    const vscode = JSON.parse(readFileSync(join(packageDir, 'dist/vscode.html-custom-data.json'), 'utf8')) as { tags: { name: string; attributes: { name: string }[] }[] };
    assert.deepEqual(vscode.tags.map((tag) => `${tag.name}: ${tag.attributes.map((attribute) => attribute.name).sort().join(' ')}`).sort(), expected);
    const webTypes = JSON.parse(readFileSync(join(packageDir, packageJson['web-types']), 'utf8')) as { contributions: { html: { elements: { name: string; attributes: { name: string }[] }[] } } };
    assert.deepEqual(webTypes.contributions.html.elements.map((element) => `${element.name}: ${element.attributes.map((attribute) => attribute.name).sort().join(' ')}`).sort(), expected);
  });

  for (const example of ['react', 'vue', 'svelte'] as const) {
    it(`examples/${example} typechecks strictly, builds, and works against the server`, async () => {
      const app = join(work, example);
      server = await starting;
      const api = server;
      const tools = copyExample(example, app);
      install(app, tarball, tools);
      if (example === 'vue') {
        // Misuse that the generated GlobalComponents types must reject.
        writeFileSync(
          join(app, 'src/Misuse.vue'),
          `<script setup lang="ts">
const title = (event: CustomEvent<{ title: string }>) => event.detail.title;
</script>
<template>
  <!-- @vue-expect-error a topic is a string -->
  <coprod-opportunity-list :topic="42" />
  <!-- @vue-expect-error the detail has no such field -->
  <coprod-opportunity-list @coprod-opportunity-open="(event) => event.detail.nothing" />
  <coprod-opportunity-list @coprod-opportunity-open="title" />
</template>
`,
        );
      }
      const [checker, args] = typecheck[example];
      tool(checker, [...args], app, `typechecking examples/${example}`);
      rmSync(join(app, 'src/Misuse.vue'), { force: true });

      const { build } = await import('vite');
      await build({ root: app, configFile: join(app, 'vite.config.ts'), logLevel: 'error', mode: 'production' });
      const site = await serve(join(app, 'dist'));
      servers.push(site);

      const page = await browser.newPage();
      page.setDefaultTimeout(WAIT_MS);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      const requests: { url: URL; authorization: string | undefined }[] = [];
      page.on('request', (request) => {
        if (request.url().startsWith(api.url) && request.method() === 'GET') requests.push({ url: new URL(request.url()), authorization: request.headers()['authorization'] });
      });
      await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/?api=${encodeURIComponent(`${api.url}/api/v1`)}`);

      const list = page.locator('coprod-opportunity-list');
      const cards = list.locator('.card-title a');
      await cards.first().waitFor();
      const listRequests = () => requests.filter(({ url }) => url.pathname.endsWith('/opportunities'));
      assert.ok(listRequests().some(({ url }) => url.searchParams.getAll('topic').join() === 'carers'), `no list request for the app's topic: ${listRequests().map(({ url }) => url.search).join(', ')}`);
      assert.ok(requests.length > 0 && requests.every(({ authorization }) => authorization === 'Bearer example-reader-token'), `requests without the getter's token: ${JSON.stringify(requests.map(({ url, authorization }) => `${url.pathname} ${authorization}`))}`);

      // The app changes the topic: the list follows, asks again and shows it in its own filter.
      const asked = page.waitForResponse((response) => {
        const url = new URL(response.url());
        return response.url().startsWith(api.url) && url.pathname.endsWith('/opportunities') && url.searchParams.getAll('topic').join() === 'mental-health';
      });
      await page.getByLabel('Show opportunities about').selectOption('mental-health');
      await page.waitForFunction(() => (document.querySelector('coprod-opportunity-list')?.shadowRoot?.querySelector('#field-topic') as HTMLSelectElement | null)?.value === 'mental-health');
      await page.waitForLoadState('networkidle');
      assert.ok(listRequests().some(({ url }) => url.searchParams.getAll('topic').join() === 'mental-health'), `no list request after the topic changed: ${listRequests().map(({ url }) => url.search).join(', ')}`);

      // What a person sees before choosing: the list drawn again with the new topic's results (under load the
      // carers cards stayed a moment while it asked, and the first of those was read: "You opened" never came).
      const answered = ((await (await asked).json()) as { items: { title: string }[] }).items.map((item) => item.title);
      assert.ok(answered.length > 0, 'the seeded data has opportunities about mental health');
      await page.waitForFunction(
        (titles) => {
          const root = document.querySelector('coprod-opportunity-list')?.shadowRoot;
          const drawn = [...(root?.querySelectorAll('.cards .card-title a') ?? [])].map((link) => link.textContent?.trim());
          return drawn.length > 0 && !root?.querySelector('[aria-busy="true"]') && drawn.join('\n') === titles.slice(0, drawn.length).join('\n');
        },
        answered,
      );

      // The app hears the list's event, with its typed detail.
      const title = (await cards.first().textContent())?.trim() ?? '';
      await cards.first().click();
      await page.getByRole('status').filter({ hasText: `You opened "${title}".` }).waitFor();
      await page.getByText('The list element is coprod-opportunity-list.').waitFor();
      await page.close();
      assert.deepEqual(problems, [], `errors in the page: ${problems.join('; ')}`);
    });
  }
});
