/**
 * Content before JavaScript, with JavaScript (issue 19): on the council page whose list and board
 * the server rendered (demo/council-ssr.html), the autoloader fetches no element code before the
 * first paint. The widgets are read, and their links followed, without it; their code comes when the
 * page is idle or when a person first uses a widget (src/core/load-later.ts). Nothing a person does
 * meanwhile is lost: what was typed stays, a sent search and a pressed button are done once the
 * element is live, focus stays where the person put it.
 *
 * The page's requestIdleCallback is held by the test (run when the test says), and the element
 * modules' answers are held while the person acts, so "before the code came" is certain, not a race.
 * Needs `node scripts/build.mjs` first.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { closure } from '../../scripts/closure.mjs';
import { E2E_BROWSER, ROOT, useServerAndBrowser, WAIT_MS } from './harness.js';

const e2e = useServerAndBrowser();

/** dist/ files a module imports statically, transitively (itself included), as paths under /widgets/. */
const staticClosure = (file: string): Set<string> => closure(file, new Set(), join(ROOT, 'dist'));

/** A context whose pages hold requestIdleCallback until the test runs `__idle`. */
async function heldIdleContext(): Promise<BrowserContext> {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  context.setDefaultTimeout(WAIT_MS);
  await context.addInitScript(() => {
    const w = window as unknown as { __idle: (() => void)[]; requestIdleCallback: (run: () => void) => number };
    w.__idle = [];
    w.requestIdleCallback = (run) => w.__idle.push(run);
  });
  return context;
}

/** Every script the page asked for under /widgets/, as paths below it. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/widgets/') && path.endsWith('.js')) scripts.push(path.slice('/widgets/'.length));
  });
  return scripts;
}

/** The cursor of every GET /feedback?cursor=… ("Show more") the page makes. */
function recordCursors(page: Page): string[] {
  const cursors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.pathname.endsWith('/feedback') && url.searchParams.has('cursor')) cursors.push(url.searchParams.get('cursor')!);
  });
  return cursors;
}

const hydrated = (page: Page, tag: string) => page.waitForFunction((t) => !!(document.querySelector(t) as { hasUpdated?: boolean } | null)?.hasUpdated, tag);

/** Holds the answers for `module` (under /widgets/elements/) until `release` is called; `asked` resolves at its first request. */
async function holdModule(page: Page, module: string): Promise<{ asked: Promise<void>; release: () => void }> {
  let release!: () => void;
  let wasAsked!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const asked = new Promise<void>((resolve) => (wasAsked = resolve));
  await page.route(`**/widgets/elements/${module}`, async (route: Route) => {
    wasAsked();
    await gate;
    await route.continue();
  });
  return { asked, release };
}

