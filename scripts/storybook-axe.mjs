#!/usr/bin/env node
/**
 * Opens every story of the built Storybook (storybook-static/) in headless Chromium, waits
 * for it to render and for its play function to finish, and runs axe-core on it. Any
 * violation, or a story that fails to render, fails the run.
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs } from './browsers.mjs';

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npx storybook build` first.');
  process.exit(1);
}
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) return response.writeHead(404).end();
  // Scripts and styles are cacheable, so a fresh page load (each tab's first story, or every
  // story with SB_RELOAD=1) takes them from the browser's cache (and V8's code cache) instead
  // of fetching and compiling Storybook's preview again; only iframe.html is fetched every time.
  const cache = extname(file) === '.html' ? 'no-cache' : 'max-age=3600';
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': cache }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const browser = await chromium.launch({
  executablePath: browserPaths().chromium,
  args: chromiumArgs,
});

/**
 * A tab of its own, in a browser context of its own: two stories sweep side by side (the
 * machine has two cores and one story mostly waits on one), and neither sees the other's
 * storage.
 */
async function openTab() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const attach = () => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) return setTimeout(attach, 5);
      for (const event of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        channel.on(event, (detail) => {
          window.__storyFailure ??= `${event}: ${detail?.message ?? detail?.description ?? ''}`;
        });
      }
    };
    attach();
  });
  return page;
}

/**
 * Storybook's a11y addon runs axe after every render (with axe's default rules); the sweep runs
 * its own with every WCAG 2.2 rule on, which finds all the addon's run would, so the addon's
 * is turned off here (its `manual` global): one axe run per story instead of two.
 */
const NO_ADDON_AXE = 'globals=a11y.manual:!true';
/** SB_RELOAD=1: a whole new page load for every story (the old way, to compare or to rule out a leak). */
const RELOAD = process.env.SB_RELOAD === '1';

/**
 * Shows a story. The tab's first story loads Storybook's preview; each later one is rendered
 * by the same preview, as Storybook's own UI and test runner switch stories (its
 * setCurrentStory event), instead of loading and running the whole preview again. The previous
 * story is taken off the page first, then storage is cleared.
 */
async function showStory(page, id) {
  const loaded = await page.evaluate(() => Boolean(window.__STORYBOOK_PREVIEW__?.currentRender));
  if (RELOAD || !loaded) {
    // Each story starts with nothing kept in the tab: a draft one story keeps (a restored brief)
    // must not turn up in the next story's widget.
    await page.evaluate(() => {
      try {
        sessionStorage.clear();
        localStorage.clear();
      } catch {
        // about:blank has no storage
      }
    });
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&${NO_ADDON_AXE}`, { waitUntil: 'load', timeout: 120_000 });
    return;
  }
  await page.evaluate((storyId) => {
    // The previous story's widgets leave the page first (a form keeps its draft as it goes), so
    // that clearing storage next leaves nothing for this story's widget to restore.
    document.getElementById('storybook-root')?.replaceChildren();
    sessionStorage.clear();
    localStorage.clear();
    // What a widget keeps in the address (an evaluation's token in history.state, a list's
    // #hash) goes too, as a new page load would have it.
    history.replaceState(null, '', location.pathname + location.search);
    window.__storyFailure = undefined;
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
  }, id);
}

let passed = 0;
let failed = 0;
let next = 0;
async function sweep(page) {
  for (let story = stories[next++]; story; story = stories[next++]) {
    const problems = [];
    const onError = (error) => problems.push(`page error: ${error.message}`);
    page.on('pageerror', onError);
    try {
      await showStory(page, story.id);
      // Listeners for Storybook's failure events are attached by an init script (below), before
      // the story starts; the render's phase says when it and its play function are done.
      const outcome = await page.evaluate(
        (id) =>
          new Promise((resolve) => {
            const started = Date.now();
            const poll = () => {
              const failure = window.__storyFailure;
              const render = window.__STORYBOOK_PREVIEW__?.currentRender;
              const phase = render?.id === id ? render.phase : 'waiting for the story';
              if (failure) return resolve(failure);
              if (phase === 'finished' || phase === 'completed') return resolve('rendered');
              if (phase === 'errored' || phase === 'aborted') return resolve(`story ${phase}`);
              if (Date.now() - started > 45000) return resolve(`timeout (phase ${phase})`);
              setTimeout(poll, 50);
            };
            poll();
          }),
        story.id,
      );
      if (outcome !== 'rendered') problems.push(`story ${outcome}`);
      await page.waitForTimeout(150);
      // Storybook's a11y addon brings axe; inject our own only where it did not.
      if ((await page.evaluate(() => typeof window.axe)) !== 'object') await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // axe allows one run at a time; should anything else be running it, wait for it.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run('#storybook-root', {
              // A story is a component on its own, not a page: landmarks are checked in the end-to-end tests.
              // axe leaves its WCAG 2.2 rules (target-size) off by default: every one is on here.
              rules: {
                ...Object.fromEntries(window.axe.getRules(['wcag22a', 'wcag22aa']).map((rule) => [rule.ruleId, { enabled: true }])),
                region: { enabled: false },
              },
            });
            return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
          } catch (error) {
            if (!/already running/.test(String(error)) || attempt > 40) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      });
      problems.push(...violations);
    } catch (error) {
      problems.push(String(error));
    }
    page.off('pageerror', onError);
    if (problems.length) {
      failed++;
      console.log(`  ✗ ${story.title} › ${story.name}\n      ${problems.join('\n      ')}`);
    } else {
      passed++;
      console.log(`  ✓ ${story.title} › ${story.name}`);
    }
  }
}
const tabs = Math.max(1, Number(process.env.STORYBOOK_TABS ?? 2));
await Promise.all(Array.from({ length: tabs }, async () => sweep(await openTab())));
await browser.close();
server.close();
console.log(`\nStorybook axe sweep: ${stories.length} stories`);
console.log(`storybook: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
