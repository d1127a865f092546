/**
 * Content before JavaScript (issue 19): the council page with the opportunity list and the
 * feedback board rendered by the server (demo/council-ssr.html, its embeds included as a CMS
 * would). Without JavaScript a reader sees the opportunities and the board, and their links
 * open server-rendered pages; with JavaScript the elements hydrate that content: not one
 * change to their shadow roots while they take over, and no layout shift (CLS 0) from the
 * first paint. Welsh renders Welsh on the server. One server, one browser.
 */
import assert from 'node:assert/strict';
import { get as httpGet } from 'node:http';
import { describe, test } from 'node:test';
import type { Opportunity } from '../../src/api/types.js';
import { sessionWhen } from '../../src/shared/card/session-words.js';
import { clickWithoutScript, newNoScriptContext, useServerAndBrowser, WAIT_MS } from './harness.js';

const e2e = useServerAndBrowser();

interface Titles {
  items: { id: string; title: string; reference?: string }[];
}

describe('server-rendered list and board (GET /embed/…)', () => {
  test('without JavaScript: the opportunities and the board are there, and their links open pages that work', async () => {
    const { items: opportunities } = await e2e.server.json<Titles>('/opportunities?limit=3&sort=closing');
    const { items: feedback } = await e2e.server.json<Titles>('/feedback?limit=3');
    assert.ok(opportunities.length > 0 && feedback.length > 0, 'the seed has opportunities and published feedback');
    const context = await newNoScriptContext(e2e.browser, { locale: 'en-GB' });
    context.setDefaultTimeout(WAIT_MS);
    try {
      const page = await context.newPage();
      await page.goto(`${e2e.server.url}/council-ssr.html`);
      for (const { title } of opportunities) await page.locator('coprod-opportunity-list').getByRole('heading', { name: title, exact: true }).waitFor();
      await page.locator('coprod-feedback-loop').getByRole('heading', { name: 'You said, we did' }).waitFor();
      const itemLinks = page.locator('coprod-feedback-loop a.item-link');
      assert.equal(await itemLinks.count(), feedback.length, 'each feedback item on the board has its link');

      // A card's link opens the opportunity, rendered by the server.
      const first = opportunities[0]!;
      await clickWithoutScript(page.locator('coprod-opportunity-list').getByRole('link', { name: first.title, exact: true }));
      await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
      assert.match(page.url(), /\/embed\/opportunity\?/);
      // Back to the council page by its address: Playwright's goBack over WebDriver BiDi never
      // saw Firefox's return from its back-forward cache (timed out: seen). Back is the browser's.
      await page.goto(`${e2e.server.url}/council-ssr.html`);

      // An item on the board opens what was said and what was done.
      await clickWithoutScript(itemLinks.first());
      await page.getByRole('heading', { level: 1, name: `Feedback ${feedback[0]!.reference}` }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('with JavaScript: the elements hydrate what the server rendered, without a single change to it', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    context.setDefaultTimeout(WAIT_MS);
    // From the moment the page has parsed the two shadow roots (the autoloader defines the
    // elements later, after its imports): every change to either shadow root, and every CSP violation.
    // From the first paint: every layout shift (what moved, from where to where).
    await context.addInitScript(() => {
      const w = window as unknown as { __mutations: string[]; __roots: boolean[]; __csp: string[]; __shifts: string[] };
      w.__mutations = [];
      w.__csp = [];
      w.__shifts = [];
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
          const moved = (entry.sources ?? []).map((s) => `${s.node?.nodeName ?? '?'} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`);
          w.__shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('securitypolicyviolation', (event) => w.__csp.push(`${event.violatedDirective} ${event.blockedURI}`), true);
      document.addEventListener('DOMContentLoaded', () => {
        w.__roots = ['coprod-opportunity-list', 'coprod-feedback-loop'].map((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          if (root) {
            new MutationObserver((records) => {
              for (const r of records) w.__mutations.push(`${tag}: ${r.type} ${r.attributeName ?? ''} on ${(r.target as Element).nodeName}`);
            }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
          }
          return !!root;
        });
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await page.goto(`${e2e.server.url}/council-ssr.html`);
      await page.waitForFunction(() => ['coprod-opportunity-list', 'coprod-feedback-loop'].every((tag) => (document.querySelector(tag) as { hasUpdated?: boolean } | null)?.hasUpdated));
      await page.waitForLoadState('networkidle');
      const seen = await page.evaluate(() => {
        const w = window as unknown as { __mutations: string[]; __roots: boolean[]; __csp: string[]; __shifts: string[] };
        return { mutations: w.__mutations, roots: w.__roots, csp: w.__csp, shifts: w.__shifts };
      });
      assert.deepEqual(seen.roots, [true, true], 'both came with a declarative shadow root');
      assert.deepEqual(seen.mutations, [], 'no second render of server-rendered content');
      // CLS 0: nothing moved while the page loaded in parts, the elements were defined and hydrated.
      assert.deepEqual(seen.shifts, [], 'no layout shift');
      // Hydrated, not merely left alone: "Show more" (its code loads on the first press) adds the next cards...
      const list = page.locator('coprod-opportunity-list');
      const shown = await list.locator('.cards > li').count();
      await list.getByRole('button', { name: 'Show more' }).click();
      await list.locator('.cards > li').nth(shown).waitFor();
      // ...and a card opens in place.
      const { items } = await e2e.server.json<Titles>('/opportunities?limit=1&sort=closing');
      await page.locator('coprod-opportunity-list').getByRole('link', { name: items[0]!.title, exact: true }).click();
      await page.locator('coprod-opportunity-list coprod-opportunity').waitFor();
      assert.match(page.url(), /council-ssr\.html/, 'opened in place, not followed to the server page');
      assert.deepEqual([...errors, ...seen.csp], [], 'no errors, no CSP violations');
    } finally {
      await context.close();
    }
  });

  test('Welsh renders Welsh on the server; a bad parameter is a problem naming it', async () => {
    const cy = await (await fetch(`${e2e.server.url}/embed/opportunity-list?lang=cy&limit=2`)).text();
    assert.match(cy, /Cyfleoedd i gymryd rhan/);
    assert.doesNotMatch(cy, /Opportunities to get involved/);
    assert.match(cy, /<template shadowroot="open" shadowrootmode="open">/);
    const board = await (await fetch(`${e2e.server.url}/embed/feedback-loop?lang=cy`)).text();
    assert.match(board, /Dywedoch chi, gwnaethom ni/);

    // A card's "Pryd" says the sessions in Welsh, as the browser's list does (internal/when-words.ts), not the English summary.
    const welshList = await (await fetch(`${e2e.server.url}/embed/opportunity-list?lang=cy&limit=10`)).text();
    const { items: listed } = await e2e.server.json<{ items: Opportunity[] }>('/opportunities?limit=10&sort=closing');
    const withSessions = listed.filter((item) => item.when.sessions?.length && !item.translations?.cy?.when);
    assert.ok(withSessions.length > 0, 'the first ten have sessions and no Welsh "when"');
    for (const item of withSessions) {
      const card = welshList.slice(welshList.indexOf(`data-opportunity-id="${item.id}"`)).split('</article>')[0]!;
      const when = /class="fact fact-when[^"]*">.*?<dd[^>]*>(.*?)<\/dd>/s.exec(card)?.[1]?.replace(/<!--.*?-->|<[^>]+>/gs, '').replace(/&nbsp;|&#160;/g, '\u00a0');
      const [first] = item.when.sessions!;
      assert.ok(when?.startsWith(sessionWhen('cy', first!)), `${item.id}: "${when}"`);
      assert.ok(!when!.includes(item.when.summary), `${item.id}: not the English summary`);
    }

    const bad = await fetch(`${e2e.server.url}/embed/opportunity-list?limit=500&lang=fr`);
    assert.equal(bad.status, 400);
    assert.match(bad.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = (await bad.json()) as { errors: { field: string; code: string }[] };
    assert.deepEqual(problem.errors.map((e) => [e.field, e.code]).sort(), [['lang', 'not-in-list'], ['limit', 'too-big']]);
  });

  test('the addresses in the HTML are the server\'s own, whatever Host a request claims (a shared cache keeps it)', async () => {
    const forged = await new Promise<string>((resolve, reject) => {
      const request = httpGet(`${e2e.server.url}/embed/opportunity-list?limit=1`, { headers: { host: 'attacker.example', 'x-forwarded-host': 'attacker.example' } }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(body));
      });
      request.on('error', reject);
    });
    assert.doesNotMatch(forged, /attacker\.example/);
    assert.ok(forged.includes(`api-base="${e2e.server.url}/api/v1"`), 'api-base is PUBLIC_BASE_URL');
  });
});
