/// <reference types="node" />
/**
 * Welsh and easy-read strings load on first use (scripts/lazy-readings.mjs), and a Welsh
 * reader never sees English while they load: the widget waits in a skeleton with no words.
 * The Welsh strings are held back 1.5 s; an init script records the widgets' text (shadow
 * roots included) on every animation frame from the first, and no frame may hold an English
 * string of the list, the card or the core. Runs on dist/ (the all-in-one and the autoloader),
 * which is where the strings are split.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Route } from 'playwright-core';
import { ensureBuilt, launchBrowser, ROOT, settle, WAIT_MS } from './harness.js';

ensureBuilt();

/** The pages are served by the browser's own routing from an origin that does not exist: no server to start. */
const ORIGIN = 'http://widgets.test';
let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const HOLD_MS = 1500;

/** English a Welsh reader of the list must never see: its heading, filters, loading words, card facts, empty and error words. */
const ENGLISH = [
  'Opportunities to get involved',
  'Ways to get involved',
  'Filter opportunities',
  'Search by keyword',
  'All topics',
  'Loading',
  'Closing date',
  'Find out more',
  'No opportunities',
  'We could not',
  'Sort by',
];

function html(script: string, attributes: string): string {
  return `<!doctype html>
<html lang="cy">
  <head>
    <meta charset="utf-8" />
    <title>Cyfleoedd</title>
    <script type="module" src="/dist/${script}"></script>
  </head>
  <body>
    <main>
      <h1>Cymryd rhan</h1>
      <coprod-opportunity-list api-base="/no-api/v1" ${attributes}></coprod-opportunity-list>
    </main>
  </body>
</html>`;
}

/**
 * Every distinct text the page's list showed (shadow roots included), one entry per frame that
 * changed it, from the first frame. A string, not a function: tsx would add a helper the page
 * does not have to the nested functions.
 */
const RECORD_FRAMES = `(() => {
  const frames = [];
  window.__frames = frames;
  const textOf = (root) => {
    let text = '';
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
      else if (node instanceof Element && node.localName !== 'style' && node.localName !== 'script') {
        if (node.shadowRoot) text += ' ' + textOf(node.shadowRoot) + ' ';
        text += textOf(node);
      }
    }
    return text;
  };
  const tick = () => {
    const widgets = Array.from(document.querySelectorAll('coprod-opportunity-list'));
    const text = widgets.map((widget) => textOf(widget.shadowRoot ?? widget)).join(' | ').replace(/\\s+/g, ' ').trim();
    if (frames.length === 0 || frames[frames.length - 1].text !== text) frames.push({ at: performance.now(), text });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

for (const [script, attributes, welsh] of [
  ['coprod-widgets.js', 'locale="cy"', 'Cyfleoedd i gymryd rhan'],
  ['coprod-autoload.js', '', 'Cyfleoedd i gymryd rhan'],
  ['coprod-widgets.js', 'locale="cy" reading-level="easy-read"', 'Ffyrdd o gymryd rhan'],
] as const) {
  describe(`a Welsh reader of <coprod-opportunity-list ${attributes}> with ${script}`, () => {
    it(`sees no English on any frame while the Welsh strings take ${HOLD_MS} ms to arrive`, async () => {
      const page = await browser.newPage();
      const held: string[] = [];
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.addInitScript(RECORD_FRAMES);
      await page.route(`${ORIGIN}/**`, async (route: Route) => {
        const path = decodeURIComponent(new URL(route.request().url()).pathname);
        if (path === '/welsh.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html(script, attributes) });
        // No API: the list shows its error view, which must be Welsh too.
        if (path.startsWith('/no-api/')) return route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"title":"down","status":503}' });
        const file = normalize(join(ROOT, path));
        if (!file.startsWith(ROOT) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
        if (/\.cy-[^/]*\.js$/.test(path)) {
          held.push(path);
          await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
        }
        return route.fulfill({ contentType: extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream', body: readFileSync(file) });
      });
      await page.goto(`${ORIGIN}/welsh.html`);
      try {
        // The step's wait, and the time this test holds the strings back.
        await page.waitForFunction((text) => document.querySelector('coprod-opportunity-list')?.shadowRoot?.textContent?.includes(text), welsh, { timeout: WAIT_MS + HOLD_MS });
        // Until the page has nothing more on its way (a late chunk or answer would re-render in English, and show here), not a fixed moment.
        await settle(page);
        const frames = await page.evaluate(() => (window as unknown as { __frames: Array<{ at: number; text: string }> }).__frames);
        assert.ok(held.length > 0, 'the Welsh strings were not loaded apart from the bundle (no *.cy-*.js chunk was requested)');
        const english = frames.flatMap((frame) => ENGLISH.filter((words) => frame.text.includes(words)).map((words) => `"${words}" at ${frame.at.toFixed(0)} ms in: ${frame.text.slice(0, 160)}`));
        assert.deepEqual(english, [], 'English showed while the Welsh strings loaded');
        const firstWelsh = frames.findIndex((frame) => frame.text.includes(welsh));
        assert.ok(firstWelsh >= 0, `the Welsh heading never showed; frames: ${JSON.stringify(frames.slice(-3))}`);
        // The Welsh came after the strings were held back: the wait was real, and the widget waited.
        assert.ok(frames[firstWelsh]!.at - frames[0]!.at >= HOLD_MS * 0.8, `Welsh showed ${(frames[firstWelsh]!.at - frames[0]!.at).toFixed(0)} ms after the first frame, sooner than the strings were held`);
        assert.deepEqual(problems, [], 'the page threw');
      } finally {
        await page.close();
      }
    });
  });
}
