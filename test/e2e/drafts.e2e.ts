/**
 * Issue 13 item 4 end to end, on the council demo page against the real server: what a
 * person types in the "I'm interested" form and the feedback form survives a real reload,
 * comes back with a notice, and is gone once sent. (The profile form's reload is in
 * profile.e2e.ts; the staff update form's is a browser test.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { OpportunityPage } from '../../src/api/types.js';
import { assertAxeClean, assertNoProblems, draftKept, openPageWith, settle, useServerAndBrowser } from './harness.js';

const e2e = useServerAndBrowser({ timeout: 180_000 });

/** The keys of this tab's kept drafts of one kind of form. */
const keptDrafts = (page: Page, kind: string): Promise<string[]> =>
  page.evaluate((prefix) => Object.keys(sessionStorage).filter((key) => key.startsWith(prefix)), `coprod-${kind}-draft:`);

test('"I’m interested": a reload keeps what was typed, with a notice; sending forgets it', { timeout: 180_000 }, async () => {
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/`, ['coprod-opportunity-list']); // <coprod-opportunity> loads when a card is first opened (ee725d3)
  try {
    const { page } = open;
    const list = page.locator('coprod-opportunity-list');
    const { items } = await e2e.server.json<OpportunityPage>('/opportunities?limit=10');
    const chosen = items.find((item) => item.status === 'open')!;
    const openChosen = async (): Promise<void> => {
      await list.getByRole('link', { name: chosen.title, exact: true }).click();
      await list.getByRole('heading', { name: chosen.title, exact: true }).waitFor();
    };

    await openChosen();
    const name = `Draft Person ${Date.now()}`;
    await list.getByLabel('Your name').fill(name);
    await list.getByLabel('Anything you want to tell us or ask').fill('I care for my mum.');
    await draftKept(page, name);
    await page.reload();
    await settle(page);

    // The page's address keeps the open opportunity (deep links on by default, 7cfd66d), so the
    // reload opens it again by itself: the person is back where they were, with what they typed.
    assert.equal(new URL(page.url()).searchParams.get('opportunity'), chosen.id);
    await list.getByRole('heading', { name: chosen.title, exact: true }).waitFor();
    await list.getByRole('heading', { name: 'We have kept what you typed' }).waitFor();
    assert.equal(await list.getByLabel('Your name').inputValue(), name);
    assert.equal(await list.getByLabel('Anything you want to tell us or ask').inputValue(), 'I care for my mum.');
    await settle(page);
    await assertAxeClean(page, 'the interest form with a restored draft');

    await list.getByRole('radio', { name: 'Email' }).check();
    await list.getByLabel('Email address').fill('draft.person@example.com');
    await list.getByRole('checkbox', { name: /I agree to/ }).check();
    await list.getByRole('button', { name: 'Send' }).click();
    await list.getByRole('heading', { name: 'Thank you, we have your interest' }).waitFor();
    assert.deepEqual(await keptDrafts(page, 'interest'), [], 'the draft is gone once sent');
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});

test('feedback: a reload keeps what was typed, with a notice; sending forgets it', { timeout: 180_000 }, async () => {
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/`, ['coprod-feedback-loop']);
  try {
    const { page } = open;
    const loop = page.locator('coprod-feedback-loop');
    const said = `The library lift has been broken for weeks (${Date.now()}).`;
    await loop.getByRole('button', { name: 'Give feedback' }).click();
    await loop.getByLabel('What is it about?').selectOption({ label: 'Transport' });
    await loop.getByLabel('What do you want to tell us?').fill(said);
    await draftKept(page, said);
    await page.reload();
    await settle(page);

    await loop.getByRole('heading', { name: 'We have kept what you typed' }).waitFor();
    assert.equal(await loop.getByLabel('What do you want to tell us?').inputValue(), said);
    await assertAxeClean(page, 'the feedback form with a restored draft');

    await loop.getByRole('radio', { name: 'No, I do not need a reply' }).check();
    await loop.getByRole('radio', { name: 'Yes, you can show it' }).check();
    await loop.getByRole('button', { name: 'Send feedback' }).click();
    await loop.getByRole('heading', { name: 'Thank you, we have your feedback' }).waitFor();
    assert.deepEqual(await keptDrafts(page, 'feedback'), [], 'the draft is gone once sent');
    await page.reload();
    await settle(page);
    // Nothing kept: the form waits behind its button again.
    await loop.getByRole('button', { name: 'Give feedback' }).waitFor();
    assert.equal(await loop.getByRole('heading', { name: 'We have kept what you typed' }).count(), 0);
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});
