/**
 * The person coming back, on the real server and the demo page: feedback given with an email
 * address; on "Your involvement" they ask for a link; the link (printed by the development
 * sender, as an email would carry it) opens the page with their feedback and its update;
 * the same link a second time says plainly it did not work; they erase everything.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertAxeClean, assertNoProblems, openPage, settle, useServerAndBrowser, WAIT_MS } from './harness.js';

const e2e = useServerAndBrowser();

const EMAIL = 'e2e.person@example.org';

function lastLink(output: string): string {
  const links = [...output.matchAll(/Sign-in link \(development sender\): (\S+)/g)].map((m) => m[1]!);
  assert.ok(links.length > 0, 'the server sent a sign-in link');
  return links[links.length - 1]!;
}

describe('your involvement page (my-involvement.html)', () => {
  test('ask for a link, open it, see the feedback and its update, erase everything', async () => {
    const given = await e2e.server.json<{ id: string }>('/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ topic: 'carers', text: 'The carers café closes too early for working carers.', name: 'Ceri', reply: { method: 'email', detail: EMAIL }, consentToPublish: false }),
    });
    await e2e.server.json(`/feedback/${given.id}/updates`, {
      method: 'POST',
      staff: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'doing', text: 'We are asking the café to open on Saturdays.' }),
    });

    const asking = await openPage(e2e.browser, `${e2e.server.url}/my-involvement.html`);
    try {
      const { page } = asking;
      await settle(page);
      const widget = page.locator('coprod-my-involvement');
      await widget.getByLabel('Email address').fill(EMAIL);
      await widget.getByRole('button', { name: 'Send me a link' }).click();
      await widget.getByRole('heading', { name: 'Check your email' }).waitFor();
      await assertAxeClean(page, 'check your email');
      await assertNoProblems(asking);
    } finally {
      await asking.close();
    }

    // The link is sent after the answer: wait until the server has printed it.
    for (const until = Date.now() + WAIT_MS; !/Sign-in link \(development sender\)/.test(e2e.server.output()) && Date.now() < until; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const link = new URL(lastLink(e2e.server.output()));
    assert.equal(link.pathname, '/my-involvement.html');
    // The link in the email opens a new tab.
    const signInUrl = `${e2e.server.url}${link.pathname}${link.hash}`;
    const open = await openPage(e2e.browser, signInUrl);
    try {
      const { page } = open;
      await settle(page);
      const widget = page.locator('coprod-my-involvement');
      await widget.getByText('The carers café closes too early for working carers.').waitFor();
      await widget.getByText('We are asking the café to open on Saturdays.').waitFor();
      assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
      assert.equal(await page.evaluate('localStorage.length + document.cookie.length'), 0, 'nothing kept in localStorage or cookies');
      await assertAxeClean(page, 'signed in');

      const again = await openPage(e2e.browser, signInUrl, { axe: false });
      try {
        await again.page.locator('coprod-my-involvement').getByText('That link or code did not work').waitFor();
        again.problems.consoleErrors = again.problems.consoleErrors.filter((text) => !/status of 401/.test(text));
        await assertNoProblems(again);
      } finally {
        await again.close();
      }

      await widget.getByRole('button', { name: 'Erase everything about me' }).click();
      await widget.getByRole('button', { name: 'Yes, erase everything' }).click();
      await widget.getByText('Everything is erased').waitFor();
      const all = await e2e.server.json<{ items: { id: string }[] }>('/feedback?include=all&limit=100', { staff: true });
      assert.equal(all.items.find((item) => item.id === given.id), undefined, 'the unpublished feedback is gone');
      await assertNoProblems(open);
    } finally {
      await open.close();
    }
  });
});
