/// <reference types="node" />
/**
 * The autoloader downloads only what a page uses: a page with one <coprod-opportunity-list>
 * (or its `data-coprod` placeholder) and dist/coprod-autoload.js requests the list's
 * module and the chunks it imports (and "More filters", its own part loaded just after the
 * first paint), and no other widget's module. Every request is
 * recorded with page.on('request'). The list's API base points at nothing: this test is
 * about which modules are requested, not about data.
 *
 * Needs `node scripts/build.mjs` first. Runs in Debian's Chromium (CHROME_PATH).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { closure, dynamicImports } from '../../scripts/closure.mjs';
import { launchBrowser, WAIT_MS } from './harness.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const AUTOLOADER = 'dist/coprod-autoload.js';
const LIST = 'dist/elements/coprod-opportunity-list.js';

/** The page's HTML, written by each test. */
const pages: Record<string, string> = {
  '/one-list.html': page(`<coprod-opportunity-list api-base="/no-api/v1" fallback-href="/opportunities"></coprod-opportunity-list>`),
  '/placeholder.html': page(
    `<div data-coprod="opportunity-list" data-api-base="/no-api/v1" data-heading-level="3"><a href="/opportunities">See our co-production opportunities</a></div>`,
  ),
};

function page(body: string): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>One widget</title>
    <script type="module" src="/${AUTOLOADER}"></script>
  </head>
  <body>
    <main>
      <h1>Get involved</h1>
      ${body}
    </main>
  </body>
</html>`;
}

/** Files a module imports statically, transitively, as repo-relative paths (itself included). */
const staticClosure = (file: string, seen = new Set<string>()): Set<string> => closure(file, seen, ROOT);

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

/** A tiny static server over the repository root, plus the test pages, on 127.0.0.1. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const html = pages[path];
    if (html !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(html);
      return;
    }
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

describe('the autoloader', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;

  before(async () => {
    for (const file of [AUTOLOADER, LIST]) {
      assert.ok(existsSync(join(ROOT, file)), `${file} is missing: run \`node scripts/build.mjs\` first`);
    }
    server = await serve();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  /** Opens `path` and returns every requested URL's path once the list is defined and the network is quiet. */
  async function requestsFor(path: string): Promise<{ page: Page; paths: string[]; urls: string[] }> {
    const page = await browser.newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => customElements.get('coprod-opportunity-list') !== undefined, null, { timeout: WAIT_MS }).catch(() => {
      throw new Error(`<coprod-opportunity-list> was never defined; requests: ${urls.join(', ')}; errors: ${errors.join('; ')}`);
    });
    await page.waitForLoadState('networkidle');
    // A module imported late (e.g. by a timer) would show up here.
    await page.waitForTimeout(300);
    const paths = urls.map((url) => new URL(url).pathname);
    return { page, paths, urls };
  }

  /**
   * The list's own parts that it loads just after its first paint whatever the reader does
   * ("More filters", internal/more-filters.ts), with what they import: found in the built
   * code by name, so a part that stops being the list's own, or a new idle import, shows up.
   */
  function loadedAfterFirstPaint(closure: Set<string>, name = 'more-filters'): Set<string> {
    const parts = new Set<string>();
    for (const file of closure) for (const part of dynamicImports(file, name, ROOT)) staticClosure(part, parts);
    assert.ok(parts.size > 0, `the list no longer loads ${name} on demand: update this test`);
    return parts;
  }

  function assertOnlyTheList(paths: string[], urls: string[]): void {
    const closure = staticClosure(LIST);
    for (const file of loadedAfterFirstPaint(closure)) closure.add(file);
    // This page's API points at nothing, so the list's first read is refused: the HTTP client's
    // problem reader (its write path, http-write.ts) loads to read the refusal (issue 19, bc5a015).
    for (const file of loadedAfterFirstPaint(closure, 'http-write')) closure.add(file);
    const expected = new Set([`/${AUTOLOADER}`, ...[...closure].map((file) => `/${file}`)]);
    const scripts = new Set(paths.filter((path) => path.endsWith('.js')));
    // The list's module and every chunk it imports were downloaded...
    for (const file of expected) assert.ok(scripts.has(file), `${file} was not requested; requested: ${[...scripts].join(', ')}`);
    // ...and nothing else: no other widget's module, no chunk only other widgets use, no all-in-one.
    const extra = [...scripts].filter((file) => !expected.has(file));
    assert.deepEqual(extra, [], `modules the page does not need were requested: ${extra.join(', ')}`);
    // Every request stayed on the page's own origin (no third parties).
    const elsewhere = urls.filter((url) => new URL(url).origin !== origin);
    assert.deepEqual(elsewhere, [], `requests to other origins: ${elsewhere.join(', ')}`);

    // The check means something only when other widgets' modules exist beside the list's.
    const others = readdirSync(join(ROOT, 'dist/elements'))
      .filter((name) => /^coprod-.*\.js$/.test(name))
      .map((name) => `/dist/elements/${name}`)
      .filter((file) => !expected.has(file));
    assert.ok(others.length > 0, 'dist/elements holds no other widget, so nothing shows that they were left out');
    for (const file of others) assert.ok(!scripts.has(file), `${relative('/', file)} was requested`);
  }

  it('downloads the opportunity list and its chunks, and no other widget, for a page with one <coprod-opportunity-list>', async () => {
    const { page, paths, urls } = await requestsFor('/one-list.html');
    try {
      assertOnlyTheList(paths, urls);
      assert.ok(
        await page.evaluate(() => Boolean(document.querySelector('coprod-opportunity-list')?.shadowRoot?.childElementCount)),
        'the list rendered into its shadow root',
      );
    } finally {
      await page.close();
    }
  });

  it('upgrades a data-coprod="opportunity-list" placeholder and loads it the same way', async () => {
    const { page, paths, urls } = await requestsFor('/placeholder.html');
    try {
      const upgraded = await page.evaluate(() => {
        const placeholder = document.querySelector<HTMLElement>('[data-coprod="opportunity-list"]');
        const element = placeholder?.querySelector('coprod-opportunity-list');
        return {
          marked: placeholder?.hasAttribute('data-coprod-upgraded') ?? false,
          apiBase: element?.getAttribute('api-base'),
          headingLevel: element?.getAttribute('heading-level'),
          defined: element ? element.matches(':defined') : false,
          rendered: Boolean(element?.shadowRoot?.childElementCount),
        };
      });
      assert.deepEqual(upgraded, { marked: true, apiBase: '/no-api/v1', headingLevel: '3', defined: true, rendered: true });
      assertOnlyTheList(paths, urls);
    } finally {
      await page.close();
    }
  });
});
