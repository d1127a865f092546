import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, type TestServer } from './harness.js';

/**
 * The server renders a Welsh (or easy-read) list and board in their reading, never as the
 * loading skeleton: every catalog the rendered widgets read must be among what
 * server/src/embed/render.ts awaits (the built widgets' readingsReady) before it renders.
 * Session 17's 94baab2 moved the access words into a module of their own, loaded after the
 * server had awaited the readings, and the Welsh list came out as its skeleton (found only
 * by server-rendered.e2e in the final CI). This checks the same in a second, without a browser.
 */
const widgets = fileURLToPath(new URL('../../dist/', import.meta.url));
const demo = fileURLToPath(new URL('../../demo/', import.meta.url));
const built = existsSync(`${widgets}coprod-widgets.js`);

describe('server-rendered embeds in every reading', { skip: built ? false : 'dist/ is not built (node scripts/build.mjs)' }, () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ staticDirs: { widgets, demo } });
  });
  after(() => server.close());

  for (const [name, query] of [
    ['Welsh', 'lang=cy'],
    ['easy read', 'reading-level=easy-read'],
    ['Welsh easy read', 'lang=cy&reading-level=easy-read'],
  ] as const) {
    it(`a ${name} list and board are their content, not the loading skeleton`, async () => {
      for (const path of [`/embed/opportunity-list?${query}&limit=2`, `/embed/feedback-loop?${query}&page-size=2`]) {
        const answer = await fetch(`${server.base}${path}`);
        assert.equal(answer.status, 200, path);
        const html = await answer.text();
        assert.doesNotMatch(html, /aria-busy="true"|class="skeleton/, `${path}: rendered as its skeleton`);
        assert.match(html, /<h3\b|class="card|item-link/, `${path}: no card or item`);
      }
    });
  }

  it('the no-script opportunity page an easy-read Welsh list links to says its closing date in words, easy read', async () => {
    const list = await (await fetch(`${server.base}/embed/opportunity-list?lang=cy&reading-level=easy-read&limit=2`)).text();
    const link = /href="([^"]*\/embed\/opportunity\?[^"]*)"/.exec(list)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(link, 'the list links to the no-script page');
    assert.match(link, /lang=cy/);
    assert.match(link, /reading-level=easy-read/, 'the link keeps the reading');
    const answer = await fetch(new URL(link, server.base));
    assert.equal(answer.status, 200);
    const page = await answer.text();
    const closing = /<dt>Diwrnod olaf i ddweud ie<\/dt><dd><time datetime="(\d{4}-\d\d-\d\d)">(\d{1,2})\u00a0(\S+) (\d{4})<\/time><\/dd>/.exec(page);
    assert.ok(closing, `the closing date in words in a <time>: ${/<dl>[\s\S]*<\/dl>/.exec(page)?.[0]}`);
    const [, iso, day, month, year] = closing;
    const months = 'Ionawr,Chwefror,Mawrth,Ebrill,Mai,Mehefin,Gorffennaf,Awst,Medi,Hydref,Tachwedd,Rhagfyr'.split(',');
    assert.equal(`${year}-${String(months.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`, iso, 'the words say the date the <time> gives');
  });
});
