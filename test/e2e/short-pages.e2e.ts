/**
 * Issue 14 item 3, on the council demo page against the real server: at 320 px the page is
 * under 12 phone screens (12 x 568 px, an iPhone SE's height) tall before the person asks
 * for more, and a person's "follow what happens to your feedback" link opens their item in
 * place with focus on it and the item on screen; the board finds it by its reference.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FeedbackReceipt } from '../../src/api/types.js';
import { assertNoProblems, openPage, settle, useServerAndBrowser, waitForCount } from './harness.js';

const e2e = useServerAndBrowser({ timeout: 300_000 });

const PHONE = { width: 320, height: 568 };
const SCREENS = 12;

test(`the council page at 320 px is under ${SCREENS} phone screens (${SCREENS} x ${PHONE.height} px) tall before asking for more`, { timeout: 120_000 }, async () => {
  const open = await openPage(e2e.browser, `${e2e.server.url}/`, { viewport: PHONE, axe: false });
  try {
    const { page } = open;
    await settle(page);
    await page.locator('coprod-opportunity-list').getByRole('button', { name: 'Show more' }).waitFor();
    await page.locator('coprod-feedback-loop').getByRole('button', { name: 'Give feedback' }).waitFor();
    // Scroll through once, so cards off screen are drawn at their real height (content-visibility).
    // (A string, not a function: tsx would add a helper the page does not have to a nested function.)
    const height = await page.evaluate<number>(`(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await frame();
      }
      scrollTo(0, 0);
      await frame();
      return document.documentElement.scrollHeight;
    })()`);
    const screens = height / PHONE.height;
    console.log(`council page at 320 px: ${height} px, ${screens.toFixed(1)} phone screens`);
    assert.ok(height < SCREENS * PHONE.height, `the page is ${height} px tall (${screens.toFixed(1)} screens of ${PHONE.height} px); it should be under ${SCREENS * PHONE.height}`);
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});

test('a follow link opens the item in place with focus on it and the item on screen; a search for the reference finds it', { timeout: 120_000 }, async () => {
  const said = `The library lift has been broken for a month (${Date.now()}).`;
  const receipt = await e2e.server.json<FeedbackReceipt>('/feedback', {
    method: 'POST',
    headers: { 'idempotency-key': `e2e-follow-${Date.now()}` },
    body: JSON.stringify({ topic: 'transport', text: said, consentToPublish: true }),
  });
  await e2e.server.json(`/feedback/${receipt.id}`, { method: 'PATCH', staff: true, body: JSON.stringify({ published: true }) });

  const open = await openPage(e2e.browser, `${e2e.server.url}/?feedback=${encodeURIComponent(receipt.id)}`, { viewport: PHONE, axe: false });
  try {
    const { page } = open;
    await settle(page);
    const loop = page.locator('coprod-feedback-loop');
    await loop.getByRole('heading', { name: `Feedback ${receipt.reference}` }).waitFor();
    // Focus is on the item's heading (inside the widget's shadow root), not on <body>.
    const focused = await page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return { host: host?.localName, id: inner?.id, text: inner?.textContent?.trim() };
    });
    assert.deepEqual({ host: focused.host, id: focused.id }, { host: 'coprod-feedback-loop', id: 'item-heading' }, `focus is on ${JSON.stringify(focused)}`);
    // The focused heading and the start of what was said are inside the viewport.
    const box = await loop.locator('#item-heading').boundingBox();
    assert.ok(box, 'the item heading has a box');
    // (Half a pixel either way is rounding, not off screen.)
    assert.ok(box.y > -1 && box.y + box.height < PHONE.height + 1, `the item heading is on screen (top ${box.y} px, bottom ${box.y + box.height} px, viewport ${PHONE.height} px)`);
    await loop.getByText(said).waitFor();

    // Back to the board, then search by the reference the person was given.
    await loop.getByRole('button', { name: 'Back to all feedback' }).first().click();
    await loop.getByLabel('Search what people said').fill(receipt.reference.toLowerCase());
    await loop.getByLabel('Search what people said').press('Enter');
    const item = loop.locator('[part=item]').filter({ hasText: said });
    await item.waitFor();
    // The newest item was on the board before the search too: wait for the search's answer to replace the list.
    const items = loop.locator('[part=item]');
    await waitForCount(items, 1).catch(async () => assert.equal(await items.count(), 1, 'the reference finds that one item'));
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});
