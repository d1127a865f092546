/**
 * Issue 4 end to end, on the council demo page against the real server: a person filters
 * the opportunity list, opens an opportunity in place, sends "I'm interested" (after first
 * meeting the error summary), and staff then find that interest through the staff API.
 * axe runs on the whole page after each step that changes what is on screen.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Interest, OpportunityPage } from '../../src/api/types.js';
import type { OpportunityOpenDetail } from '../../src/events/events.js';
import { assertAxeClean, assertNoProblems, openPageWith, recordEvents, recordedEvents, settle, useServerAndBrowser, waitForCount, waitInPage } from './harness.js';

const e2e = useServerAndBrowser();

test('filter, open an opportunity, send interest, and staff find it through the API', { timeout: 120_000 }, async () => {
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/`, ['coprod-opportunity-list']); // <coprod-opportunity> loads when a card is first opened (ee725d3)
  try {
    const { page } = open;
    const list = page.locator('coprod-opportunity-list');
    await recordEvents(page, ['coprod-opportunity-open', 'coprod-interest-sent', 'coprod-error']);

    // Filter: carers, paid only. The list shows exactly what the API says matches.
    const carers = await e2e.server.json<OpportunityPage>('/opportunities?topic=carers&paid=true&limit=100');
    assert.ok(carers.total > 0, 'the seed has open, paid opportunities for carers');
    const others = await e2e.server.json<OpportunityPage>('/opportunities?limit=100');
    const notCarers = others.items.filter((item) => !item.topics.includes('carers'));
    await list.getByText('More filters').click();
    await list.getByLabel('Topic').selectOption({ label: 'Carers' });
    await list.getByLabel('Only show paid opportunities').check();
    await waitForCount(list.locator('article'), Math.min(carers.total, Number((await list.getAttribute('limit')) ?? 10)));
    const chosen = carers.items[0]!;
    const cardLink = list.getByRole('link', { name: chosen.title, exact: true });
    await cardLink.waitFor();
    const shown = (await list.locator('article').allInnerTexts()).join('\n');
    for (const other of notCarers) assert.ok(!shown.includes(other.title), `"${other.title}" should be filtered out`);
    await settle(page);
    await assertAxeClean(page, 'the council page, list filtered');

    // Open it in place: focus moves to its heading.
    await cardLink.click();
    const title = list.getByRole('heading', { name: chosen.title, exact: true });
    await title.waitFor();
    await waitInPage(page, 'the focus on the opportunity’s heading', () => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.matches('h1, h2, h3, h4, h5, h6') ?? false;
    }, null);
    for (const question of ['What is it?', 'What is the time commitment?', 'When and where?', 'How do I get involved?', 'What is paid and what support is there?'])
      await list.getByRole('heading', { name: question }).waitFor();
    await settle(page);
    await assertAxeClean(page, 'the council page, an opportunity open');

    // Send with nothing filled in: an error summary that takes focus, with a link per field.
    await list.getByRole('button', { name: 'Send' }).click();
    const summary = list.getByRole('heading', { name: 'There is a problem' });
    await summary.waitFor();
    await list.getByRole('link', { name: 'Enter your name' }).waitFor();
    await assertAxeClean(page, 'the interest form with errors');

    // Fill it in like a person.
    const name = `E2E Person ${Date.now()}`;
    await list.getByLabel('Your name').fill(name);
    await list.getByRole('radio', { name: 'Email' }).check();
    await list.getByLabel('Email address').fill('e2e.person@example.com');
    await list.getByLabel('Anything else that would help').fill('Papers a week before, please.');
    await list.getByLabel('Anything you want to tell us or ask').fill('I have cared for my dad for ten years.');
    await list.getByRole('checkbox', { name: /I agree to/ }).check();
    await list.getByRole('button', { name: 'Send' }).click();
    await list.getByRole('heading', { name: 'Thank you, we have your interest' }).waitFor();
    const reference = (await list.getByText(/INT-[A-Z0-9]+/).first().textContent())?.match(/INT-[A-Z0-9]+/)?.[0];
    assert.ok(reference, 'the success state shows a reference');
    await settle(page);
    await assertAxeClean(page, 'the interest sent state');

    const opened = await recordedEvents<OpportunityOpenDetail>(page, 'coprod-opportunity-open');
    assert.ok(opened.some((event) => event.detail.opportunityId === chosen.id), 'coprod-opportunity-open fired');
    assert.ok((await recordedEvents(page, 'coprod-interest-sent')).length > 0, 'coprod-interest-sent fired');

    // Staff find it through the staff API, with everything the person said.
    const { items } = await e2e.server.json<{ items: Interest[] }>(`/opportunities/${chosen.id}/interests`, { staff: true });
    const found = items.find((item) => item.name === name);
    assert.ok(found, `the interest from ${name} is in the staff API`);
    assert.equal(found.reference, reference);
    assert.deepEqual(found.contact, { method: 'email', detail: 'e2e.person@example.com' });
    assert.equal(found.accessNeeds, 'Papers a week before, please.');
    assert.equal(found.status, 'new');
    // And only once, although the page could have retried.
    assert.equal(items.filter((item) => item.name === name).length, 1);

    // Back to the list: focus returns to the card.
    await list.getByRole('button', { name: 'Back to opportunities' }).or(list.getByRole('link', { name: 'Back to opportunities' })).first().click();
    await cardLink.waitFor();
    await waitInPage(page, 'the focus back on the card', (wanted) => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.textContent?.trim() === wanted;
    }, chosen.title);

    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});
