import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, type TestServer } from './harness.js';

/**
 * A server-rendered list or board keeps the stylesheet the server wrote for its shadow root
 * (issue 19). The widgets' first paint carries only a field's rules (the search box, the board's
 * filters); their lazy parts bring the rest (tick boxes, text areas, the error summary) in the
 * browser, but a hydrated shadow root never adopts them: the server's stylesheet must hold them.
 */
const widgets = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(`${widgets}coprod-widgets.js`);

describe('server-rendered embeds: their stylesheets', { skip: built ? false : 'dist/ is not built (node scripts/build.mjs)' }, () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ staticDirs: { widgets } });
  });
  after(() => server.close());

  for (const tag of ['coprod-opportunity-list', 'coprod-feedback-loop']) {
    it(`${tag}: a field's rules and those its lazy parts draw (tick boxes, text areas, the error summary)`, async () => {
      const response = await fetch(`${server.base}/embed/styles/${tag}.css`);
      assert.equal(response.status, 200);
      const css = await response.text();
      for (const rule of [/\.input,\s*\.textarea,\s*\.select\s*\{/, /\.choice label::?before\s*\{/, /\.textarea\s*\{[^}]*resize:\s*vertical/, /\.error-summary\s*\{/]) {
        assert.match(css, rule);
      }
      // In the order the widgets' own styles have: the form's rules before the widget's own.
      assert.ok(css.search(/\.choice label::?before/) < css.search(/\.filters \.form-group/), 'form rules first');
    });
  }
});
