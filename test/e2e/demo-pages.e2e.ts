/**
 * The three demo pages that `npm start` serves, in Debian Chromium against the real server:
 * no console errors, no page errors, no Content-Security-Policy violations, and axe-core finds
 * nothing on the whole page (the council page in English and in Welsh; the staff page signed
 * out and signed in). The council page shows the seed opportunities, the community page only
 * its topic, and a restart of the server keeps what was written before it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertAxeClean, assertNoProblems, E2E_BROWSER, isDefined, openPage, settle, useServerAndBrowser } from './harness.js';

const e2e = useServerAndBrowser();

/** Texts of every element matching `selector` in the page, shadow roots included. */
async function deepTexts(page: import('playwright-core').Page, selector: string): Promise<string[]> {
  return page.locator(selector).allInnerTexts();
}

// HTTP only (no browser): once, in Chromium's run.
describe('the pages as a CMS would serve them', { skip: E2E_BROWSER === 'firefox' }, () => {
  for (const path of ['/', '/community.html', '/staff.html', '/my-involvement.html', '/evaluate.html']) {
    test(`${path}: lang, viewport, one h1, no inline script or style, unique ids, strict CSP header`, async () => {
      const response = await fetch(`${e2e.server.url}${path}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      const html = await response.text();
      assert.match(html, /^<!doctype html>\n<html lang="en-GB">/i);
      assert.match(html, /<meta charset="utf-8">/);
      assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
      assert.equal(html.match(/<h1[\s>]/g)?.length, 1, 'one h1');
      assert.doesNotMatch(html, /<style[\s>]/, 'no <style> element');
      assert.doesNotMatch(html, /\sstyle=/, 'no style attribute');
      assert.doesNotMatch(html, /\son[a-z]+=/, 'no inline event handler');
      for (const script of html.match(/<script[^>]*>/g) ?? []) assert.match(script, /\ssrc="\/[^"]+"/, `${script} loads a same-origin file`);
      assert.equal((html.match(/<script[^>]*src="\/widgets\/[^"]+"/g) ?? []).length, 1, 'one script tag for the widgets');
      for (const link of html.match(/<link[^>]*>/g) ?? []) assert.match(link, /\shref="\/[^"]+"/, `${link} is same-origin`);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), [], 'ids are unique');
      for (const landmark of [/<header[\s>]/, /<main[\s>]/, /<footer[\s>]/, /<nav[\s>]/]) assert.match(html, landmark);
    });
  }
});

describe('council page (index.html)', () => {
  test('loads cleanly, passes axe on the whole page, and lists the seed opportunities', async () => {
    const open = await openPage(e2e.browser, `${e2e.server.url}/`);
    try {
      const { page } = open;
      await settle(page);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');
      assert.equal(await page.locator('h1').count(), 1, 'one h1 on the page');
      await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Get involved: co-production' }).waitFor());
      // The council's own clashing CSS is in force around the widgets.
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px');

      if (await isDefined(page, 'coprod-opportunity-list')) {
        // The page shows a short first page (the list's limit); "Show more" adds the rest.
        const limit = Number((await page.locator('coprod-opportunity-list').getAttribute('limit')) ?? 3);
        const { items } = await e2e.server.json<{ items: { title: string }[] }>(`/opportunities?limit=${limit}&sort=closing`);
        for (const { title } of items) await page.getByRole('heading', { name: title, exact: true }).first().waitFor();
      } else {
        await page.getByText('This part (opportunity list) is coming soon.').waitFor();
      }
      await assertNoProblems(open);
      await assertAxeClean(page);
    } finally {
      await open.close();
    }
  });

  test('in Welsh (?lang=cy): the page and the widgets follow, still clean and axe-clean', async () => {
    const open = await openPage(e2e.browser, `${e2e.server.url}/?lang=cy`);
    try {
      const { page } = open;
      await settle(page);
      assert.equal(await page.locator('html').getAttribute('lang'), 'cy');
      await page.getByRole('heading', { level: 1, name: 'Cymryd rhan: cyd-gynhyrchu' }).waitFor();
      await page.getByRole('link', { name: 'English' }).waitFor();
      // The page's own Welsh keeps its links (a data-cy on a paragraph with a link in it lost the link to the involvement page).
      await page.locator('main').getByRole('link', { name: 'Gwelwch beth ddigwyddodd ar dudalen eich cyfranogiad' }).waitFor();
      if (await isDefined(page, 'coprod-opportunity-list')) {
        const locale = await page.locator('coprod-opportunity-list').evaluate((element) => (element as HTMLElement).dataset['locale']);
        assert.equal(locale, 'cy', 'the opportunity list follows the page language');
        await page.locator('coprod-opportunity-list').getByRole('heading', { name: 'Cyfleoedd i gymryd rhan' }).waitFor();
      }
      await assertNoProblems(open);
      await assertAxeClean(page);
    } finally {
      await open.close();
    }
  });

  test('the language link switches to Welsh and back', async () => {
    const open = await openPage(e2e.browser, `${e2e.server.url}/`, { axe: false });
    try {
      const { page } = open;
      await page.getByRole('link', { name: 'Cymraeg' }).click();
      await page.waitForURL(/\?lang=cy$/);
      assert.equal(await page.locator('html').getAttribute('lang'), 'cy');
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(/\?lang=en$/);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');
      await assertNoProblems(open);
    } finally {
      await open.close();
    }
  });
});

describe('community page (community.html)', () => {
  test('loads cleanly, passes axe, and shows only its topic through data-coprod placeholders', async () => {
    const open = await openPage(e2e.browser, `${e2e.server.url}/community.html`);
    try {
      const { page } = open;
      await settle(page);
      assert.equal(await page.locator('h1').count(), 1);
      // The placeholders were upgraded to widgets, with the fallback link replaced.
      assert.equal(await page.locator('[data-coprod][data-coprod-upgraded]').count(), 2);
      assert.equal(await page.locator('[data-coprod] > coprod-opportunity-list[topic="mental-health"][hide-filters]').count(), 1);
      assert.equal(await page.locator('[data-coprod] > coprod-feedback-loop[topic="mental-health"]').count(), 1);

      if (await isDefined(page, 'coprod-opportunity-list')) {
        const all = await e2e.server.json<{ items: { title: string; topics: string[] }[] }>('/opportunities?limit=100');
        const mental = all.items.filter((item) => item.topics.includes('mental-health'));
        const others = all.items.filter((item) => !item.topics.includes('mental-health'));
        assert.ok(mental.length > 0, 'the seed has open mental health opportunities');
        await page.getByRole('heading', { name: mental[0]!.title, exact: true }).first().waitFor();
        const shown = (await deepTexts(page, 'coprod-opportunity-list')).join('\n');
        for (const other of others) assert.ok(!shown.includes(other.title), `"${other.title}" is not a mental health opportunity but is shown`);
        assert.equal(await page.locator('coprod-opportunity-list').getByRole('search').count(), 0, 'filters are hidden (data-hide-filters)');
      }
      // The brand reaches the widgets through --coprod-* custom properties.
      const accent = await page.locator('coprod-opportunity-list').evaluate((element) => getComputedStyle(element).getPropertyValue('--coprod-color-accent').trim());
      assert.equal(accent, '#005f5f');
      await assertNoProblems(open);
      await assertAxeClean(page);
    } finally {
      await open.close();
    }
  });
});

describe('a page heading that already names the widget', () => {
  // The community page's "Chances to get involved" sits above the list, and "Your involvement" is the
  // page's h1: the widget's own "Opportunities to get involved" would say the same again, one line
  // below. `hide-heading` keeps it for screen readers (the outline stays whole) and takes it out of
  // sight. Signed out, the involvement widget's heading says what to do ("Get a link to your page"),
  // not "Your involvement" a second time after the h1 (session 27).
  for (const { path, element, name } of [
    { path: '/community.html', element: 'coprod-opportunity-list', name: 'Opportunities to get involved' },
    { path: '/my-involvement.html', element: 'coprod-my-involvement', name: 'Get a link to your page' },
  ]) {
    test(`${path}: the widget's own top heading is heard but not seen twice`, async () => {
      const open = await openPage(e2e.browser, `${e2e.server.url}${path}`);
      try {
        const { page } = open;
        await settle(page);
        if (!(await isDefined(page, element))) return;
        const own = page.locator(element).getByRole('heading', { name, exact: true });
        await own.waitFor({ state: 'attached' });
        const box = await own.boundingBox();
        assert.ok(box === null || (box.width <= 1 && box.height <= 1), `"${name}" inside ${element} is hidden from sight (box ${JSON.stringify(box)})`);
        assert.equal(await page.getByRole('heading', { name, exact: true }).count(), 1, 'still in the headings a screen reader lists');
        if (path === '/my-involvement.html') assert.equal(await page.getByRole('heading', { name: 'Your involvement', exact: true }).count(), 1, '"Your involvement" heard once, the page\'s h1');
      } finally {
        await open.close();
      }
    });
  }
});

describe('the reader’s choice across the demo pages', () => {
  test('easy read chosen on the council page carries on to /my-involvement.html, which offers the switch too', async () => {
    const open = await openPage(e2e.browser, `${e2e.server.url}/`, { axe: false });
    try {
      const { page } = open;
      await settle(page);
      assert.ok(await isDefined(page, 'coprod-provider'), 'the widgets are defined');
      await page.locator('coprod-provider').getByRole('button', { name: 'Easy read' }).click();
      await page.goto(`${e2e.server.url}/my-involvement.html`);
      await settle(page);
      const widget = page.locator('coprod-my-involvement');
      await widget.getByRole('button', { name: 'Standard words' }).waitFor();
      assert.equal(await widget.getAttribute('data-easy-read'), '', 'the involvement page is in easy read');
      await assertNoProblems(open);
    } finally {
      await open.close();
    }
  });
});

describe('evaluation page (evaluate.html, where an invitation link lands)', () => {
  test('opened without a link: clean and axe-clean, says to open it from the message, and shows the programme\'s results below', async () => {
    const open = await openPage(e2e.browser, `${e2e.server.url}/evaluate.html`);
    try {
      const { page } = open;
      await settle(page);
      await page.getByText('Open this page from the link in your message').waitFor();
      await page.getByRole('heading', { level: 2, name: 'How well did we involve you?' }).waitFor();
      await assertNoProblems(open);
      await assertAxeClean(page);
    } finally {
      await open.close();
    }
  });
});

describe('staff page (staff.html)', () => {
  test('signed out: clean, axe-clean, staff widgets show no data', async () => {
    const open = await openPage(e2e.browser, `${e2e.server.url}/staff.html`);
    try {
      const { page } = open;
      await settle(page);
      await page.getByRole('heading', { level: 2, name: 'Sign in', exact: true }).waitFor();
      assert.ok(await page.getByLabel('Staff token').isVisible());
      // Without a token the workspace says to sign in, and shows no data (no section, no counts).
      const workspace = page.locator('coprod-staff-workspace');
      await workspace.getByText('Sign in to see this').waitFor();
      assert.equal(await workspace.getByRole('listitem').count(), 0, 'the workspace shows no data');
      await assertNoProblems(open);
      await assertAxeClean(page);
    } finally {
      await open.close();
    }
  });

  test('a wrong token is refused with a message at the field', async () => {
    const open = await openPage(e2e.browser, `${e2e.server.url}/staff.html`, { axe: false });
    try {
      const { page } = open;
      await page.getByLabel('Staff token').fill('not-a-token');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Error: this token was not accepted').waitFor();
      assert.equal(await page.getByLabel('Staff token').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.evaluate(() => sessionStorage.length), 0);
      // The check itself is a 401 the page asked for; the browser logs that as a failed resource.
      open.problems.consoleErrors = open.problems.consoleErrors.filter((text) => !/status of 40[13]/.test(text));
      await assertNoProblems(open);
    } finally {
      await open.close();
    }
  });

  test('signed in with the development token: clean and axe-clean; the token stays in the tab until sign out', async () => {
    const open = await openPage(e2e.browser, `${e2e.server.url}/staff.html`);
    try {
      const { page } = open;
      await page.getByLabel('Staff token').fill(e2e.server.staffToken);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('You are signed in as Demo staff.').waitFor();
      // The workspace: each section with what waits there (from the API), and the opportunities section's list.
      const workspace = page.locator('coprod-staff-workspace');
      await workspace.getByRole('link', { name: /^People interested .*waiting/ }).waitFor();
      // Its rows drawn (each says how many are interested; "See who is interested" only where someone is, 88f3975).
      await workspace.locator('coprod-staff-opportunities').getByText(/^Interested: \d+/).first().waitFor();
      await settle(page);
      await assertNoProblems(open);
      await assertAxeClean(page, 'the staff page, signed in');

      // A reload keeps the sign-in (sessionStorage, the host page's choice); localStorage is untouched.
      await page.reload();
      await page.getByText('You are signed in as Demo staff.').waitFor();
      assert.equal(await page.evaluate(() => localStorage.length), 0);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('Staff token').waitFor();
      assert.equal(await page.evaluate(() => sessionStorage.length), 0);
      await assertNoProblems(open);
    } finally {
      await open.close();
    }
  });
});

describe('widgets not built yet', () => {
  test('show a visible "coming soon" note beside the element, not inside it', async () => {
    const open = await openPage(e2e.browser, `${e2e.server.url}/staff.html`, { axe: false });
    try {
      const { page } = open;
      await settle(page);
      // Every widget has landed by now, so stand in for one that has not: a tag no module defines.
      await page.evaluate(() => {
        const section = document.createElement('section');
        section.setAttribute('aria-label', 'Survey');
        section.append(document.createElement('coprod-survey-results'));
        document.querySelector('main')!.append(section);
      });
      const note = page.getByText('This part (survey results) is coming soon.');
      await note.waitFor();
      assert.ok(await note.isVisible());
      assert.equal(await note.evaluate((element) => element.previousElementSibling?.localName), 'coprod-survey-results', 'the note is a sibling of the element');
      assert.equal(await page.locator('coprod-survey-results').evaluate((element) => element.childNodes.length), 0, 'nothing is put inside the element');

      // Every defined widget on the page has no note.
      const notes = page.locator('.coprod-coming-soon');
      const undefinedTags = await page.evaluate(() =>
        Array.from(document.querySelectorAll('*'))
          .map((element) => element.localName)
          .filter((tag) => tag.startsWith('coprod-') && !customElements.get(tag)),
      );
      assert.equal(await notes.count(), undefinedTags.length);
      await assertNoProblems(open);
    } finally {
      await open.close();
    }
  });
});

// The server's own behaviour: once, in Chromium's run (npm test runs this file in Firefox too).
describe('the server', { skip: E2E_BROWSER === 'firefox' }, () => {
  test('a restart on the same data folder keeps what was written before it', async () => {
    const before = await e2e.server.json<{ total: number }>('/opportunities?limit=1');
    const receipt = await e2e.server.json<{ id: string }>('/feedback', {
      method: 'POST',
      headers: { 'idempotency-key': `e2e-restart-${Date.now()}` },
      body: JSON.stringify({ topic: 'transport', text: 'The number 12 bus never waits at the hospital stop.', consentToPublish: false }),
    });
    await e2e.server.restart();
    const kept = await e2e.server.json<{ text: string }>(`/feedback/${receipt.id}`, { staff: true });
    assert.equal(kept.text, 'The number 12 bus never waits at the hospital stop.');
    const again = await e2e.server.json<{ total: number }>('/opportunities?limit=1');
    assert.equal(again.total, before.total, 'the seed is not loaded twice');
    // The page still loads after the restart.
    const response = await fetch(`${e2e.server.url}/`);
    assert.equal(response.status, 200);
  });
});
