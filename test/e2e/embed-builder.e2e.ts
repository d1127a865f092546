/**
 * The embed builder (demo/embed.html): a web editor chooses a widget and its options, sees it
 * live, copies the snippet, and the snippet pasted into a blank page renders the configured
 * widget: the element form and the placeholder form a CMS keeps. The shortcode matches the
 * WordPress plugin's (tried in a real WordPress by wordpress.e2e.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeClean, assertNoProblems, E2E_BROWSER, openPage, useServerAndBrowser } from './harness.js';

const shared = useServerAndBrowser();

describe('the embed builder', () => {
  it('configures a Welsh carers list, shows it live, and each copied snippet renders it in a blank page', { timeout: 180_000 }, async () => {
    const { server, browser } = shared;
    const carers = await server.json<{ items: { id: string }[]; total: number }>('/opportunities?topic=carers');
    assert.ok(carers.total > 0);

    const builder = await openPage(browser, `${server.url}/embed.html`);
    const copied: Record<string, string> = {};
    try {
      const { page, context } = builder;
      // Both browsers let the test read the clipboard back: Chromium by permission, Firefox by a
      // testing preference the harness sets (it has no clipboard-read permission to grant).
      if (E2E_BROWSER === 'chromium') await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const readCopied = () => page.evaluate(() => navigator.clipboard.readText());
      const form = page.locator('form.embed-builder__form');
      await form.getByLabel('Widget').selectOption('opportunity-list');
      await form.getByLabel('Topic').fill('carers');
      await form.getByLabel('Language').selectOption('cy');
      await form.getByLabel('Heading level').selectOption('3');

      // Live: the preview is the configured element, in Welsh, with the carers opportunities.
      const live = page.locator('.embed-builder__live coprod-opportunity-list[topic="carers"][locale="cy"][heading-level="3"]');
      await live.locator('h3', { hasText: 'Cyfleoedd i gymryd rhan' }).waitFor();
      await assertAxeClean(page, 'the embed builder with a live widget');

      for (const [key, button] of [['element', 'Copy the HTML'], ['placeholder', 'Copy the placeholder'], ['wordpress', 'Copy the shortcode'], ['css', 'Copy the CSS']] as const) {
        await page.getByRole('button', { name: button }).click();
        await page.getByRole('status').getByText('Copied. Paste it into your page.').waitFor();
        copied[key] = await readCopied();
      }
      await assertNoProblems(builder);
    } finally {
      await builder.close();
    }

    assert.equal(copied.wordpress, '[coprod widget="opportunity-list" topic="carers" locale="cy" heading-level="3"]');
    assert.equal(copied.css, 'coprod-opportunity-list:not(:defined) { display: block; min-height: 40em; }');
    assert.match(copied.element!, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/widgets\/coprod-autoload\.js"><\/script>\n<coprod-opportunity-list api-base="[^"]+\/api\/v1" topic="carers" locale="cy" heading-level="3" fallback-href="[^"]+"><\/coprod-opportunity-list>$/);

    for (const form of ['element', 'placeholder'] as const) {
      const blank = await openPage(browser, `${server.url}/pasted-${form}.html`, {
        html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A council page</title></head><body><main><h1>Get involved</h1><h2>Help shape carers services</h2>\n${copied[form]}\n</main></body></html>`,
      });
      try {
        const list = blank.page.locator('coprod-opportunity-list[topic="carers"][locale="cy"]');
        await list.locator('h3', { hasText: 'Cyfleoedd i gymryd rhan' }).waitFor();
        const cards = list.locator('article[part="card"]');
        await cards.first().waitFor();
        const shown = await cards.evaluateAll((articles) => articles.map((article) => article.getAttribute('data-opportunity-id')).sort());
        assert.deepEqual(shown, carers.items.map((item) => item.id).sort(), `the ${form} snippet shows the carers opportunities, and only those`);
        await assertAxeClean(blank.page, `a blank page with the ${form} snippet`);
        await assertNoProblems(blank, `a blank page with the ${form} snippet`);
      } finally {
        await blank.close();
      }
    }
  });
});
