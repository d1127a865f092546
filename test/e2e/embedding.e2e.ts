/**
 * What a council web editor does with the built bundle, on a page with the demo server's
 * strict CSP: the script tag pasted twice (a CMS block and the theme, each with its own URL,
 * so two copies of the module run), a provider around a widget, and a CMS-safe placeholder.
 * No console errors, no CSP violations, and both widgets get the provider's configuration.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAxeClean, assertNoProblems, openPage, settle, useServerAndBrowser } from './harness.js';

const e2e = useServerAndBrowser();

const page = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Get involved</title>
    <script type="module" src="/widgets/coprod-widgets.js"></script>
    <script type="module" src="/widgets/coprod-widgets.js?from=theme"></script>
  </head>
  <body>
    <main>
      <h1>Get involved</h1>
      <coprod-provider api-base="/api/v1" locale="cy">
        <coprod-opportunity-list limit="3" hide-filters></coprod-opportunity-list>
        <div data-coprod="feedback-loop" data-mode="board"><a href="/feedback">Feedback</a></div>
      </coprod-provider>
    </main>
  </body>
</html>`;

test('the all-in-one bundle loaded twice, a provider and a placeholder', { timeout: 90_000 }, async () => {
  const open = await openPage(e2e.browser, `${e2e.server.url}/embed-twice.html`, { html: page });
  try {
    const { page: tab } = open;
    await settle(tab);
    // Two copies of the module really ran (different URLs), and neither threw.
    const scripts = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('coprod-widgets.js')));
    assert.equal(scripts.length, 2, `both script tags loaded: ${scripts.join(', ')}`);
    await assertNoProblems(open, 'the page with the bundle twice');

    // The provider's locale and API base reached the element and the upgraded placeholder.
    const list = tab.locator('coprod-opportunity-list');
    await list.locator('article').first().waitFor();
    assert.equal(await list.locator('[part=base]').getAttribute('lang'), 'cy');
    const feedback = tab.locator('[data-coprod="feedback-loop"] > coprod-feedback-loop');
    await feedback.waitFor();
    assert.equal(await feedback.getAttribute('mode'), 'board');
    assert.equal(await feedback.locator('[part=base]').getAttribute('lang'), 'cy');
    assert.equal(await tab.locator('a[href="/feedback"]').count(), 0, 'the fallback link made way for the widget');
    await assertAxeClean(tab, 'the page with the bundle twice');
  } finally {
    await open.close();
  }
});