describe('a server-rendered page loads the element code on idle or on first use (issue 19)', () => {
  test('the first paint has no element code: the widgets are read and their links are links; the code comes when the page is idle', async () => {
    const context = await heldIdleContext();
    try {
      const page = await context.newPage();
      const scripts = recordScripts(page);
      await page.goto(`${e2e.server.url}/council-ssr.html`);
      await page.waitForLoadState('load');
      // The loader asked to be called when the page is idle, and nothing else came meanwhile.
      await page.waitForFunction(() => (window as unknown as { __idle: unknown[] }).__idle.length > 0);
      await page.waitForLoadState('networkidle');
      const { items } = await e2e.server.json<{ items: { id: string; title: string }[] }>('/opportunities?limit=3&sort=closing');
      const link = page.locator('coprod-opportunity-list').getByRole('link', { name: items[0]!.title, exact: true });
      assert.ok(await link.isVisible(), 'the first opportunity is shown');
      assert.match((await link.getAttribute('href')) ?? '', /\/embed\/opportunity\?/, 'its link opens the server-rendered page');
      assert.ok(await page.locator('coprod-feedback-loop a.item-link').first().isVisible(), 'the board is shown');
      // "More filters" as the server wrote it: no box ticked (Lit's server renderer wrote checked="false").
      assert.deepEqual(await page.evaluate(() => [...document.querySelector('coprod-opportunity-list')!.shadowRoot!.querySelectorAll('input[type=checkbox]')].filter((box) => (box as HTMLInputElement).checked).map((box) => box.id)), [], 'no box ticked');
      const loader = [...staticClosure('coprod-autoload.js'), ...staticClosure('coprod-autoload-later.js')];
      assert.deepEqual([...new Set(scripts)].sort(), [...new Set(loader)].sort(), 'only the autoloader (and its part for server-rendered widgets) before idle or use: no element code');
      assert.equal(await page.evaluate(() => !!customElements.get('coprod-opportunity-list') || !!customElements.get('coprod-feedback-loop')), false);

      await page.evaluate(() => (window as unknown as { __idle: (() => void)[] }).__idle.forEach((run) => run()));
      await hydrated(page, 'coprod-opportunity-list');
      await hydrated(page, 'coprod-feedback-loop');
      assert.ok(scripts.includes('elements/coprod-opportunity-list.js') && scripts.includes('elements/coprod-feedback-loop.js'), 'both widgets loaded on idle');
    } finally {
      await context.close();
    }
  });

  test('text typed and a search sent before the code came are kept and done once the list is live; focus stays in the box', async () => {
    const context = await heldIdleContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const list = await holdModule(page, 'coprod-opportunity-list.js');
      await page.goto(`${e2e.server.url}/council-ssr.html`);
      await page.waitForLoadState('load');
      const box = page.locator('coprod-opportunity-list #field-q');
      await box.click();
      await list.asked; // the first press in the widget asked for its code (held here)
      await box.pressSequentially('Dial-a-Ride');
      await box.press('Enter');
      assert.match(page.url(), /\/council-ssr\.html$/, 'the search was not sent as a page load');
      list.release();
      await hydrated(page, 'coprod-opportunity-list');
      // The search the person sent is done: only the matching opportunity is listed.
      const cards = page.locator('coprod-opportunity-list .card-title');
      await page.waitForFunction(() => {
        const titles = [...(document.querySelector('coprod-opportunity-list')!.shadowRoot!.querySelectorAll('.card-title'))].map((t) => t.textContent?.trim());
        return titles.length === 1 && titles[0] === 'Test the new Dial-a-Ride booking line';
      });
      assert.equal(await cards.count(), 1);
      assert.equal(await box.inputValue(), 'Dial-a-Ride', 'what was typed is still in the box');
      assert.equal(await page.evaluate(() => document.querySelector('coprod-opportunity-list')!.shadowRoot!.activeElement?.id), 'field-q', 'focus stayed in the box');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a button pressed before the code came is pressed once, once the board is live', async () => {
    const context = await heldIdleContext();
    try {
      const page = await context.newPage();
      const board = await holdModule(page, 'coprod-feedback-loop.js');
      await page.goto(`${e2e.server.url}/council-ssr.html`);
      await page.waitForLoadState('load');
      const cursors = recordCursors(page);
      const more = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/feedback') && new URL(response.url()).searchParams.has('cursor'));
      const items = page.locator('coprod-feedback-loop a.item-link');
      const before = await items.count();
      await page.locator('coprod-feedback-loop button.show-more').click();
      await board.asked;
      assert.equal(await items.count(), before, 'nothing happens before the code is in');
      board.release();
      await hydrated(page, 'coprod-feedback-loop');
      // Done once (review S1): exactly one more page, from exactly one GET /feedback?cursor=.
      const page2 = (await (await more).json()) as { items: unknown[] };
      assert.ok(page2.items.length > 0, 'the next page has items');
      await page.waitForFunction((n) => document.querySelector('coprod-feedback-loop')!.shadowRoot!.querySelectorAll('a.item-link').length >= n, before + page2.items.length);
      // A press of our own, now live, is the barrier: any second replay of the held press would have asked before it.
      await page.locator('coprod-feedback-loop button.show-more').click();
      await page.waitForFunction((n) => document.querySelector('coprod-feedback-loop')!.shadowRoot!.querySelectorAll('a.item-link').length > n, before + page2.items.length);
      assert.equal(cursors.length, 2, `one request for the held press, one for the live press: ${cursors.join(' ')}`);
      assert.notEqual(cursors[0], cursors[1], 'the live press asked for the page after the held one');
    } finally {
      await context.close();
    }
  });

  // Chromium only: under Debian's Firefox driven through the harness this case never finished (no console message for the
  // aborted module reached the test; a 900 s run on 11f5d29). The retry itself is browser-independent and
  // src/core/load-when-used.test.ts ("forgets a load that failed…") proves it in both browsers.
  test('when the code fails to come once, the page behaves as without it and the next press asks again and is done (review M1)', { skip: E2E_BROWSER === 'firefox' ? 'Firefox through the harness reports no console message for an aborted module' : false }, async () => {
    const context = await heldIdleContext();
    try {
      const page = await context.newPage();
      const cursors = recordCursors(page);
      let tries = 0;
      let askedAgain!: () => void;
      const again = new Promise<void>((resolve) => (askedAgain = resolve));
      await page.route('**/widgets/elements/coprod-feedback-loop.js', async (route: Route) => {
        tries += 1;
        if (tries === 1) return route.abort('internetdisconnected'); // a flaky phone connection, once
        askedAgain();
        return route.continue();
      });
      await page.goto(`${e2e.server.url}/council-ssr.html`);
      await page.waitForLoadState('load');
      const items = page.locator('coprod-feedback-loop a.item-link');
      const before = await items.count();
      const failed = page.waitForEvent('console', (message) => message.text().includes('could not load <coprod-feedback-loop>'));
      await page.locator('coprod-feedback-loop button.show-more').click();
      await failed; // the loader said so; what it does on failure runs in the same task
      assert.equal(await page.evaluate(() => !!customElements.get('coprod-feedback-loop')), false, 'not live');
      await page.locator('coprod-feedback-loop button.show-more').click();
      await again; // a second request for the board's code
      await hydrated(page, 'coprod-feedback-loop');
      await page.waitForFunction((n) => document.querySelector('coprod-feedback-loop')!.shadowRoot!.querySelectorAll('a.item-link').length > n, before);
      assert.equal(cursors.length, 1, 'the second press was done once (the first was lost with the code)');
    } finally {
      await context.close();
    }
  });
});
