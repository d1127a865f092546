/**
 * Issue 6 end to end, on the council demo page against the real server: a person sends
 * feedback (after meeting the error summary), staff publish it and post a "we did" update
 * through the staff API (which marks it "changed"), and the public board then shows the
 * item as changed, with the update in its timeline. axe runs on the whole page each time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FeedbackItem } from '../../src/api/types.js';
import type { FeedbackSentDetail } from '../../src/events/events.js';
import { assertAxeClean, assertNoProblems, openPageWith, recordEvents, recordedEvents, settle, useServerAndBrowser } from './harness.js';

const e2e = useServerAndBrowser({ timeout: 120_000 });

test('feedback sent, a staff update marks it "changed", and the board shows the update', { timeout: 120_000 }, async () => {
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/`, ['coprod-feedback-loop']);
  try {
    const { page } = open;
    const loop = page.locator('coprod-feedback-loop');
    await recordEvents(page, ['coprod-feedback-sent', 'coprod-error']);

    // The form waits behind "Give feedback" (collapse-form keeps the page short).
    await loop.getByRole('button', { name: 'Give feedback' }).click();
    // Sending nothing shows the error summary.
    await loop.getByRole('button', { name: 'Send feedback' }).click();
    await loop.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await loop.getByRole('link', { name: 'Enter what you want to tell us' }).waitFor();
    await assertAxeClean(page, 'the feedback form with errors');

    // Send it like a person.
    const said = `The hospital bus stop has no shelter and no seat (${Date.now()}).`;
    await loop.getByLabel('What is it about?').selectOption({ label: 'Transport' });
    await loop.getByLabel('What do you want to tell us?').fill(said);
    await loop.getByRole('radio', { name: 'No, I do not need a reply' }).check();
    await loop.getByRole('radio', { name: 'Yes, you can show it' }).check();
    await loop.getByRole('button', { name: 'Send feedback' }).click();
    await loop.getByRole('heading', { name: 'Thank you, we have your feedback' }).waitFor();
    await settle(page);
    await assertAxeClean(page, 'the feedback sent state');
    const [sent] = await recordedEvents<FeedbackSentDetail>(page, 'coprod-feedback-sent');
    assert.ok(sent, 'coprod-feedback-sent fired');
    const { id, reference } = sent.detail;
    await loop.getByText(reference).first().waitFor();

    // Staff: the item is in the inbox, unpublished until someone has read it.
    const received = await e2e.server.json<FeedbackItem>(`/feedback/${id}`, { staff: true });
    assert.equal(received.text, said);
    assert.equal(received.status, 'received');
    assert.equal(received.published, false);
    // Staff publish it and post a "we did" update, which marks it changed.
    await e2e.server.json(`/feedback/${id}`, { method: 'PATCH', staff: true, body: JSON.stringify({ published: true }) });
    const weDid = 'We asked the bus company. A shelter and a bench went in on 3 March.';
    const updated = await e2e.server.json<FeedbackItem>(`/feedback/${id}/updates`, {
      method: 'POST',
      staff: true,
      headers: { 'idempotency-key': `e2e-update-${id}` },
      body: JSON.stringify({ kind: 'changed', text: weDid, links: [{ title: 'Bus stop improvements', url: 'https://anytown.example/transport/bus-stops' }] }),
    });
    assert.equal(updated.status, 'changed');

    // The public board now shows it as changed, and its timeline holds the update.
    await page.reload();
    await settle(page);
    await loop.getByLabel('Search what people said').fill(String(said.match(/\((\d+)\)/)?.[1]));
    await loop.getByLabel('Search what people said').press('Enter');
    const item = loop.locator('article, li').filter({ hasText: said }).first();
    await item.waitFor();
    await item.getByText('We did: changed').waitFor();
    await settle(page);
    await assertAxeClean(page, 'the board, searched');
    // The item's title is a link to it: what was said, in quotes.
    await item.getByRole('link', { name: /The hospital bus stop has no shelter/ }).click();
    await loop.getByRole('heading', { name: `Feedback ${reference}` }).waitFor();
    await loop.getByText(weDid).waitFor();
    await loop.getByRole('link', { name: 'Bus stop improvements' }).waitFor();
    await settle(page);
    await assertAxeClean(page, 'a feedback item with its timeline');

    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});

test('"Tell me when this changes" in Welsh on the real server: a wrong address meets the error summary in Welsh, a right one is saved', { timeout: 120_000 }, async () => {
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/?lang=cy`, ['coprod-feedback-loop']);
  try {
    const { page } = open;
    const loop = page.locator('coprod-feedback-loop');
    const support = loop.locator('[data-support]').first();
    await support.waitFor();
    const id = await support.getAttribute('data-support');
    await support.click();
    await loop.locator(`[data-hear-back="${id}"]`).click();
    const form = loop.locator('form.hear-back');
    await form.getByRole('radio', { name: 'E-bost' }).check();
    await form.getByLabel('Cyfeiriad e-bost').fill('gwen.example.com');
    await form.getByRole('button', { name: 'Rhowch wybod i mi' }).click();
    // Its words load with it (the reply words' own chunk): the summary in Welsh, focused, linking to the address.
    await form.getByRole('heading', { name: 'Mae problem wedi codi' }).waitFor();
    await form.getByRole('link', { name: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com' }).waitFor();
    assert.equal(await form.getByLabel('Cyfeiriad e-bost').inputValue(), 'gwen.example.com', 'what was typed is kept');
    await settle(page);
    await assertAxeClean(page, '"Tell me when this changes" with an error, in Welsh');
    await form.getByLabel('Cyfeiriad e-bost').fill('gwen@example.com');
    await form.getByRole('button', { name: 'Rhowch wybod i mi' }).click();
    await loop.getByText('Byddwn yn rhoi gwybod i chi pan fydd hyn yn newid.').waitFor();
    // Below it, in Welsh: messages turned off before stay off until turned on from the person's own page (review S0).
    await loop.getByText(/^Os gwnaethoch ddiffodd ein negeseuon o’r blaen, maen nhw’n aros wedi’u diffodd/).waitFor();
    await settle(page);
    await assertAxeClean(page, '"Tell me when this changes" asked, in Welsh');
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});
